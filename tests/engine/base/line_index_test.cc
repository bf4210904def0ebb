#include "base/line_index.h"

#include <gtest/gtest.h>

namespace rightslint {
namespace {

TEST(LineIndexTest, CountsColumnsInCodePointsAndLinesFromOne) {
  const std::string text = "ab\nнаркоман x\r\nz";
  LineIndex index(text);
  EXPECT_EQ(index.line_count(), 3u);
  Position x = index.PositionOf(text.find('x'));
  EXPECT_EQ(x.line, 2);
  EXPECT_EQ(x.column, 10);  // eight Cyrillic letters (16 bytes) and a space before it
  EXPECT_EQ(x.offset, text.find('x'));
  EXPECT_EQ(index.LineAt(text.find('x')), "наркоман x");
  Position z = index.PositionOf(text.size() - 1);
  EXPECT_EQ(z.line, 3);
  EXPECT_EQ(z.column, 1);
}

TEST(LineIndexTest, ClampsPastTheEnd) {
  LineIndex index("abc");
  EXPECT_EQ(index.PositionOf(99).column, 4);
  EXPECT_EQ(index.PositionOf(99).offset, 3u);
}

TEST(LineIndexTest, EmptyText) {
  LineIndex index("");
  EXPECT_EQ(index.PositionOf(0).line, 1);
  EXPECT_EQ(index.LineAt(0), "");
}

}  // namespace
}  // namespace rightslint
