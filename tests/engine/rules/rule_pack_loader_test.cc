#include "rules/rule_pack_loader.h"

#include <gtest/gtest.h>

#include <string>

namespace rightslint {
namespace {

constexpr const char* kGoodRule = R"yaml(rules:
  - id: stigma.addict
    type: term
    category: stigma
    severity: warning
    languages: [en, ru]
    lexicon: stigma
    message:
      en: "“{term}” labels a person."
      ru: "«{term}» — ярлык."
    rationale:
      guideline: "IGHRDP II.1 (ii)"
      recommendation: 21
      why: "Labels reduce people to their drug use."
      url: "https://www.humanrights-drugpolicy.org/"
    examples:
      - {lang: en, bad: "The addict left."}
      - {lang: ru, good: "Человек ушёл."}
)yaml";

std::string Replace(std::string text, const std::string& from, const std::string& to) {
  text.replace(text.find(from), from.size(), to);
  return text;
}

std::string ErrorOf(const std::string& yaml) {
  auto specs = ParseRulePack("pack.yaml", yaml);
  return specs.ok() ? "" : specs.status().message();
}

TEST(RulesPackLoaderTest, ParsesAGoodRule) {
  auto specs = ParseRulePack("pack.yaml", kGoodRule);
  ASSERT_TRUE(specs.ok()) << specs.status().message();
  ASSERT_EQ(specs->size(), 1u);
  const RuleInfo& info = specs->front().info;
  EXPECT_EQ(info.id, "stigma.addict");
  EXPECT_EQ(info.severity, Severity::kWarning);
  EXPECT_EQ(info.languages, (std::vector<std::string>{"en", "ru"}));
  EXPECT_EQ(info.messages.at("ru"), "«{term}» — ярлык.");
  EXPECT_EQ(info.rationale.recommendation, 21);
  ASSERT_EQ(info.examples.size(), 2u);
  EXPECT_TRUE(info.examples[0].bad);
  EXPECT_FALSE(info.examples[1].bad);
  EXPECT_EQ(specs->front().lexicon, "stigma");
  EXPECT_EQ(specs->front().line, 2);
}

TEST(RulesPackLoaderTest, UnknownKeyNamesFileLineAndKey) {
  const std::string error = ErrorOf(
      Replace(kGoodRule, "    lexicon: stigma\n", "    lexicon: stigma\n    severty: error\n"));
  EXPECT_NE(error.find("pack.yaml:8:"), std::string::npos) << error;
  EXPECT_NE(error.find("unknown key `severty`"), std::string::npos) << error;
}

TEST(RulesPackLoaderTest, BadSeverityNamesTheField) {
  const std::string error = ErrorOf(Replace(kGoodRule, "severity: warning", "severity: loud"));
  EXPECT_NE(error.find("pack.yaml:5:"), std::string::npos) << error;
  EXPECT_NE(error.find("field `severity`"), std::string::npos) << error;
}

TEST(RulesPackLoaderTest, MissingMessageForALanguage) {
  const std::string error = ErrorOf(Replace(kGoodRule, "      ru: \"«{term}» — ярлык.\"\n", ""));
  EXPECT_NE(error.find("no message for language `ru`"), std::string::npos) << error;
}

TEST(RulesPackLoaderTest, BadIdCategoryAndType) {
  EXPECT_NE(
      ErrorOf(Replace(kGoodRule, "id: stigma.addict", "id: Stigma Addict")).find("field `id`"),
      std::string::npos);
  EXPECT_NE(ErrorOf(Replace(kGoodRule, "category: stigma", "category: rudeness"))
                .find("unknown category"),
            std::string::npos);
  EXPECT_NE(ErrorOf(Replace(kGoodRule, "id: stigma.addict", "id: penalty.addict"))
                .find("must start with its category"),
            std::string::npos);
  EXPECT_NE(ErrorOf(Replace(kGoodRule, "type: term", "type: magic")).find("field `type`"),
            std::string::npos);
}

TEST(RulesPackLoaderTest, RecommendationOutOfRange) {
  EXPECT_NE(ErrorOf(Replace(kGoodRule, "recommendation: 21", "recommendation: 99")).find("1 to 24"),
            std::string::npos);
}

TEST(RulesPackLoaderTest, ExampleNeedsExactlyOneOfBadGood) {
  EXPECT_NE(ErrorOf(Replace(kGoodRule, "{lang: en, bad: \"The addict left.\"}",
                            "{lang: en, bad: \"x\", good: \"y\"}"))
                .find("exactly one of bad, good"),
            std::string::npos);
}

TEST(RulesPackLoaderTest, MalformedTruncatedEmptyAndBinary) {
  EXPECT_NE(ErrorOf("rules:\n  - id: [unclosed\n").find("malformed YAML"), std::string::npos);
  const std::string truncated = std::string(kGoodRule).substr(0, 200);
  EXPECT_FALSE(ErrorOf(truncated).empty());
  EXPECT_NE(ErrorOf("").find("pack.yaml:1:"), std::string::npos);
  EXPECT_FALSE(ErrorOf(std::string("\x00\x01\x02\xff\xfe", 5)).empty());
  EXPECT_FALSE(ErrorOf("just a string").empty());
  EXPECT_FALSE(ErrorOf("rules: 5").empty());
}

TEST(RulesPackLoaderTest, LoadRulePacksReportsMissingDirectory) {
  auto specs = LoadRulePacks("/nonexistent/rules");
  ASSERT_FALSE(specs.ok());
  EXPECT_NE(specs.status().message().find("/nonexistent/rules"), std::string::npos);
}

}  // namespace
}  // namespace rightslint

namespace rightslint {
namespace {

constexpr const char* kClauseRule = R"yaml(rules:
  - id: possession.criminal
    type: clause
    category: possession
    severity: error
    languages: [ru]
    scope: sentence
    within: 40
    all: [possession_act, personal_use]
    none: [supply]
    message: {ru: "Наказание за хранение для личного потребления."}
    suggestion: {ru: "Декриминализировать хранение для личного потребления."}
    rationale: {guideline: "IGHRDP II.1 (v)", recommendation: 8, why: "Why."}
  - id: propaganda.word
    type: pattern
    category: propaganda
    severity: warning
    languages: [ru]
    pattern: "пропаганд\\w*"
    message: {ru: "Запрет «пропаганды»."}
    suggestion: {ru: "Защитить научную информацию."}
    rationale: {guideline: "IGHRDP II.12 (iii)", recommendation: 2, why: "Why."}
)yaml";

TEST(RulesPackLoaderTest, ClauseAndPatternRules) {
  auto specs = ParseRulePack("legal.yaml", kClauseRule);
  ASSERT_TRUE(specs.ok()) << specs.status().message();
  ASSERT_EQ(specs->size(), 2u);
  const RuleSpec& clause = (*specs)[0];
  EXPECT_EQ(clause.clause.scope, ClauseScope::kSentence);
  EXPECT_EQ(clause.clause.within, 40);
  EXPECT_EQ(clause.clause.all, (std::vector<std::string>{"possession_act", "personal_use"}));
  EXPECT_EQ(clause.clause.none, (std::vector<std::string>{"supply"}));
  EXPECT_EQ(clause.info.suggestions.at("ru"),
            "Декриминализировать хранение для личного потребления.");
  EXPECT_NE(clause.info.definition.find("none of [supply]"), std::string::npos);
  EXPECT_EQ((*specs)[1].pattern, "пропаганд\\w*");
}

TEST(RulesPackLoaderTest, ClauseAndPatternErrors) {
  std::string text = kClauseRule;
  auto error_of = [](const std::string& yaml) {
    auto specs = ParseRulePack("legal.yaml", yaml);
    return specs.ok() ? std::string() : specs.status().message();
  };
  EXPECT_NE(error_of(Replace(text, "scope: sentence", "scope: chapter")).find("field `scope`"),
            std::string::npos);
  EXPECT_NE(error_of(Replace(text, "within: 40", "within: -3")).find("field `within`"),
            std::string::npos);
  EXPECT_NE(error_of(Replace(text, "pattern: \"пропаганд\\\\w*\"", "pattern: \"(unclosed\""))
                .find("invalid RE2"),
            std::string::npos);
  EXPECT_NE(error_of(Replace(text, "    none: [supply]\n", "    none: [Supply Words]\n"))
                .find("snake_case"),
            std::string::npos);
  EXPECT_NE(error_of(Replace(text,
                             "    suggestion: {ru: \"Декриминализировать хранение для личного "
                             "потребления.\"}\n",
                             ""))
                .find("suggestion"),
            std::string::npos);
  // A term-only key on a clause rule is unknown.
  EXPECT_NE(error_of(Replace(text, "    within: 40\n", "    within: 40\n    lexicon: stigma\n"))
                .find("unknown key `lexicon` in a clause rule"),
            std::string::npos);
}

}  // namespace
}  // namespace rightslint
