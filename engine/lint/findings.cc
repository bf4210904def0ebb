#include "lint/findings.h"

#include <map>

#include "lint/inflection.h"
#include "lint/term_fix.h"

namespace rightslint {

namespace {

const std::string* InLanguage(const std::map<std::string, std::string>& texts,
                              const std::string& language) {
  auto found = texts.find(language);
  if (found == texts.end()) found = texts.find("en");
  if (found == texts.end()) found = texts.begin();
  return found == texts.end() ? nullptr : &found->second;
}

}  // namespace

std::string RenderMessage(const RuleInfo& rule, const std::string& language,
                          std::string_view term) {
  const std::string* text = InLanguage(rule.messages, language);
  if (text == nullptr) return rule.id;
  std::string message = *text;
  constexpr std::string_view kPlaceholder = "{term}";
  for (std::size_t at = message.find(kPlaceholder); at != std::string::npos;
       at = message.find(kPlaceholder, at + term.size())) {
    message.replace(at, kPlaceholder.size(), term);
  }
  return message;
}

ByteRange TrimSpan(std::string_view text, ByteRange span) {
  auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (span.begin < span.end && blank(text[span.begin])) ++span.begin;
  while (span.end > span.begin && (blank(text[span.end - 1]) || text[span.end - 1] == ';')) {
    --span.end;
  }
  return span;
}

Finding MakeRuleFinding(const RuleSpec& rule, ByteRange span, const std::string& language,
                        const std::vector<std::string>& concepts, bool quoted,
                        std::string_view text, const LineIndex& lines) {
  Finding finding;
  finding.rule = rule.info.id;
  finding.category = rule.info.category;
  finding.severity = rule.info.severity;
  finding.text = std::string(text.substr(span.begin, span.size()));
  finding.message = RenderMessage(rule.info, language, finding.text);
  if (!concepts.empty()) {
    finding.message += " (";
    for (std::size_t i = 0; i < concepts.size(); ++i) {
      finding.message += (i == 0 ? "" : ", ") + concepts[i];
    }
    finding.message += ")";
  }
  finding.start = lines.PositionOf(span.begin);
  finding.end = lines.PositionOf(span.end);
  if (const std::string* suggestion = InLanguage(rule.info.suggestions, language)) {
    finding.suggestions.push_back(*suggestion);
  }
  if (!rule.info.rationale.guideline.empty()) finding.guideline = rule.info.rationale.guideline;
  finding.recommendation = rule.info.rationale.recommendation;
  finding.quoted = quoted;
  finding.language = language;
  return finding;
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
  InflectedSuggestions inflected = InflectSuggestions(entry, match, block);
  finding.guideline = entry.guideline.empty() ? rule.info.rationale.guideline : entry.guideline;
  finding.recommendation =
      entry.recommendation ? entry.recommendation : rule.info.rationale.recommendation;
  finding.quoted = block.Quoted(match.span);
  finding.language = block.language;
  if (rule.info.safe_fix) finding.fix = SafeTermFix(entry, match, block, text, inflected);
  finding.suggestions = std::move(inflected.suggestions);
  return finding;
}

}  // namespace rightslint
