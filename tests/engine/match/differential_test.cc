// Differential test: the prefiltered matcher and the reference (every word analysed) must find
// exactly the same terms on every text in corpora/ — the eval sentences and the demo texts.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "document_fixtures.h"
#include "match/lexicon_matcher.h"
#include "rules/lexicon_loader.h"
#include "text/blocks.h"
#include "text/tokenizer.h"

namespace rightslint {
namespace {

TEST(MatchDifferentialTest, PrefilterNeverChangesFindingsOnTheCorpora) {
  const std::filesystem::path root = RIGHTSLINT_SOURCE_DIR;
  auto lexicons = LoadLexicons((root / "lexicons").string(), {"en", "ru", "uk"});
  ASSERT_TRUE(lexicons.ok()) << lexicons.status().message();
  auto tokenizer = Tokenizer::Create();
  ASSERT_TRUE(tokenizer.ok());

  std::size_t compared = 0;
  for (const std::string language : {"en", "ru", "uk"}) {
    Morphology morphology(*FindMorphologyProfile(language), "/usr/share/hunspell",
                          InflectLikeWords(*lexicons, language));
    LexiconMatcher fast(language, *lexicons, &morphology, /*prefilter=*/true);
    LexiconMatcher reference(language, *lexicons, &morphology, /*prefilter=*/false);

    std::vector<std::string> texts;
    const auto eval = root / "corpora" / "eval" / (language + ".tsv");
    std::stringstream lines(testing::ReadFileBytes(eval));
    for (std::string line; std::getline(lines, line);) {
      if (line.empty() || line[0] == '#') continue;
      const auto tab = line.find('\t');
      if (tab != std::string::npos) texts.push_back(line.substr(tab + 1));
    }
    for (const auto& entry : std::filesystem::directory_iterator(root / "corpora" / "demo")) {
      if (entry.path().stem().string().ends_with(language))
        texts.push_back(testing::ReadFileBytes(entry.path()));
    }
    ASSERT_FALSE(texts.empty()) << language;

    Block block;
    MatchScratch scratch;
    for (const std::string& text : texts) {
      for (const ByteRange& range : SplitBlocks(text)) {
        (*tokenizer)->Analyze(text, range, &block);
        block.language = language;
        std::vector<TermMatch> a;
        std::vector<TermMatch> b;
        fast.Match(block, &scratch, &a);
        reference.Match(block, &scratch, &b);
        ASSERT_EQ(a.size(), b.size()) << text;
        for (std::size_t i = 0; i < a.size(); ++i) {
          EXPECT_EQ(a[i].entry, b[i].entry) << text;
          EXPECT_EQ(a[i].span, b[i].span) << text;
        }
        ++compared;
      }
    }
  }
  EXPECT_GT(compared, 100u);
}

}  // namespace
}  // namespace rightslint
