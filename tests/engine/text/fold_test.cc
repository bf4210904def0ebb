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

TEST(TextFoldTest, CodePointHelpers) {
  EXPECT_EQ(CodePointCount("наркоман"), 8u);
  EXPECT_EQ(CodePointPrefix("наркоман", 3), "нар");
  EXPECT_EQ(CodePointPrefix("ab", 5), "ab");
}

}  // namespace
}  // namespace rightslint
