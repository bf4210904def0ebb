// The text reporter: diagnostics for people, in the shape gcc and rustc made familiar.
//
//   article-ru.txt:3:24: warning: «наркоманов» сводит человека к употреблению. [stigma.addict]
//      3 | Полиция задержала трёх наркоманов у вокзала.
//        |                        ^~~~~~~~~~
//     = suggestion: людей, употребляющих наркотики
//     = guideline: IGHRDP II.1 (ii); recommendation 21
#include <algorithm>
#include <optional>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/line_index.h"
#include "report/reporters.h"
#include "report/source_excerpt.h"
#include "report/tally.h"

namespace rightslint {
namespace {

constexpr std::string_view kReset = "\x1b[0m";
constexpr std::string_view kBold = "\x1b[1m";
constexpr std::string_view kBoldRed = "\x1b[1;31m";
constexpr std::string_view kBoldYellow = "\x1b[1;33m";
constexpr std::string_view kBoldCyan = "\x1b[1;36m";
constexpr std::string_view kGreen = "\x1b[32m";

// The gutter is at least this wide, so short files line up like longer ones.
constexpr int kMinGutterWidth = 4;

std::string_view SeverityColor(Severity severity) {
  switch (severity) {
    case Severity::kInfo:
      return kBoldCyan;
    case Severity::kWarning:
      return kBoldYellow;
    case Severity::kError:
      return kBoldRed;
  }
  return kBold;
}

std::string Plural(int count, std::string_view one, std::string_view many) {
  return std::to_string(count) + " " + std::string(count == 1 ? one : many);
}

class TextReporter : public Reporter {
 public:
  TextReporter(std::ostream& out, const ReportOptions& options) : out_(out), options_(options) {}

  void AddFile(const FileResult& file) override {
    tally_.Add(file);
    if (file.error) {
      PrintFileError(file);
      return;
    }
    if (file.findings.empty()) return;
    const LineIndex index(file.text);
    for (const Finding& finding : file.findings) PrintFinding(file, index, finding);
  }

  void Finish() override {
    if (!options_.quiet) out_ << SummaryLine() << '\n';
    out_.flush();
  }

 private:
  // Wraps `text` in an ANSI colour when colours are on.
  std::string Paint(std::string_view color, std::string_view text) const {
    if (!options_.color) return std::string(text);
    std::string painted;
    painted.reserve(color.size() + text.size() + kReset.size());
    painted.append(color).append(text).append(kReset);
    return painted;
  }

  void PrintFileError(const FileResult& file) {
    std::string_view message = *file.error;
    // Errors from reading usually start with the path already; say it once.
    const std::string prefix = file.path + ": ";
    if (message.starts_with(prefix)) message.remove_prefix(prefix.size());
    out_ << Paint(kBold, file.path + ":") << ' ' << Paint(kBoldRed, "error:") << ' ' << message
         << '\n';
  }

  void PrintFinding(const FileResult& file, const LineIndex& index, const Finding& finding) {
    const std::string_view severity_color = SeverityColor(finding.severity);
    // A PDF position is a line within a page: "bill.pdf:page 3:12:5:".
    const std::string page =
        finding.start.page > 0 ? "page " + std::to_string(finding.start.page) + ":" : "";
    out_ << Paint(kBold, file.path + ":" + page + std::to_string(finding.start.line) + ":" +
                             std::to_string(finding.start.column) + ":")
         << ' ' << Paint(severity_color, std::string(SeverityName(finding.severity)) + ":") << ' '
         << finding.message << " [" << finding.rule << "]\n";

    if (finding.start.offset < file.text.size() ||
        (finding.start.offset == file.text.size() && !file.text.empty())) {
      const std::string_view line = index.LineAt(finding.start.offset);
      const std::size_t line_begin = static_cast<std::size_t>(line.data() - file.text.data());
      const std::size_t span_end = std::max(finding.end.offset, finding.start.offset);
      const SourceExcerpt excerpt =
          RenderSourceExcerpt(line, finding.start.offset - line_begin, span_end - line_begin);
      // Only the caret is coloured, not the spaces before it.
      const std::size_t caret = excerpt.underline.find_first_not_of(' ');
      const std::string number = std::to_string(finding.start.line);
      const std::size_t gutter = std::max(number.size(), static_cast<std::size_t>(kMinGutterWidth));
      out_ << std::string(gutter - number.size(), ' ') << number << " | " << excerpt.line << '\n'
           << std::string(gutter, ' ') << " | " << excerpt.underline.substr(0, caret)
           << Paint(severity_color, excerpt.underline.substr(caret)) << '\n';
    }

    if (options_.quiet) return;
    if (finding.structure && !finding.structure->empty()) {
      out_ << "  = in: " << *finding.structure << '\n';
    }
    for (const std::string& suggestion : finding.suggestions) {
      out_ << "  = suggestion: " << Paint(kGreen, suggestion) << '\n';
    }
    const bool has_guideline = finding.guideline && !finding.guideline->empty();
    if (has_guideline || finding.recommendation) {
      out_ << "  = guideline: ";
      if (has_guideline) out_ << *finding.guideline;
      if (has_guideline && finding.recommendation) out_ << "; ";
      if (finding.recommendation) out_ << "recommendation " << *finding.recommendation;
      out_ << '\n';
    }
    if (finding.quoted) out_ << "  = note: inside a quotation\n";
    out_ << '\n';
  }

  // "3 files checked: 7 warnings, 1 info (stigma: 7, possession: 1); 1 file could not be
  // checked" or "3 files checked: no findings".
  std::string SummaryLine() const {
    const Summary& summary = tally_.summary;
    std::string line = Plural(summary.files - summary.errors, "file", "files") + " checked: ";
    if (summary.findings == 0) {
      line += "no findings";
    } else {
      std::vector<std::string> parts;
      const int errors = tally_.by_severity[static_cast<std::size_t>(Severity::kError)];
      const int warnings = tally_.by_severity[static_cast<std::size_t>(Severity::kWarning)];
      const int infos = tally_.by_severity[static_cast<std::size_t>(Severity::kInfo)];
      if (errors > 0) parts.push_back(Plural(errors, "error", "errors"));
      if (warnings > 0) parts.push_back(Plural(warnings, "warning", "warnings"));
      if (infos > 0) parts.push_back(Plural(infos, "info", "info"));
      for (std::size_t i = 0; i < parts.size(); ++i) line += (i ? ", " : "") + parts[i];

      std::vector<std::pair<std::string, int>> categories(tally_.by_category.begin(),
                                                          tally_.by_category.end());
      std::stable_sort(categories.begin(), categories.end(),
                       [](const auto& a, const auto& b) { return a.second > b.second; });
      line += " (";
      for (std::size_t i = 0; i < categories.size(); ++i) {
        line += (i ? ", " : "") + categories[i].first + ": " + std::to_string(categories[i].second);
      }
      line += ")";
    }
    if (summary.errors > 0) {
      line += "; " + Plural(summary.errors, "file", "files") + " could not be checked";
    }
    return line;
  }

  std::ostream& out_;
  const ReportOptions options_;
  Tally tally_;
};

}  // namespace

std::unique_ptr<Reporter> MakeTextReporter(std::ostream& out, const ReportOptions& options) {
  return std::make_unique<TextReporter>(out, options);
}

}  // namespace rightslint
