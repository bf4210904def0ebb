// ClauseMatcher: `clause` rules — named concepts that must all / may / must not occur together in
// one unit (a clause, a sentence or an article), optionally within N words.
//
// The matcher only judges a unit's concept occurrences; the caller cuts the units (ClauseUnits
// below for clauses and sentences, the legal outline for articles) and collects occurrences
// with LexiconMatcher. Immutable after construction; thread-safe.
#ifndef RIGHTSLINT_MATCH_CLAUSE_MATCHER_H_
#define RIGHTSLINT_MATCH_CLAUSE_MATCHER_H_

#include <cstddef>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "match/lexicon_matcher.h"
#include "rules/specs.h"
#include "text/text.h"

namespace rightslint {

// A concept occurrence in document coordinates: bytes, and word ordinals counted from the start
// of the document (so "within N words" works across paragraphs of one article).
struct ConceptOccurrence {
  std::uint32_t concept_id = 0;
  ByteRange span;
  std::size_t first_word = 0;
  std::size_t last_word = 0;
};

struct FiredClause {
  const RuleSpec* rule = nullptr;
  std::vector<std::uint32_t> seen;  // concept ids that made it fire, in rule order
};

class ClauseMatcher {
 public:
  // Compiles the clause rules that list `language`; concept names resolve through `lexicon`
  // (validation has made sure each exists). Keeps pointers into `rules`.
  ClauseMatcher(const std::string& language, const std::vector<RuleSpec>& rules,
                const LexiconMatcher& lexicon);

  // Appends the rules of `scope` that fire on one unit's occurrences (in text order).
  void Evaluate(ClauseScope scope, std::span<const ConceptOccurrence> unit,
                std::vector<FiredClause>* out) const;

  bool HasScope(ClauseScope scope) const;
  bool empty() const { return rules_.empty(); }

 private:
  struct Compiled {
    const RuleSpec* rule;
    std::vector<std::uint32_t> all;
    std::vector<std::uint32_t> any;
    std::vector<std::uint32_t> none;
  };
  std::vector<Compiled> rules_;
};

// Clause units of a block: its sentences, cut further after ';' and before enumeration markers
// that start a line ("1)", "а)", "a)"). Byte ranges in text order, covering the block's words.
std::vector<ByteRange> ClauseUnits(std::string_view text, const Block& block);

}  // namespace rightslint

#endif  // RIGHTSLINT_MATCH_CLAUSE_MATCHER_H_
