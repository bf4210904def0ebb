#include "text/language.h"

#include <gtest/gtest.h>
#include <unicode/utf8.h>

#include <cstdint>
#include <random>
#include <string>

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

// One code point at a time, as ICU decodes it: what CountLetters' sixteen-byte path must agree
// with.
LetterCounts ReferenceCount(std::string_view utf8) {
  LetterCounts counts;
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) ++counts.latin;
    if (c < 0x400 || c > 0x4FF) continue;
    ++counts.cyrillic;
    const std::u32string ukrainian = U"іІїЇєЄґҐ";
    const std::u32string russian = U"ыЫэЭъЪёЁ";
    counts.ukrainian_only += ukrainian.find(static_cast<char32_t>(c)) != std::u32string::npos;
    counts.russian_only += russian.find(static_cast<char32_t>(c)) != std::u32string::npos;
  }
  return counts;
}

TEST(TextLanguageTest, CountLettersAgreesWithAReferenceOnMixedAndBrokenText) {
  const std::string pieces[] = {"a",
                                "Z",
                                " ",
                                "д",
                                "Ї",
                                "ё",
                                "ъ",
                                "є",
                                "\xC3\xA9",
                                "\xE2\x80\x94",
                                "\xF0\x9F\x98\x80",
                                "\x80",
                                "\xD0",
                                "\xC1\x81",
                                "Ґ",
                                "1"};
  std::mt19937 random(7);
  std::uniform_int_distribution<std::size_t> pick(0, std::size(pieces) - 1);
  for (int round = 0; round < 5000; ++round) {
    std::string text;
    const int count = static_cast<int>(random() % 60);
    for (int n = 0; n < count; ++n) text += pieces[pick(random)];
    const LetterCounts got = CountLetters(text);
    const LetterCounts want = ReferenceCount(text);
    ASSERT_EQ(got.latin, want.latin) << text;
    ASSERT_EQ(got.cyrillic, want.cyrillic) << text;
    ASSERT_EQ(got.ukrainian_only, want.ukrainian_only) << text;
    ASSERT_EQ(got.russian_only, want.russian_only) << text;
  }
}

}  // namespace
}  // namespace rightslint
