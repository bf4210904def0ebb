#include "match/anchor_scanner.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace rightslint {
namespace {

// The ids of the anchors found in `text`; "not simple" when the scanner gives up on it.
class AnchorScannerTest : public ::testing::Test {
 protected:
  std::vector<int> Found(std::string_view text) {
    std::vector<bool> present(scanner_.size(), false);
    std::vector<int> found;
    std::vector<AnchorScanner::Occurrence> occurrences;
    simple_ = scanner_.Scan(text, &present, &found, &occurrences);
    return found;
  }
  AnchorScanner scanner_;
  bool simple_ = true;
};

TEST_F(AnchorScannerTest, PrefixesOnlyAtTheStartOfAWord) {
  const int drug = scanner_.Add("drug", false);
  EXPECT_EQ(Found("Drugs were found."), std::vector<int>{drug});
  EXPECT_EQ(Found("DRUG"), std::vector<int>{drug});
  EXPECT_TRUE(Found("sundrugs, humdrum").empty());
  EXPECT_EQ(Found("anti-drug (drug) «drug»"), std::vector<int>{drug});  // found once
  EXPECT_TRUE(simple_);
}

TEST_F(AnchorScannerTest, ShortWordsOnlyWhole) {
  const int to = scanner_.Add("до", true);
  const int out = scanner_.Add("out", true);
  EXPECT_EQ(Found("пристрасть до наркотиків"), std::vector<int>{to});
  EXPECT_TRUE(Found("додати, подо, outside, about").empty());
  EXPECT_EQ(Found("strung OUT."), std::vector<int>{out});
  EXPECT_EQ(Found("До"), std::vector<int>{to});
}

TEST_F(AnchorScannerTest, FoldsCaseYoApostrophesAndCedillas) {
  const int yo = scanner_.Add("ежик", false);
  const int injection = scanner_.Add("ін'єкц", false);
  const int romanian = scanner_.Add("consumați", false);
  EXPECT_EQ(Found("Ёжик"), std::vector<int>{yo});
  EXPECT_EQ(Found("ін’єкційних"), std::vector<int>{injection});
  EXPECT_EQ(Found("ІНʼЄКЦІЙНИХ"), std::vector<int>{injection});
  EXPECT_EQ(Found("consumaţi"), std::vector<int>{romanian});  // t with cedilla
}

TEST_F(AnchorScannerTest, LatinLookAlikesCountOnlyInTextWithCyrillic) {
  const int addict = scanner_.Add("наркоман", false);
  EXPECT_EQ(Found("нaркоманы"), std::vector<int>{addict});          // Latin a
  EXPECT_EQ(Found("HAPKOMAH и другие"), std::vector<int>{addict});  // Cyrillic elsewhere
  EXPECT_TRUE(Found("HAPKOMAH").empty());  // folds to Latin letters, as the matcher does
}

TEST_F(AnchorScannerTest, GivesUpOnCodePointsThatDoNotFoldSimply) {
  scanner_.Add("наркоман", false);
  Found("нарко\u00ADман");  // soft hyphen: removed by folding
  EXPECT_FALSE(simple_);
  Found("\uFB01x");  // the ligature fi
  EXPECT_FALSE(simple_);
  Found("нарко\u0301ман");  // stress mark
  EXPECT_FALSE(simple_);
  Found("Закон № 62/95-ВР");
  EXPECT_FALSE(simple_);  // № folds to the letters "no"
  Found("中文");
  EXPECT_FALSE(simple_);  // a script the table does not fold
  // Symbols beyond the table's scripts fold to themselves: they only stand between words.
  Found("Грузія — საქართველო, “quotes” … 1\u00A0000 ₴ → ≥ ⟨x⟩ ✓ \uFFFD");
  EXPECT_TRUE(simple_);
}

// HasCyrillic reads eight bytes at a time: a Cyrillic letter at every offset and every length
// around a word boundary is found, and neighbouring two-byte scripts are not taken for one.
TEST(AnchorScannerHasCyrillicTest, EveryPositionAndNoNeighbours) {
  for (const std::string letter : {"д", "Ѐ", "ӿ", "ї"}) {
    for (std::size_t before = 0; before < 20; ++before) {
      for (std::size_t after = 0; after < 10; ++after) {
        const std::string text = std::string(before, 'a') + letter + std::string(after, '.');
        EXPECT_TRUE(AnchorScanner::HasCyrillic(text)) << before << " " << after;
      }
    }
  }
  // Greek (CE/CF), Armenian (D4/D5), Latin-1 (C3), Hebrew (D7), and continuation bytes 90-BF.
  for (std::size_t length = 0; length < 24; ++length) {
    std::string text;
    while (text.size() < length * 2) text += (text.size() / 2) % 2 == 0 ? "ω" : "Ա";
    EXPECT_FALSE(AnchorScanner::HasCyrillic(text + "é€ש" + std::string(length, 'z')));
  }
}

TEST_F(AnchorScannerTest, AnchorsThatStartOneAnother) {
  const int nar = scanner_.Add("нар", true);
  const int nark = scanner_.Add("нарк", false);
  const int addict = scanner_.Add("наркоман", false);
  const int addicts = scanner_.Add("наркомани", true);
  EXPECT_EQ(Found("наркоманія"), (std::vector<int>{nark, addict}));
  EXPECT_EQ(Found("Наркомани"), (std::vector<int>{nark, addict, addicts}));
  EXPECT_EQ(Found("нар, нарк"), (std::vector<int>{nar, nark}));
  EXPECT_TRUE(Found("нарід наро").empty());
}

TEST_F(AnchorScannerTest, LookAlikeAfterTheFirstLettersAndAfterADeadEnd) {
  const int addict = scanner_.Add("наркоман", false);
  const int nark = scanner_.Add("нарко", false);
  // Latin "o" and "a" late in the word: read as written the word leaves the trie at "o"; read
  // as Cyrillic it goes on.
  EXPECT_EQ(Found("наркoмaн"), (std::vector<int>{nark, addict}));
  EXPECT_EQ(Found("НАРКОМAНИ"), (std::vector<int>{nark, addict}));  // Latin A, capital
}

TEST_F(AnchorScannerTest, WordsLongerThanTheLongestAnchorAndAtTheEndOfTheText) {
  const int substance = scanner_.Add("substance", false);
  const int i = scanner_.Add("i", true);
  EXPECT_EQ(Found(std::string("substances") + std::string(200, 'x')), std::vector<int>{substance});
  EXPECT_EQ(Found("I"), std::vector<int>{i});
  EXPECT_EQ(Found("so did I"), std::vector<int>{i});
  EXPECT_TRUE(Found("is it").empty());
}

// ASCII words are passed over on tables of their first two and three characters: anchors of one,
// two and three or more letters, words of one, two and three letters, at the end of the text.
TEST_F(AnchorScannerTest, ShortAsciiWordsAndAnchorsOfEveryLength) {
  const int x = scanner_.Add("x", false);
  const int ab = scanner_.Add("ab", true);
  const int abc = scanner_.Add("abc", false);
  const int oneill = scanner_.Add("o'ne", false);
  const int digits = scanner_.Add("228", true);
  EXPECT_EQ(Found("ab"), std::vector<int>{ab});
  EXPECT_EQ(Found("AB."), std::vector<int>{ab});
  EXPECT_EQ(Found("abc"), std::vector<int>{abc});
  EXPECT_EQ(Found("Abcd abd"), std::vector<int>{abc});
  EXPECT_EQ(Found("Xylophone"), std::vector<int>{x});
  EXPECT_EQ(Found("O'Neill"), std::vector<int>{oneill});
  EXPECT_EQ(Found("art. 228, 2281"), std::vector<int>{digits});
  EXPECT_TRUE(Found("a b abd o'n 22").empty());
  EXPECT_EQ(Found("abé"), std::vector<int>{});  // a third letter beyond ASCII: walked, not found
  EXPECT_TRUE(simple_);
}

TEST_F(AnchorScannerTest, RejectsAnchorsItCannotLookFor) {
  EXPECT_EQ(scanner_.Add("", false), -1);
  EXPECT_EQ(scanner_.Add("'s", false), -1);
  EXPECT_EQ(scanner_.Add("h.i.v", false), -1);
  EXPECT_EQ(scanner_.Add("drug", false), scanner_.Add("drug", false));
  EXPECT_NE(scanner_.Add("drug", false), scanner_.Add("drug", true));
}

}  // namespace
}  // namespace rightslint
