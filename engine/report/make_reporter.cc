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
  }
  return MakeTextReporter(out, options);
}

}  // namespace rightslint
