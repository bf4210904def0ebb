#include "report/display_width.h"

#include <gtest/gtest.h>

namespace rightslint {
namespace {

TEST(DisplayWidthTest, LatinAndCyrillicAreOneColumnPerLetter) {
  EXPECT_EQ(DisplayWidth("addicts"), 7);
  EXPECT_EQ(DisplayWidth("наркоманов"), 10);
  EXPECT_EQ(DisplayWidth("наркоман і"), 10);
}

TEST(DisplayWidthTest, WideCharactersTakeTwoColumns) {
  EXPECT_EQ(DisplayWidth("毒品"), 4);
  EXPECT_EQ(DisplayWidth("ＡＢ"), 4);  // fullwidth Latin
}

TEST(DisplayWidthTest, CombiningMarksAndFormatCharactersTakeNone) {
  EXPECT_EQ(DisplayWidth("е\u0301"), 1);         // e + combining acute (stress mark)
  EXPECT_EQ(DisplayWidth("нар\u200Bкоман"), 8);  // zero-width space
  EXPECT_EQ(DisplayWidth("нар\u00ADкоман"), 9);  // a soft hyphen is drawn
}

TEST(DisplayWidthTest, InvalidBytesCountAsOneReplacementCharacter) {
  EXPECT_EQ(DisplayWidth("a\xFF"
                         "b"),
            3);
}

}  // namespace
}  // namespace rightslint
