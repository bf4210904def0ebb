#include "match/lexicon_matcher.h"

#include <gtest/gtest.h>

#include "text/tokenizer.h"

namespace rightslint {
namespace {

TermEntry Term(const std::string& term, const std::string& context = "",
               const std::string& pos = "noun") {
  TermEntry entry;
  entry.language = "en";
  entry.rule = "stigma.test";
  entry.term = term;
  entry.pos = pos;
  entry.context = context;
  entry.alternatives = {"x"};
  return entry;
}

class MatchLexiconMatcherTest : public ::testing::Test {
 protected:
  MatchLexiconMatcherTest() : morphology_(*FindMorphologyProfile("en"), "/usr/share/hunspell", {}) {
    lexicons_.terms = {Term("drug habit"), Term("person with a drug habit"), Term("drug abuse"),
                       Term("clean", "drug_test_context", "adj")};
    lexicons_.concepts = {{"en", "drug_test_context", "urine", "", "", 0},
                          {"en", "drug_test_context", "year", "", "", 0}};
    lexicons_.exempt = {{"en", "National Institute on Drug Abuse", "", "", 0}};
    matcher_ = std::make_unique<LexiconMatcher>("en", lexicons_, &morphology_);
  }

  std::vector<std::string> Match(const std::string& text) {
    auto tokenizer = Tokenizer::Create();
    Block block;
    (*tokenizer)->Analyze(text, {0, text.size()}, &block);
    MatchScratch scratch;
    std::vector<TermMatch> matches;
    matcher_->Match(block, &scratch, &matches);
    std::vector<std::string> out;
    for (const TermMatch& match : matches) {
      out.push_back(text.substr(match.span.begin, match.span.size()));
    }
    return out;
  }

  Morphology morphology_;
  LexiconSpecs lexicons_;
  std::unique_ptr<LexiconMatcher> matcher_;
};

TEST_F(MatchLexiconMatcherTest, LongestTermWins) {
  EXPECT_EQ(Match("He is a person with a drug habit."),
            (std::vector<std::string>{"person with a drug habit"}));
  EXPECT_EQ(Match("His drug habit grew."), (std::vector<std::string>{"drug habit"}));
}

TEST_F(MatchLexiconMatcherTest, ProperNamesAreNotFindings) {
  EXPECT_TRUE(Match("The National Institute on Drug Abuse funds research.").empty());
  EXPECT_EQ(Match("They study drug abuse."), (std::vector<std::string>{"drug abuse"}));
}

TEST_F(MatchLexiconMatcherTest, ContextBoundTerms) {
  EXPECT_EQ(Match("She has been clean for two years."), (std::vector<std::string>{"clean"}));
  EXPECT_EQ(Match("The sample was clean urine."), (std::vector<std::string>{"clean"}));
  EXPECT_TRUE(Match("Volunteers clean the park every Sunday.").empty());
  // Context must be in the same sentence.
  EXPECT_TRUE(Match("We clean the park. It took a year.").empty());
  // English adjectives match as written: en_US derives "cleaner" from "clean".
  EXPECT_TRUE(Match("The cleaner found urine on the floor.").empty());
}

}  // namespace
}  // namespace rightslint
