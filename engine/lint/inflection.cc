#include "lint/inflection.h"

#include <algorithm>

#include "text/fold.h"

namespace rightslint {
namespace {

// Each word of a form folded, joined by one space ("Drug addicts" -> "drug addicts").
std::string FoldPhrase(std::string_view form) {
  std::string folded;
  std::size_t at = 0;
  while (at < form.size()) {
    const std::size_t end = std::min(form.find_first_of(" -", at), form.size());
    if (end > at) {
      if (!folded.empty()) folded += ' ';
      AppendFoldedWord(form.substr(at, end - at), &folded);
    }
    at = end + 1;
  }
  return folded;
}

void AddOnce(std::vector<std::string>* list, const std::string& item) {
  if (std::find(list->begin(), list->end(), item) == list->end()) list->push_back(item);
}

}  // namespace

InflectedSuggestions InflectSuggestions(const TermEntry& entry, const TermMatch& match,
                                        const Block& block) {
  InflectedSuggestions result;
  result.suggestions = entry.alternatives;
  if (entry.readings.empty()) return result;
  // The matched words as the paradigm writes a form: folded, one space between.
  std::string key;
  for (std::size_t t = match.first_token; t <= match.last_token; ++t) {
    if (!key.empty()) key += ' ';
    key += block.Key(block.tokens[t]);
  }

  // The distinct ways the matched form inflects the alternatives, in paradigm order.
  std::vector<const std::vector<std::string>*> distinct;
  for (const TermReading& reading : entry.readings) {
    if (FoldPhrase(reading.form) != key) continue;
    result.found = true;
    result.singular = result.singular || reading.number == "sg";
    result.subject = result.subject ||
                     (reading.number == "sg" &&
                      (reading.grammatical_case == "nom" || reading.grammatical_case == "voc"));
    const bool seen = std::any_of(distinct.begin(), distinct.end(), [&](const auto* known) {
      return *known == reading.alternatives;
    });
    if (!seen) distinct.push_back(&reading.alternatives);
  }
  if (!result.found) return result;

  result.suggestions.clear();
  bool first_set = false;
  for (std::size_t i = 0; i < entry.alternatives.size(); ++i) {
    for (const auto* alternatives : distinct) {
      const std::string& inflected = (*alternatives)[i];
      if (inflected.empty()) continue;
      if (!first_set) {
        result.first_alternative = i;
        first_set = true;
      }
      AddOnce(&result.suggestions, inflected);
    }
  }
  for (std::size_t i = 0; i < entry.alternatives.size(); ++i) {
    if (entry.alternative_inflects[i]) continue;  // inflected above where it fits
    const bool uninflected =
        std::any_of(distinct.begin(), distinct.end(),
                    [&](const auto* alternatives) { return (*alternatives)[i].empty(); });
    if (uninflected) AddOnce(&result.suggestions, entry.alternatives[i]);
  }
  result.unambiguous = distinct.size() == 1 && first_set;
  return result;
}

}  // namespace rightslint
