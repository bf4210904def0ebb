// The reporters behind MakeReporter (rightslint/reporter.h), one per format.
#ifndef RIGHTSLINT_REPORT_REPORTERS_H_
#define RIGHTSLINT_REPORT_REPORTERS_H_

#include <memory>
#include <ostream>

#include "rightslint/reporter.h"

namespace rightslint {

// gcc/rustc-style diagnostics with the offending line and a caret underline, then a summary.
std::unique_ptr<Reporter> MakeTextReporter(std::ostream& out, const ReportOptions& options);

// One pretty-printed JSON document in the findings-v1 contract, written by Finish().
std::unique_ptr<Reporter> MakeJsonReporter(std::ostream& out);

}  // namespace rightslint

#endif  // RIGHTSLINT_REPORT_REPORTERS_H_
