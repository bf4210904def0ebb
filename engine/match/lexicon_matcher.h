// LexiconMatcher: one language's term lexicon, concepts and proper names compiled into a
// PhraseSet, and the logic that turns phrase hits in a block into term matches:
//   - a term inside an exempt phrase — a proper name ("National Institute on Drug Abuse") or
//     accepted usage ("drug user organisation") — is dropped;
//   - a term with a `context` fires only when a word of that concept is in the same sentence
//     within kContextWindow words ("clean" near "urine", never in "clean the park");
//   - of overlapping terms the longest wins ("person with a drug habit" over "drug habit"),
//     then the earliest, then the first in lexicon order.
// Immutable after construction; Match() is thread-safe given a per-thread scratch.
#ifndef RIGHTSLINT_MATCH_LEXICON_MATCHER_H_
#define RIGHTSLINT_MATCH_LEXICON_MATCHER_H_

#include <cstddef>
#include <string>
#include <vector>

#include "match/phrase_set.h"
#include "rules/specs.h"
#include "text/morphology.h"
#include "text/text.h"

namespace rightslint {

inline constexpr std::size_t kContextWindow = 8;

struct TermMatch {
  const TermEntry* entry = nullptr;
  ByteRange span;  // from the first word's first byte to the last word's last byte
  std::size_t first_token = 0;
  std::size_t last_token = 0;
};

struct MatchScratch {
  PhraseScratch phrases;
  std::vector<PhraseHit> hits;
};

class LexiconMatcher {
 public:
  // Keeps pointers into `lexicons`, which must outlive the matcher. `morphology` may be null
  // (then words match only as written, folded). `prefilter` false gives the reference behaviour
  // for differential tests (see PhraseSet::set_prefilter).
  LexiconMatcher(const std::string& language, const LexiconSpecs& lexicons,
                 const Morphology* morphology, bool prefilter = true);

  // Appends the block's term matches in text order.
  void Match(const Block& block, MatchScratch* scratch, std::vector<TermMatch>* out) const;

  std::size_t term_count() const { return terms_.size(); }

 private:
  enum Kind : std::uint32_t { kTerm = 0, kConcept = 1, kName = 2 };
  static constexpr std::uint32_t kKindShift = 30;

  std::vector<const TermEntry*> terms_;
  std::vector<std::string> concept_names_;  // payload index -> concept name
  PhraseSet phrases_;
};

}  // namespace rightslint

#endif  // RIGHTSLINT_MATCH_LEXICON_MATCHER_H_
