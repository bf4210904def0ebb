#include "text/language.h"

#include <unicode/utf8.h>

namespace rightslint {

void LetterCounts::Add(const LetterCounts& other) {
  latin += other.latin;
  cyrillic += other.cyrillic;
  ukrainian_only += other.ukrainian_only;
  russian_only += other.russian_only;
}

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
      switch (c) {
        case 0x0456:
        case 0x0406:  // і І
        case 0x0457:
        case 0x0407:  // ї Ї
        case 0x0454:
        case 0x0404:  // є Є
        case 0x0491:
        case 0x0490:  // ґ Ґ
          ++counts.ukrainian_only;
          break;
        case 0x044B:
        case 0x042B:  // ы Ы
        case 0x044D:
        case 0x042D:  // э Э
        case 0x044A:
        case 0x042A:  // ъ Ъ
        case 0x0451:
        case 0x0401:  // ё Ё
          ++counts.russian_only;
          break;
        default:
          break;
      }
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
