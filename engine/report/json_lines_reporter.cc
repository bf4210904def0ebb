// The JSON Lines reporter: one compact JSON object per finding per line, the finding object of
// the findings-v1 contract with "path" in front, written and flushed as each file is added, so a
// consumer (`jq`, a log shipper, a dashboard) sees findings while a long run goes on.
//
//   {"path":"a.txt","rule":"stigma.addict","category":"stigma",…,"quoted":false}
//   {"path":"missing.txt","error":"missing.txt: No such file or directory"}
//
// There is no summary line: every line has the same shape (a finding or a file error), which is
// what makes the format easy to filter.
#include <ostream>
#include <utility>

#include "report/finding_json.h"
#include "report/reporters.h"

namespace rightslint {
namespace {

class JsonLinesReporter : public Reporter {
 public:
  explicit JsonLinesReporter(std::ostream& out) : out_(out) {}

  void AddFile(const FileResult& file) override {
    if (file.error) {
      out_ << DumpJson(OrderedJson{{"path", file.path}, {"error", *file.error}}, -1) << '\n';
    } else {
      for (const Finding& finding : file.findings) {
        OrderedJson fields = FindingJson(finding);
        OrderedJson line{{"path", file.path}};
        for (auto& [key, value] : fields.items()) line[key] = std::move(value);
        out_ << DumpJson(line, -1) << '\n';
      }
    }
    out_.flush();
  }

  void Finish() override { out_.flush(); }

 private:
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<Reporter> MakeJsonLinesReporter(std::ostream& out) {
  return std::make_unique<JsonLinesReporter>(out);
}

}  // namespace rightslint
