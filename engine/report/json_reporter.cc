// The JSON reporter: the findings-v1 contract (DESIGN.md "Output contract"). Keys keep the
// contract's order (nlohmann::ordered_json); optional values that are absent are null.
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>

#include "report/finding_json.h"
#include "report/reporters.h"
#include "report/tally.h"

#ifndef RIGHTSLINT_VERSION
#error "RIGHTSLINT_VERSION must be defined by the build"
#endif

namespace rightslint {
namespace {

using Json = OrderedJson;

class JsonReporter : public Reporter {
 public:
  explicit JsonReporter(std::ostream& out) : out_(out), files_(Json::array()) {}

  void AddFile(const FileResult& file) override {
    tally_.Add(file);
    Json json;
    json["path"] = file.path;
    json["format"] = file.format;
    json["language"] = StringOrNull(file.language);
    json["error"] = file.error ? Json(*file.error) : Json(nullptr);
    json["findings"] = Json::array();
    if (!file.error) {
      for (const Finding& finding : file.findings) json["findings"].push_back(FindingJson(finding));
    }
    files_.push_back(std::move(json));
  }

  void Finish() override {
    Json by_category = Json::object();
    for (const auto& [category, count] : tally_.by_category) by_category[category] = count;
    Json document;
    document["version"] = 1;
    document["tool"] = Json{{"name", "rightslint"}, {"version", RIGHTSLINT_VERSION}};
    document["files"] = std::move(files_);
    document["summary"] = Json{{"files", tally_.summary.files},
                               {"findings", tally_.summary.findings},
                               {"errors", tally_.summary.errors},
                               {"by_category", std::move(by_category)}};
    // Invalid UTF-8 (in a path, say) becomes U+FFFD: the output is always a valid document.
    out_ << DumpJson(document, 2) << '\n';
    out_.flush();
    files_ = Json::array();
  }

 private:
  std::ostream& out_;
  Json files_;
  Tally tally_;
};

}  // namespace

std::unique_ptr<Reporter> MakeJsonReporter(std::ostream& out) {
  return std::make_unique<JsonReporter>(out);
}

}  // namespace rightslint
