// The lexicon cache gives back exactly what LoadLexicons read (paradigms linked), and nothing
// when a lexicon file changed since, other languages are asked for, or the cache is damaged.
#include "rules/lexicon_cache.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "document_fixtures.h"
#include "rightslint/options.h"
#include "rules/lexicon_loader.h"

namespace rightslint {
namespace {

void ExpectSameLexicons(const LexiconSpecs& a, const LexiconSpecs& b) {
  ASSERT_EQ(a.terms.size(), b.terms.size());
  for (std::size_t i = 0; i < a.terms.size(); ++i) {
    const TermEntry& x = a.terms[i];
    const TermEntry& y = b.terms[i];
    EXPECT_EQ(x.language, y.language);
    EXPECT_EQ(x.lexicon, y.lexicon);
    EXPECT_EQ(x.rule, y.rule);
    EXPECT_EQ(x.term, y.term);
    EXPECT_EQ(x.pos, y.pos);
    EXPECT_EQ(x.inflect_like, y.inflect_like);
    EXPECT_EQ(x.context, y.context);
    EXPECT_EQ(x.alternatives, y.alternatives);
    EXPECT_EQ(x.guideline, y.guideline);
    EXPECT_EQ(x.recommendation, y.recommendation);
    EXPECT_EQ(x.source, y.source);
    EXPECT_EQ(x.file, y.file);
    EXPECT_EQ(x.line, y.line);
    ASSERT_EQ(x.readings.size(), y.readings.size()) << x.term;
    for (std::size_t r = 0; r < x.readings.size(); ++r) {
      EXPECT_EQ(x.readings[r].form, y.readings[r].form);
      EXPECT_EQ(x.readings[r].grammatical_case, y.readings[r].grammatical_case);
      EXPECT_EQ(x.readings[r].number, y.readings[r].number);
      EXPECT_EQ(x.readings[r].alternatives, y.readings[r].alternatives);
    }
    EXPECT_EQ(x.alternative_inflects, y.alternative_inflects);
  }
  ASSERT_EQ(a.concepts.size(), b.concepts.size());
  for (std::size_t i = 0; i < a.concepts.size(); ++i) {
    const ConceptEntry& x = a.concepts[i];
    const ConceptEntry& y = b.concepts[i];
    EXPECT_EQ(x.language, y.language);
    EXPECT_EQ(x.concept_name, y.concept_name);
    EXPECT_EQ(x.term, y.term);
    EXPECT_EQ(x.source, y.source);
    EXPECT_EQ(x.file, y.file);
    EXPECT_EQ(x.line, y.line);
  }
  ASSERT_EQ(a.exempt.size(), b.exempt.size());
  for (std::size_t i = 0; i < a.exempt.size(); ++i) {
    const ExemptPhrase& x = a.exempt[i];
    const ExemptPhrase& y = b.exempt[i];
    EXPECT_EQ(x.language, y.language);
    EXPECT_EQ(x.phrase, y.phrase);
    EXPECT_EQ(x.source, y.source);
    EXPECT_EQ(x.file, y.file);
    EXPECT_EQ(x.line, y.line);
  }
  ASSERT_EQ(a.paradigms.size(), b.paradigms.size());
  for (std::size_t i = 0; i < a.paradigms.size(); ++i) {
    const ParadigmForm& x = a.paradigms[i];
    const ParadigmForm& y = b.paradigms[i];
    EXPECT_EQ(x.language, y.language);
    EXPECT_EQ(x.lemma, y.lemma);
    EXPECT_EQ(x.grammatical_case, y.grammatical_case);
    EXPECT_EQ(x.number, y.number);
    EXPECT_EQ(x.form, y.form);
    EXPECT_EQ(x.source, y.source);
    EXPECT_EQ(x.file, y.file);
    EXPECT_EQ(x.line, y.line);
  }
}

class LexiconCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::copy(std::filesystem::path(RIGHTSLINT_SOURCE_DIR) / "lexicons",
                          dir_ / "lexicons", std::filesystem::copy_options::recursive);
    lexicons_dir_ = (dir_ / "lexicons").string();
    cache_ = (dir_ / "lexicons.cache").string();
    auto loaded = LoadLexicons(lexicons_dir_, SupportedLanguages());
    ASSERT_TRUE(loaded.ok()) << loaded.status().message();
    lexicons_ = loaded.value();
    ASSERT_TRUE(WriteLexiconCache(cache_, lexicons_dir_, SupportedLanguages(), lexicons_).ok());
  }

  bool Usable() const {
    return ReadLexiconCache(cache_, lexicons_dir_, SupportedLanguages()).has_value();
  }

  testing::ScratchDirectory scratch_{"lexicon-cache"};
  const std::filesystem::path& dir_ = scratch_.path();
  std::string lexicons_dir_;
  std::string cache_;
  LexiconSpecs lexicons_;
};

TEST_F(LexiconCacheTest, GivesBackWhatTheTsvSaid) {
  const auto cached = ReadLexiconCache(cache_, lexicons_dir_, SupportedLanguages());
  ASSERT_TRUE(cached.has_value());
  EXPECT_GE(cached->terms.size(), 200u);
  EXPECT_GE(cached->paradigms.size(), 500u);
  ExpectSameLexicons(*cached, lexicons_);
  // Some terms carry their paradigm's readings and recommendations: those are checked too.
  EXPECT_TRUE(std::any_of(cached->terms.begin(), cached->terms.end(),
                          [](const TermEntry& entry) { return !entry.readings.empty(); }));
  EXPECT_TRUE(std::any_of(cached->terms.begin(), cached->terms.end(),
                          [](const TermEntry& entry) { return entry.recommendation.has_value(); }));
}

TEST_F(LexiconCacheTest, NothingOnceALexiconChanged) {
  const std::filesystem::path stigma = dir_ / "lexicons" / "en" / "stigma.tsv";
  std::filesystem::last_write_time(
      stigma, std::filesystem::last_write_time(stigma) + std::chrono::seconds(3));
  EXPECT_FALSE(Usable());  // touched

  ASSERT_TRUE(WriteLexiconCache(cache_, lexicons_dir_, SupportedLanguages(), lexicons_).ok());
  ASSERT_TRUE(Usable());
  std::ofstream(dir_ / "lexicons" / "ru" / "extra.tsv") << "rule\tterm\n";  // a file added
  EXPECT_FALSE(Usable());
  std::filesystem::remove(dir_ / "lexicons" / "ru" / "extra.tsv");
  EXPECT_TRUE(Usable());
  std::filesystem::remove(dir_ / "lexicons" / "en" / "names.tsv");  // one removed
  EXPECT_FALSE(Usable());
  EXPECT_FALSE(ReadLexiconCache(cache_, (dir_ / "other").string(), SupportedLanguages()));
  EXPECT_FALSE(ReadLexiconCache(cache_, lexicons_dir_, {"en", "ru"}).has_value());
}

TEST_F(LexiconCacheTest, ADamagedCacheIsNone) {
  const std::string good = testing::ReadFileBytes(cache_);
  auto read = [&](const std::string& bytes) {
    std::ofstream(cache_, std::ios::binary | std::ios::trunc) << bytes;
    return Usable();
  };
  // Every cut in the header and the stamps, every cut in the first entries after them, and every
  // 9,973rd byte after that.
  const std::size_t stamps_end = good.find("\n", good.rfind(".tsv ")) + 1;
  ASSERT_NE(stamps_end, std::string::npos);
  for (std::size_t size = 0; size < good.size();
       size += size < 600 || (size >= stamps_end && size < stamps_end + 600) ? 1 : 9973) {
    if (size >= 600 && size < stamps_end) size = stamps_end;
    ASSERT_FALSE(read(good.substr(0, size))) << size;
  }
  EXPECT_FALSE(read(good + "x"));  // trailing bytes
  const std::string garbage = testing::Garbage(4096);
  EXPECT_FALSE(read(garbage));
  EXPECT_FALSE(read(good.substr(0, 30) + garbage));
  // Right stamps, then counts no file could hold.
  for (char fill : {'\xFF', '\x7F', '\x01'}) {
    std::string huge = good;
    for (std::size_t k = 0; k < 8 && stamps_end + k < huge.size(); ++k) huge[stamps_end + k] = fill;
    EXPECT_FALSE(read(huge));
  }
  EXPECT_TRUE(read(good));
  EXPECT_FALSE(ReadLexiconCache((dir_ / "missing").string(), lexicons_dir_, SupportedLanguages()));
}

// The build made a cache of the project's lexicons, and the Linter reads it.
TEST(LexiconCacheBuildTest, TheBuildsCacheMatchesTheProjectsLexicons) {
  const std::string lexicons_dir = std::string(RIGHTSLINT_SOURCE_DIR) + "/lexicons";
  const auto cached =
      ReadLexiconCache(RIGHTSLINT_LEXICON_CACHE, lexicons_dir, SupportedLanguages());
  ASSERT_TRUE(cached.has_value()) << RIGHTSLINT_LEXICON_CACHE;
  auto loaded = LoadLexicons(lexicons_dir, SupportedLanguages());
  ASSERT_TRUE(loaded.ok());
  ExpectSameLexicons(*cached, loaded.value());
}

}  // namespace
}  // namespace rightslint
