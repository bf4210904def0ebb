// The JSON reporter: the findings-v1 contract (DESIGN.md "Output contract"). Keys keep the
// contract's order (nlohmann::ordered_json); optional values that are absent are null.
#include <nlohmann/json.hpp>
#include <optional>
#include <ostream>
#include <string>

#include "report/reporters.h"
#include "report/tally.h"

#ifndef RIGHTSLINT_VERSION
#error "RIGHTSLINT_VERSION must be defined by the build"
#endif

namespace rightslint {
namespace {

using Json = nlohmann::ordered_json;

// An optional string that is absent or empty is null: the contract has no empty values.
Json StringOrNull(const std::optional<std::string>& value) {
  if (!value || value->empty()) return nullptr;
  return *value;
}

Json PositionJson(const Position& position) {
  return Json{{"line", position.line}, {"column", position.column}, {"offset", position.offset}};
}

Json FindingJson(const Finding& finding) {
  Json json;
  json["rule"] = finding.rule;
  json["category"] = finding.category;
  json["severity"] = std::string(SeverityName(finding.severity));
  json["message"] = finding.message;
  json["text"] = finding.text;
  json["start"] = PositionJson(finding.start);
  json["end"] = PositionJson(finding.end);
  json["suggestions"] = finding.suggestions;
  json["structure"] = StringOrNull(finding.structure);
  json["guideline"] = StringOrNull(finding.guideline);
  json["recommendation"] = finding.recommendation ? Json(*finding.recommendation) : Json(nullptr);
  json["quoted"] = finding.quoted;
  return json;
}

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
    // Invalid UTF-8 (in a path, say) becomes U+FFFD rather than an exception: the output must
    // always be a valid document.
    out_ << document.dump(2, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace) << '\n';
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
