// The Linter with and without skipping blocks that have no candidate (match/candidate_filter.h),
// and with and without the morphology indexes (text/morphology_index.h), must report exactly the
// same findings and file language (every file here is small enough for every skipped block to be
// identified) on every real text the project has and on every lexicon entry written in the ways
// text writes it (capitals, Latin look-alikes, other apostrophes, inside sentences).
#include <gtest/gtest.h>
#include <unicode/unistr.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "document_fixtures.h"
#include "rightslint/linter.h"
#include "rules/lexicon_loader.h"

namespace rightslint {
namespace {

std::string Upper(const std::string& text) {
  std::string out;
  icu::UnicodeString::fromUTF8(text).toUpper().toUTF8String(out);
  return out;
}

std::string Capitalized(const std::string& text) {
  icu::UnicodeString word = icu::UnicodeString::fromUTF8(text);
  icu::UnicodeString first = word.tempSubString(0, word.moveIndex32(0, 1));
  std::string out;
  first.toUpper().append(word.tempSubString(word.moveIndex32(0, 1))).toUTF8String(out);
  return out;
}

std::string ReplaceAll(std::string text, const std::string& from, const std::string& to) {
  for (std::size_t at = text.find(from); at != std::string::npos; at = text.find(from, at)) {
    text.replace(at, from.size(), to);
    at += to.size();
  }
  return text;
}

// The texts: corpora/ (demo, laws, language identification, eval and held-out sentences), every
// rule example, and every lexicon term and paradigm form, written several ways.
std::vector<std::string> Texts(const Linter& linter) {
  const std::filesystem::path root = RIGHTSLINT_SOURCE_DIR;
  std::vector<std::string> texts;
  for (const char* folder : {"demo", "laws", "langid/udhr"}) {
    for (const auto& entry : std::filesystem::directory_iterator(root / "corpora" / folder)) {
      if (entry.path().extension() == ".txt" || entry.path().extension() == ".md") {
        texts.push_back(testing::ReadFileBytes(entry.path()));
      }
    }
  }
  for (const char* folder : {"eval", "heldout"}) {
    for (const auto& entry : std::filesystem::directory_iterator(root / "corpora" / folder)) {
      std::stringstream lines(testing::ReadFileBytes(entry.path()));
      for (std::string line; std::getline(lines, line);) {
        const auto tab = line.find('\t');
        if (!line.empty() && line[0] != '#' && tab != std::string::npos) {
          texts.push_back(line.substr(tab + 1));
        }
      }
    }
  }
  for (const RuleInfo& rule : linter.rules()) {
    for (const RuleExample& example : rule.examples) texts.push_back(example.text);
  }
  auto lexicons = LoadLexicons((root / "lexicons").string(), SupportedLanguages());
  EXPECT_TRUE(lexicons.ok());
  std::vector<std::string> words;
  for (const TermEntry& entry : lexicons->terms) words.push_back(entry.term);
  for (const ParadigmForm& form : lexicons->paradigms) words.push_back(form.form);
  for (const ConceptEntry& entry : lexicons->concepts) words.push_back(entry.term);
  // Other forms of single words: the last one to three letters replaced by common endings, so
  // that the forms a dictionary knows (вжив-ав, вжив-али, possess-ed) test the anchors' lengths.
  static const char* kEndings[] = {"",   "а",  "ю",   "ів", "ом", "ами", "ого", "ав",
                                   "ли", "ся", "ено", "s",  "ed", "ing", "er",  "ului"};
  std::vector<std::string> forms;
  for (const std::string& word : words) {
    if (word.find(' ') != std::string::npos) continue;
    const icu::UnicodeString letters = icu::UnicodeString::fromUTF8(word);
    for (int32_t cut = 1; cut <= 3 && cut < letters.countChar32(); ++cut) {
      std::string stem;
      letters.tempSubString(0, letters.moveIndex32(letters.length(), -cut)).toUTF8String(stem);
      for (const char* ending : kEndings) forms.push_back(stem + ending);
    }
  }
  std::string all_forms;
  for (std::size_t i = 0; i < forms.size(); ++i) {
    all_forms += forms[i] + (i % 12 == 11 ? "\n\n" : " ");
  }
  texts.push_back(all_forms);
  for (const std::string& word : words) {
    for (const std::string& variant :
         {word, Upper(word), Capitalized(word), ReplaceAll(word, "'", "’"),
          ReplaceAll(word, "'", "ʼ"), ReplaceAll(word, "а", "a"), ReplaceAll(word, "о", "o"),
          ReplaceAll(word, "е", "ё"), ReplaceAll(word, "ș", "ş"), ReplaceAll(word, "ț", "ţ")}) {
      texts.push_back(variant);
      texts.push_back("«" + variant + "», — " + variant + "s; (" + variant + ")-" + variant + ".");
    }
  }
  return texts;
}

// `reference_options` turns the default options into the reference's.
void ExpectSameResults(LegalRules legal, void (*reference_options)(LinterOptions*)) {
  LinterOptions options;
  options.data_dir = RIGHTSLINT_SOURCE_DIR;
  options.legal_rules = legal;
  auto filtered = Linter::Create(options);
  reference_options(&options);
  auto reference = Linter::Create(options);
  ASSERT_TRUE(filtered.ok() && reference.ok());

  std::size_t findings = 0;
  for (const std::string& text : Texts(**filtered)) {
    const FileResult a = (*filtered)->CheckText(text);
    const FileResult b = (*reference)->CheckText(text);
    ASSERT_EQ(a.findings.size(), b.findings.size()) << text;
    for (std::size_t i = 0; i < a.findings.size(); ++i) {
      EXPECT_EQ(a.findings[i].rule, b.findings[i].rule) << text;
      EXPECT_EQ(a.findings[i].start.offset, b.findings[i].start.offset) << text;
      EXPECT_EQ(a.findings[i].end.offset, b.findings[i].end.offset) << text;
      EXPECT_EQ(a.findings[i].language, b.findings[i].language) << text;
    }
    EXPECT_EQ(a.language, b.language) << text;
    findings += a.findings.size();
  }
  EXPECT_GT(findings, 1000u);
}

void WithoutFilter(LinterOptions* options) { options->skip_blocks_without_candidates = false; }
void WithoutIndex(LinterOptions* options) { options->morphology_index_dir = "none"; }

TEST(CandidateFilterLintTest, SameFindingsWithLegalRulesInLaws) {
  ExpectSameResults(LegalRules::kAuto, WithoutFilter);
}

TEST(CandidateFilterLintTest, SameFindingsWithLegalRulesEverywhere) {
  ExpectSameResults(LegalRules::kAlways, WithoutFilter);
}

TEST(MorphologyIndexLintTest, SameFindingsWithoutTheIndexes) {
  ExpectSameResults(LegalRules::kAlways, WithoutIndex);
}

// One large text checked on several threads (its blocks filtered in parallel) gives what one
// thread gives. (Without the legal rules: the text holds laws, whose article headings would
// have the legal rules read every block unfiltered.)
TEST(ParallelFilterLintTest, SameFindingsOnAnyNumberOfThreads) {
  for (LegalRules legal : {LegalRules::kNever}) {
    LinterOptions options;
    options.data_dir = RIGHTSLINT_SOURCE_DIR;
    options.legal_rules = legal;
    auto single = Linter::Create(options);
    ASSERT_TRUE(single.ok());
    Source source;
    source.path = "all.txt";
    for (const std::string& text : Texts(**single)) source.bytes += text + "\n\n";
    ASSERT_GT(source.bytes.size(), std::size_t{1} << 20) << "well above the parallel threshold";
    const FileResult reference = (*single)->Check(source);
    ASSERT_GT(reference.findings.size(), 1000u);
    for (std::size_t threads : {2, 3}) {
      const FileResult result = (*single)->Check(source, threads);
      ASSERT_EQ(result.findings.size(), reference.findings.size()) << threads;
      for (std::size_t i = 0; i < result.findings.size(); ++i) {
        ASSERT_EQ(result.findings[i].rule, reference.findings[i].rule) << threads << " " << i;
        ASSERT_EQ(result.findings[i].start.offset, reference.findings[i].start.offset) << threads;
        ASSERT_EQ(result.findings[i].language, reference.findings[i].language) << threads;
      }
      EXPECT_EQ(result.language, reference.language) << threads;
    }
  }
}

}  // namespace
}  // namespace rightslint
