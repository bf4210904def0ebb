// The Linter end to end on the project's real rules and lexicons.
#include "rightslint/linter.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <set>

#include "test_linter.h"

namespace rightslint {
namespace {

const Linter& TheLinter() { return ProjectLinter(); }

TEST(LintLinterTest, PositionsAreExactInCyrillicText) {
  const std::string text =
      "Первая строка без терминов.\n"
      "Вторая: полиция задержала наркоманов, а «нарики» ушли.\n"
      "Ёще — наркоманка.\n";
  FileResult result = TheLinter().CheckText(text, "ru");
  ASSERT_FALSE(result.error) << *result.error;
  ASSERT_GE(result.findings.size(), 3u);
  for (const Finding& finding : result.findings) {
    // The span's bytes are exactly the reported text.
    EXPECT_EQ(text.substr(finding.start.offset, finding.end.offset - finding.start.offset),
              finding.text);
    // Column counts code points from the line start.
    const std::size_t line_start = text.rfind('\n', finding.start.offset - 1) + 1;
    const std::string before = text.substr(line_start, finding.start.offset - line_start);
    const auto code_points = std::count_if(before.begin(), before.end(), [](char c) {
      return (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    });
    EXPECT_EQ(finding.start.column, code_points + 1) << finding.text;
  }
  const Finding& first = result.findings[0];
  EXPECT_EQ(first.text, "наркоманов");
  EXPECT_EQ(first.start.line, 2);
  EXPECT_EQ(first.start.column, 27);
  EXPECT_EQ(first.start.offset, text.find("наркоманов"));
  EXPECT_EQ(first.end.column, 37);
  EXPECT_EQ(first.language, "ru");
  EXPECT_FALSE(first.quoted);
  EXPECT_EQ(result.findings[1].text, "нарики");
  EXPECT_TRUE(result.findings[1].quoted);
  EXPECT_EQ(result.findings[2].text, "наркоманка");
  EXPECT_EQ(result.findings[2].start.line, 3);
}

TEST(LintLinterTest, FindingsCarryRuleGuidelineAndSuggestions) {
  FileResult result = TheLinter().CheckText("The addict was arrested.", "en");
  ASSERT_EQ(result.findings.size(), 1u);
  const Finding& finding = result.findings[0];
  EXPECT_EQ(finding.category, "stigma");
  EXPECT_TRUE(finding.rule.starts_with("stigma."));
  EXPECT_FALSE(finding.suggestions.empty());
  ASSERT_TRUE(finding.guideline);
  EXPECT_NE(finding.guideline->find("II.1"), std::string::npos);
  EXPECT_EQ(finding.recommendation, 21);
  EXPECT_NE(finding.message.find("addict"), std::string::npos);
  EXPECT_EQ(result.language, "en");
}

TEST(LintLinterTest, ProperNamesAndMedicalTermsAreLeftAlone) {
  EXPECT_TRUE(
      TheLinter()
          .CheckText("The National Institute on Drug Abuse and Narcotics Anonymous met.", "en")
          .findings.empty());
  EXPECT_TRUE(TheLinter()
                  .CheckText("Наркологический диспансер и наркология; наркоз и наркотик.", "ru")
                  .findings.empty());
  EXPECT_TRUE(TheLinter().CheckText("Наркологія та наркотичні засоби.", "uk").findings.empty());
}

TEST(LintLinterTest, LanguageIsDecidedPerBlock) {
  const std::string text =
      "Police arrested three addicts.\n\n"
      "Полиция задержала наркоманов.\n\n"
      "Поліція затримала наркоманів і їхніх друзів.\n";
  FileResult result = TheLinter().CheckText(text);
  ASSERT_EQ(result.findings.size(), 3u);
  EXPECT_EQ(result.findings[0].language, "en");
  EXPECT_EQ(result.findings[1].language, "ru");
  EXPECT_EQ(result.findings[2].language, "uk");
}

TEST(LintLinterTest, MarkdownCodeAndLinksAreNotProse) {
  Source source;
  source.path = "a.md";
  source.format = Format::kMarkdown;
  source.bytes =
      "# Report\n\n"
      "Use `addict` in code and [a link](https://example.org/addict) here.\n\n"
      "```\naddict\n```\n\n"
      "<!-- addict -->\n\n"
      "Real prose: addicts.\n";
  FileResult result = TheLinter().Check(source);
  ASSERT_FALSE(result.error) << *result.error;
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].text, "addicts");
  EXPECT_EQ(result.findings[0].start.line, 11);
  EXPECT_EQ(result.format, "md");
}

TEST(LintLinterTest, BadInputIsAnErrorValueNotACrash) {
  Source source;
  source.path = "bad.txt";
  source.bytes = "ok line\nbad \xD0 byte\n";
  FileResult result = TheLinter().Check(source);
  ASSERT_TRUE(result.error);
  EXPECT_NE(result.error->find("bad.txt"), std::string::npos);
  EXPECT_NE(result.error->find("byte 12"), std::string::npos) << *result.error;
  EXPECT_TRUE(result.findings.empty());

  source.bytes.clear();
  result = TheLinter().Check(source);
  EXPECT_FALSE(result.error);
  EXPECT_TRUE(result.findings.empty());
  EXPECT_FALSE(result.language);
}

TEST(LintLinterTest, MalformedDataDirectoryIsAnError) {
  LinterOptions options;
  options.data_dir = "/nonexistent";
  auto linter = Linter::Create(options);
  ASSERT_FALSE(linter.ok());
  EXPECT_NE(linter.status().message().find("/nonexistent"), std::string::npos);

  options.data_dir = RIGHTSLINT_SOURCE_DIR;
  options.language = "fr";
  EXPECT_FALSE(Linter::Create(options).ok());
}

}  // namespace
}  // namespace rightslint

namespace rightslint {
namespace {

// A bill as a lawyer reads it: each problematic part once, with its article and part; supply
// clauses and rights-compliant provisions give nothing.
TEST(LintLegalTest, ArticleAndPartOnClauseFindings) {
  const std::string bill =
      "Статья 228. Незаконные приобретение, хранение наркотических средств\n"
      "1. Незаконные приобретение, хранение без цели сбыта наркотических средств в значительном "
      "размере наказываются лишением свободы на срок до трех лет.\n"
      "2. Незаконный сбыт наркотических средств наказывается лишением свободы на срок от четырех "
      "до восьми лет.\n"
      "Статья 229. Добровольное лечение\n"
      "1. Лечение лиц, употребляющих наркотики, проводится только с их добровольного согласия.\n";
  FileResult result = TheLinter().CheckText(bill, "ru");
  ASSERT_FALSE(result.error);
  std::vector<const Finding*> legal;
  for (const Finding& finding : result.findings) {
    if (finding.category != "stigma") legal.push_back(&finding);
  }
  ASSERT_EQ(legal.size(), 1u);
  const Finding& possession = *legal[0];
  EXPECT_EQ(possession.category, "possession");
  EXPECT_EQ(possession.rule, "possession.criminal");
  EXPECT_EQ(possession.start.line, 2);
  ASSERT_TRUE(possession.structure);
  EXPECT_EQ(*possession.structure, "Статья 228, часть 1");
  EXPECT_FALSE(possession.suggestions.empty());
  ASSERT_TRUE(possession.guideline);
  EXPECT_NE(possession.guideline->find("II.1 (v)"), std::string::npos);
  EXPECT_NE(possession.message.find("personal_use"), std::string::npos);
}

TEST(LintLegalTest, DescriptionsOfLawsAreNotClausesUnlessAsked) {
  const std::string report =
      "Women who use drugs face barriers to emergency shelters, such as a requirement to undertake "
      "a HIV test prior to entry.";
  for (const Finding& finding : TheLinter().CheckText(report, "en").findings) {
    EXPECT_EQ(finding.category, "stigma") << finding.rule;
  }
  bool fired = false;
  for (const Finding& finding :
       ProjectLinter(LegalRules::kAlways).CheckText(report, "en").findings) {
    fired = fired || finding.category == "health-access";
  }
  EXPECT_TRUE(fired);
}

std::set<std::string> LegalCategories(const FileResult& result) {
  std::set<std::string> categories;
  for (const Finding& finding : result.findings) {
    if (finding.category != "stigma") categories.insert(finding.category);
  }
  return categories;
}

TEST(LintLegalTest, ExemptionsAndQuotedTitlesAreNotFindings) {
  // The control: the same provision with a penalty is a finding...
  EXPECT_EQ(LegalCategories(TheLinter().CheckText(
                "Article 5\n"
                "1. The acquisition or possession of narcotic drugs for personal use shall be "
                "punishable by imprisonment for up to two years.\n",
                "en")),
            (std::set<std::string>{"possession"}));
  // ...and with an exemption it is not.
  EXPECT_TRUE(LegalCategories(TheLinter().CheckText(
                                  "Article 5\n"
                                  "1. The acquisition or possession of narcotic drugs for personal "
                                  "use shall not constitute an offence.\n",
                                  "en"))
                  .empty());
  // A law's title quoted in an amending law is not a provision.
  EXPECT_TRUE(LegalCategories(
                  TheLinter().CheckText(
                      "Статья 1. Внести в Закон \"О принудительном лечении хронических алкоголиков "
                      "и наркоманов\" следующие изменения.\n",
                      "ru"))
                  .empty());
}

}  // namespace
}  // namespace rightslint
