// Safe fixes (engine/lint/term_fix.h) on real sentences through the project's rules: where the
// first suggestion is offered as an automatic fix, and every case where it must not be.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "test_linter.h"

namespace rightslint {
namespace {

// The text after applying the one finding's fix; nullopt when the finding has no fix. Fails the
// test unless exactly one finding is reported.
std::optional<std::string> Fixed(const std::string& text, const std::string& language) {
  const FileResult result = ProjectLinter().CheckText(text, language);
  EXPECT_EQ(result.findings.size(), 1u) << text;
  if (result.findings.size() != 1 || !result.findings[0].fix) return std::nullopt;
  const TextEdit& edit = *result.findings[0].fix;
  std::string fixed = text;
  fixed.replace(edit.begin, edit.end - edit.begin, edit.replacement);
  return fixed;
}

TEST(TermFixTest, EnglishDictionaryFormIsReplacedWithArticleAgreement) {
  EXPECT_EQ(Fixed("Police said the addict had been arrested.", "en"),
            "Police said the person with a substance use disorder had been arrested.");
  EXPECT_EQ(Fixed("He is an addict.", "en"), "He is a person with a substance use disorder.");
  EXPECT_EQ(Fixed("An addict was arrested.", "en"),
            "A person with a substance use disorder was arrested.");
  EXPECT_EQ(Fixed("Junkie, they called him.", "en"), "Person who uses drugs, they called him.");
  EXPECT_EQ(Fixed("The drug user left.", "en"), "The person who uses drugs left.");
}

// English person nouns have number forms (lexicons/en/paradigms.tsv): a plural, of a one-word or
// a multi-word term, takes the plural alternative; a possessive has no form and is not fixed.
TEST(TermFixTest, EnglishPluralsGetThePluralSuggestion) {
  EXPECT_EQ(Fixed("Addicts were sleeping in the stairwell.", "en"),
            "People with a substance use disorder were sleeping in the stairwell.");
  EXPECT_EQ(Fixed("Police arrested two drug addicts.", "en"),
            "Police arrested two people who use drugs.");
  EXPECT_EQ(Fixed("The shelter turned away drug-users.", "en"),
            "The shelter turned away people who use drugs.");
  EXPECT_EQ(Fixed("The addict's family waited.", "en"), std::nullopt);
}

// Russian and Ukrainian person nouns have paradigms (lexicons/<lang>/paradigms.tsv): an inflected
// form is replaced by the suggestion in the same case and number.
TEST(TermFixTest, InflectedFormsGetTheInflectedSuggestion) {
  EXPECT_EQ(Fixed("Полиция задержала двух наркоманов у вокзала.", "ru"),
            "Полиция задержала двух людей, употребляющих наркотики, у вокзала.");
  EXPECT_EQ(Fixed("Сусідка назвала її наркоманкою.", "uk"),
            "Сусідка назвала її жінкою, яка вживає наркотики.");
}

// The issue's examples, exactly.
TEST(TermFixTest, IssueExamples) {
  EXPECT_EQ(Fixed("Фонд помогает наркоманам.", "ru"),
            "Фонд помогает людям, употребляющим наркотики.");
  EXPECT_EQ(Fixed("Фонд защищает наркоманов.", "ru"),
            "Фонд защищает людей, употребляющих наркотики.");
  EXPECT_EQ(Fixed("Фонд працює з наркоманами.", "uk"),
            "Фонд працює з людьми, які вживають наркотики.");
  const FileResult result = ProjectLinter().CheckText("Фонд помогает наркоманам.", "ru");
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].suggestions.front(), "людям, употребляющим наркотики");
}

TEST(TermFixTest, AmbiguousFormsListEachReadingAndAreNotFixed) {
  // «наркоманки»: genitive singular or nominative plural.
  EXPECT_EQ(Fixed("У наркоманки нет денег.", "ru"), std::nullopt);
  const FileResult result = ProjectLinter().CheckText("У наркоманки нет денег.", "ru");
  ASSERT_EQ(result.findings.size(), 1u);
  const auto& suggestions = result.findings[0].suggestions;
  ASSERT_GE(suggestions.size(), 2u);
  EXPECT_EQ(suggestions[0], "женщины, употребляющей наркотики");
  EXPECT_EQ(suggestions[1], "женщины, употребляющие наркотики");
  // uk «наркомана»: genitive «людини» or accusative «людину».
  EXPECT_EQ(Fixed("Бачили наркомана.", "uk"), std::nullopt);
}

TEST(TermFixTest, ModifiersThatWouldStopAgreeing) {
  // Masculine modifier in an oblique case before a term whose replacement head is feminine.
  EXPECT_EQ(Fixed("Тому наркоманові допомогли.", "uk"), std::nullopt);
  // Plural modifiers show no gender.
  EXPECT_EQ(Fixed("Ці наркомани пішли.", "uk"), "Ці люди, які вживають наркотики, пішли.");
  // Common gender: «эта наркоша» / «этот наркоша» would both need a person to check.
  EXPECT_EQ(Fixed("Эта наркоша ушла.", "ru"), std::nullopt);
  // A masculine term with a masculine head agrees in every case.
  EXPECT_EQ(Fixed("Этому наркоману помогли.", "ru"),
            "Этому человеку, употребляющему наркотики, помогли.");
}

TEST(TermFixTest, RussianParticipleGetsItsClosingComma) {
  EXPECT_EQ(Fixed("Наркоман сидел у двери.", "ru"),
            "Человек, употребляющий наркотики, сидел у двери.");
  EXPECT_EQ(Fixed("Он наркоман.", "ru"), "Он человек, употребляющий наркотики.");
  EXPECT_EQ(Fixed("Этот наркоман — мой сосед.", "ru"),
            "Этот человек, употребляющий наркотики, — мой сосед.");
}

TEST(TermFixTest, UkrainianFeminineHeadAfterMasculineModifierIsNotFixed) {
  EXPECT_EQ(Fixed("Він наркоман.", "uk"), "Він людина, яка вживає наркотики.");
  EXPECT_EQ(Fixed("Цей наркоман пішов.", "uk"), std::nullopt);
  EXPECT_EQ(Fixed("Відомий наркоман пішов.", "uk"), std::nullopt);
}

TEST(TermFixTest, UkrainianSingularSubjectIsFixedOnlyWhereItsClauseEnds) {
  // «людина» is feminine: a verb or relative pronoun after «наркоман» would stop agreeing.
  EXPECT_EQ(Fixed("Наркоман пішов додому.", "uk"), std::nullopt);
  EXPECT_EQ(Fixed("Поліція шукає наркомана, якого бачили вчора.", "uk"), std::nullopt);
  EXPECT_EQ(Fixed("Сусід сказав, що він наркоман.", "uk"),
            "Сусід сказав, що він людина, яка вживає наркотики.");
  // Plural and same-gender replacements agree whatever follows.
  EXPECT_EQ(Fixed("Наркомани пішли додому.", "uk"), "Люди, які вживають наркотики, пішли додому.");
  EXPECT_EQ(Fixed("Наркоман ушёл домой.", "ru"), "Человек, употребляющий наркотики, ушёл домой.");
}

TEST(TermFixTest, QuotedCapitalisedPossessiveAndUnsafeRulesAreNotFixed) {
  EXPECT_EQ(Fixed("He said: \"the addict is here\".", "en"), std::nullopt);
  EXPECT_EQ(Fixed("THE ADDICT WAS ARRESTED.", "en"), std::nullopt);
  EXPECT_EQ(Fixed("The addict's mother spoke.", "en"), std::nullopt);
  // stigma.abuse is not marked `fix: safe`: "drug abuse" may mean use or a disorder.
  EXPECT_EQ(Fixed("Drug abuse is rising.", "en"), std::nullopt);
}

TEST(TermFixTest, LegalFindingsNeverCarryAFix) {
  const std::string law =
      "Статья 228. Незаконное хранение\n"
      "1. Незаконные приобретение, хранение без цели сбыта наркотических средств в значительном "
      "размере - наказываются лишением свободы на срок до трех лет.\n";
  const FileResult result = ProjectLinter().CheckText(law, "ru");
  ASSERT_FALSE(result.findings.empty());
  for (const Finding& finding : result.findings) EXPECT_FALSE(finding.fix) << finding.rule;
}

}  // namespace
}  // namespace rightslint
