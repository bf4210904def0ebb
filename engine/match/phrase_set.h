// PhraseSet: a compiled set of words and multi-word phrases, matched on lemmas.
//
// Each phrase word is reduced at build time to keys: its folded form, its Hunspell lemmas (noun
// forms only, for English nouns) and its Snowball stem. A text word is reduced to the same kinds
// of key, lazily and only when a cheap prefilter says it could match: its folded form equals a
// short phrase word, or starts with the first letters of a longer one. A phrase matches where
// its words match consecutive, joined text words (see Token::joined); a multi-word phrase never
// starts in the middle of a hyphenated compound.
//
// Build with Add() and Finish(); after that a PhraseSet is immutable and Find() is thread-safe
// (scratch state lives in the caller's PhraseScratch).
#ifndef RIGHTSLINT_MATCH_PHRASE_SET_H_
#define RIGHTSLINT_MATCH_PHRASE_SET_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "base/string_hash.h"
#include "text/morphology.h"
#include "text/text.h"

namespace rightslint {

// Which forms of a phrase word match.
enum class WordForms {
  kAny,      // every inflected form (Russian and Ukrainian nouns and adjectives, verbs)
  kNoun,     // noun forms only, where the morphology tells them apart (English: addicts, addict's)
  kWritten,  // the word as written, folded (English adjectives: "clean", not "cleaner")
};

struct PhraseHit {
  std::uint32_t payload = 0;  // what the caller attached to the phrase
  std::size_t first_token = 0;
  std::size_t last_token = 0;  // inclusive
};

// Per-thread, per-block memo of text words' keys; reused across blocks to avoid allocation.
class PhraseScratch {
 public:
  void Reset(std::size_t token_count);

 private:
  friend class PhraseSet;
  enum class State : std::uint8_t { kUnknown, kNoMatch, kKeys };
  struct Entry {
    State state = State::kUnknown;
    std::uint32_t keys_begin = 0;  // into key_spans
    std::uint32_t keys_end = 0;
  };
  std::vector<Entry> tokens_;
  std::vector<std::pair<std::uint32_t, std::uint32_t>> key_spans_;  // (offset, size) in arena_
  std::string arena_;
};

// What every text word that passes the prefilter for a phrase word contains, folded: the word
// itself when it has up to three letters (it must then be the whole text word), else its first
// letters — all but the last two of a stable stem (at least four), three of any other word. An
// English noun or adjective keeps all its letters when it is its own Snowball stem and ends in
// none of the endings Porter2 rewrites (see KeepsAllLetters in phrase_set.cc): its forms only add
// letters ("addict", "addicts", "addict's"; not "addition").
std::string_view PrefilterAnchor(std::string_view folded, bool stable_stem,
                                 std::string_view language);
// Whether a text word must be the anchor itself (a short phrase word) rather than start with it.
bool PrefilterMatchesWholeWord(std::string_view folded);

class PhraseSet {
 public:
  explicit PhraseSet(const Morphology* morphology) : morphology_(morphology) {}

  // The language whose anchor rules apply (PrefilterAnchor); none by default.
  void set_language(std::string language) { language_ = std::move(language); }

  // Adds a phrase (words separated by single spaces) whose words match in the given `forms`.
  // `stable_stem`: the words
  // are nouns or adjectives, whose forms all share the word's first letters but the last two;
  // other words (verbs: сидеть/сижу/сидит) are prefiltered on their first three letters only.
  void Add(std::string_view phrase, WordForms forms, bool stable_stem, std::uint32_t payload);

  // Appends every occurrence of every phrase in `block`, in token order; overlapping hits are all
  // reported (the caller decides which wins).
  void Find(const Block& block, PhraseScratch* scratch, std::vector<PhraseHit>* out) const;

  std::size_t size() const { return phrases_.size(); }

  // The reference behaviour for differential tests: every word is analysed, none is skipped by
  // the prefilter. Findings must be identical either way.
  void set_prefilter(bool enabled) { prefilter_ = enabled; }

  // The prefilter's anchors (see PrefilterAnchor): the short words a text word must be, and the
  // prefixes a longer one must start with, to be analysed at all. Sorted.
  std::vector<std::string> ExactWords() const;
  std::vector<std::string> Prefixes() const;

 private:
  struct Word {
    std::vector<std::string> keys;  // any one of them matches
  };
  struct Phrase {
    std::vector<Word> words;
    std::uint32_t payload;
  };
  Word CompileWord(const std::string& folded, WordForms forms);
  void RememberPrefix(const std::string& folded, bool stable_stem);
  bool MightMatch(std::string_view folded) const;
  // Keys of block.tokens[index], computed on first use.
  std::pair<std::uint32_t, std::uint32_t> TokenKeys(const Block& block, std::size_t index,
                                                    PhraseScratch* scratch) const;
  bool WordMatches(const Word& word, const Block& block, std::size_t index,
                   PhraseScratch* scratch) const;

  const Morphology* morphology_;  // may be null: match folded forms only
  std::vector<Phrase> phrases_;
  StringMap<std::vector<std::uint32_t>>
      by_first_key_;                         // key of a phrase's first word -> phrase indexes
  StringSet exact_words_;                    // short phrase words, matched whole
  StringSet prefixes_;                       // leading letters of longer phrase words
  std::vector<std::size_t> prefix_lengths_;  // distinct lengths in prefixes_, in code points
  // Bit per hash of the first three letters (or fewer, for short words) of every phrase word:
  // most text words fail this one test and never touch the hash sets.
  std::vector<bool> lead_bits_ = std::vector<bool>(1 << 16, false);
  bool prefilter_ = true;
  std::string language_;
};

}  // namespace rightslint

#endif  // RIGHTSLINT_MATCH_PHRASE_SET_H_
