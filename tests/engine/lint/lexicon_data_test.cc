// Checks on the project's lexicon data that the loader's schema cannot express.
#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "rightslint/options.h"
#include "rules/lexicon_loader.h"
#include "text/fold.h"
#include "text/morphology.h"

namespace rightslint {
namespace {

const LexiconSpecs& ProjectLexicons() {
  static const LexiconSpecs specs = [] {
    auto loaded =
        LoadLexicons(std::string(RIGHTSLINT_SOURCE_DIR) + "/lexicons", SupportedLanguages());
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status().message();
      return LexiconSpecs{};
    }
    return std::move(loaded).value();
  }();
  return specs;
}

TEST(LintLexiconDataTest, AtLeastFortyStigmaEntriesPerLanguage) {
  std::map<std::string, int> counts;
  for (const TermEntry& entry : ProjectLexicons().terms) {
    if (entry.lexicon == "stigma") ++counts[entry.language];
  }
  for (const std::string language : {"en", "ru", "uk"}) {
    EXPECT_GE(counts[language], 40) << language;
  }
  EXPECT_GE(counts["ro"], 15);  // thin: translated from the English entries
  EXPECT_GE(counts["kk"], 5);   // thin: kk_KZ inflects few of the words
}

TEST(LintLexiconDataTest, EveryEntryCitesASourceAndAGuideline) {
  for (const TermEntry& entry : ProjectLexicons().terms) {
    const std::string where = entry.file + ":" + std::to_string(entry.line);
    EXPECT_GE(entry.source.size(), 10u) << where << ": source too short to be a citation";
    EXPECT_TRUE(entry.guideline.starts_with("IGHRDP ")) << where;
    EXPECT_EQ(entry.recommendation, 21) << where;
  }
}

// Every single-word Russian, Ukrainian, Romanian or Kazakh term must be a word the dictionary
// knows (itself or through inflect_like): otherwise only the written form would match, not its
// cases and numbers.
TEST(LintLexiconDataTest, SingleWordTermsAreKnownToTheDictionary) {
  for (const std::string language : {"ru", "uk", "ro", "kk"}) {
    std::vector<std::pair<std::string, std::string>> extra;
    for (const TermEntry& entry : ProjectLexicons().terms) {
      if (entry.language == language && !entry.inflect_like.empty()) {
        extra.emplace_back(entry.term, entry.inflect_like);
      }
    }
    Morphology morphology(*FindMorphologyProfile(language), "/usr/share/hunspell", extra);
    for (const TermEntry& entry : ProjectLexicons().terms) {
      if (entry.language != language || entry.term.find(' ') != std::string::npos) continue;
      const std::string folded = FoldWord(entry.term);
      const auto& analyses = morphology.Analyze(folded);
      const bool knows_itself = std::any_of(analyses.begin(), analyses.end(),
                                            [&](const Analysis& a) { return a.lemma == folded; });
      EXPECT_TRUE(knows_itself) << entry.file << ":" << entry.line << ": `" << entry.term
                                << "` is not a lemma of the " << language
                                << " dictionary; add inflect_like with a model word";
      if (!entry.inflect_like.empty()) {
        EXPECT_FALSE(morphology.Analyze(FoldWord(entry.inflect_like)).empty())
            << entry.file << ":" << entry.line << ": model `" << entry.inflect_like
            << "` is not in the dictionary";
      }
    }
  }
}

}  // namespace
}  // namespace rightslint
