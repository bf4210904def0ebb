// The CSV reporter: RFC 4180, one row per finding under a header row, for spreadsheets.
//
//   path,line,column,end_line,end_column,severity,category,rule,text,message,suggestions,…
//   corpora/demo/article-ru.txt,7,5,7,15,warning,stigma,stigma.addict,наркоманов,«наркоманов» …
//
// Rows end in CRLF and a field is quoted ("…", with " doubled) when it holds a comma, a quote, CR
// or LF, as RFC 4180 says. Text is UTF-8 without a byte-order mark (a BOM would become part of the
// first header name for most CSV readers; Excel users import the file as UTF-8).
//
// Formula injection: spreadsheet programs run a cell that starts with = + - @ (and, in some, a
// tab or CR) as a formula, and the cells here hold text from the checked documents and rule packs,
// which anyone may have written — `=HYPERLINK("http://…")` in a draft would become a live link, or
// worse. Such a cell is prefixed with an apostrophe, which spreadsheets take as "this is text"
// (OWASP's advice). Numbers and the fixed values (severity, quoted) never need it.
//
// A file that could not be read is one row with the path, severity "error", empty rule and
// position columns, and the reason in `message`.
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "report/finding_text.h"
#include "report/reporters.h"

namespace rightslint {
namespace {

constexpr std::string_view kHeader =
    "path,line,column,end_line,end_column,severity,category,rule,text,message,suggestions,"
    "structure,guideline,recommendation,quoted";
constexpr std::string_view kRowEnd = "\r\n";
constexpr std::string_view kSuggestionSeparator = " | ";

// A field with no formula guard: numbers and fixed words.
std::string Quote(std::string_view value) {
  if (value.find_first_of(",\"\r\n") == std::string_view::npos) return std::string(value);
  std::string quoted = "\"";
  for (const char c : value) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  quoted += '"';
  return quoted;
}

// A field of free text, which a spreadsheet must never evaluate.
std::string Text(std::string_view value) {
  if (!value.empty() &&
      std::string_view("=+-@\t\r").find(value.front()) != std::string_view::npos) {
    std::string guarded(1, '\'');
    guarded.append(value);
    return Quote(guarded);
  }
  return Quote(value);
}

class CsvReporter : public Reporter {
 public:
  explicit CsvReporter(std::ostream& out) : out_(out) {}

  void AddFile(const FileResult& file) override {
    WriteHeaderOnce();
    if (file.error) {
      // path,,,,,error,,,,message,,,,,
      out_ << Text(file.path) << ",,,,,error,,,," << Text(*file.error) << ",,,,," << kRowEnd;
      return;
    }
    for (const Finding& finding : file.findings) {
      out_ << Text(file.path) << ',' << finding.start.line << ',' << finding.start.column << ','
           << finding.end.line << ',' << finding.end.column << ',' << SeverityName(finding.severity)
           << ',' << Text(finding.category) << ',' << Text(finding.rule) << ','
           << Text(finding.text) << ',' << Text(finding.message) << ','
           << Text(JoinStrings(finding.suggestions, kSuggestionSeparator)) << ','
           << Text(finding.structure.value_or("")) << ',' << Text(finding.guideline.value_or(""))
           << ','
           << (finding.recommendation ? std::to_string(*finding.recommendation) : std::string())
           << ',' << (finding.quoted ? "true" : "false") << kRowEnd;
    }
  }

  void Finish() override {
    WriteHeaderOnce();  // no files: still a valid CSV with its header
    out_.flush();
  }

 private:
  void WriteHeaderOnce() {
    if (header_written_) return;
    out_ << kHeader << kRowEnd;
    header_written_ = true;
  }

  std::ostream& out_;
  bool header_written_ = false;
};

}  // namespace

std::unique_ptr<Reporter> MakeCsvReporter(std::ostream& out) {
  return std::make_unique<CsvReporter>(out);
}

}  // namespace rightslint
