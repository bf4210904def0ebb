#include "text/tokenizer.h"

#include <gtest/gtest.h>

#include <string>

namespace rightslint {
namespace {

class TextTokenizerTest : public ::testing::Test {
 protected:
  void Analyze(const std::string& text) {
    text_ = text;
    auto tokenizer = Tokenizer::Create();
    ASSERT_TRUE(tokenizer.ok()) << tokenizer.status().message();
    (*tokenizer)->Analyze(text_, {0, text_.size()}, &block_);
  }
  std::vector<std::string> Words() const {
    std::vector<std::string> out;
    for (const Token& token : block_.tokens) {
      out.push_back(text_.substr(token.begin, token.end - token.begin));
    }
    return out;
  }
  std::vector<std::string> Keys() const {
    std::vector<std::string> out;
    for (const Token& token : block_.tokens) out.emplace_back(block_.Key(token));
    return out;
  }

  std::string text_;
  Block block_;
};

TEST_F(TextTokenizerTest, WordsHaveByteOffsetsAndFoldedKeys) {
  Analyze("Полиция задержала Наркоманов.");
  EXPECT_EQ(Words(), (std::vector<std::string>{"Полиция", "задержала", "Наркоманов"}));
  EXPECT_EQ(Keys(), (std::vector<std::string>{"полиция", "задержала", "наркоманов"}));
  EXPECT_EQ(block_.tokens[2].begin, text_.find("Наркоманов"));
  EXPECT_TRUE(block_.tokens[2].capitalized);
  EXPECT_FALSE(block_.tokens[1].capitalized);
}

TEST_F(TextTokenizerTest, ApostropheAndPossessiveStayInTheWord) {
  Analyze("the addict’s family and п’ятниця");
  EXPECT_EQ(Keys(), (std::vector<std::string>{"the", "addict's", "family", "and", "п'ятниця"}));
}

TEST_F(TextTokenizerTest, JoinedOnlyAcrossSpacesHyphensAndOneLineBreak) {
  Analyze("drug abuser, drug-abuser drug\nabuser. drug");
  ASSERT_EQ(block_.tokens.size(), 7u);
  EXPECT_TRUE(block_.tokens[1].joined);   // "drug abuser"
  EXPECT_FALSE(block_.tokens[2].joined);  // after a comma
  EXPECT_TRUE(block_.tokens[3].joined);   // hyphen
  EXPECT_TRUE(block_.tokens[3].hyphenated);
  EXPECT_FALSE(block_.tokens[1].hyphenated);
  EXPECT_TRUE(block_.tokens[5].joined);   // one line break
  EXPECT_FALSE(block_.tokens[6].joined);  // next sentence
}

TEST_F(TextTokenizerTest, ZeroWidthSpaceInsideAWordIsJoinedBack) {
  Analyze("один нарко\u200Bман тут");
  EXPECT_EQ(Keys(), (std::vector<std::string>{"один", "наркоман", "тут"}));
  EXPECT_EQ(Words()[1], "нарко\u200Bман");
}

TEST_F(TextTokenizerTest, SoftHyphenAndLatinLookAlike) {
  Analyze("нарко\u00ADманы и нaркоманы");
  EXPECT_EQ(Keys(), (std::vector<std::string>{"наркоманы", "и", "наркоманы"}));
}

TEST_F(TextTokenizerTest, SentencesAndQuotations) {
  Analyze("He said “junkies”. Then he left.");
  ASSERT_EQ(block_.sentences.size(), 2u);
  EXPECT_EQ(block_.tokens.back().sentence, 1u);
  ASSERT_EQ(block_.quotations.size(), 1u);
  const std::size_t at = text_.find("junkies");
  EXPECT_TRUE(block_.Quoted({at, at + 7}));
  EXPECT_FALSE(block_.Quoted({0, 2}));
}

TEST_F(TextTokenizerTest, NumbersAreTokensButMarked) {
  Analyze("clean for 2 years");
  ASSERT_EQ(block_.tokens.size(), 4u);
  EXPECT_TRUE(block_.tokens[2].numeric);
}

TEST_F(TextTokenizerTest, NonProseIsReadAsSpaces) {
  text_ = "see `addict` and \"quoted\" https://x.org/\"a";
  auto tokenizer = Tokenizer::Create();
  ASSERT_TRUE(tokenizer.ok());
  const std::size_t code = text_.find('`');
  const std::size_t url = text_.find("https");
  const std::vector<ByteRange> non_prose = {{code, code + 8}, {url, text_.size()}};
  (*tokenizer)->Analyze(text_, {0, text_.size()}, &block_, &non_prose);
  EXPECT_EQ(Keys(), (std::vector<std::string>{"see", "and", "quoted"}));
  ASSERT_EQ(block_.quotations.size(), 1u);  // the quote mark inside the URL pairs with nothing
  EXPECT_EQ((*tokenizer)->prose().size(), text_.size());
}

TEST_F(TextTokenizerTest, ReusedBlockIsCleared) {
  Analyze("one two three");
  Analyze("four");
  EXPECT_EQ(Keys(), (std::vector<std::string>{"four"}));
}

TEST_F(TextTokenizerTest, RangeInsideALargerText) {
  text_ = "skip this. наркоман";
  auto tokenizer = Tokenizer::Create();
  ASSERT_TRUE(tokenizer.ok());
  const std::size_t begin = text_.find("наркоман");
  (*tokenizer)->Analyze(text_, {begin, text_.size()}, &block_);
  ASSERT_EQ(block_.tokens.size(), 1u);
  EXPECT_EQ(block_.tokens[0].begin, begin);
  EXPECT_EQ(block_.tokens[0].end, text_.size());
}

}  // namespace
}  // namespace rightslint
