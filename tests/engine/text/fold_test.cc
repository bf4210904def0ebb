#include "text/fold.h"

#include <gtest/gtest.h>

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

}  // namespace
}  // namespace rightslint
