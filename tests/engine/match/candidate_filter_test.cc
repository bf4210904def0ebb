#include "match/candidate_filter.h"

#include <gtest/gtest.h>

namespace rightslint {
namespace {

TermEntry Term(const std::string& language, const std::string& term, const std::string& pos) {
  TermEntry entry;
  entry.language = language;
  entry.rule = "stigma.test";
  entry.term = term;
  entry.pos = pos;
  return entry;
}

ConceptEntry Concept(const std::string& name, const std::string& term) {
  ConceptEntry entry;
  entry.language = "en";
  entry.concept_name = name;
  entry.term = term;
  return entry;
}

class CandidateFilterTest : public ::testing::Test {
 protected:
  CandidateFilterTest() {
    lexicons_.terms = {Term("en", "drug addict", "noun"), Term("ru", "наркоман", "noun")};
    lexicons_.concepts = {Concept("substance", "narcotic drug"), Concept("act", "possession"),
                          Concept("personal", "personal use")};
    RuleSpec clause;
    clause.info.type = "clause";
    clause.clause.all = {"substance", "act"};
    clause.clause.any = {"personal"};
    RuleSpec pattern;
    pattern.info.type = "pattern";
    pattern.info.languages = {"en"};
    pattern.pattern = "(?:methadone)[^.;]*(?:18|21)\\s*years?";
    rules_ = {clause, pattern};
  }
  bool May(const CandidateFilter& filter, std::string_view text) {
    return filter.MayMatch(text, &scratch_);
  }
  LexiconSpecs lexicons_;
  std::vector<RuleSpec> rules_;
  CandidateScratch scratch_;
};

TEST_F(CandidateFilterTest, ATermNeedsEveryWord) {
  auto filter = CandidateFilter::Create(rules_, lexicons_, /*legal=*/false);
  EXPECT_TRUE(May(*filter, "He was a drug addict."));
  EXPECT_TRUE(May(*filter, "Drug-addicted"));  // "addicted" starts with the anchor
  EXPECT_FALSE(May(*filter, "He was an addict."));
  EXPECT_FALSE(May(*filter, "Drugs."));
  EXPECT_TRUE(May(*filter, "Наркоманы"));
  EXPECT_FALSE(May(*filter, "Possession of a narcotic drug for personal use."));  // terms only
}

TEST_F(CandidateFilterTest, PhrasesAreFoundByTheirRarestWordAndReadAroundIt) {
  // "drug of choice": only "choice" is scanned for; "drug" and "of" are read before it, as the
  // tokeniser joins words (spaces, tabs, hyphens), Latin look-alikes in Cyrillic text included.
  lexicons_.terms = {Term("en", "drug of choice", "noun"), Term("ru", "в завязке", "phrase")};
  auto filter = CandidateFilter::Create(rules_, lexicons_, /*legal=*/false);
  EXPECT_TRUE(May(*filter, "Heroin was his drug of choice."));
  EXPECT_TRUE(May(*filter, "DRUGS\tOF-CHOICE"));
  EXPECT_TRUE(May(*filter, "(drug of choice)"));
  EXPECT_TRUE(May(*filter, "his drug, of choice"));  // the filter may keep more than matches
  EXPECT_FALSE(May(*filter, "a matter of choice"));
  EXPECT_FALSE(May(*filter, "drug choice"));
  EXPECT_FALSE(May(*filter, "drug off choice"));  // "of" is a whole word
  EXPECT_TRUE(May(*filter, "drug of\nchoice"));   // a line break inside a paragraph joins words
  EXPECT_FALSE(May(*filter, "drug of.choice"));
  EXPECT_TRUE(May(*filter, "Он в завязке."));
  EXPECT_TRUE(May(*filter, "Он B завязке."));    // Latin B read as Cyrillic В
  EXPECT_FALSE(May(*filter, "Он вне завязке"));  // «в» is a whole word
  EXPECT_FALSE(May(*filter, "завязке"));
}

TEST_F(CandidateFilterTest, AClauseNeedsAllItsConceptsAndOneOfAny) {
  auto filter = CandidateFilter::Create(rules_, lexicons_, /*legal=*/true);
  EXPECT_TRUE(May(*filter, "Possession of a narcotic drug for personal use is punished."));
  EXPECT_FALSE(May(*filter, "Possession of a narcotic drug is punished."));  // no `any`
  EXPECT_FALSE(May(*filter, "Possession for personal use."));                // no substance
  EXPECT_FALSE(May(*filter, "A narcotic for personal use."));  // "drug" missing from the phrase
}

TEST_F(CandidateFilterTest, APatternNeedsTheAtomsRe2Requires) {
  auto filter = CandidateFilter::Create(rules_, lexicons_, /*legal=*/true);
  EXPECT_TRUE(May(*filter, "Methadone is given only from 18 years."));
  EXPECT_TRUE(May(*filter, "METHADONE after 2018 years"));  // atoms anywhere inside words
  EXPECT_FALSE(May(*filter, "Methadone is given on clinical grounds."));
  EXPECT_FALSE(May(*filter, "Only from 18 years."));
}

TEST_F(CandidateFilterTest, TextThatDoesNotFoldSimplyIsAlwaysACandidate) {
  auto filter = CandidateFilter::Create(rules_, lexicons_, /*legal=*/false);
  EXPECT_TRUE(May(*filter, "A ﬁne day."));
  EXPECT_TRUE(May(*filter, "Ein Straße."));
}

TEST_F(CandidateFilterTest, AClauseWithoutConceptsToRequireLetsEverythingThrough) {
  rules_[0].clause.all.clear();
  rules_[0].clause.any.clear();
  rules_[0].clause.none = {"act"};
  EXPECT_TRUE(May(*CandidateFilter::Create(rules_, lexicons_, /*legal=*/true), "Anything."));
  EXPECT_FALSE(May(*CandidateFilter::Create(rules_, lexicons_, /*legal=*/false), "Anything."));
}

}  // namespace
}  // namespace rightslint
