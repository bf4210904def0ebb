#include "text/language.h"

#include <emmintrin.h>
#include <unicode/utf8.h>

#include <array>
#include <bit>
#include <cstdint>

namespace rightslint {

void LetterCounts::Add(const LetterCounts& other) {
  latin += other.latin;
  cyrillic += other.cyrillic;
  ukrainian_only += other.ukrainian_only;
  russian_only += other.russian_only;
}

namespace {

enum class CyrillicLetter : std::uint8_t { kOther, kUkrainianOnly, kRussianOnly };

// U+0400–U+04FF: і ї є ґ are Ukrainian only, ы э ъ ё Russian only (in either case).
constexpr std::array<CyrillicLetter, 256> kCyrillicLetters = [] {
  std::array<CyrillicLetter, 256> table{};
  for (char32_t c : {0x0456, 0x0406, 0x0457, 0x0407, 0x0454, 0x0404, 0x0491, 0x0490}) {
    table[c - 0x0400] = CyrillicLetter::kUkrainianOnly;
  }
  for (char32_t c : {0x044B, 0x042B, 0x044D, 0x042D, 0x044A, 0x042A, 0x0451, 0x0401}) {
    table[c - 0x0400] = CyrillicLetter::kRussianOnly;
  }
  return table;
}();

// The number of bytes of `mask` (each 00 or FF) that are FF.
inline std::size_t CountSet(__m128i mask) {
  const __m128i sums = _mm_sad_epu8(_mm_and_si128(mask, _mm_set1_epi8(1)), _mm_setzero_si128());
  return static_cast<std::size_t>(_mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4));
}

// The second bytes of the letters kCyrillicLetters marks (ґ Ґ are D2 91 and D2 90, the others
// start with D0 or D1).
constexpr unsigned char kDistinctiveSecondBytes[] = {0x81, 0x84, 0x86, 0x87, 0x8A, 0x8B, 0x8D, 0x90,
                                                     0x91, 0x94, 0x96, 0x97, 0xAA, 0xAB, 0xAD};

// Counts sixteen bytes that hold only ASCII and two-byte characters starting within them (see
// CountLetters), or returns false, counting nothing, for anything else. `bytes` has 17 readable
// bytes: a lead byte last is followed by its continuation.
bool CountSixteen(const uint8_t* bytes, LetterCounts* counts) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes));
  const auto high = static_cast<unsigned>(_mm_movemask_epi8(v));
  // Leads C2..DF and continuations 80..BF, as signed bytes.
  const __m128i lead_bytes =
      _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-63)), _mm_cmplt_epi8(v, _mm_set1_epi8(-32)));
  const auto lead = static_cast<unsigned>(_mm_movemask_epi8(lead_bytes));
  const auto continuation =
      static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(-64))));
  // Every non-ASCII byte a lead or the continuation right after one; none continues a
  // character begun before these sixteen bytes.
  if ((lead | continuation) != high || (continuation & 1u) != 0 ||
      ((lead << 1) & 0xFFFFu) != continuation ||
      ((lead & 0x8000u) != 0 && (bytes[16] & 0xC0) != 0x80)) {
    return false;
  }
  const __m128i lower = _mm_or_si128(v, _mm_set1_epi8(0x20));
  counts->latin += CountSet(_mm_and_si128(_mm_cmpgt_epi8(lower, _mm_set1_epi8('a' - 1)),
                                          _mm_cmplt_epi8(lower, _mm_set1_epi8('z' + 1))));
  // Leads D0..D3 start U+0400..U+04FF.
  const __m128i cyrillic = _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8(static_cast<char>(0xFC))),
                                          _mm_set1_epi8(static_cast<char>(0xD0)));
  counts->cyrillic += CountSet(cyrillic);
  // Only Cyrillic letters whose second byte is one of the distinctive letters' are looked up.
  const __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + 1));
  __m128i candidate = _mm_setzero_si128();
  for (unsigned char second : kDistinctiveSecondBytes) {
    candidate =
        _mm_or_si128(candidate, _mm_cmpeq_epi8(next, _mm_set1_epi8(static_cast<char>(second))));
  }
  for (auto rest = static_cast<unsigned>(_mm_movemask_epi8(_mm_and_si128(candidate, cyrillic)));
       rest != 0; rest &= rest - 1) {
    const int at = std::countr_zero(rest);
    const auto c = static_cast<std::size_t>(((bytes[at] & 0x03) << 6) | (bytes[at + 1] & 0x3F));
    const CyrillicLetter kind = kCyrillicLetters[c];
    counts->ukrainian_only += kind == CyrillicLetter::kUkrainianOnly ? 1 : 0;
    counts->russian_only += kind == CyrillicLetter::kRussianOnly ? 1 : 0;
  }
  return true;
}

}  // namespace

LetterCounts CountLetters(std::string_view utf8) {
  LetterCounts counts;
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    // Sixteen bytes at a time (SSE2) when they start a character and hold nothing longer than
    // two bytes; the character a lead byte last begins ends in the next block's first byte.
    if (length - i > 16 && CountSixteen(bytes + i, &counts)) {
      i += 16;
      if ((bytes[i - 1] & 0xE0) == 0xC0 && (bytes[i] & 0xC0) == 0x80) ++i;
      continue;
    }
    UChar32 c;
    // Whole documents pass through here: ASCII and two-byte letters are decoded inline.
    if (bytes[i] < 0x80) {
      c = bytes[i++];
    } else if (bytes[i] >= 0xC2 && bytes[i] <= 0xDF && i + 1 < length &&
               (bytes[i + 1] & 0xC0) == 0x80) {
      c = ((bytes[i] & 0x1F) << 6) | (bytes[i + 1] & 0x3F);
      i += 2;
    } else {
      U8_NEXT(bytes, i, length, c);
    }
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
      ++counts.latin;
    } else if (c >= 0x0400 && c <= 0x04FF) {
      ++counts.cyrillic;
      const CyrillicLetter kind = kCyrillicLetters[static_cast<std::size_t>(c - 0x0400)];
      counts.ukrainian_only += kind == CyrillicLetter::kUkrainianOnly ? 1 : 0;
      counts.russian_only += kind == CyrillicLetter::kRussianOnly ? 1 : 0;
    }
  }
  return counts;
}

LanguageGuess GuessLanguage(const LetterCounts& counts) {
  if (counts.latin == 0 && counts.cyrillic == 0) return {"", false};
  if (counts.latin > counts.cyrillic) return {"en", true};
  if (counts.ukrainian_only > counts.russian_only) return {"uk", true};
  if (counts.russian_only > counts.ukrainian_only) return {"ru", true};
  return {"ru", false};
}

std::string GuessLanguage(const LetterCounts& counts, const std::string& fallback) {
  const LanguageGuess guess = GuessLanguage(counts);
  if (guess.language.empty()) return fallback;
  if (guess.decided) return guess.language;
  // Cyrillic without distinctive letters: trust the document's language if it is Cyrillic.
  return fallback == "uk" ? "uk" : "ru";
}

}  // namespace rightslint
