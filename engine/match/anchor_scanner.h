// AnchorScanner: finds, in raw text, the places where a lexicon word could start — text words
// whose folded form starts with a given anchor, or is a given short word — without tokenising or
// folding the text through ICU (see CandidateFilter for what the anchors are).
//
// One pass over the bytes: at each word start (a letter or digit with none before it) the next
// code points are folded through a table and followed down a trie of the anchors, unless tables
// of the word's first two letters (and, for ASCII, three) show that no anchor starts so. That
// is exact for code points that fold
// simply (text/fold.h FoldsSimply): each folds to one code point, so the folded word starts with
// the anchor exactly when the raw text's code points fold to the anchor's. A text with any other
// code point is reported as such, and the caller must treat it as a candidate. Latin letters that
// look Cyrillic are also read as Cyrillic when the text has any Cyrillic letter, since folding
// does so inside a word with Cyrillic letters.
//
// Build with Add(); then immutable, and Scan() is thread-safe.
#ifndef RIGHTSLINT_MATCH_ANCHOR_SCANNER_H_
#define RIGHTSLINT_MATCH_ANCHOR_SCANNER_H_

#include <array>
#include <bitset>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "base/string_hash.h"

namespace rightslint {

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
  struct FoldEntry;  // how one code point folds (anchor_scanner.cc)
  struct FoldTable;
  // The anchors form a trie of folded code points; node 0 is the root. Its children by a letter
  // below kRootLetters are in root_, every other edge in one open-addressing hash table.
  struct Node {
    std::int32_t prefix = -1;      // id of the prefix anchor spelled by the path to here
    std::int32_t whole_word = -1;  // id of the whole-word anchor spelled by it
  };
  struct Edge {
    std::uint64_t key;  // (node << 21) | letter
    std::int32_t child;
  };
  static constexpr char32_t kRootLetters = 0x500;  // ASCII, Latin, Greek, Cyrillic

  // The child of `node` by `letter`, or -1.
  std::int32_t Child(std::uint32_t node, char32_t letter) const;
  void AddEdge(std::uint32_t node, char32_t letter, std::uint32_t child);
  void InsertEdge(const Edge& edge);
  std::size_t EdgeSlot(std::uint64_t key) const;
  // The fold table's entry of the code point at bytes[*i], moving *i past it; null when the
  // bytes are not UTF-8 or the code point does not fold simply.
  const FoldEntry* Decode(const std::uint8_t* bytes, std::int32_t size, std::int32_t* i) const;
  // MayStartAt for a word whose first two characters are ASCII, in text without Cyrillic letters:
  // answered from tables by its first two or three bytes.
  bool AsciiMayStartAt(const std::uint8_t* bytes, std::int32_t size, std::int32_t start) const;
  // The number of an ASCII letter, digit or apostrophe an anchor may hold (below kAsciiCodes),
  // or -1.
  int AsciiCode(char32_t letter) const;
  // The ASCII characters that fold to `letter`.
  const std::vector<std::uint8_t>& AsciiPreimages(char32_t letter) const;
  // The table's entry of the ASCII or two-byte code point below U+0500 at bytes[i], read
  // without decoding; null for any other.
  const FoldEntry* TableEntry(const std::uint8_t* bytes, std::int32_t size, std::int32_t i) const;
  // Whether an anchor may start with the text word whose first code point's entry is `first`
  // and whose second starts at `next`: false when its first two letters (ASCII or Cyrillic)
  // start no anchor, and no anchor is its first letter alone.
  bool MayStartAt(const std::uint8_t* bytes, std::int32_t size, std::int32_t next,
                  const FoldEntry& first, bool has_cyrillic) const;
  // Marks the anchors the text word at `start` starts with, or is: `first` is its first code
  // point's entry and `next` where the second code point starts.
  void Walk(const std::uint8_t* bytes, std::int32_t size, std::int32_t start, std::int32_t next,
            const FoldEntry& first, bool has_cyrillic, std::vector<bool>* present,
            std::vector<int>* found, std::vector<Occurrence>* occurrences) const;

  std::unique_ptr<FoldTable> fold_;
  std::vector<Node> nodes_ = std::vector<Node>(1);
  std::vector<std::int32_t> root_ = std::vector<std::int32_t>(kRootLetters, -1);
  std::vector<Edge> edges_;  // size a power of two, at most half full
  std::size_t edge_count_ = 0;
  int edge_shift_ = 64;  // 64 - log2(edges_.size())
  // Anchors by their first two folded letters when those are ASCII or Cyrillic (PairIndex in
  // anchor_scanner.cc; 384 × first + second), or by their only letter: most words are passed
  // over on these two bits alone.
  std::bitset<384 * 384> pair_bits_;
  std::bitset<384> pair_singles_;
  // For words whose first characters are ASCII, in text without Cyrillic letters (AsciiMayStartAt):
  // by their first two bytes (128 × first + second), whether any anchor may start so, and whether
  // one of one or two letters does; by the codes of their first three folded letters (AsciiCode),
  // whether an anchor of three letters or more does.
  static constexpr std::size_t kAsciiCodes = 64;
  std::bitset<128 * 128> ascii_pairs_;
  std::bitset<128 * 128> ascii_short_;
  std::bitset<kAsciiCodes * kAsciiCodes * kAsciiCodes> ascii_triples_;
  static constexpr std::array<std::int8_t, 128> kNoCodes = [] {
    std::array<std::int8_t, 128> codes{};
    for (std::int8_t& code : codes) code = -1;
    return codes;
  }();
  std::array<std::int8_t, 128> ascii_codes_ = kNoCodes;  // by folded letter
  std::array<std::int8_t, 128> byte_codes_ = kNoCodes;   // by ASCII byte: its folded letter's
  std::vector<std::vector<std::uint8_t>> ascii_preimages_ =
      std::vector<std::vector<std::uint8_t>>(128);  // by folded ASCII letter
  std::size_t count_ = 0;
};

}  // namespace rightslint

#endif  // RIGHTSLINT_MATCH_ANCHOR_SCANNER_H_
