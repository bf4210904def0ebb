// The heading words of the structure stage as data: which word opens which kind of heading, in
// which languages, and on which side of the number it is written ("Статья 228" but "296-бап",
// "259 straipsnis"). The grammar (heading_grammar.cc) compiles this table into one keyword
// lookup; nothing here depends on Spirit. Internal to the structure stage.
#ifndef RIGHTSLINT_STRUCTURE_HEADING_KEYWORDS_H_
#define RIGHTSLINT_STRUCTURE_HEADING_KEYWORDS_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "structure/outline.h"

namespace rightslint {

// A set of heading languages, one bit each. The lowest set bit is the default when a word is
// shared (for example "Ст." is Russian, Ukrainian or Belarusian; "Art." English or Romanian).
using LanguageMask = std::uint16_t;

inline constexpr LanguageMask kRussian = 1 << 0;
inline constexpr LanguageMask kUkrainian = 1 << 1;
inline constexpr LanguageMask kBelarusian = 1 << 2;
inline constexpr LanguageMask kEnglish = 1 << 3;
inline constexpr LanguageMask kRomanian = 1 << 4;
inline constexpr LanguageMask kLithuanian = 1 << 5;
inline constexpr LanguageMask kGeorgian = 1 << 6;
inline constexpr LanguageMask kKazakh = 1 << 7;
inline constexpr LanguageMask kKyrgyz = 1 << 8;

// "ru", "uk", … for the lowest language in `mask`; empty for an empty mask.
std::string_view LanguageCode(LanguageMask mask);

struct HeadingKeyword {
  std::string_view lower;  // the word in lower case, UTF-8: "статья", "ст.", "бап"
  OutlineLevel level;      // what a heading with this word is
  LanguageMask before_number = 0;  // languages writing it before the number: "Статья 228"
  LanguageMask after_number = 0;   // languages writing it after the number: "296-бап"
  // An abbreviation ("Ст.", "Art.", "ч.", "п.") is also common in running text ("Ст. 327 УК
  // предусматривает…"), so it heads a line only when the number ends the line or is followed by
  // punctuation, never by a title word alone.
  bool abbreviation = false;
  // English "Part 2"/"Section 1": inside an article a part (translations of post-Soviet codes
  // render "часть 1" as "Section 1"), otherwise, or with a Roman number, a division of the act.
  bool division_or_part = false;
};

// Every heading word, in lower case. The grammar also accepts each word Capitalised and in
// UPPER CASE (see SpellingVariants).
std::span<const HeadingKeyword> HeadingKeywords();

// The spellings a heading word is recognised in: as given (lower case), with the first letter
// capitalised, and all in capitals ("статья", "Статья", "СТАТЬЯ"). Case is mapped for the
// scripts of the table (Latin with its Lithuanian and Romanian letters, Cyrillic with its
// Ukrainian, Belarusian, Kazakh and Kyrgyz letters); Georgian has no case. Duplicates removed.
std::vector<std::string> SpellingVariants(std::string_view lower);

}  // namespace rightslint

#endif  // RIGHTSLINT_STRUCTURE_HEADING_KEYWORDS_H_
