#include "match/anchor_scanner.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>

#include "text/fold.h"

namespace rightslint {
namespace {

// Anchors are looked up by at most this many code points; longer ones are cut (a shorter anchor
// only lets more text through).
constexpr std::size_t kMaxAnchorLength = 24;
constexpr std::size_t kLeadLength = 3;

// Letters and digits that ICU's word breaking joins to an adjacent letter, among the code points
// that fold simply: a text word that starts with an anchor has none of them just before it, and a
// whole-word match none just after. (A subset is enough: a character left out only lets more text
// through.)
bool IsWordCharacter(char32_t c) {
  if (c < 0x80) return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  return (c >= 0xC0 && c <= 0x17F && c != 0xD7 && c != 0xF7) || (c >= 0x218 && c <= 0x21B) ||
         (c >= 0x400 && c <= 0x481) || (c >= 0x48A && c <= 0x4FF) || (c >= 0x10D0 && c <= 0x10FA);
}

std::string Utf8(char32_t c) {
  char buffer[U8_MAX_LENGTH];
  int32_t size = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buffer), size, U8_MAX_LENGTH, static_cast<UChar32>(c),
            error);
  return error ? std::string() : std::string(buffer, static_cast<std::size_t>(size));
}

std::size_t LeadHash(std::string_view folded) {
  std::uint32_t hash = 2166136261u;  // FNV-1a
  for (unsigned char c : folded) hash = (hash ^ c) * 16777619u;
  return (hash ^ (hash >> 16)) & 0xFFFF;
}

bool IsAnchorCharacter(UChar32 c) { return u_isalnum(c) || c == '\''; }

}  // namespace

// How each code point that may occur in scanned text folds, computed once with the real folding.
struct AnchorScanner::FoldTable {
  struct Entry {
    char folded[4] = {};
    char alike[4] = {};  // inside a word with Cyrillic letters
    std::uint8_t folded_size = 0;
    std::uint8_t alike_size = 0;
    bool simple = false;  // FoldsSimply
    bool word = false;    // IsWordCharacter
    bool stop = false;    // folds to something an anchor cannot contain
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
    const std::string raw = Utf8(c);
    const std::string folded = FoldWord(raw);
    const std::string alike = FoldWord("д" + raw).substr(std::string_view("д").size());
    std::copy(folded.begin(), folded.end(), entry.folded);
    entry.folded_size = static_cast<std::uint8_t>(folded.size());
    std::copy(alike.begin(), alike.end(), entry.alike);
    entry.alike_size = static_cast<std::uint8_t>(alike.size());
    UChar32 f = -1;
    int32_t i = 0;
    U8_NEXT(reinterpret_cast<const uint8_t*>(folded.data()), i, static_cast<int32_t>(folded.size()),
            f);
    entry.stop = f < 0 || !IsAnchorCharacter(f);
    return entry;
  }

  // Null for a code point outside the table (none of which folds simply but Georgian letters
  // and punctuation, which are inside).
  const Entry* Find(char32_t c) const {
    std::size_t base = 0;
    for (const auto& range : kRanges) {
      if (c >= range[0] && c < range[1]) return &entries[base + (c - range[0])];
      base += range[1] - range[0];
    }
    return nullptr;
  }
};

AnchorScanner::AnchorScanner() : fold_(std::make_unique<FoldTable>()) {}
AnchorScanner::~AnchorScanner() = default;

int AnchorScanner::Add(std::string_view folded, bool whole_word) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(folded.data());
  const auto size = static_cast<int32_t>(folded.size());
  for (int32_t i = 0; i < size;) {
    UChar32 c;
    U8_NEXT(bytes, i, size, c);
    if (c < 0 || !IsAnchorCharacter(c) || (i == U8_LENGTH(c) && c == '\'')) return -1;
  }
  std::size_t length = CodePointCount(folded);
  if (length == 0 || (whole_word && length > kMaxAnchorLength)) return -1;
  if (length > kMaxAnchorLength) {  // a shorter prefix only lets more text through
    folded = CodePointPrefix(folded, kMaxAnchorLength);
    length = kMaxAnchorLength;
  }
  AnchorMap& map = whole_word ? whole_words_ : prefixes_;
  auto [it, added] = map.emplace(std::string(folded), static_cast<int>(count_));
  if (!added) return it->second;
  ++count_;
  lead_bits_[LeadHash(CodePointPrefix(folded, kLeadLength))] = true;
  if (std::find(lengths_.begin(), lengths_.end(), length) == lengths_.end()) {
    lengths_.push_back(length);
    std::sort(lengths_.begin(), lengths_.end());
  }
  max_length_ = std::max(max_length_, length);
  return it->second;
}

bool AnchorScanner::AnyLead(std::string_view folded, const std::uint8_t* ends,
                            std::size_t count) const {
  for (std::size_t k = 0; k < kLeadLength && k < count; ++k) {
    if (lead_bits_[LeadHash(folded.substr(0, ends[k]))]) return true;
  }
  return false;
}

void AnchorScanner::Lookup(std::string_view folded, const std::uint8_t* ends,
                           const bool* word_after, std::size_t count, std::vector<bool>* present,
                           std::vector<int>* found) const {
  auto mark = [&](int id) {
    if (!(*present)[static_cast<std::size_t>(id)]) {
      (*present)[static_cast<std::size_t>(id)] = true;
      found->push_back(id);
    }
  };
  std::array<bool, kLeadLength> lead{};
  bool any_lead = false;
  for (std::size_t k = 0; k < kLeadLength && k < count; ++k) {
    lead[k] = lead_bits_[LeadHash(folded.substr(0, ends[k]))];
    any_lead = any_lead || lead[k];
  }
  if (!any_lead) return;
  for (std::size_t length : lengths_) {
    if (length > count) break;
    if (!lead[std::min(length, kLeadLength) - 1]) continue;
    const std::string_view key = folded.substr(0, ends[length - 1]);
    if (auto prefix = prefixes_.find(key); prefix != prefixes_.end()) mark(prefix->second);
    if (!word_after[length - 1]) {
      if (auto word = whole_words_.find(key); word != whole_words_.end()) mark(word->second);
    }
  }
}

bool AnchorScanner::Scan(std::string_view text, std::vector<bool>* present,
                         std::vector<int>* found) const {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto size = static_cast<int32_t>(text.size());
  // U+0400–U+04FF start with the bytes D0–D3.
  const bool has_cyrillic = std::any_of(text.begin(), text.end(), [](char c) {
    const auto byte = static_cast<unsigned char>(c);
    return byte >= 0xD0 && byte <= 0xD3;
  });
  auto decode = [&](int32_t* i) -> const FoldTable::Entry* {
    if (bytes[*i] < 0x80) return &fold_->entries[bytes[(*i)++]];
    UChar32 c;
    U8_NEXT(bytes, *i, size, c);
    return c < 0 ? nullptr : fold_->Find(static_cast<char32_t>(c));
  };

  char folded[kMaxAnchorLength * 4];
  char alike[kMaxAnchorLength * 4];
  std::uint8_t folded_ends[kMaxAnchorLength];
  std::uint8_t alike_ends[kMaxAnchorLength];
  bool word_after[kMaxAnchorLength];
  bool previous_word = false;
  for (int32_t i = 0; i < size;) {
    const int32_t start = i;
    const FoldTable::Entry* entry = decode(&i);
    if (entry == nullptr || !entry->simple) return false;
    const bool word_start = entry->word && !previous_word;
    previous_word = entry->word;
    if (!word_start || count_ == 0) continue;

    // Fold the code points from this word start, up to the longest anchor.
    std::size_t count = 0;
    std::size_t folded_size = 0;
    std::size_t alike_size = 0;
    for (int32_t j = start; j < size;) {
      const FoldTable::Entry* next = decode(&j);
      if (next == nullptr || !next->simple) return false;
      if (count > 0) word_after[count - 1] = next->word;
      if (next->stop || count == max_length_) break;
      std::copy(next->folded, next->folded + next->folded_size, folded + folded_size);
      folded_size += next->folded_size;
      folded_ends[count] = static_cast<std::uint8_t>(folded_size);
      std::copy(next->alike, next->alike + next->alike_size, alike + alike_size);
      alike_size += next->alike_size;
      alike_ends[count] = static_cast<std::uint8_t>(alike_size);
      word_after[count] = false;  // until the next code point says otherwise
      ++count;
      // Most words are rejected by their first letters: fold no further.
      if (count == kLeadLength && !AnyLead({folded, folded_size}, folded_ends, count) &&
          !(has_cyrillic && AnyLead({alike, alike_size}, alike_ends, count))) {
        count = 0;
        break;
      }
    }
    const std::string_view as_written(folded, folded_size);
    Lookup(as_written, folded_ends, word_after, count, present, found);
    const std::string_view as_cyrillic(alike, alike_size);
    if (has_cyrillic && as_cyrillic != as_written) {
      Lookup(as_cyrillic, alike_ends, word_after, count, present, found);
    }
  }
  return true;
}

}  // namespace rightslint
