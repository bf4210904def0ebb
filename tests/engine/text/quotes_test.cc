#include "text/quotes.h"

#include <gtest/gtest.h>

#include <string>

namespace rightslint {
namespace {

std::vector<std::string> Quoted(const std::string& text) {
  std::vector<ByteRange> ranges;
  FindQuotations(text, {0, text.size()}, &ranges);
  std::vector<std::string> out;
  for (const ByteRange& range : ranges) out.push_back(text.substr(range.begin, range.size()));
  return out;
}

TEST(TextQuotesTest, Guillemets) {
  EXPECT_EQ(Quoted("Он сказал: «наркоманы везде». Конец."),
            (std::vector<std::string>{"наркоманы везде"}));
}

TEST(TextQuotesTest, NestedGermanStyleInsideGuillemets) {
  EXPECT_EQ(Quoted("«Слово „нарик“ обидно»"), (std::vector<std::string>{"Слово „нарик“ обидно"}));
}

TEST(TextQuotesTest, CurlyAndStraight) {
  EXPECT_EQ(Quoted("He said “junkies” and \"addicts\"."),
            (std::vector<std::string>{"junkies", "addicts"}));
}

TEST(TextQuotesTest, UnclosedQuoteQuotesNothing) {
  EXPECT_TRUE(Quoted("He said «addicts and left").empty());
}

TEST(TextQuotesTest, ApostrophesAreNotQuotes) {
  EXPECT_TRUE(Quoted("The addict’s mother’s view").empty());
}

}  // namespace
}  // namespace rightslint
