// Language per block through the Linter: mixed Kazakh/Russian and Romanian/Russian documents made
// of real law text (corpora/laws), Russian paragraphs with stigma terms and, since kk and ro have
// lexicons, paragraphs in the law's language with stigma terms (the law excerpts have none).
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

// Test text, not from the laws: one stigma term in each sentence.
const std::vector<std::string> kKazakh = {
    "Полиция вокзал маңында екі нашақорды ұстады, деп хабарлады ведомстводың баспасөз қызметі.",
    "Дәрігердің айтуынша, нашақорлар есепке алынудан қорқып, көмекке сирек жүгінеді.",
};
const std::vector<std::string> kRomanian = {
    "Poliția a reținut doi narcomani lângă gară, a anunțat serviciul de presă al instituției.",
    "Potrivit medicului, consumatorii de droguri solicită rar ajutor, de teama înregistrării în "
    "evidență.",
};

// Interleaves the law's paragraphs with Russian ones and with test sentences in the law's
// language; checks each paragraph's language alone, and that the whole document finds the terms
// of both languages (one in each added paragraph, in that paragraph's language), no term in the
// law, and in the law the clause finding of `law_category` where the law's language has clause
// rules (empty: none expected).
void CheckMixed(const std::string& law, const std::string& law_language,
                const std::vector<std::string>& own_sentences, const std::string& law_category) {
  const std::vector<std::string> paragraphs = LawParagraphs(law, 8);
  ASSERT_GE(paragraphs.size(), 5u);
  std::string document;
  std::vector<std::pair<std::size_t, std::size_t>> russian_ranges;
  std::vector<std::pair<std::size_t, std::size_t>> own_ranges;
  for (std::size_t i = 0; i < paragraphs.size(); ++i) {
    document += paragraphs[i] + "\n\n";
    EXPECT_EQ(ProjectLinter().CheckText(paragraphs[i]).language, law_language) << paragraphs[i];
    if (i % 3 == 1) {
      const std::string& russian = kRussian[(i / 3) % kRussian.size()];
      russian_ranges.emplace_back(document.size(), document.size() + russian.size());
      document += russian + "\n\n";
      EXPECT_EQ(ProjectLinter().CheckText(russian).language, "ru") << russian;
    }
    if (i % 3 == 2) {
      const std::string& own = own_sentences[(i / 3) % own_sentences.size()];
      own_ranges.emplace_back(document.size(), document.size() + own.size());
      document += own + "\n\n";
      EXPECT_EQ(ProjectLinter().CheckText(own).language, law_language) << own;
    }
  }
  ASSERT_FALSE(own_ranges.empty());
  const FileResult result = ProjectLinter().CheckText(document);
  ASSERT_FALSE(result.error.has_value());
  EXPECT_EQ(result.language, law_language);  // the law has most of the letters
  auto in = [](const auto& ranges, std::size_t offset) {
    return std::any_of(ranges.begin(), ranges.end(), [&](const auto& range) {
      return offset >= range.first && offset < range.second;
    });
  };
  std::size_t russian_stigma = 0;
  std::size_t own_stigma = 0;
  std::size_t law_clauses = 0;
  for (const Finding& finding : result.findings) {
    const std::size_t offset = finding.start.offset;
    const bool in_russian = in(russian_ranges, offset);
    const bool in_own = in(own_ranges, offset);
    if (!in_russian && !in_own && finding.category == law_category) {
      ++law_clauses;
      continue;
    }
    EXPECT_TRUE(in_russian || in_own) << finding.rule << " at " << offset << ": " << finding.text;
    if (finding.category != "stigma") continue;
    if (in_russian) ++russian_stigma;
    if (in_own) ++own_stigma;
    // The message is the rule's in the paragraph's language (kk falls back to en).
    EXPECT_FALSE(finding.message.empty());
  }
  EXPECT_EQ(russian_stigma, russian_ranges.size());  // one «наркоман…» in each Russian paragraph
  EXPECT_EQ(own_stigma, own_ranges.size());  // one term in each kk/ro test sentence
  EXPECT_EQ(law_clauses, law_category.empty() ? 0u : 1u);
}

TEST(LanguageIdLintTest, MixedKazakhAndRussianDocument) {
  CheckMixed("kz-law-279-1.kk.txt", "kk", kKazakh, /*law_category=*/"");
}

TEST(LanguageIdLintTest, MixedRomanianAndRussianDocument) {
  // Art. 105^3 (an administrative fine for cultivation in small amounts without purpose of sale):
  // possession.administrative reads Romanian (lexicons/ro/concepts.tsv).
  CheckMixed("md-law-277-2005.ro.txt", "ro", kRomanian, /*law_category=*/"possession");
}

// The Romanian finding's message is in Romanian; the Kazakh one falls back to English (the stigma
// rules have no Kazakh messages yet).
TEST(LanguageIdLintTest, MessagesInTheParagraphsLanguageOrEnglish) {
  const FileResult romanian =
      ProjectLinter().CheckText("Poliţia a reţinut doi narcomani lângă gară, potrivit presei.");
  EXPECT_EQ(romanian.language, "ro");
  ASSERT_EQ(romanian.findings.size(), 1u);
  EXPECT_EQ(romanian.findings[0].rule, "stigma.addict");
  EXPECT_EQ(romanian.findings[0].message, "„narcomani” reduce o persoană la consumul de droguri.");
  // Suggestions, but no --fix: agreement is checked only in en/ru/uk (term_fix.cc).
  EXPECT_FALSE(romanian.findings[0].suggestions.empty());
  EXPECT_FALSE(ProjectLinter().CheckText("Un narcoman a fost reținut.", "ro").findings.at(0).fix);
  const FileResult kazakh =
      ProjectLinter().CheckText("Полиция вокзал маңында екі нашақорды ұстады.");
  EXPECT_EQ(kazakh.language, "kk");
  ASSERT_EQ(kazakh.findings.size(), 1u);
  EXPECT_EQ(kazakh.findings[0].message, "“нашақорды” reduces a person to their drug use.");
}

TEST(LanguageIdLintTest, ForcedLanguageStillOverridesIdentification) {
  const FileResult result = ProjectLinter().CheckText("Наркоман.", "ru");
  EXPECT_EQ(result.language, "ru");
  EXPECT_FALSE(result.findings.empty());
}

}  // namespace
}  // namespace rightslint
