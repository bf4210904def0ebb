// The rule pack cache gives back exactly what LoadRulePacks read, and nothing when the packs
// changed since or the cache is damaged.
#include "rules/rule_pack_cache.h"

#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <fstream>

#include "document_fixtures.h"
#include "rules/rule_pack_loader.h"

namespace rightslint {
namespace {

void ExpectSameRules(const std::vector<RuleSpec>& a, const std::vector<RuleSpec>& b) {
  ASSERT_EQ(a.size(), b.size());
  for (std::size_t i = 0; i < a.size(); ++i) {
    const RuleInfo& x = a[i].info;
    const RuleInfo& y = b[i].info;
    EXPECT_EQ(x.id, y.id);
    EXPECT_EQ(x.type, y.type);
    EXPECT_EQ(x.category, y.category);
    EXPECT_EQ(x.severity, y.severity);
    EXPECT_EQ(x.languages, y.languages);
    EXPECT_EQ(x.messages, y.messages);
    EXPECT_EQ(x.suggestions, y.suggestions);
    EXPECT_EQ(x.definition, y.definition);
    EXPECT_EQ(x.rationale.guideline, y.rationale.guideline);
    EXPECT_EQ(x.rationale.recommendation, y.rationale.recommendation);
    EXPECT_EQ(x.rationale.why, y.rationale.why);
    EXPECT_EQ(x.rationale.url, y.rationale.url);
    ASSERT_EQ(x.examples.size(), y.examples.size()) << x.id;
    for (std::size_t e = 0; e < x.examples.size(); ++e) {
      EXPECT_EQ(x.examples[e].language, y.examples[e].language);
      EXPECT_EQ(x.examples[e].text, y.examples[e].text);
      EXPECT_EQ(x.examples[e].bad, y.examples[e].bad);
    }
    EXPECT_EQ(x.file, y.file);
    EXPECT_EQ(x.entries, y.entries);
    EXPECT_EQ(x.safe_fix, y.safe_fix);
    EXPECT_EQ(a[i].lexicon, b[i].lexicon);
    EXPECT_EQ(a[i].pattern, b[i].pattern);
    EXPECT_EQ(a[i].clause.scope, b[i].clause.scope);
    EXPECT_EQ(a[i].clause.within, b[i].clause.within);
    EXPECT_EQ(a[i].clause.all, b[i].clause.all);
    EXPECT_EQ(a[i].clause.any, b[i].clause.any);
    EXPECT_EQ(a[i].clause.none, b[i].clause.none);
    EXPECT_EQ(a[i].line, b[i].line);
  }
}

class RulePackCacheTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::filesystem::create_directories(dir_ / "rules");
    std::filesystem::copy(std::filesystem::path(RIGHTSLINT_SOURCE_DIR) / "rules", dir_ / "rules",
                          std::filesystem::copy_options::recursive);
    rules_dir_ = (dir_ / "rules").string();
    cache_ = (dir_ / "rules.cache").string();
    auto loaded = LoadRulePacks(rules_dir_);
    ASSERT_TRUE(loaded.ok()) << loaded.status().message();
    rules_ = loaded.value();
    ASSERT_TRUE(WriteRulePackCache(cache_, rules_dir_, rules_).ok());
  }

  testing::ScratchDirectory scratch_{"rule-pack-cache"};
  const std::filesystem::path& dir_ = scratch_.path();
  std::string rules_dir_;
  std::string cache_;
  std::vector<RuleSpec> rules_;
};

TEST_F(RulePackCacheTest, GivesBackWhatTheYamlSaid) {
  const auto cached = ReadRulePackCache(cache_, rules_dir_);
  ASSERT_TRUE(cached.has_value());
  EXPECT_GE(cached->size(), 20u);
  ExpectSameRules(*cached, rules_);
}

TEST_F(RulePackCacheTest, NothingOnceAPackChanged) {
  const std::filesystem::path pack = dir_ / "rules" / "stigma" / "stigma.yaml";
  std::filesystem::last_write_time(
      pack, std::filesystem::last_write_time(pack) + std::chrono::seconds(3));
  EXPECT_FALSE(ReadRulePackCache(cache_, rules_dir_).has_value());

  ASSERT_TRUE(WriteRulePackCache(cache_, rules_dir_, rules_).ok());
  ASSERT_TRUE(ReadRulePackCache(cache_, rules_dir_).has_value());
  std::ofstream(dir_ / "rules" / "legal" / "new.yaml") << "rules: []\n";  // a pack added
  EXPECT_FALSE(ReadRulePackCache(cache_, rules_dir_).has_value());
  std::filesystem::remove(dir_ / "rules" / "legal" / "new.yaml");
  EXPECT_TRUE(ReadRulePackCache(cache_, rules_dir_).has_value());
  std::filesystem::remove(dir_ / "rules" / "legal" / "family.yaml");  // one removed
  EXPECT_FALSE(ReadRulePackCache(cache_, rules_dir_).has_value());
  EXPECT_FALSE(ReadRulePackCache(cache_, (dir_ / "other").string()).has_value());
}

TEST_F(RulePackCacheTest, ADamagedCacheIsNone) {
  const std::string good = testing::ReadFileBytes(cache_);
  auto read = [&](const std::string& bytes) {
    std::ofstream(cache_, std::ios::binary | std::ios::trunc) << bytes;
    return ReadRulePackCache(cache_, rules_dir_).has_value();
  };
  // Every cut in the header, the stamps and the first rules, then every 97th byte.
  for (std::size_t size = 0; size < good.size(); size += size < 3000 ? 1 : 97) {
    ASSERT_FALSE(read(good.substr(0, size))) << size;
  }
  EXPECT_FALSE(read(good + "x"));  // trailing bytes
  const std::string garbage = testing::Garbage(4096);
  EXPECT_FALSE(read(garbage));
  EXPECT_FALSE(read(good.substr(0, 30) + garbage));
  EXPECT_FALSE(read("{\"format\": 1, \"stamps\": [], \"rules\": []}"));  // the old JSON cache
  // Right stamps, then a count no file could hold.
  const std::size_t stamps_end = good.find("\n", good.rfind(".yaml ")) + 1;
  ASSERT_NE(stamps_end, std::string::npos);
  std::string huge = good;
  for (std::size_t k = 0; k < 8; ++k) huge[stamps_end + k] = '\x7F';
  EXPECT_FALSE(read(huge));
  EXPECT_TRUE(read(good));
  // Right stamps and shape, a severity or clause scope no rule has.
  for (int field = 0; field < 2; ++field) {
    std::vector<RuleSpec> odd = rules_;
    if (field == 0) odd.front().info.severity = static_cast<Severity>(7);
    if (field == 1) odd.back().clause.scope = static_cast<ClauseScope>(-1);
    ASSERT_TRUE(WriteRulePackCache(cache_, rules_dir_, odd).ok());
    EXPECT_FALSE(ReadRulePackCache(cache_, rules_dir_).has_value()) << field;
  }
  EXPECT_FALSE(ReadRulePackCache((dir_ / "missing.json").string(), rules_dir_).has_value());
}

// The build made a cache of the project's packs, and the Linter reads it.
TEST(RulePackCacheBuildTest, TheBuildsCacheMatchesTheProjectsPacks) {
  const std::string rules_dir = std::string(RIGHTSLINT_SOURCE_DIR) + "/rules";
  const auto cached = ReadRulePackCache(RIGHTSLINT_RULE_PACK_CACHE, rules_dir);
  ASSERT_TRUE(cached.has_value()) << RIGHTSLINT_RULE_PACK_CACHE;
  auto loaded = LoadRulePacks(rules_dir);
  ASSERT_TRUE(loaded.ok());
  ExpectSameRules(*cached, loaded.value());
}

}  // namespace
}  // namespace rightslint
