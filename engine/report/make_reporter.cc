#include "report/reporters.h"
#include "rightslint/reporter.h"

namespace rightslint {

std::unique_ptr<Reporter> MakeReporter(ReportFormat format, std::ostream& out,
                                       const ReportOptions& options) {
  switch (format) {
    case ReportFormat::kText:
      return MakeTextReporter(out, options);
    case ReportFormat::kJson:
      return MakeJsonReporter(out);
    case ReportFormat::kSarif:
      return MakeSarifReporter(out, options);
    case ReportFormat::kGithub:
      return MakeGithubReporter(out);
    case ReportFormat::kJsonLines:
      return MakeJsonLinesReporter(out);
    case ReportFormat::kCsv:
      return MakeCsvReporter(out);
    case ReportFormat::kHtml:
      return MakeHtmlReporter(out);
  }
  return MakeTextReporter(out, options);
}

}  // namespace rightslint
