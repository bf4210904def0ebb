// CandidateFilter: tells from a block's text, before it is tokenised, that no rule can find
// anything in it, so the block skips tokenising, language identification and matching. Most
// paragraphs of ordinary prose are such blocks.
//
// A lexicon phrase matches only where every one of its words passes PhraseSet's prefilter: the
// folded text word starts with the phrase word's anchor, or is the phrase word when that is
// short (PrefilterAnchor). AnchorScanner finds those places in the raw text without folding it
// through ICU — for each phrase only its rarest word, the others being read in the text around
// it (AnchorScanner::AnchorAt); text it cannot read that way is always a candidate. A block is a
// candidate when it holds
//   - the anchors of every word of a term (in any language), word after word as the tokeniser
//     joins them (only spaces, tabs, hyphens between) — and those of its context concept, for a
//     term that fires only next to one ("clean" next to "urine") — or, when the legal rules are
//     on,
//   - for some clause rule, the anchors of a phrase of every concept in `all` and of one in
//     `any`, or
//   - for some pattern rule, the literal strings RE2 says each of its matches contains
//     (FilteredRE2 atoms, combined with AND and OR as RE2 derives them; found anywhere in words
//     by an RE2::Set whose letters are classes of the code points that fold to them; a block
//     without any of the number atoms every pattern needs is not put to the set).
// Each of these is counted in its own language, so the filter also tells in which languages a
// block can have findings (a pattern rule: in the languages it lists).
// Clause rules see one block at a time only in documents without articles: with articles,
// article-scope rules and back-references ("Ті самі дії…") read across blocks, and the Linter
// does not filter such documents when the legal rules are on.
//
// Immutable after Create(); MayMatch() is thread-safe given a per-thread scratch.
#ifndef RIGHTSLINT_MATCH_CANDIDATE_FILTER_H_
#define RIGHTSLINT_MATCH_CANDIDATE_FILTER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "match/anchor_scanner.h"
#include "rules/specs.h"

namespace rightslint {

// The bit of a language of SupportedLanguages() in CandidateScratch::languages.
std::uint32_t LanguageBit(std::string_view language);

// Per-thread buffers for CandidateFilter::MayMatch, reused between blocks.
struct CandidateScratch {
  // After MayMatch: the languages (LanguageBit) a rule may find something in; all bits when the
  // filter cannot tell (text it cannot read, a pattern rule that may match). A block identified
  // as another language has nothing to find, and its language's dictionary need not load.
  std::uint32_t languages = 0;
  std::vector<AnchorScanner::Occurrence> occurrences;
  std::vector<int> anchors;    // anchor ids found
  std::vector<bool> present;   // per anchor id
  std::vector<bool> concepts;  // per concept and language: present
  std::vector<bool> possible;  // … some phrase of it has its key here
  std::vector<bool> needed;    // … its presence can decide something
  std::vector<std::uint32_t> contexts;
  std::vector<int> atoms;
  std::vector<int> potentials;
};

class CandidateFilter {
 public:
  // `legal`: also keep blocks the pattern and clause rules may fire on. Rules and lexicons must
  // be valid (ValidateLexicons). Never fails: a rule whose matches cannot be bounded by anchors
  // makes every block a candidate.
  static std::unique_ptr<CandidateFilter> Create(const std::vector<RuleSpec>& rules,
                                                 const LexiconSpecs& lexicons, bool legal);
  ~CandidateFilter();
  CandidateFilter(const CandidateFilter&) = delete;
  CandidateFilter& operator=(const CandidateFilter&) = delete;

  // False only when no rule can find anything in `text` (a block's prose, valid UTF-8); sets
  // scratch->languages.
  bool MayMatch(std::string_view text, CandidateScratch* scratch) const;

 private:
  struct Impl;
  explicit CandidateFilter(std::unique_ptr<Impl> impl);
  // The pattern rules' atoms; false when some pattern cannot be bounded by them.
  static bool AddPatterns(const std::vector<std::string>& patterns, Impl* impl);
  // Sets scratch->needed for the concepts whose presence can decide something in this block: the
  // contexts of terms whose key was found, and the concepts of clause rules all of whose
  // concepts (and one of `any`) have a phrase whose key was found, in that language.
  void MarkNeededConcepts(CandidateScratch* scratch) const;
  std::unique_ptr<Impl> impl_;
};

}  // namespace rightslint

#endif  // RIGHTSLINT_MATCH_CANDIDATE_FILTER_H_
