// Wording shared by the reporters that put a finding on one line of text (GitHub annotations,
// SARIF result messages).
#ifndef RIGHTSLINT_REPORT_FINDING_TEXT_H_
#define RIGHTSLINT_REPORT_FINDING_TEXT_H_

#include <string>
#include <string_view>
#include <vector>

#include "rightslint/finding.h"

namespace rightslint {

// `values` with `separator` between them.
std::string JoinStrings(const std::vector<std::string>& values, std::string_view separator);

// "message", "message (suggestion: a)" or "message (suggestions: a; b)".
std::string MessageWithSuggestions(const Finding& finding);

}  // namespace rightslint

#endif  // RIGHTSLINT_REPORT_FINDING_TEXT_H_
