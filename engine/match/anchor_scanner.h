// AnchorScanner: finds, in raw text, the places where a lexicon word could start — text words
// whose folded form starts with a given anchor, or is a given short word — without tokenising or
// folding the text through ICU (see CandidateFilter for what the anchors are).
//
// One pass over the bytes: at each word start (a letter or digit with none before it) the next
// code points are folded through a table and looked up. That is exact for code points that fold
// simply (text/fold.h FoldsSimply): each folds to one code point, so the folded word starts with
// the anchor exactly when the raw text's code points fold to the anchor's. A text with any other
// code point is reported as such, and the caller must treat it as a candidate. Latin letters that
// look Cyrillic are also read as Cyrillic when the text has any Cyrillic letter, since folding
// does so inside a word with Cyrillic letters.
//
// Build with Add() and Finish(); then immutable, and Scan() is thread-safe.
#ifndef RIGHTSLINT_MATCH_ANCHOR_SCANNER_H_
#define RIGHTSLINT_MATCH_ANCHOR_SCANNER_H_

#include <bitset>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/string_hash.h"

namespace rightslint {

struct FoldedPrefix;

// Letters, digits and apostrophes: what a folded anchor, like the folded word it begins, is made
// of.
bool IsAnchorCharacter(char32_t c);

// Letters and digits that ICU's word breaking joins to an adjacent letter, among the code points
// that fold simply (a subset: see anchor_scanner.cc). A word, for the scanner, starts at one of
// them that does not follow another.
bool IsWordCharacter(char32_t c);

class AnchorScanner {
 public:
  AnchorScanner();
  ~AnchorScanner();
  AnchorScanner(const AnchorScanner&) = delete;
  AnchorScanner& operator=(const AnchorScanner&) = delete;

  // An anchor: folded letters, digits and apostrophes starting with a letter or digit.
  // `whole_word`: the text word must be exactly the anchor. Returns its id (the same id for the
  // same anchor and kind), or -1 when the anchor is not of that form.
  int Add(std::string_view folded, bool whole_word);

  // The anchor Add() would look for, without adding it: `folded` cut to the longest length
  // looked up; empty when Add() would refuse it.
  static std::string Normalized(std::string_view folded, bool whole_word);

  // Whether the text word starting at byte `offset` (a word start) starts with a normalised
  // anchor, or with `whole_word` is it, folded as Scan() folds it (Latin look-alikes also read
  // as Cyrillic when `text_has_cyrillic`). Only for text Scan() could read.
  bool AnchorAt(std::string_view text, std::size_t offset, std::string_view anchor, bool whole_word,
                bool text_has_cyrillic) const;

  // Whether the text has a Cyrillic letter, as Scan() decides it.
  static bool HasCyrillic(std::string_view text);
  std::size_t size() const { return count_; }

  // Where an anchor was found: the byte offset of the word start, and the anchor's id.
  struct Occurrence {
    std::uint32_t offset;
    int id;
    bool operator<(const Occurrence& other) const {
      return offset != other.offset ? offset < other.offset : id < other.id;
    }
  };

  // Sets present[id] for every anchor found (present must have size() entries, all false),
  // appends its id to `found` the first time, and every occurrence, in text order, to
  // `occurrences`. Returns false, with all three partly filled, when the text has a code point
  // that does not fold simply.
  bool Scan(std::string_view text, std::vector<bool>* present, std::vector<int>* found,
            std::vector<Occurrence>* occurrences) const;

 private:
  struct FoldTable;
  using AnchorMap = StringMap<int>;

  // Marks the anchors a text word starts with, or is: `word` holds its first code points
  // folded, `word_after[k]` whether a word character follows the first k+1 of them.
  void Lookup(const FoldedPrefix& word, const bool* word_after, std::uint32_t offset,
              std::vector<bool>* present, std::vector<int>* found,
              std::vector<Occurrence>* occurrences) const;
  // Whether an anchor starts with the word's first one, two or three code points.
  bool AnyLead(const FoldedPrefix& word) const;

  std::unique_ptr<FoldTable> fold_;
  AnchorMap prefixes_;                // folded anchor -> id
  AnchorMap whole_words_;             // folded short word -> id
  std::vector<std::size_t> lengths_;  // distinct anchor lengths in code points, ascending
  std::size_t max_length_ = 0;
  std::size_t count_ = 0;
  std::bitset<1 << 16> lead_bits_;    // hash of the first (up to three) code points of anchors
  std::bitset<1 << 16> anchor_bits_;  // hash and length of whole anchors
  // Anchors by their first two folded letters when those are ASCII or Cyrillic (PairIndex in
  // anchor_scanner.cc; 384 × first + second), or by their only letter: most words are passed
  // over on these two bits alone.
  std::bitset<384 * 384> pair_bits_;
  std::bitset<384> pair_singles_;
};

}  // namespace rightslint

#endif  // RIGHTSLINT_MATCH_ANCHOR_SCANNER_H_
