#include "match/anchor_scanner.h"

#include <emmintrin.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>

#include "text/fold.h"

namespace rightslint {
namespace {

// Anchors are looked up by at most this many code points; longer ones are cut (a shorter anchor
// only lets more text through).
constexpr std::size_t kMaxAnchorLength = 24;

// Folded letters and digits whose first two the scanner tests before walking the trie: ASCII
// and Cyrillic, numbered 0–383; -1 for any other code point.
constexpr std::size_t kPairLetters = 384;
inline int PairIndex(char32_t c) {
  if (c < 0x80) return static_cast<int>(c);
  if (c >= 0x400 && c < 0x500) return static_cast<int>(0x80 + (c - 0x400));
  return -1;
}

// The end of the run of ASCII letters and digits (IsWordCharacter below U+0080) starting at
// bytes[i], sixteen bytes at a time (SSE2, which every x86-64 has).
inline std::int32_t SkipAsciiWord(const std::uint8_t* bytes, std::int32_t i, std::int32_t size) {
  const __m128i case_bit = _mm_set1_epi8(0x20);
  for (; i + 16 <= size; i += 16) {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + i));
    const __m128i lower = _mm_or_si128(v, case_bit);
    // Signed comparisons: bytes from 0x80 up are negative, so neither letters nor digits.
    const __m128i digit = _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
                                        _mm_cmplt_epi8(v, _mm_set1_epi8('9' + 1)));
    const __m128i letter = _mm_and_si128(_mm_cmpgt_epi8(lower, _mm_set1_epi8('a' - 1)),
                                         _mm_cmplt_epi8(lower, _mm_set1_epi8('z' + 1)));
    const auto word = static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(digit, letter)));
    if (word != 0xFFFF) return i + std::countr_one(word);
  }
  while (i < size && ((bytes[i] >= '0' && bytes[i] <= '9') ||
                      ((bytes[i] | 0x20) >= 'a' && (bytes[i] | 0x20) <= 'z'))) {
    ++i;
  }
  return i;
}

}  // namespace

bool IsAnchorCharacter(char32_t c) { return u_isalnum(static_cast<UChar32>(c)) || c == '\''; }

// A text word that starts with an anchor has none of these just before it, and a whole-word
// match none just after. (A subset is enough: a character left out only lets more text through.)
bool IsWordCharacter(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  return (c >= 0xC0 && c <= 0x17F && c != 0xD7 && c != 0xF7) || (c >= 0x218 && c <= 0x21B) ||
         (c >= 0x400 && c <= 0x481) || (c >= 0x48A && c <= 0x4FF) || (c >= 0x10D0 && c <= 0x10FA);
}

// How one code point folds, computed once with the real folding.
struct AnchorScanner::FoldEntry {
  char folded[4] = {};
  char alike[4] = {};  // inside a word with Cyrillic letters
  std::uint8_t folded_size = 0;
  std::uint8_t alike_size = 0;
  bool simple = false;         // FoldsSimply
  bool word = false;           // IsWordCharacter
  bool stop = false;           // folds to something an anchor cannot contain
  bool alike_differs = false;  // folds otherwise inside a word with Cyrillic letters
  char32_t folded_letter = 0;  // the one code point `folded` is, unless `stop`
  char32_t alike_letter = 0;   // the one code point `alike` is, unless `stop`
};

// How each code point that may occur in scanned text folds.
struct AnchorScanner::FoldTable {
  using Entry = FoldEntry;
  // Code points below 0x500, Georgian letters, general punctuation.
  static constexpr char32_t kRanges[3][2] = {{0, 0x500}, {0x10D0, 0x10FB}, {0x2000, 0x2060}};
  std::vector<Entry> entries;

  FoldTable() {
    for (const auto& range : kRanges) {
      for (char32_t c = range[0]; c < range[1]; ++c) entries.push_back(Make(c));
    }
  }

  static Entry Make(char32_t c) {
    Entry entry;
    entry.simple = FoldsSimply(c);
    entry.word = IsWordCharacter(c);
    if (!entry.simple) return entry;
    const std::string raw = CodePointToUtf8(c);
    const std::string folded = FoldWord(raw);
    const std::string alike = FoldWord("д" + raw).substr(std::string_view("д").size());
    if (folded.size() > sizeof entry.folded || alike.size() > sizeof entry.alike) {
      entry.simple = false;  // cannot happen for FoldsSimply code points; never overflow
      return entry;
    }
    std::copy(folded.begin(), folded.end(), entry.folded);
    entry.folded_size = static_cast<std::uint8_t>(folded.size());
    std::copy(alike.begin(), alike.end(), entry.alike);
    entry.alike_size = static_cast<std::uint8_t>(alike.size());
    entry.alike_differs = alike != folded;
    // FoldsSimply: one code point, or marks only (which no anchor contains).
    const std::vector<char32_t> letters = CodePoints(folded);
    const std::vector<char32_t> alike_letters = CodePoints(alike);
    entry.stop = letters.size() != 1 || alike_letters.size() != 1 ||
                 !IsAnchorCharacter(letters[0]) || !IsAnchorCharacter(alike_letters[0]);
    if (!entry.stop) {
      entry.folded_letter = letters[0];
      entry.alike_letter = alike_letters[0];
    }
    return entry;
  }

  // The entry of a code point; beyond the table only symbols fold simply (arrows, box drawing,
  // …: never letters, digits or apostrophes, which a test checks), and they share one entry.
  // Null for a code point that does not fold simply.
  const Entry* Find(char32_t c) const {
    std::size_t base = 0;
    for (const auto& range : kRanges) {
      if (c >= range[0] && c < range[1]) return &entries[base + (c - range[0])];
      base += range[1] - range[0];
    }
    return FoldsSimply(c) ? &symbol : nullptr;
  }
  const Entry symbol = {.simple = true, .word = false, .stop = true};
};

AnchorScanner::AnchorScanner() : fold_(std::make_unique<FoldTable>()) {
  // An ASCII character that does not fold simply after the first letter: MayStartAt() answers
  // true for it (none does; this keeps the table exact if one ever did).
  for (std::size_t y = 0; y < 128; ++y) {
    if (fold_->entries[y].simple) continue;
    for (std::size_t x = 0; x < 128; ++x) {
      ascii_pairs_[x * 128 + y] = true;
      ascii_short_[x * 128 + y] = true;
    }
  }
  int code = 0;
  for (std::uint8_t x = 0; x < 128; ++x) {
    const FoldEntry& entry = fold_->entries[x];
    if (entry.simple && !entry.stop && entry.folded_letter < 128) {
      std::vector<std::uint8_t>& preimages = ascii_preimages_[entry.folded_letter];
      if (preimages.empty()) ascii_codes_[entry.folded_letter] = static_cast<std::int8_t>(code++);
      preimages.push_back(x);
    }
  }
  for (std::uint8_t x = 0; x < 128; ++x) {
    const FoldEntry& entry = fold_->entries[x];
    if (entry.simple && !entry.stop) byte_codes_[x] = ascii_codes_[entry.folded_letter];
  }
}

int AnchorScanner::AsciiCode(char32_t letter) const {
  return letter < ascii_codes_.size() ? ascii_codes_[letter] : -1;
}

inline bool AnchorScanner::AsciiMayStartAt(const std::uint8_t* bytes, std::int32_t size,
                                           std::int32_t start) const {
  const std::size_t pair = std::size_t{bytes[start]} * 128 + bytes[start + 1];
  if (!ascii_pairs_[pair]) return false;
  if (ascii_short_[pair]) return true;
  // Only an anchor of three letters or more can start here: the third character decides.
  if (start + 2 >= size) return false;
  const std::uint8_t third = bytes[start + 2];
  if (third >= 0x80) return true;
  const int a = byte_codes_[bytes[start]];
  const int b = byte_codes_[bytes[start + 1]];
  const int c = byte_codes_[third];
  // No code: a stop (a word of two letters), or an ASCII character that does not fold simply
  // (Scan() gives up on the text when it gets there).
  if (c < 0) return !fold_->entries[third].simple;
  return a < 0 || b < 0 ||
         ascii_triples_[(static_cast<std::size_t>(a) * kAsciiCodes + static_cast<std::size_t>(b)) *
                            kAsciiCodes +
                        static_cast<std::size_t>(c)];
}

const std::vector<std::uint8_t>& AnchorScanner::AsciiPreimages(char32_t letter) const {
  static const std::vector<std::uint8_t> kNone;
  return letter < ascii_preimages_.size() ? ascii_preimages_[letter] : kNone;
}
AnchorScanner::~AnchorScanner() = default;

std::string AnchorScanner::Normalized(std::string_view folded, bool whole_word) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(folded.data());
  const auto size = static_cast<int32_t>(folded.size());
  for (int32_t i = 0; i < size;) {
    UChar32 c;
    U8_NEXT(bytes, i, size, c);
    if (c < 0 || !IsAnchorCharacter(static_cast<char32_t>(c)) || (i == U8_LENGTH(c) && c == '\'')) {
      return "";
    }
  }
  const std::size_t length = CodePointCount(folded);
  if (length == 0 || (whole_word && length > kMaxAnchorLength)) return "";
  // A shorter prefix only lets more text through.
  return std::string(CodePointPrefix(folded, kMaxAnchorLength));
}

bool AnchorScanner::HasCyrillic(std::string_view text) {
  // U+0400–U+04FF start with the bytes D0–D3: 110100xx. Eight bytes at a time: a byte of
  // (word & FC…) ^ D0… is zero exactly where one is, and (v - 01…) & ~v & 80… finds a zero byte.
  constexpr std::uint64_t kOnes = 0x0101010101010101ull;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t i = 0;
  for (; i + 8 <= text.size(); i += 8) {
    std::uint64_t word;
    std::memcpy(&word, bytes + i, 8);
    const std::uint64_t v = (word & (0xFC * kOnes)) ^ (0xD0 * kOnes);
    if (((v - kOnes) & ~v & (0x80 * kOnes)) != 0) return true;
  }
  for (; i < text.size(); ++i) {
    if ((bytes[i] & 0xFC) == 0xD0) return true;
  }
  return false;
}

bool AnchorScanner::AnchorAt(std::string_view text, std::size_t offset, std::string_view anchor,
                             bool whole_word, bool text_has_cyrillic) const {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto size = static_cast<int32_t>(text.size());
  for (int pass = 0; pass < (text_has_cyrillic ? 2 : 1); ++pass) {
    std::size_t matched = 0;  // bytes of `anchor` matched so far
    auto i = static_cast<int32_t>(offset);
    bool ok = true;
    while (ok && matched < anchor.size() && i < size) {
      UChar32 c;
      U8_NEXT(bytes, i, size, c);
      const FoldTable::Entry* entry = c < 0 ? nullptr : fold_->Find(static_cast<char32_t>(c));
      if (entry == nullptr || !entry->simple || entry->stop) return false;
      const std::string_view folded = pass == 0
                                          ? std::string_view(entry->folded, entry->folded_size)
                                          : std::string_view(entry->alike, entry->alike_size);
      ok = anchor.substr(matched, folded.size()) == folded;
      matched += folded.size();
    }
    if (!ok || matched != anchor.size()) continue;
    if (!whole_word || i >= size) return true;
    UChar32 next;
    U8_NEXT(bytes, i, size, next);
    if (next < 0 || !IsWordCharacter(static_cast<char32_t>(next))) return true;
  }
  return false;
}

int AnchorScanner::Add(std::string_view raw, bool whole_word) {
  const std::string folded = Normalized(raw, whole_word);
  if (folded.empty()) return -1;
  std::uint32_t node = 0;
  for (char32_t letter : CodePoints(folded)) {
    const std::int32_t child = Child(node, letter);
    if (child >= 0) {
      node = static_cast<std::uint32_t>(child);
      continue;
    }
    const auto added = static_cast<std::uint32_t>(nodes_.size());
    nodes_.emplace_back();
    AddEdge(node, letter, added);
    node = added;
  }
  std::int32_t& id = whole_word ? nodes_[node].whole_word : nodes_[node].prefix;
  if (id < 0) id = static_cast<std::int32_t>(count_++);
  const std::vector<char32_t> letters = CodePoints(CodePointPrefix(folded, 3));
  const int first = PairIndex(letters[0]);
  if (first >= 0 && letters.size() == 1) {
    pair_singles_[static_cast<std::size_t>(first)] = true;
    for (std::uint8_t x : AsciiPreimages(letters[0])) {
      for (std::size_t y = 0; y < 128; ++y) {
        ascii_pairs_[x * 128u + y] = true;
        ascii_short_[x * 128u + y] = true;
      }
    }
  }
  if (first >= 0 && letters.size() >= 2 && PairIndex(letters[1]) >= 0) {
    pair_bits_[static_cast<std::size_t>(first) * kPairLetters +
               static_cast<std::size_t>(PairIndex(letters[1]))] = true;
    for (std::uint8_t x : AsciiPreimages(letters[0])) {
      for (std::uint8_t y : AsciiPreimages(letters[1])) {
        ascii_pairs_[x * 128u + y] = true;
        if (letters.size() == 2) ascii_short_[x * 128u + y] = true;
      }
    }
  }
  if (letters.size() == 3) {
    const int a = AsciiCode(letters[0]);
    const int b = AsciiCode(letters[1]);
    const int c = AsciiCode(letters[2]);
    if (a >= 0 && b >= 0 && c >= 0) {
      ascii_triples_[(static_cast<std::size_t>(a) * kAsciiCodes + static_cast<std::size_t>(b)) *
                         kAsciiCodes +
                     static_cast<std::size_t>(c)] = true;
    }
  }
  return id;
}

namespace {

constexpr std::uint64_t kNoEdge = ~std::uint64_t{0};

// The key of the edge from `node` by `letter` (letters take 21 bits).
inline std::uint64_t EdgeKey(std::uint32_t node, char32_t letter) {
  return (std::uint64_t{node} << 21) | letter;
}

}  // namespace

std::size_t AnchorScanner::EdgeSlot(std::uint64_t key) const {
  return static_cast<std::size_t>((key * 0x9E3779B97F4A7C15ull) >> edge_shift_);
}

void AnchorScanner::AddEdge(std::uint32_t node, char32_t letter, std::uint32_t child) {
  if (node == 0 && letter < kRootLetters) {
    root_[letter] = static_cast<std::int32_t>(child);
    return;
  }
  // Open addressing at most half full: grow (and re-insert every edge) before that.
  if (2 * (edge_count_ + 1) > edges_.size()) {
    std::vector<Edge> old(std::max<std::size_t>(64, 2 * edges_.size()), Edge{kNoEdge, -1});
    old.swap(edges_);
    edge_shift_ = 64 - std::countr_zero(edges_.size());
    for (const Edge& edge : old) {
      if (edge.key != kNoEdge) InsertEdge(edge);
    }
  }
  InsertEdge(Edge{EdgeKey(node, letter), static_cast<std::int32_t>(child)});
  ++edge_count_;
}

void AnchorScanner::InsertEdge(const Edge& edge) {
  const std::size_t mask = edges_.size() - 1;
  std::size_t slot = EdgeSlot(edge.key);
  while (edges_[slot].key != kNoEdge) slot = (slot + 1) & mask;
  edges_[slot] = edge;
}

std::int32_t AnchorScanner::Child(std::uint32_t node, char32_t letter) const {
  if (node == 0 && letter < kRootLetters) return root_[letter];
  if (edges_.empty()) return -1;
  const std::uint64_t key = EdgeKey(node, letter);
  const std::size_t mask = edges_.size() - 1;
  for (std::size_t slot = EdgeSlot(key);; slot = (slot + 1) & mask) {
    if (edges_[slot].key == key) return edges_[slot].child;
    if (edges_[slot].key == kNoEdge) return -1;
  }
}

inline const AnchorScanner::FoldEntry* AnchorScanner::Decode(const std::uint8_t* bytes,
                                                             std::int32_t size,
                                                             std::int32_t* i) const {
  if (const FoldEntry* entry = TableEntry(bytes, size, *i)) {
    *i += bytes[*i] < 0x80 ? 1 : 2;
    return entry;
  }
  UChar32 c;
  U8_NEXT(bytes, *i, size, c);
  return c < 0 ? nullptr : fold_->Find(static_cast<char32_t>(c));
}

inline const AnchorScanner::FoldEntry* AnchorScanner::TableEntry(const std::uint8_t* bytes,
                                                                 std::int32_t size,
                                                                 std::int32_t i) const {
  // The table starts at U+0000: ASCII and the two-byte code points below U+0500 (lead bytes
  // C2–D3) are read off it directly.
  if (bytes[i] < 0x80) return &fold_->entries[bytes[i]];
  if (bytes[i] >= 0xC2 && bytes[i] <= 0xD3 && i + 1 < size && (bytes[i + 1] & 0xC0) == 0x80) {
    return &fold_->entries[((bytes[i] & 0x1Fu) << 6) | (bytes[i + 1] & 0x3Fu)];
  }
  return nullptr;
}

bool AnchorScanner::MayStartAt(const std::uint8_t* bytes, std::int32_t size, std::int32_t next,
                               const FoldEntry& first, bool has_cyrillic) const {
  // A Latin look-alike reads another way in text with Cyrillic: left to the walk.
  if (has_cyrillic && first.alike_differs) return true;
  const int a = PairIndex(first.folded_letter);
  if (a < 0 || pair_singles_[static_cast<std::size_t>(a)]) return true;
  // The second code point, when it is ASCII or a two-byte one in the table (below U+0500).
  if (next >= size) return false;  // the first letter alone, which no anchor is
  const FoldEntry* second = TableEntry(bytes, size, next);
  if (second == nullptr) return true;
  if (!second->simple) return true;  // Scan() gives up on the text when it gets there
  if (second->stop) return false;    // a one-letter word, and no anchor is that letter
  if (has_cyrillic && second->alike_differs) return true;
  const int b = PairIndex(second->folded_letter);
  return b < 0 ||
         pair_bits_[static_cast<std::size_t>(a) * kPairLetters + static_cast<std::size_t>(b)];
}

void AnchorScanner::Walk(const std::uint8_t* bytes, std::int32_t size, std::int32_t start,
                         std::int32_t next, const FoldEntry& first, bool has_cyrillic,
                         std::vector<bool>* present, std::vector<int>* found,
                         std::vector<Occurrence>* occurrences) const {
  const auto offset = static_cast<std::uint32_t>(start);
  auto mark = [&](std::int32_t id) {
    occurrences->push_back({offset, id});
    if (!(*present)[static_cast<std::size_t>(id)]) {
      (*present)[static_cast<std::size_t>(id)] = true;
      found->push_back(id);
    }
  };
  // The anchors ending at `node`, the word's first code points read so far; a whole word only
  // when no word character follows.
  auto mark_node = [&](std::int32_t node, bool word_follows) {
    if (node < 0) return;
    const Node& reached = nodes_[static_cast<std::size_t>(node)];
    if (reached.prefix >= 0) mark(reached.prefix);
    if (reached.whole_word >= 0 && !word_follows) mark(reached.whole_word);
  };
  if (first.stop) return;
  // Two readings of the word: as written, and, in text with Cyrillic letters, with Latin
  // look-alikes read as Cyrillic. They are the same until the first look-alike: until then only
  // `as_written` is followed (`diverged` false).
  std::int32_t as_written = Child(0, first.folded_letter);
  std::int32_t as_cyrillic = -1;
  bool diverged = false;
  if (has_cyrillic && first.alike_differs) {
    as_cyrillic = Child(0, first.alike_letter);
    diverged = true;
  }
  while (as_written >= 0 || as_cyrillic >= 0) {
    const FoldEntry* entry = next < size ? Decode(bytes, size, &next) : nullptr;
    const bool word_follows = entry != nullptr && entry->word;
    mark_node(as_written, word_follows);
    if (diverged) mark_node(as_cyrillic, word_follows);
    // A code point that is not simple ends the walk; Scan() gives up on the text when it reaches
    // it.
    if (entry == nullptr || !entry->simple || entry->stop) return;
    const std::int32_t written = as_written < 0 ? -1 : Child(as_written, entry->folded_letter);
    if (diverged) {
      as_cyrillic = as_cyrillic < 0 ? -1 : Child(as_cyrillic, entry->alike_letter);
    } else if (has_cyrillic && entry->alike_differs) {
      as_cyrillic = as_written < 0 ? -1 : Child(as_written, entry->alike_letter);
      diverged = true;
    }
    as_written = written;
  }
}

bool AnchorScanner::Scan(std::string_view text, std::vector<bool>* present, std::vector<int>* found,
                         std::vector<Occurrence>* occurrences) const {
  const auto* bytes = reinterpret_cast<const std::uint8_t*>(text.data());
  const auto size = static_cast<std::int32_t>(text.size());
  const bool has_cyrillic = count_ > 0 && HasCyrillic(text);
  const FoldEntry* ascii = fold_->entries.data();  // the table starts at U+0000
  bool previous_word = false;
  for (std::int32_t i = 0; i < size;) {
    const std::int32_t start = i;
    const FoldEntry* entry = Decode(bytes, size, &i);
    if (entry == nullptr || !entry->simple) return false;
    if (!entry->word) {
      previous_word = false;
      continue;
    }
    if (!previous_word && count_ > 0) {
      // Two ASCII characters in text without Cyrillic: MayStartAt's answer is in a table.
      const bool may_start = !has_cyrillic && bytes[start] < 0x80 && i < size && bytes[i] < 0x80
                                 ? AsciiMayStartAt(bytes, size, start)
                                 : MayStartAt(bytes, size, i, *entry, has_cyrillic);
      if (may_start) Walk(bytes, size, start, i, *entry, has_cyrillic, present, found, occurrences);
    }
    previous_word = true;
    // The rest of the word starts nothing: its ASCII and two-byte letters are skipped on the
    // table alone (a letter that does not fold simply is still found: it is no word character).
    while (i < size) {
      if (bytes[i] < 0x80) {
        if (!ascii[bytes[i]].word) break;
        i = SkipAsciiWord(bytes, i, size);
        continue;
      }
      const FoldEntry* letter = TableEntry(bytes, size, i);
      if (letter == nullptr || !letter->word || !letter->simple) break;
      i += 2;
    }
  }
  return true;
}

}  // namespace rightslint
