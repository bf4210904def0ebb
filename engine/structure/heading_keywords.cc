#include "structure/heading_keywords.h"

#include <algorithm>
#include <array>

#include "structure/utf8.h"

namespace rightslint {
namespace {

constexpr LanguageMask kEastSlavic = kRussian | kUkrainian | kBelarusian;

// Where each word was seen in real headings is recorded beside the tests
// (tests/engine/structure/heading_grammar_test.cc).
constexpr std::array kKeywords = {
    // Articles.
    HeadingKeyword{"статья", OutlineLevel::kArticle, kRussian, kKyrgyz},  // "1-статья." (ky)
    HeadingKeyword{"ст.", OutlineLevel::kArticle, kEastSlavic, 0, /*abbreviation=*/true},
    HeadingKeyword{"стаття", OutlineLevel::kArticle, kUkrainian},
    HeadingKeyword{"артыкул", OutlineLevel::kArticle, kBelarusian},
    HeadingKeyword{"арт.", OutlineLevel::kArticle, kBelarusian, 0, /*abbreviation=*/true},
    HeadingKeyword{"article", OutlineLevel::kArticle, kEnglish},
    HeadingKeyword{"art.", OutlineLevel::kArticle, kEnglish | kRomanian, 0, /*abbreviation=*/true},
    HeadingKeyword{"articolul", OutlineLevel::kArticle, kRomanian},
    HeadingKeyword{"straipsnis", OutlineLevel::kArticle, 0, kLithuanian},
    HeadingKeyword{"მუხლი", OutlineLevel::kArticle, kGeorgian},
    HeadingKeyword{"бап", OutlineLevel::kArticle, 0, kKazakh},
    HeadingKeyword{"берене", OutlineLevel::kArticle, kKyrgyz, kKyrgyz},
    // Chapters.
    HeadingKeyword{"глава", OutlineLevel::kChapter, kEastSlavic, kKyrgyz},  // "1-глава." (ky)
    HeadingKeyword{"chapter", OutlineLevel::kChapter, kEnglish},
    HeadingKeyword{"capitolul", OutlineLevel::kChapter, kRomanian},
    HeadingKeyword{"skyrius", OutlineLevel::kChapter, 0, kLithuanian},
    HeadingKeyword{"თავი", OutlineLevel::kChapter, kGeorgian},
    HeadingKeyword{"тарау", OutlineLevel::kChapter, 0, kKazakh},
    // Sections and other divisions of an act.
    HeadingKeyword{"раздел", OutlineLevel::kSection, kRussian},
    HeadingKeyword{"розділ", OutlineLevel::kSection, kUkrainian},
    HeadingKeyword{"раздзел", OutlineLevel::kSection, kBelarusian},
    HeadingKeyword{"section", OutlineLevel::kSection, kEnglish, 0, false,
                   /*division_or_part=*/true},
    HeadingKeyword{"secțiunea", OutlineLevel::kSection, kRomanian},  // comma below
    HeadingKeyword{"secţiunea", OutlineLevel::kSection, kRomanian},  // cedilla, as older texts
    HeadingKeyword{"titlul", OutlineLevel::kSection, kRomanian},
    HeadingKeyword{"skirsnis", OutlineLevel::kSection, 0, kLithuanian},
    HeadingKeyword{"бөлім", OutlineLevel::kSection, kKazakh, kKazakh},
    HeadingKeyword{"бөлүм", OutlineLevel::kSection, kKyrgyz, kKyrgyz},
    // Parts of an article.
    HeadingKeyword{"часть", OutlineLevel::kPart, kRussian},
    HeadingKeyword{"частина", OutlineLevel::kPart, kUkrainian},
    HeadingKeyword{"частка", OutlineLevel::kPart, kBelarusian},
    HeadingKeyword{"ч.", OutlineLevel::kPart, kEastSlavic, 0, /*abbreviation=*/true},
    HeadingKeyword{"part", OutlineLevel::kPart, kEnglish, 0, false, /*division_or_part=*/true},
    // Points.
    HeadingKeyword{"пункт", OutlineLevel::kPoint, kEastSlavic},
    HeadingKeyword{"п.", OutlineLevel::kPoint, kEastSlavic, 0, /*abbreviation=*/true},
    HeadingKeyword{"point", OutlineLevel::kPoint, kEnglish},
};

// Upper case of the lower-case letters the table's scripts use; anything else is returned as is.
char32_t ToUpper(char32_t cp) {
  if (cp >= 'a' && cp <= 'z') return cp - 0x20;
  if (cp >= 0xE0 && cp <= 0xFE && cp != 0xF7) return cp - 0x20;  // Latin-1: â î …
  if (cp >= 0x100 && cp <= 0x17F) {                              // Latin Extended-A
    // Pairs are (upper, lower) = (even, odd) except in U+0139–U+0148 and U+0179–U+017E,
    // where the upper case is odd: ą ę ė į ų ū ă take one rule, č š ž the other.
    const bool odd_upper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    const bool is_lower = odd_upper ? cp % 2 == 0 : cp % 2 == 1;
    if (cp == 0x131 || cp == 0x138 || cp == 0x149 || cp == 0x17F) return cp;  // no pair
    return is_lower ? cp - 1 : cp;
  }
  if (cp >= 0x218 && cp <= 0x21B) return cp % 2 == 1 ? cp - 1 : cp;  // ș ț
  if (cp >= 0x430 && cp <= 0x44F) return cp - 0x20;                  // а–я
  if (cp >= 0x450 && cp <= 0x45F) return cp - 0x50;                  // ё є і ї ў …
  if ((cp >= 0x460 && cp <= 0x4BF) || (cp >= 0x4D0 && cp <= 0x4FF)) {
    return cp % 2 == 1 ? cp - 1 : cp;  // ґ ғ қ ң ү ұ һ ә ө
  }
  if (cp >= 0x4C1 && cp <= 0x4CE) return cp % 2 == 0 ? cp - 1 : cp;
  return cp;
}

}  // namespace

std::string_view LanguageCode(LanguageMask mask) {
  static constexpr std::array<std::string_view, 9> kCodes = {"ru", "uk", "be", "en", "ro",
                                                             "lt", "ka", "kk", "ky"};
  for (std::size_t bit = 0; bit < kCodes.size(); ++bit) {
    if (mask & (1u << bit)) return kCodes[bit];
  }
  return {};
}

std::span<const HeadingKeyword> HeadingKeywords() { return kKeywords; }

std::vector<std::string> SpellingVariants(std::string_view lower) {
  std::string capitalised;
  std::string upper;
  const char* p = lower.data();
  const char* end = p + lower.size();
  bool first = true;
  while (p < end) {
    char32_t cp;
    std::size_t length = DecodeUtf8(p, end, &cp);
    if (length == 0) {  // not expected in the table; keep the byte
      capitalised.push_back(*p);
      upper.push_back(*p);
      ++p;
      continue;
    }
    AppendUtf8(first ? ToUpper(cp) : cp, &capitalised);
    AppendUtf8(ToUpper(cp), &upper);
    first = false;
    p += length;
  }
  std::vector<std::string> variants = {std::string(lower), capitalised, upper};
  std::sort(variants.begin(), variants.end());
  variants.erase(std::unique(variants.begin(), variants.end()), variants.end());
  return variants;
}

}  // namespace rightslint
