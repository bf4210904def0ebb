#include "text/fold.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <vector>

namespace rightslint {
namespace {

TEST(TextFoldTest, AsciiIsLowerCased) { EXPECT_EQ(FoldWord("Addict's"), "addict's"); }

TEST(TextFoldTest, CyrillicCaseAndYo) {
  EXPECT_EQ(FoldWord("НАРКОМАН"), "наркоман");
  EXPECT_EQ(FoldWord("Ёжик"), "ежик");
  // ё written as е + combining diaeresis composes first, then folds to е.
  EXPECT_EQ(FoldWord("е\u0308жик"), "ежик");
}

TEST(TextFoldTest, ApostropheVariantsUnify) {
  EXPECT_EQ(FoldWord("п’ятниця"), "п'ятниця");
  EXPECT_EQ(FoldWord("пʼятниця"), "п'ятниця");
  EXPECT_EQ(FoldWord("п`ятниця"), "п'ятниця");
  EXPECT_EQ(FoldWord("addict’s"), "addict's");
}

TEST(TextFoldTest, SoftHyphenAndZeroWidthDropped) {
  EXPECT_EQ(FoldWord("нарко\u00ADман"), "наркоман");
  EXPECT_EQ(FoldWord("нарко\u200Bман"), "наркоман");
  EXPECT_EQ(FoldWord("ad\u200Ddict"), "addict");
}

TEST(TextFoldTest, StressMarksDropped) { EXPECT_EQ(FoldWord("нарко\u0301ман"), "наркоман"); }

TEST(TextFoldTest, LatinLookAlikesInsideCyrillicWords) {
  EXPECT_EQ(FoldWord("нaркоман"), "наркоман");      // Latin a
  EXPECT_EQ(FoldWord("HАРКОМАН"), "наркоман");      // Latin H
  EXPECT_EQ(FoldWord("нарkоманка"), "наркоманка");  // Latin k
  EXPECT_EQ(FoldWord("вiл"), "віл");                // Latin i in a Ukrainian word
}

TEST(TextFoldTest, LatinWordsKeepTheirLetters) {
  EXPECT_EQ(FoldWord("cocaine"), "cocaine");
  EXPECT_EQ(FoldWord("Café"), "café");
}

// Romanian: ş ţ (cedilla, U+015F U+0163, as in Moldovan legislation) fold to ș ț (comma below,
// U+0219 U+021B, as ro_RO spells them), in either case; ă â î stay.
TEST(TextFoldTest, RomanianCedillaAndCommaVariantsUnify) {
  EXPECT_EQ(FoldWord("contravenţiile"), "contravențiile");
  EXPECT_EQ(FoldWord("Ştiinţă"), "știință");
  EXPECT_EQ(FoldWord("ŞTIINŢĂ"), FoldWord("Știință"));
  EXPECT_EQ(FoldWord("persoană"), "persoană");
  EXPECT_EQ(FoldWord("pînă"), "pînă");
  EXPECT_EQ(FoldWord("până"), "până");
}

// Kazakh: the letters of its alphabet are kept and lower-cased; Latin look-alikes inside a
// Cyrillic word still fold, and Latin words are not touched.
TEST(TextFoldTest, KazakhLettersKept) {
  EXPECT_EQ(FoldWord("НАШАҚОРЛАР"), "нашақорлар");
  EXPECT_EQ(FoldWord("ӘҒҚҢӨҰҮҺІ"), "әғқңөұүһі");
  EXPECT_EQ(FoldWord("тәуeлдi"), "тәуелді");  // Latin e and i
  EXPECT_EQ(FoldWord("Kazakhstan"), "kazakhstan");
}

// The fast path for ASCII and basic Cyrillic must fold exactly as ICU does.
TEST(TextFoldTest, FastPathAgreesWithIcuOnEveryLetter) {
  std::vector<std::string> words;
  auto utf8 = [](char32_t c) {
    std::string s;
    if (c < 0x80) {
      s += static_cast<char>(c);
    } else if (c < 0x800) {
      s += static_cast<char>(0xC0 | (c >> 6));
      s += static_cast<char>(0x80 | (c & 0x3F));
    } else {
      s += static_cast<char>(0xE0 | (c >> 12));
      s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
      s += static_cast<char>(0x80 | (c & 0x3F));
    }
    return s;
  };
  std::vector<char32_t> letters;
  for (char32_t c = 0x20; c < 0x7F; ++c) letters.push_back(c);
  for (char32_t c = 0x0400; c <= 0x045F; ++c) letters.push_back(c);
  for (char32_t c : {0x0490, 0x0491, 0x2019, 0x02BC}) letters.push_back(c);
  for (char32_t c : letters) {
    words.push_back(utf8(c));
    words.push_back("нар" + utf8(c) + "к");  // inside a Cyrillic word: look-alikes fold
    words.push_back("Ab" + utf8(c));
  }
  for (const std::string& word : words) {
    std::string fast;
    std::string slow;
    AppendFoldedWord(word, &fast);
    AppendFoldedWordWithIcu(word, &slow);
    EXPECT_EQ(fast, slow) << word;
  }
}

TEST(TextFoldTest, CodePointHelpers) {
  EXPECT_EQ(CodePointCount("наркоман"), 8u);
  EXPECT_EQ(CodePointPrefix("наркоман", 3), "нар");
  EXPECT_EQ(CodePointPrefix("ab", 5), "ab");
}

// The raw-text prefilter's contract (FoldsSimply, AppendFoldPreimages), checked for every code
// point of the Basic Multilingual Plane against the real folding: each simple code point folds,
// alone and inside a Cyrillic word, to exactly one code point or to marks only, and when it folds
// to a letter, digit or apostrophe — what a folded anchor is made of — it is among that one's
// preimages.

TEST(TextFoldTest, SimpleCodePointsFoldToOneCodePointListedAmongItsPreimages) {
  std::size_t simple = 0;
  for (char32_t c = 1; c < 0x10000; ++c) {
    if ((c >= 0xD800 && c <= 0xDFFF) || !FoldsSimply(c)) continue;
    ++simple;
    for (const std::string context : {"", "д"}) {
      const std::string folded = FoldWord(context + CodePointToUtf8(c));
      const std::vector<char32_t> points = CodePoints(folded);
      const std::size_t own = points.size() - (context.empty() ? 0 : 1);
      if (own != 1) {  // allowed only for marks that fold to other marks (… to ...)
        EXPECT_GT(own, 1u) << "U+" << std::hex << static_cast<int>(c) << " is removed";
        for (std::size_t k = points.size() - own; k < points.size(); ++k) {
          const char32_t p = points[k];
          EXPECT_TRUE(!u_isalnum(static_cast<UChar32>(p)) && p != '\'')
              << "U+" << std::hex << static_cast<int>(c) << " folds to \"" << folded << "\"";
        }
        continue;
      }
      const char32_t y = points.back();
      if (!u_isalnum(static_cast<UChar32>(y)) && y != '\'') continue;
      std::vector<char32_t> preimages;
      AppendFoldPreimages(y, &preimages);
      EXPECT_NE(std::find(preimages.begin(), preimages.end(), c), preimages.end())
          << "U+" << std::hex << static_cast<int>(c) << " folds to U+" << static_cast<int>(y)
          << " but is not among its preimages";
    }
  }
  EXPECT_GT(simple, 650u);
}

// AnchorScanner folds letters through a table of U+0000–U+04FF, Georgian letters and general
// punctuation; any other code point that folds simply must be a symbol it can treat as one.
TEST(TextFoldTest, SimpleCodePointsBeyondTheLetterRangesAreSymbols) {
  for (char32_t c = 0x500; c < 0x30000; ++c) {
    if ((c >= 0x10D0 && c <= 0x10FA) || (c >= 0x2000 && c < 0x2060) || !FoldsSimply(c)) continue;
    EXPECT_FALSE(u_isalnum(static_cast<UChar32>(c))) << "U+" << std::hex << static_cast<int>(c);
  }
}

// CandidateFilter looks for the pattern rules' number atoms ("18") as bytes in text whose code
// points all fold simply: no such code point but the ASCII digits may fold to one ("１", "²" do
// not fold simply).
TEST(TextFoldTest, OnlyAsciiDigitsFoldSimplyToAsciiDigits) {
  for (char32_t c = 1; c < 0x30000; ++c) {
    if ((c >= 0xD800 && c <= 0xDFFF) || (c >= '0' && c <= '9') || !FoldsSimply(c)) continue;
    const std::string folded = FoldWord(CodePointToUtf8(c));
    EXPECT_EQ(folded.find_first_of("0123456789"), std::string::npos)
        << "U+" << std::hex << static_cast<int>(c);
  }
}

TEST(TextFoldTest, PreimagesFoldBackToTheirLetter) {
  for (char32_t y : {U'а', U'е', U'і', U'ї', U'ș', U'ț', U'\'', U'a', U'ә', U'ა'}) {
    std::vector<char32_t> preimages;
    AppendFoldPreimages(y, &preimages);
    ASSERT_FALSE(preimages.empty());
    EXPECT_EQ(preimages.front(), y);
    for (char32_t p : preimages) {
      EXPECT_TRUE(FoldsSimply(p));
      const std::string alone = FoldWord(CodePointToUtf8(p));
      const std::string in_cyrillic = FoldWord("д" + CodePointToUtf8(p));
      EXPECT_TRUE(alone == CodePointToUtf8(y) || in_cyrillic == "д" + CodePointToUtf8(y))
          << "U+" << std::hex << static_cast<int>(p) << " is listed for U+" << static_cast<int>(y);
    }
  }
  std::vector<char32_t> yo;
  AppendFoldPreimages(U'е', &yo);
  for (char32_t expected : {U'Е', U'ё', U'Ё', U'e', U'E'}) {
    EXPECT_NE(std::find(yo.begin(), yo.end(), expected), yo.end());
  }
}

}  // namespace
}  // namespace rightslint
