#include "text/blocks.h"

#include <gtest/gtest.h>

#include <string>

namespace rightslint {
namespace {

std::vector<std::string> Texts(const std::string& text, std::size_t max = kMaxBlockBytes) {
  std::vector<std::string> out;
  for (const ByteRange& range : SplitBlocks(text, max)) {
    out.push_back(text.substr(range.begin, range.size()));
  }
  return out;
}

TEST(TextBlocksTest, BlankLinesSeparateParagraphs) {
  EXPECT_EQ(Texts("one\ntwo\n\n  \t\nthree\n"),
            (std::vector<std::string>{"one\ntwo\n", "three\n"}));
}

TEST(TextBlocksTest, CrLfBlankLines) {
  EXPECT_EQ(Texts("a\r\n\r\nb"), (std::vector<std::string>{"a\r\n", "b"}));
}

TEST(TextBlocksTest, LinesInsideNonProseSeparateBlocks) {
  const std::string text = "para one\n```\ncode\n```\npara two\n";
  const std::size_t fence = text.find("```");
  const std::size_t after = text.find("para two");
  const auto blocks = SplitBlocks(text, kMaxBlockBytes, {{fence, after}});
  ASSERT_EQ(blocks.size(), 2u);
  EXPECT_EQ(text.substr(blocks[0].begin, blocks[0].size()), "para one\n");
  EXPECT_EQ(text.substr(blocks[1].begin, blocks[1].size()), "para two\n");
}

TEST(TextBlocksTest, EmptyAndWhitespaceOnly) {
  EXPECT_TRUE(Texts("").empty());
  EXPECT_TRUE(Texts("\n \n\t\n").empty());
}

TEST(TextBlocksTest, LongParagraphIsCutAtLineBreaksWithinTheLimit) {
  std::string text;
  for (int i = 0; i < 100; ++i) text += "строка номер " + std::to_string(i) + "\n";
  const auto blocks = SplitBlocks(text, 200);
  ASSERT_GT(blocks.size(), 1u);
  std::size_t covered = 0;
  for (const ByteRange& range : blocks) {
    EXPECT_LE(range.size(), 200u);
    EXPECT_EQ(range.begin, covered);  // contiguous: nothing lost
    EXPECT_EQ(text[range.end - 1], '\n');
    covered = range.end;
  }
  EXPECT_EQ(covered, text.size());
}

TEST(TextBlocksTest, NoBreakAtAllCutsAtACodePointBoundary) {
  std::string text(1000, 'x');
  text += "жжжжжжжжжж";
  for (const ByteRange& range : SplitBlocks(text, 101)) {
    EXPECT_NE(static_cast<unsigned char>(text[range.begin]) & 0xC0, 0x80u);
  }
}

}  // namespace
}  // namespace rightslint
