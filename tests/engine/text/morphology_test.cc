#include "text/morphology.h"

#include <gtest/gtest.h>

#include <algorithm>

namespace rightslint {
namespace {

constexpr const char* kDictionaries = "/usr/share/hunspell";

Morphology Make(const std::string& language,
                std::vector<std::pair<std::string, std::string>> extra = {}) {
  return Morphology(*FindMorphologyProfile(language), kDictionaries, std::move(extra));
}

bool HasLemma(const std::vector<Analysis>& analyses, const std::string& lemma) {
  return std::any_of(analyses.begin(), analyses.end(),
                     [&](const Analysis& a) { return a.lemma == lemma; });
}

TEST(TextMorphologyTest, RussianLemmas) {
  Morphology ru = Make("ru");
  ASSERT_TRUE(ru.Load().ok()) << ru.Load().message();
  EXPECT_TRUE(HasLemma(ru.Analyze("наркоманами"), "наркоман"));
  EXPECT_TRUE(HasLemma(ru.Analyze("наркоманок"), "наркоманка"));
  EXPECT_FALSE(HasLemma(ru.Analyze("наркология"), "наркоман"));
  EXPECT_TRUE(ru.Analyze("xyzzyq").empty());
}

TEST(TextMorphologyTest, UkrainianLemmas) {
  Morphology uk = Make("uk");
  ASSERT_TRUE(uk.Load().ok());
  EXPECT_TRUE(HasLemma(uk.Analyze("наркоманів"), "наркоман"));
  EXPECT_TRUE(HasLemma(uk.Analyze("наркоманці"), "наркоманка"));
}

TEST(TextMorphologyTest, EnglishNounFormsAreMarked) {
  Morphology en = Make("en");
  const auto& plural = en.Analyze("addicts");
  ASSERT_TRUE(HasLemma(plural, "addict"));
  EXPECT_TRUE(plural.front().noun_form);
  const auto& past = en.Analyze("addicted");
  ASSERT_TRUE(HasLemma(past, "addict"));
  EXPECT_FALSE(std::any_of(past.begin(), past.end(),
                           [](const Analysis& a) { return a.lemma == "addict" && a.noun_form; }));
}

// lt_LT is the one Debian dictionary not in UTF-8 (SET ISO8859-13): words with ą č ę ė į š ų ū ž
// must be converted to its encoding and the lemmas back, or they get no lemma at all.
TEST(TextMorphologyTest, LithuanianDictionaryInItsOwnEncoding) {
  Morphology lt = Make("lt");
  ASSERT_TRUE(lt.Load().ok()) << lt.Load().message();
  EXPECT_TRUE(HasLemma(lt.Analyze("narkotinės"), "narkotinis"));
  EXPECT_TRUE(HasLemma(lt.Analyze("narkomanų"), "narkomanas"));
  EXPECT_TRUE(HasLemma(lt.Analyze("narkomanai"), "narkomanas"));  // ASCII-only, as before
  EXPECT_TRUE(lt.Analyze("наркоман").empty());  // no place for Cyrillic in ISO8859-13
}

TEST(TextMorphologyTest, ExtraWordsInflectLikeTheirModel) {
  // "нарик" is slang the dictionary lacks; it declines like "чувак" (hard stem, animate).
  Morphology ru = Make("ru", {{"нарик", "чувак"}});
  EXPECT_TRUE(HasLemma(ru.Analyze("нариками"), "нарик"));
  EXPECT_TRUE(HasLemma(ru.Analyze("нариков"), "нарик"));
}

TEST(TextMorphologyTest, SnowballStemsForEnglishAndRussianOnly) {
  EXPECT_EQ(Make("ru").Stem("наркоманами"), "наркоман");
  EXPECT_EQ(Make("en").Stem("junkies"), "junki");
  EXPECT_EQ(Make("uk").Stem("наркоманами"), "наркоманами");
}

TEST(TextMorphologyTest, MissingDictionaryIsAClearError) {
  Morphology missing(*FindMorphologyProfile("ru"), "/nonexistent", {});
  Status status = missing.Load();
  EXPECT_FALSE(status.ok());
  EXPECT_NE(status.message().find("/nonexistent/ru_RU.dic"), std::string::npos);
  EXPECT_TRUE(missing.Analyze("наркоман").empty());
}

}  // namespace
}  // namespace rightslint
