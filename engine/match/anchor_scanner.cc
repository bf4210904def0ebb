#include "match/anchor_scanner.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstring>

#include "text/fold.h"

namespace rightslint {
namespace {

// Anchors are looked up by at most this many code points; longer ones are cut (a shorter anchor
// only lets more text through).
constexpr std::size_t kMaxAnchorLength = 24;
constexpr std::size_t kLeadLength = 3;

// FNV-1a over the folded bytes of an anchor's first (up to) kLeadLength code points, folded to
// 16 bits for the lead bitmap; computed incrementally while a text word is folded.
constexpr std::uint32_t kFnvBasis = 2166136261u;
inline std::uint32_t FnvAdd(std::uint32_t hash, unsigned char c) { return (hash ^ c) * 16777619u; }
inline std::size_t LeadBit(std::uint32_t hash) { return (hash ^ (hash >> 16)) & 0xFFFF; }

std::uint32_t Fnv(std::string_view folded) {
  std::uint32_t hash = kFnvBasis;
  for (unsigned char c : folded) hash = FnvAdd(hash, c);
  return hash;
}

// The bit of a whole anchor of `length` code points whose FNV hash is `hash`, so that most
// prefixes that pass the lead test are still rejected before a hash-map lookup.
inline std::size_t AnchorBit(std::uint32_t hash, std::size_t length) {
  return LeadBit(hash * 31u + static_cast<std::uint32_t>(length));
}

// Folded letters and digits whose first two the scanner tests before anything else: ASCII and
// Cyrillic, numbered 0–383; -1 for any other code point.
constexpr std::size_t kPairLetters = 384;
int PairIndex(char32_t c) {
  if (c < 0x80) return static_cast<int>(c);
  if (c >= 0x400 && c < 0x500) return static_cast<int>(0x80 + (c - 0x400));
  return -1;
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

// The first code points of a text word, folded, with what Lookup needs about each prefix.
struct FoldedPrefix {
  char bytes[kMaxAnchorLength * 4];
  std::uint8_t ends[kMaxAnchorLength];     // byte end of the first k+1 code points
  std::uint32_t hashes[kMaxAnchorLength];  // Fnv of the first k+1 code points
  std::size_t count = 0;
  std::size_t size = 0;

  void Clear() {
    count = 0;
    size = 0;
  }
  void Append(const char* folded, std::size_t length) {
    std::uint32_t hash = count == 0 ? kFnvBasis : hashes[count - 1];
    for (std::size_t k = 0; k < length; ++k) {
      bytes[size++] = folded[k];
      hash = FnvAdd(hash, static_cast<unsigned char>(folded[k]));
    }
    ends[count] = static_cast<std::uint8_t>(size);
    hashes[count] = hash;
    ++count;
  }
  std::string_view view() const { return {bytes, size}; }
};

// How each code point that may occur in scanned text folds, computed once with the real folding.
struct AnchorScanner::FoldTable {
  struct Entry {
    char folded[4] = {};
    char alike[4] = {};  // inside a word with Cyrillic letters
    std::uint8_t folded_size = 0;
    std::uint8_t alike_size = 0;
    bool simple = false;           // FoldsSimply
    bool word = false;             // IsWordCharacter
    bool stop = false;             // folds to something an anchor cannot contain
    bool alike_differs = false;    // folds otherwise inside a word with Cyrillic letters
    std::int16_t pair_index = -1;  // PairIndex of what a word character folds to, or -1
  };
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
    UChar32 only = -1;
    int32_t at = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(folded.data()), at,
            static_cast<int32_t>(folded.size()), only);
    if (entry.word && at == static_cast<int32_t>(folded.size()) && only >= 0) {
      entry.pair_index = static_cast<std::int16_t>(PairIndex(static_cast<char32_t>(only)));
    }
    UChar32 f = -1;
    int32_t i = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(folded.data()), i, static_cast<int32_t>(folded.size()),
            f);
    entry.stop = f < 0 || !IsAnchorCharacter(static_cast<char32_t>(f));
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

AnchorScanner::AnchorScanner() : fold_(std::make_unique<FoldTable>()) {}
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
  const std::size_t length = CodePointCount(folded);
  AnchorMap& map = whole_word ? whole_words_ : prefixes_;
  auto [it, added] = map.emplace(std::string(folded), static_cast<int>(count_));
  if (!added) return it->second;
  ++count_;
  lead_bits_[LeadBit(Fnv(CodePointPrefix(folded, kLeadLength)))] = true;
  const std::vector<char32_t> letters = CodePoints(CodePointPrefix(folded, 2));
  const int first = PairIndex(letters[0]);
  if (first >= 0 && letters.size() == 1) pair_singles_[static_cast<std::size_t>(first)] = true;
  if (first >= 0 && letters.size() == 2 && PairIndex(letters[1]) >= 0) {
    pair_bits_[static_cast<std::size_t>(first) * kPairLetters +
               static_cast<std::size_t>(PairIndex(letters[1]))] = true;
  }
  anchor_bits_[AnchorBit(Fnv(folded), length)] = true;
  if (std::find(lengths_.begin(), lengths_.end(), length) == lengths_.end()) {
    lengths_.push_back(length);
    std::sort(lengths_.begin(), lengths_.end());
  }
  max_length_ = std::max(max_length_, length);
  return it->second;
}

bool AnchorScanner::AnyLead(const FoldedPrefix& word) const {
  for (std::size_t k = 0; k < kLeadLength && k < word.count; ++k) {
    if (lead_bits_[LeadBit(word.hashes[k])]) return true;
  }
  return false;
}

void AnchorScanner::Lookup(const FoldedPrefix& word, const bool* word_after, std::uint32_t offset,
                           std::vector<bool>* present, std::vector<int>* found,
                           std::vector<Occurrence>* occurrences) const {
  auto mark = [&](int id) {
    occurrences->push_back({offset, id});
    if (!(*present)[static_cast<std::size_t>(id)]) {
      (*present)[static_cast<std::size_t>(id)] = true;
      found->push_back(id);
    }
  };
  if (!AnyLead(word)) return;
  const std::string_view folded = word.view();
  for (std::size_t length : lengths_) {
    if (length > word.count) break;
    if (!anchor_bits_[AnchorBit(word.hashes[length - 1], length)]) continue;
    const std::string_view key = folded.substr(0, word.ends[length - 1]);
    if (auto prefix = prefixes_.find(key); prefix != prefixes_.end()) mark(prefix->second);
    if (!word_after[length - 1]) {
      if (auto whole = whole_words_.find(key); whole != whole_words_.end()) mark(whole->second);
    }
  }
}

bool AnchorScanner::Scan(std::string_view text, std::vector<bool>* present, std::vector<int>* found,
                         std::vector<Occurrence>* occurrences) const {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto size = static_cast<int32_t>(text.size());
  const bool has_cyrillic = HasCyrillic(text);
  const FoldTable::Entry* ascii = fold_->entries.data();  // the table starts at U+0000
  auto decode = [&](int32_t* i) -> const FoldTable::Entry* {
    if (bytes[*i] < 0x80) return &ascii[bytes[(*i)++]];
    UChar32 c;
    U8_NEXT(bytes, *i, size, c);
    return c < 0 ? nullptr : fold_->Find(static_cast<char32_t>(c));
  };

  FoldedPrefix as_written;   // folded as in a word without Cyrillic letters
  FoldedPrefix as_cyrillic;  // folded as in a word with some (Latin look-alikes read as Cyrillic)
  bool word_after[kMaxAnchorLength];
  bool previous_word = false;
  for (int32_t i = 0; i < size;) {
    const int32_t start = i;
    const FoldTable::Entry* entry = decode(&i);
    if (entry == nullptr || !entry->simple) return false;
    const bool word_start = entry->word && !previous_word;
    previous_word = entry->word;
    if (!word_start || count_ == 0) continue;

    // Two ASCII or Cyrillic letters or digits that no anchor starts with (nor is the first
    // alone): nothing can start here. (A Latin look-alike folds another way in text with
    // Cyrillic: such a word is left to the full test.)
    if (entry->pair_index >= 0 && i < size && !(has_cyrillic && entry->alike_differs)) {
      int32_t after = i;
      const FoldTable::Entry* second = decode(&after);
      if (second != nullptr && second->simple && second->pair_index >= 0 &&
          !(has_cyrillic && second->alike_differs)) {
        const auto a = static_cast<std::size_t>(entry->pair_index);
        const auto b = static_cast<std::size_t>(second->pair_index);
        if (!pair_singles_[a] && !pair_bits_[a * kPairLetters + b]) {
          i = after;  // `previous_word` is true: the rest of the word starts nothing
          while (i < size && bytes[i] < 0x80 && ascii[bytes[i]].word) ++i;
          continue;
        }
      }
    }

    // Fold the code points from this word start, up to the longest anchor. The word characters
    // right after the first need not be decoded again by the outer loop: `resume` follows them.
    as_written.Clear();
    bool look_alike = false;  // as_cyrillic differs from as_written
    bool lead = true;
    int32_t resume = i;
    for (int32_t j = start; j < size;) {
      const int32_t at = j;
      const FoldTable::Entry* next = decode(&j);
      if (next == nullptr || !next->simple) return false;
      if (at == resume && next->word) resume = j;
      const std::size_t count = as_written.count;
      if (count > 0) word_after[count - 1] = next->word;
      if (next->stop || count == max_length_) break;
      if (has_cyrillic && !look_alike && next->alike_differs) {
        as_cyrillic = as_written;  // the same up to here
        look_alike = true;
      }
      as_written.Append(next->folded, next->folded_size);
      if (look_alike) as_cyrillic.Append(next->alike, next->alike_size);
      word_after[count] = false;  // until the next code point says otherwise
      // Most words are rejected by their first letters: fold no further.
      if (count + 1 == kLeadLength && !AnyLead(as_written) &&
          !(look_alike && AnyLead(as_cyrillic))) {
        lead = false;
        break;
      }
    }
    i = resume;  // word characters all: `previous_word` stays true
    if (!lead) {
      // The rest of the word: ASCII letters and digits are skipped without folding.
      while (i < size && bytes[i] < 0x80 && ascii[bytes[i]].word) ++i;
      continue;
    }
    const auto offset = static_cast<std::uint32_t>(start);
    Lookup(as_written, word_after, offset, present, found, occurrences);
    if (look_alike) Lookup(as_cyrillic, word_after, offset, present, found, occurrences);
  }
  return true;
}

}  // namespace rightslint
