// String names of the public enums, shared by the CLI, the reporters and the rule loader.
#include "rightslint/finding.h"
#include "rightslint/reporter.h"
#include "rightslint/source.h"

namespace rightslint {

std::string_view FormatName(Format format) {
  switch (format) {
    case Format::kText:
      return "txt";
    case Format::kMarkdown:
      return "md";
    case Format::kHtml:
      return "html";
    case Format::kDocx:
      return "docx";
    case Format::kOdt:
      return "odt";
    case Format::kPdf:
      return "pdf";
  }
  return "txt";
}

std::string_view SeverityName(Severity severity) {
  switch (severity) {
    case Severity::kInfo:
      return "info";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      return "error";
  }
  return "warning";
}

std::optional<Severity> ParseSeverity(std::string_view name) {
  if (name == "info") return Severity::kInfo;
  if (name == "warning") return Severity::kWarning;
  if (name == "error") return Severity::kError;
  return std::nullopt;
}

const std::vector<std::string>& ReportFormatNames() {
  static const std::vector<std::string> kNames = {"text",  "json", "sarif", "github",
                                                  "jsonl", "csv",  "html"};
  return kNames;
}

std::optional<ReportFormat> ParseReportFormat(std::string_view name) {
  if (name == "text") return ReportFormat::kText;
  if (name == "json") return ReportFormat::kJson;
  if (name == "sarif") return ReportFormat::kSarif;
  if (name == "github") return ReportFormat::kGithub;
  if (name == "jsonl") return ReportFormat::kJsonLines;
  if (name == "csv") return ReportFormat::kCsv;
  if (name == "html") return ReportFormat::kHtml;
  return std::nullopt;
}

}  // namespace rightslint
