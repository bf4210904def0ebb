// Every rule's `examples:` run as tests: a bad example must produce a finding of that rule, a good
// one must not. Adding an example to a rule pack adds a test here, with no C++ to write.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <utility>

#include "rightslint/options.h"
#include "rules/lexicon_loader.h"
#include "test_linter.h"

namespace rightslint {
namespace {

struct ExampleCase {
  std::string rule;
  RuleExample example;
  int index = 0;
};

std::vector<ExampleCase> AllExamples() {
  std::vector<ExampleCase> cases;
  for (const RuleInfo& rule : ProjectLinter().rules()) {
    int index = 0;
    for (const RuleExample& example : rule.examples) {
      cases.push_back({rule.id, example, index++});
    }
  }
  return cases;
}

class LintRuleExamplesTest : public ::testing::TestWithParam<ExampleCase> {};

TEST_P(LintRuleExamplesTest, FiresOnBadAndNotOnGood) {
  const ExampleCase& c = GetParam();
  // Examples are single sentences without an article heading: legal rules run on them anyway.
  FileResult result =
      ProjectLinter(LegalRules::kAlways).CheckText(c.example.text, c.example.language);
  ASSERT_FALSE(result.error) << *result.error;
  const bool fired = std::any_of(result.findings.begin(), result.findings.end(),
                                 [&](const Finding& finding) { return finding.rule == c.rule; });
  std::string found;
  for (const Finding& finding : result.findings)
    found += " [" + finding.rule + ": " + finding.text + "]";
  if (c.example.bad) {
    EXPECT_TRUE(fired) << c.rule << " should fire on: " << c.example.text << "\nfound:" << found;
  } else {
    EXPECT_FALSE(fired) << c.rule << " should not fire on: " << c.example.text
                        << "\nfound:" << found;
  }
}

std::string CaseName(const ::testing::TestParamInfo<ExampleCase>& info) {
  std::string name = info.param.rule + "_" + info.param.example.language + "_" +
                     (info.param.example.bad ? "bad" : "good") + std::to_string(info.param.index);
  std::replace_if(
      name.begin(), name.end(), [](char c) { return !std::isalnum(c); }, '_');
  return name;
}

INSTANTIATE_TEST_SUITE_P(Rules, LintRuleExamplesTest, ::testing::ValuesIn(AllExamples()), CaseName);

// A term rule lists every language with rules (rules/stigma/stigma.yaml); it needs examples in
// the languages whose lexicons have entries for it. Pattern and clause rules need them in every
// language they list.
TEST(LintRuleExamplesCoverageTest, EveryRuleHasBadAndGoodExamplesInEachLanguage) {
  auto lexicons =
      LoadLexicons(std::string(RIGHTSLINT_SOURCE_DIR) + "/lexicons", SupportedLanguages());
  ASSERT_TRUE(lexicons.ok()) << lexicons.status().message();
  std::set<std::pair<std::string, std::string>> with_entries;  // (rule, language)
  for (const TermEntry& entry : lexicons->terms) with_entries.emplace(entry.rule, entry.language);
  for (const RuleInfo& rule : ProjectLinter().rules()) {
    for (const std::string& language : rule.languages) {
      if (rule.type == "term" && !with_entries.count({rule.id, language})) continue;
      const auto count = [&](bool bad) {
        return std::count_if(rule.examples.begin(), rule.examples.end(), [&](const RuleExample& e) {
          return e.language == language && e.bad == bad;
        });
      };
      EXPECT_GE(count(true), 1) << rule.id << " has no bad example in " << language;
      EXPECT_GE(count(false), 1) << rule.id << " has no good example in " << language;
    }
  }
}

}  // namespace
}  // namespace rightslint
