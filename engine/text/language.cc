#include "text/language.h"

#include <unicode/utf8.h>

#include <array>
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

}  // namespace

LetterCounts CountLetters(std::string_view utf8) {
  LetterCounts counts;
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
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
