#include "match/clause_matcher.h"

#include <algorithm>

namespace rightslint {
namespace {

std::vector<std::uint32_t> Resolve(const std::vector<std::string>& names,
                                   const LexiconMatcher& lexicon) {
  std::vector<std::uint32_t> ids;
  for (const std::string& name : names) {
    const int id = lexicon.ConceptId(name);
    if (id >= 0) ids.push_back(static_cast<std::uint32_t>(id));
  }
  return ids;
}

bool Contains(const std::vector<std::uint32_t>& ids, std::uint32_t id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

// Whether some window of at most `within` words holds an occurrence of every concept in `all`
// and, if `any` is not empty, of one concept in `any`. Units hold few occurrences, so the
// quadratic scan is cheaper than anything cleverer.
bool FitsWithin(std::span<const ConceptOccurrence> unit, const std::vector<std::uint32_t>& all,
                const std::vector<std::uint32_t>& any, std::size_t within) {
  for (std::size_t start = 0; start < unit.size(); ++start) {
    const std::size_t window_begin = unit[start].first_word;
    std::vector<bool> have(all.size(), false);
    bool have_any = any.empty();
    for (std::size_t i = start; i < unit.size(); ++i) {
      if (unit[i].first_word < window_begin) continue;
      if (unit[i].last_word + 1 - window_begin > within) break;
      for (std::size_t a = 0; a < all.size(); ++a)
        have[a] = have[a] || unit[i].concept_id == all[a];
      have_any = have_any || Contains(any, unit[i].concept_id);
      if (have_any && std::all_of(have.begin(), have.end(), [](bool b) { return b; })) return true;
    }
  }
  return false;
}

bool IsEnumerationMarker(std::string_view rest) {
  // "1)", "12)", "а)", "a)" — a short label and a closing parenthesis.
  std::size_t i = 0;
  while (i < rest.size() && i < 3 && rest[i] >= '0' && rest[i] <= '9') ++i;
  if (i == 0) {
    // One letter: ASCII or a two-byte Cyrillic letter.
    if (!rest.empty() &&
        ((rest[0] >= 'a' && rest[0] <= 'z') || (rest[0] >= 'A' && rest[0] <= 'Z'))) {
      i = 1;
    } else if (rest.size() >= 2 && (static_cast<unsigned char>(rest[0]) == 0xD0 ||
                                    static_cast<unsigned char>(rest[0]) == 0xD1)) {
      i = 2;
    }
  }
  return i > 0 && i < rest.size() && rest[i] == ')';
}

}  // namespace

ClauseMatcher::ClauseMatcher(const std::string& language, const std::vector<RuleSpec>& rules,
                             const LexiconMatcher& lexicon) {
  for (const RuleSpec& rule : rules) {
    if (rule.info.type != "clause") continue;
    const auto& languages = rule.info.languages;
    if (std::find(languages.begin(), languages.end(), language) == languages.end()) continue;
    rules_.push_back({&rule, Resolve(rule.clause.all, lexicon), Resolve(rule.clause.any, lexicon),
                      Resolve(rule.clause.none, lexicon)});
  }
}

bool ClauseMatcher::HasScope(ClauseScope scope) const {
  return std::any_of(rules_.begin(), rules_.end(),
                     [&](const Compiled& c) { return c.rule->clause.scope == scope; });
}

void ClauseMatcher::Evaluate(ClauseScope scope, std::span<const ConceptOccurrence> unit,
                             std::vector<FiredClause>* out) const {
  if (unit.empty()) return;
  for (const Compiled& compiled : rules_) {
    const ClauseSpec& clause = compiled.rule->clause;
    if (clause.scope != scope) continue;
    auto present = [&](std::uint32_t id) {
      return std::any_of(unit.begin(), unit.end(),
                         [&](const ConceptOccurrence& o) { return o.concept_id == id; });
    };
    if (std::any_of(compiled.none.begin(), compiled.none.end(), present)) continue;
    if (!std::all_of(compiled.all.begin(), compiled.all.end(), present)) continue;
    if (!compiled.any.empty() && !std::any_of(compiled.any.begin(), compiled.any.end(), present)) {
      continue;
    }
    if (clause.within > 0 &&
        !FitsWithin(unit, compiled.all, compiled.any, static_cast<std::size_t>(clause.within))) {
      continue;
    }
    FiredClause fired{compiled.rule, {}};
    for (std::uint32_t id : compiled.all) fired.seen.push_back(id);
    for (std::uint32_t id : compiled.any) {
      if (present(id)) fired.seen.push_back(id);
    }
    out->push_back(std::move(fired));
  }
}

std::vector<ByteRange> ClauseUnits(std::string_view text, const Block& block) {
  std::vector<ByteRange> units;
  for (const ByteRange& sentence : block.sentences) {
    std::size_t begin = sentence.begin;
    for (std::size_t i = sentence.begin; i < sentence.end; ++i) {
      std::size_t cut = std::string_view::npos;
      if (text[i] == ';') {
        cut = i + 1;
      } else if (text[i] == '\n') {
        std::size_t j = i + 1;
        while (j < sentence.end && (text[j] == ' ' || text[j] == '\t')) ++j;
        if (IsEnumerationMarker(text.substr(j, std::min<std::size_t>(4, sentence.end - j))))
          cut = j;
      }
      if (cut != std::string_view::npos && cut > begin) {
        units.push_back({begin, cut});
        begin = cut;
      }
    }
    if (sentence.end > begin) units.push_back({begin, sentence.end});
  }
  return units;
}

}  // namespace rightslint
