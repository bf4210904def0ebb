#include "report/source_excerpt.h"

#include <gtest/gtest.h>

#include <string>

namespace rightslint {
namespace {

// `pad` spaces, then a caret underline `width` columns wide.
std::string Caret(int pad, int width) {
  return std::string(pad, ' ') + "^" + std::string(width - 1, '~');
}

SourceExcerpt Underline(std::string_view line, std::string_view word, int max_width = 100) {
  const std::size_t begin = line.find(word);
  EXPECT_NE(begin, std::string_view::npos) << word;
  return RenderSourceExcerpt(line, begin, begin + word.size(), max_width);
}

TEST(SourceExcerptTest, UnderlinesCyrillicByCodePoints) {
  const SourceExcerpt excerpt =
      Underline("Полиция задержала трёх наркоманов у вокзала.", "наркоманов");
  EXPECT_EQ(excerpt.line, "Полиция задержала трёх наркоманов у вокзала.");
  EXPECT_EQ(excerpt.underline, Caret(23, 10));
}

TEST(SourceExcerptTest, ExpandsTabsInTheLineAndTheUnderlineAlike) {
  const SourceExcerpt excerpt = Underline("\tабв\tнаркоман", "наркоман");
  EXPECT_EQ(excerpt.line, "        абв     наркоман");
  EXPECT_EQ(excerpt.underline, Caret(16, 8));
}

TEST(SourceExcerptTest, TabInsideTheSpanIsUnderlinedToItsStop) {
  const SourceExcerpt excerpt = RenderSourceExcerpt("ab\tcd", 1, 4);
  EXPECT_EQ(excerpt.line, "ab      cd");
  EXPECT_EQ(excerpt.underline, Caret(1, 8));  // b, the tab (6 columns), c
}

TEST(SourceExcerptTest, WideAndCombiningCharacters) {
  // Two wide characters (4 columns), then e + combining acute (1 column), then the word.
  const SourceExcerpt excerpt = Underline("毒品 е\u0301 addict", "addict");
  EXPECT_EQ(excerpt.underline, Caret(7, 6));
  const SourceExcerpt wide = Underline("a 毒品 b", "毒品");
  EXPECT_EQ(wide.underline, Caret(2, 4));
}

TEST(SourceExcerptTest, ControlCharactersNeverReachTheTerminal) {
  const SourceExcerpt excerpt = Underline("a\x1b[31m addict", "addict");
  EXPECT_EQ(excerpt.line, "a\xEF\xBF\xBD[31m addict");
  EXPECT_EQ(excerpt.underline, Caret(7, 6));
}

TEST(SourceExcerptTest, SpanPastTheEndOfTheLineStopsAtTheLineEnd) {
  const SourceExcerpt excerpt = RenderSourceExcerpt("one addict", 4, 400);
  EXPECT_EQ(excerpt.underline, Caret(4, 6));
}

TEST(SourceExcerptTest, EmptySpanGetsOneCaret) {
  EXPECT_EQ(RenderSourceExcerpt("abc", 1, 1).underline, " ^");
  EXPECT_EQ(RenderSourceExcerpt("abc", 3, 3).underline, "   ^");
  EXPECT_EQ(RenderSourceExcerpt("", 0, 0).underline, "^");
}

TEST(SourceExcerptTest, LongLineIsCutAroundTheSpanAtSpaces) {
  std::string line;
  for (int i = 0; i < 40; ++i) line += "слово ";
  const std::size_t begin = line.size();
  line += "наркоманов";
  for (int i = 0; i < 40; ++i) line += " слово";
  const SourceExcerpt excerpt = RenderSourceExcerpt(line, begin, begin + 20, 60);
  EXPECT_TRUE(excerpt.line.starts_with("…слово "));
  EXPECT_TRUE(excerpt.line.ends_with("слово…"));
  const std::size_t caret = excerpt.underline.find('^');
  ASSERT_NE(caret, std::string::npos);
  // The caret sits under the first letter of the word in the cut line.
  const std::string before = excerpt.line.substr(0, excerpt.line.find("наркоманов"));
  int columns = 0;
  for (unsigned char c : before) columns += (c & 0xC0) != 0x80;
  EXPECT_EQ(static_cast<int>(caret), columns);
  EXPECT_EQ(excerpt.underline.substr(caret), Caret(0, 10));
  EXPECT_LE(columns + 10 + 1, 60 + 2);
}

TEST(SourceExcerptTest, ShortLineIsNeverCut) {
  const std::string line(100, 'x');
  EXPECT_EQ(RenderSourceExcerpt(line, 0, 1, 100).line, line);
}

}  // namespace
}  // namespace rightslint
