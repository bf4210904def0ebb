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
#include <utility>
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

// A concept phrase found in a block. Of overlapping concept phrases the longer wins ("без цели
// сбыта" is personal_use, and its "сбыта" is then not supply); phrases with the same span are
// all kept (one phrase may belong to several concepts).
struct ConceptHit {
  std::uint32_t concept_id = 0;  // LexiconMatcher::ConceptId
  std::size_t first_token = 0;
  std::size_t last_token = 0;
};

// Whether a term's words keep all but their last two letters in every form (nouns, adjectives;
// see PhraseSet::Add). Concepts and names are matched as if they did not.
inline bool HasStableStem(const TermEntry& entry) {
  return entry.pos == "noun" || entry.pos == "adj";
}

// The (word, model) pairs of a language's terms that the dictionary lacks and that inflect like
// a model word (TermEntry::inflect_like): the Morphology's extra words.
std::vector<std::pair<std::string, std::string>> InflectLikeWords(const LexiconSpecs& lexicons,
                                                                  const std::string& language);

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

  // Appends the block's term matches in text order, and, when `concepts` is given, its concept
  // hits in text order.
  void Match(const Block& block, MatchScratch* scratch, std::vector<TermMatch>* out,
             std::vector<ConceptHit>* concepts = nullptr) const;

  std::size_t term_count() const { return terms_.size(); }
  // The words the matcher ever asks the morphology about are those that pass this prefilter.
  const PhraseSet& phrases() const { return phrases_; }

  // The id of a concept name, or -1 when the language has no such concept.
  int ConceptId(const std::string& name) const;
  const std::string& ConceptName(std::uint32_t id) const { return concept_names_[id]; }

 private:
  enum Kind : std::uint32_t { kTerm = 0, kConcept = 1, kName = 2 };
  static constexpr std::uint32_t kKindShift = 30;

  std::vector<const TermEntry*> terms_;
  std::vector<std::string> concept_names_;  // concept id -> name
  std::vector<std::uint32_t> concept_of_;   // concept phrase (payload index) -> concept id
  PhraseSet phrases_;
};

}  // namespace rightslint

#endif  // RIGHTSLINT_MATCH_LEXICON_MATCHER_H_
