// The GitHub reporter: GitHub Actions workflow commands, which the runner turns into annotations
// on the pull request's diff.
//
//   ::warning file=a.txt,line=3,col=24,endLine=3,endColumn=34,title=stigma.addict::«наркоманов» …
//   ::error file=missing.txt::No such file or directory
//
// Severities map to the three annotation levels (error, warning, notice). Values are escaped as
// the runner unescapes them (actions/toolkit, command.ts): in the message %, CR and LF; in
// properties also ':' and ',', which would otherwise end the property. Escaping newlines also
// keeps text from the checked file from starting a workflow command of its own.
//
// GitHub shows only a limited number of annotations per step and job on the pull request; the
// rest stay in the log. For many findings, upload SARIF to code scanning instead.
#include <ostream>
#include <string>
#include <string_view>

#include "report/finding_text.h"
#include "report/reporters.h"

namespace rightslint {
namespace {

std::string_view CommandFor(Severity severity) {
  switch (severity) {
    case Severity::kInfo:
      return "notice";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      return "error";
  }
  return "warning";
}

// Escapes a workflow command's message; in a property (`for_property`) also ':' and ','.
std::string EscapeCommandValue(std::string_view text, bool for_property) {
  std::string escaped;
  escaped.reserve(text.size());
  for (const char c : text) {
    if (c == '%') {
      escaped += "%25";
    } else if (c == '\r') {
      escaped += "%0D";
    } else if (c == '\n') {
      escaped += "%0A";
    } else if (for_property && c == ':') {
      escaped += "%3A";
    } else if (for_property && c == ',') {
      escaped += "%2C";
    } else {
      escaped += c;
    }
  }
  return escaped;
}

std::string EscapeData(std::string_view text) { return EscapeCommandValue(text, false); }
std::string EscapeProperty(std::string_view text) { return EscapeCommandValue(text, true); }

class GithubReporter : public Reporter {
 public:
  explicit GithubReporter(std::ostream& out) : out_(out) {}

  void AddFile(const FileResult& file) override {
    if (file.error) {
      std::string_view message = *file.error;
      // Errors from reading usually start with the path, which the annotation already carries.
      const std::string prefix = file.path + ": ";
      if (message.starts_with(prefix)) message.remove_prefix(prefix.size());
      out_ << "::error file=" << EscapeProperty(file.path) << "::" << EscapeData(message) << '\n';
      return;
    }
    for (const Finding& finding : file.findings) {
      out_ << "::" << CommandFor(finding.severity) << " file=" << EscapeProperty(file.path)
           << ",line=" << finding.start.line << ",col=" << finding.start.column
           << ",endLine=" << finding.end.line << ",endColumn=" << finding.end.column
           << ",title=" << EscapeProperty(finding.rule)
           << "::" << EscapeData(MessageWithSuggestions(finding)) << '\n';
    }
  }

  void Finish() override { out_.flush(); }

 private:
  std::ostream& out_;
};

}  // namespace

std::unique_ptr<Reporter> MakeGithubReporter(std::ostream& out) {
  return std::make_unique<GithubReporter>(out);
}

}  // namespace rightslint
