#include "report/finding_text.h"

namespace rightslint {

std::string JoinStrings(const std::vector<std::string>& values, std::string_view separator) {
  std::string joined;
  for (std::size_t i = 0; i < values.size(); ++i) {
    if (i > 0) joined += separator;
    joined += values[i];
  }
  return joined;
}

std::string MessageWithSuggestions(const Finding& finding) {
  if (finding.suggestions.empty()) return finding.message;
  // Suggestions can hold commas («людей, употребляющих наркотики»), so they are joined by "; ".
  return finding.message +
         (finding.suggestions.size() == 1 ? " (suggestion: " : " (suggestions: ") +
         JoinStrings(finding.suggestions, "; ") + ")";
}

}  // namespace rightslint
