// Language per block through the Linter: mixed Kazakh/Russian and Romanian/Russian documents made
// of real law text (corpora/laws) and Russian paragraphs with stigma terms.
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <string>
#include <vector>

#include "../lint/test_linter.h"
#include "rightslint/linter.h"

namespace rightslint {
namespace {

// The first `count` lines of a law of 30 characters or more, one paragraph each.
std::vector<std::string> LawParagraphs(const std::string& name, std::size_t count) {
  std::ifstream in(std::string(RIGHTSLINT_SOURCE_DIR) + "/corpora/laws/" + name);
  std::vector<std::string> paragraphs;
  for (std::string line; paragraphs.size() < count && std::getline(in, line);) {
    if (line.size() >= 60) paragraphs.push_back(line);  // 60 bytes: 30+ Cyrillic letters
  }
  return paragraphs;
}

const std::vector<std::string> kRussian = {
    "Полиция задержала двух наркоманов у вокзала, сообщили в пресс-службе ведомства.",
    "По словам врача, наркоманы редко обращаются за помощью из-за страха перед учётом.",
};

// Interleaves the law's paragraphs with the Russian ones; checks each paragraph's language
// alone, and that the whole document finds the Russian terms and nothing in the law.
void CheckMixed(const std::string& law, const std::string& law_language) {
  const std::vector<std::string> paragraphs = LawParagraphs(law, 8);
  ASSERT_GE(paragraphs.size(), 5u);
  std::string document;
  std::vector<std::pair<std::size_t, std::size_t>> russian_ranges;
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    document += paragraphs[i] + "\n\n";
    EXPECT_EQ(ProjectLinter().CheckText(paragraphs[i]).language, law_language) << paragraphs[i];
    if (i % 3 == 1) {
      const std::string& russian = kRussian[(i / 3) % kRussian.size()];
      russian_ranges.emplace_back(document.size(), document.size() + russian.size());
      document += russian + "\n\n";
      EXPECT_EQ(ProjectLinter().CheckText(russian).language, "ru") << russian;
    }
  }
  const FileResult result = ProjectLinter().CheckText(document);
  ASSERT_FALSE(result.error.has_value());
  EXPECT_EQ(result.language, law_language);  // the law has most of the letters
  std::size_t stigma = 0;
  for (const Finding& finding : result.findings) {
    const std::size_t offset = finding.start.offset;
    const bool in_russian = std::any_of(
        russian_ranges.begin(), russian_ranges.end(),
        [&](const auto& range) { return offset >= range.first && offset < range.second; });
    EXPECT_TRUE(in_russian) << finding.rule << " at " << offset << ": " << finding.text;
    if (finding.category == "stigma") ++stigma;
  }
  EXPECT_EQ(stigma, russian_ranges.size());  // one «наркоман…» in each Russian paragraph
}

TEST(LanguageIdLintTest, MixedKazakhAndRussianDocument) { CheckMixed("kz-law-279-1.kk.txt", "kk"); }

TEST(LanguageIdLintTest, MixedRomanianAndRussianDocument) {
  CheckMixed("md-law-277-2005.ro.txt", "ro");
}

TEST(LanguageIdLintTest, ForcedLanguageStillOverridesIdentification) {
  const FileResult result = ProjectLinter().CheckText("Наркоман.", "ru");
  EXPECT_EQ(result.language, "ru");
  EXPECT_FALSE(result.findings.empty());
}

}  // namespace
}  // namespace rightslint
