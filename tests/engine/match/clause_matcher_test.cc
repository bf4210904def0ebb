#include "match/clause_matcher.h"

#include <gtest/gtest.h>

#include "match/pattern_matcher.h"
#include "text/tokenizer.h"

namespace rightslint {
namespace {

class MatchClauseTest : public ::testing::Test {
 protected:
  MatchClauseTest() : morphology_(*FindMorphologyProfile("ru"), "/usr/share/hunspell", {}) {
    auto concept_row = [](const char* name, const char* term) {
      return ConceptEntry{"ru", name, term, "test", "", 0};
    };
    lexicons_.concepts = {concept_row("possession_act", "хранение"),
                          concept_row("possession_act", "приобретение"),
                          concept_row("controlled_substance", "наркотический средство"),
                          concept_row("personal_use", "без цели сбыта"),
                          concept_row("supply", "сбыт"),
                          concept_row("criminal_penalty", "лишение свободы"),
                          concept_row("not_punishable", "не является преступлением")};
    lexicon_ = std::make_unique<LexiconMatcher>("ru", lexicons_, &morphology_);
    RuleSpec rule;
    rule.info.id = "possession.criminal";
    rule.info.type = "clause";
    rule.info.languages = {"ru"};
    rule.clause.scope = ClauseScope::kSentence;
    rule.clause.all = {"possession_act", "controlled_substance", "personal_use",
                       "criminal_penalty"};
    rule.clause.none = {"supply", "not_punishable"};
    rules_.push_back(rule);
    rule.info.id = "possession.near";
    rule.clause.within = 6;
    rule.clause.all = {"possession_act", "controlled_substance"};
    rule.clause.none = {};
    rules_.push_back(rule);
    clauses_ = std::make_unique<ClauseMatcher>("ru", rules_, *lexicon_);
  }

  // Ids of the rules that fire on each sentence of `text`.
  std::vector<std::string> Fired(const std::string& text) {
    auto tokenizer = Tokenizer::Create();
    Block block;
    (*tokenizer)->Analyze(text, {0, text.size()}, &block);
    MatchScratch scratch;
    std::vector<TermMatch> terms;
    std::vector<ConceptHit> hits;
    lexicon_->Match(block, &scratch, &terms, &hits);
    std::vector<ConceptOccurrence> occurrences;
    for (const ConceptHit& hit : hits) {
      occurrences.push_back(
          {hit.concept_id,
           {block.tokens[hit.first_token].begin, block.tokens[hit.last_token].end},
           hit.first_token,
           hit.last_token});
    }
    std::vector<FiredClause> fired;
    clauses_->Evaluate(ClauseScope::kSentence, occurrences, &fired);
    std::vector<std::string> ids;
    for (const FiredClause& f : fired) ids.push_back(f.rule->info.id);
    return ids;
  }

  Morphology morphology_;
  LexiconSpecs lexicons_;
  std::unique_ptr<LexiconMatcher> lexicon_;
  std::vector<RuleSpec> rules_;
  std::unique_ptr<ClauseMatcher> clauses_;
};

bool Has(const std::vector<std::string>& ids, const std::string& id);

TEST_F(MatchClauseTest, AllConceptsInOneUnitFire) {
  EXPECT_EQ(Fired("Незаконные приобретение, хранение без цели сбыта наркотических средств "
                  "наказываются лишением свободы на срок до трех лет."),
            (std::vector<std::string>{"possession.criminal", "possession.near"}));
}

TEST_F(MatchClauseTest, LongerConceptSwallowsTheShorterOne) {
  // "сбыта" inside "без цели сбыта" is personal use, not supply: the rule still fires.
  EXPECT_TRUE(Has(Fired("Хранение без цели сбыта наркотических средств наказывается лишением "
                        "свободы."),
                  "possession.criminal"));
}

bool Has(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

TEST_F(MatchClauseTest, NoneConceptsBlock) {
  const auto supply = Fired(
      "Сбыт наркотических средств, хранение без цели сбыта наркотических "
      "средств наказываются лишением свободы.");
  EXPECT_FALSE(Has(supply, "possession.criminal"));
  EXPECT_TRUE(Has(supply, "possession.near"));  // no `none` list: supply does not block it
  const auto exempt = Fired(
      "Хранение без цели сбыта наркотических средств с лишением свободы не "
      "является преступлением.");
  EXPECT_FALSE(Has(exempt, "possession.criminal"));
}

TEST_F(MatchClauseTest, MissingConceptDoesNotFire) {
  EXPECT_EQ(Fired("Хранение наркотических средств без цели сбыта."),
            (std::vector<std::string>{"possession.near"}));  // no penalty: not criminal
  EXPECT_TRUE(Fired("Лишение свободы применяется судом.").empty());
}

TEST_F(MatchClauseTest, WithinLimitsTheWindow) {
  EXPECT_EQ(Fired("Хранение наркотических средств."),
            (std::vector<std::string>{"possession.near"}));
  EXPECT_TRUE(Fired("Хранение продуктов в холодильнике, как сказано в инструкции к прибору, не "
                    "касается наркотических средств.")
                  .empty());
}

TEST(MatchClauseUnitsTest, SemicolonsAndLineStartEnumerationsCut) {
  const std::string text = "Запрещаются:\n1) пропаганда; 2) реклама\nа) в сети. Конец.";
  auto tokenizer = Tokenizer::Create();
  Block block;
  (*tokenizer)->Analyze(text, {0, text.size()}, &block);
  std::vector<std::string> units;
  for (const ByteRange& unit : ClauseUnits(text, block)) {
    units.push_back(text.substr(unit.begin, unit.size()));
  }
  ASSERT_GE(units.size(), 4u);
  EXPECT_EQ(units[0], "Запрещаются:\n");
  EXPECT_EQ(units[1], "1) пропаганда;");
  EXPECT_EQ(units.back(), "Конец.");
}

TEST(MatchPatternTest, MatchesFoldedWordsOnWordBoundaries) {
  RuleSpec rule;
  rule.info.id = "propaganda.word";
  rule.info.type = "pattern";
  rule.info.languages = {"ru"};
  rule.pattern = "пропаганд\\pL* наркотик\\pL*";
  std::vector<RuleSpec> rules = {rule};
  rule.info.id = "propaganda.partial";
  rule.pattern = "паганд";  // inside a word: never a hit
  rules.push_back(rule);
  PatternMatcher matcher("ru", rules);
  ASSERT_FALSE(matcher.empty());
  const std::string text = "Запрещается ПРОПАГАНДА наркотиков. Пропаганда, наркотики.";
  auto tokenizer = Tokenizer::Create();
  Block block;
  (*tokenizer)->Analyze(text, {0, text.size()}, &block);
  std::string folded;
  std::vector<PatternMatch> matches;
  matcher.Match(block, &folded, &matches);
  ASSERT_EQ(matches.size(), 1u);  // the comma breaks the second pair
  EXPECT_EQ(matches[0].rule->info.id, "propaganda.word");
  EXPECT_EQ(text.substr(block.tokens[matches[0].first_token].begin,
                        block.tokens[matches[0].last_token].end -
                            block.tokens[matches[0].first_token].begin),
            "ПРОПАГАНДА наркотиков");
  PatternMatcher none("en", rules);
  EXPECT_TRUE(none.empty());
}

}  // namespace
}  // namespace rightslint
