// Reporters turn FileResults into one output format. A reporter is a sink: Begin, one
// AddFile per checked file in the order given, then Finish. Reporters write only to the stream
// they were given and never read the file system.
#ifndef RIGHTSLINT_REPORTER_H_
#define RIGHTSLINT_REPORTER_H_

#include <memory>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "rightslint/finding.h"
#include "rightslint/rule_set.h"

namespace rightslint {

// The output formats of `rightslint check --format`:
//   kText      "text"   compiler-style diagnostics for people (the default)
//   kJson      "json"   one document in the findings-v1 contract
//   kSarif     "sarif"  SARIF 2.1.0, for code scanning (GitHub, GitLab, IDE viewers)
//   kGithub    "github" GitHub Actions workflow commands (::warning file=…), one per finding
//   kJsonLines "jsonl"  one JSON object per finding per line, streamed file by file
//   kCsv       "csv"    RFC 4180 CSV, one row per finding, for spreadsheets
//   kHtml      "html"   one standalone, printable page with the findings highlighted in the text
enum class ReportFormat { kText, kJson, kSarif, kGithub, kJsonLines, kCsv, kHtml };

// One of the names above; nullopt for an unknown name.
std::optional<ReportFormat> ParseReportFormat(std::string_view name);

// The names ParseReportFormat accepts, for --format's choices and help.
const std::vector<std::string>& ReportFormatNames();

struct ReportOptions {
  bool color = false;  // ANSI colours (the CLI decides: --color, and whether stdout is a tty)
  bool quiet = false;  // text format: no summary line, no suggestions/guideline notes
  // The loaded rules, for formats that describe them (SARIF's tool.driver.rules); may be null.
  const std::vector<RuleInfo>* rules = nullptr;
};

class Reporter {
 public:
  virtual ~Reporter() = default;
  virtual void AddFile(const FileResult& file) = 0;
  // Writes what remains (for JSON: the whole document; for text: the summary line).
  virtual void Finish() = 0;
};

std::unique_ptr<Reporter> MakeReporter(ReportFormat format, std::ostream& out,
                                       const ReportOptions& options);

}  // namespace rightslint

#endif  // RIGHTSLINT_REPORTER_H_
