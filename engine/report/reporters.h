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

// One SARIF 2.1.0 log (tool.driver.rules from options.rules), written by Finish().
std::unique_ptr<Reporter> MakeSarifReporter(std::ostream& out, const ReportOptions& options);

// GitHub Actions workflow commands (::warning file=…::message), one line per finding.
std::unique_ptr<Reporter> MakeGithubReporter(std::ostream& out);

// One JSON object per finding per line, written and flushed by each AddFile.
std::unique_ptr<Reporter> MakeJsonLinesReporter(std::ostream& out);

// RFC 4180 CSV, a header row then one row per finding.
std::unique_ptr<Reporter> MakeCsvReporter(std::ostream& out);

// One standalone HTML page with the findings highlighted in the text, written by Finish().
std::unique_ptr<Reporter> MakeHtmlReporter(std::ostream& out);

}  // namespace rightslint

#endif  // RIGHTSLINT_REPORT_REPORTERS_H_
