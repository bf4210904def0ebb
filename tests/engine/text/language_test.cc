#include "text/language.h"

#include <gtest/gtest.h>

namespace rightslint {
namespace {

std::string Guess(std::string_view text, const std::string& fallback = "en") {
  return GuessLanguage(CountLetters(text), fallback);
}

TEST(TextLanguageTest, ScriptAndDistinctiveLetters) {
  EXPECT_EQ(Guess("People who use drugs have rights."), "en");
  EXPECT_EQ(Guess("Люди, которые употребляют наркотики, имеют права."), "ru");
  EXPECT_EQ(Guess("Люди, які вживають наркотики, мають права."), "uk");
}

TEST(TextLanguageTest, UndecidedCyrillicFollowsTheDocument) {
  EXPECT_EQ(Guess("Наркоман.", "uk"), "uk");
  EXPECT_EQ(Guess("Наркоман.", "ru"), "ru");
  EXPECT_EQ(Guess("Наркоман.", "en"), "ru");
}

TEST(TextLanguageTest, NoLettersFallsBack) { EXPECT_EQ(Guess("123 — 456", "uk"), "uk"); }

TEST(TextLanguageTest, EnglishQuotingRussianStaysEnglish) {
  EXPECT_EQ(Guess("The minister called them \"наркоманы\" in a speech on Tuesday."), "en");
}

}  // namespace
}  // namespace rightslint
