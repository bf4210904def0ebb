#include "lint/findings.h"

namespace rightslint {

std::string RenderMessage(const RuleInfo& rule, const std::string& language,
                          std::string_view term) {
  auto found = rule.messages.find(language);
  if (found == rule.messages.end()) found = rule.messages.find("en");
  if (found == rule.messages.end()) found = rule.messages.begin();
  if (found == rule.messages.end()) return rule.id;
  std::string message = found->second;
  constexpr std::string_view kPlaceholder = "{term}";
  for (std::size_t at = message.find(kPlaceholder); at != std::string::npos;
       at = message.find(kPlaceholder, at + term.size())) {
    message.replace(at, kPlaceholder.size(), term);
  }
  return message;
}

Finding MakeFinding(const RuleSpec& rule, const TermMatch& match, const Block& block,
                    std::string_view text, const LineIndex& lines) {
  const TermEntry& entry = *match.entry;
  Finding finding;
  finding.rule = rule.info.id;
  finding.category = rule.info.category;
  finding.severity = rule.info.severity;
  finding.text = std::string(text.substr(match.span.begin, match.span.size()));
  finding.message = RenderMessage(rule.info, block.language, finding.text);
  finding.start = lines.PositionOf(match.span.begin);
  finding.end = lines.PositionOf(match.span.end);
  finding.suggestions = entry.alternatives;
  finding.guideline = entry.guideline.empty() ? rule.info.rationale.guideline : entry.guideline;
  finding.recommendation =
      entry.recommendation ? entry.recommendation : rule.info.rationale.recommendation;
  finding.quoted = block.Quoted(match.span);
  finding.language = block.language;
  return finding;
}

}  // namespace rightslint
