// The configuration file: parsing (every key, every kind of error with file:line), discovery by
// walking up, and applying it to findings.
#include "rightslint/config.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "test_linter.h"

namespace rightslint {
namespace {

const std::vector<RuleInfo>& Rules() { return ProjectLinter().rules(); }

StatusOr<Config> Parse(const std::string& yaml) {
  return ParseConfig("conf/.rightslint.yaml", yaml, Rules());
}

// The error message of parsing `yaml`, which must fail.
std::string ErrorOf(const std::string& yaml) {
  StatusOr<Config> config = Parse(yaml);
  EXPECT_FALSE(config.ok()) << yaml;
  return config.ok() ? "" : config.status().message();
}

TEST(ConfigTest, EmptyAndCommentsOnlyAreTheDefaults) {
  for (const std::string yaml : {"", "\n", "# nothing yet\n", "---\n"}) {
    StatusOr<Config> config = Parse(yaml);
    ASSERT_TRUE(config.ok()) << config.status().message();
    EXPECT_TRUE(config->languages.empty());
    EXPECT_FALSE(config->fail_on);
    EXPECT_FALSE(config->legal);
    EXPECT_TRUE(config->rules.empty());
    EXPECT_TRUE(config->ignore.empty());
    EXPECT_FALSE(config->quoted);
    EXPECT_EQ(config->ForcedLanguage(), "auto");
    EXPECT_EQ(config->directory, "conf");
  }
}

TEST(ConfigTest, EveryKey) {
  StatusOr<Config> config = Parse(
      "languages: [ru]\n"
      "fail_on: error\n"
      "legal: always\n"
      "rules:\n"
      "  stigma: info\n"
      "  stigma.addict: off\n"
      "ignore: [drafts, '*.tmp.md']\n"
      "quoted: off\n");
  ASSERT_TRUE(config.ok()) << config.status().message();
  EXPECT_EQ(config->languages, std::vector<std::string>{"ru"});
  EXPECT_EQ(config->ForcedLanguage(), "ru");
  EXPECT_EQ(config->fail_on, "error");
  EXPECT_EQ(config->legal, LegalRules::kAlways);
  EXPECT_EQ(config->rules.at("stigma"),
            (SeverityOverride{.off = false, .severity = Severity::kInfo}));
  EXPECT_TRUE(config->rules.at("stigma.addict").off);
  EXPECT_EQ(config->ignore, (std::vector<std::string>{"drafts", "*.tmp.md"}));
  ASSERT_TRUE(config->quoted);
  EXPECT_TRUE(config->quoted->off);
  EXPECT_FALSE(Parse("quoted: keep\n")->quoted);
  EXPECT_EQ(Parse("languages: [en, ru]\n")->ForcedLanguage(), "auto");
}

TEST(ConfigTest, StarterConfigParsesToTheDefaults) {
  StatusOr<Config> config = ParseConfig("x/.rightslint.yaml", StarterConfig(), Rules());
  ASSERT_TRUE(config.ok()) << config.status().message();
  EXPECT_EQ(config->ForcedLanguage(), "auto");
  EXPECT_EQ(config->fail_on, "warning");
  EXPECT_EQ(config->legal, LegalRules::kAuto);
  EXPECT_TRUE(config->rules.empty());
  EXPECT_TRUE(config->ignore.empty());
  EXPECT_FALSE(config->quoted);
}

TEST(ConfigTest, OwnRuleAndLexiconDirectoriesAreRelativeToTheFile) {
  StatusOr<Config> config =
      ParseConfig("conf/.rightslint.yaml",
                  "rule_dirs: [style/rules, /abs/rules]\nlexicon_dirs: [../lex]\n"
                  "rules:\n  stigma.newsroom: off\n",
                  Rules(), /*check_rule_names=*/false);
  ASSERT_TRUE(config.ok()) << config.status().message();
  EXPECT_EQ(config->rule_dirs, (std::vector<std::string>{"conf/style/rules", "/abs/rules"}));
  EXPECT_EQ(config->lexicon_dirs, std::vector<std::string>{"lex"});
  EXPECT_FALSE(
      ParseConfig("conf/.rightslint.yaml", "rules:\n  stigma.newsroom: off\n", Rules()).ok())
      << "rule names are checked unless asked not to";
}

TEST(ConfigTest, ErrorsNameFileLineAndKey) {
  const std::string prefix = "conf/.rightslint.yaml:";
  EXPECT_EQ(ErrorOf("fail_on: warning\ncolour: red\n"),
            prefix +
                "2: key `colour`: unknown (expected one of: fail_on, ignore, languages, legal, "
                "lexicon_dirs, quoted, rule_dirs, rules)");
  EXPECT_EQ(ErrorOf("fail_on: sometimes\n"),
            prefix + "1: key `fail_on`: expected info, warning, error or never, not `sometimes`");
  EXPECT_EQ(ErrorOf("\nlegal: [auto]\n"),
            prefix + "2: key `legal`: expected auto, always or never");
  EXPECT_EQ(
      ErrorOf("languages: en\n"),
      prefix +
          "1: key `languages`: expected a list of languages (en, ru, uk, be, kk, ky, ro, lt, ka)");
  EXPECT_EQ(
      ErrorOf("languages: [en, de]\n"),
      prefix + "1: key `languages`: expected one of en, ru, uk, be, kk, ky, ro, lt, ka, not `de`");
  EXPECT_EQ(ErrorOf("languages: []\n"),
            prefix + "1: key `languages`: expected at least one language");
  EXPECT_EQ(ErrorOf("rules: [stigma]\n"),
            prefix + "1: key `rules`: expected a mapping RULE_OR_CATEGORY: off|info|warning|error");
  EXPECT_EQ(ErrorOf("rules:\n  stigma.addict: loud\n"),
            prefix +
                "2: key `rules.stigma.addict`: expected off, info, warning or error, not "
                "`loud`");
  EXPECT_EQ(ErrorOf("rules:\n  stigma: off\n  stigma.nothing: off\n"),
            prefix +
                "3: key `rules.stigma.nothing`: unknown rule or category (`rightslint rules` "
                "lists them)");
  EXPECT_EQ(ErrorOf("ignore: '*.md'\n"),
            prefix + "1: key `ignore`: expected a list of glob patterns");
  EXPECT_EQ(ErrorOf("ignore:\n  - [a]\n"), prefix + "2: key `ignore`: expected glob patterns");
  EXPECT_EQ(ErrorOf("quoted: maybe\n"),
            prefix + "1: key `quoted`: expected off, info, warning, error or keep, not `maybe`");
  EXPECT_EQ(ErrorOf("fail_on: error\nfail_on: info\n"), prefix + "2: key `fail_on`: given twice");
  EXPECT_EQ(ErrorOf("- fail_on\n"),
            prefix +
                "1: expected a mapping of keys (languages, fail_on, legal, rules, ignore, "
                "quoted, rule_dirs, lexicon_dirs)");
  // Every category is a valid key, also one that no rule uses yet.
  EXPECT_TRUE(Parse("rules: {penalty: error, possession: off}\n").ok());
}

TEST(ConfigTest, MalformedTruncatedBinaryAndInvalidUtf8) {
  EXPECT_EQ(ErrorOf("fail_on: warning\nrules: {stigma: off\n").rfind("conf/.rightslint.yaml:", 0),
            0u);
  EXPECT_NE(ErrorOf("rules: [a\n").find("malformed YAML"), std::string::npos);
  EXPECT_NE(ErrorOf("fail_on: \"warn").find("malformed YAML"), std::string::npos);
  EXPECT_NE(ErrorOf("rules:\n  stigma: info\n   bad: indent\n").find(":3: malformed YAML"),
            std::string::npos);
  EXPECT_EQ(ErrorOf(std::string("fail_on: \0\x01\x02", 12)),
            "conf/.rightslint.yaml: binary file (NUL byte at offset 9), expected YAML");
  const std::string invalid = ErrorOf("fail_on: warning\nlegal: \xd0\n");
  EXPECT_EQ(invalid.rfind("conf/.rightslint.yaml:2: invalid UTF-8 at byte 24", 0), 0u) << invalid;
}

TEST(ConfigTest, ApplyDropsRemapsAndHandlesQuotations) {
  Config config = *Parse(
      "rules: {stigma: error, stigma.addict: off}\n"
      "quoted: info\n");
  FileResult result;
  auto add = [&](std::string rule, std::string category, bool quoted, std::string language) {
    Finding finding;
    finding.rule = std::move(rule);
    finding.category = std::move(category);
    finding.quoted = quoted;
    finding.language = std::move(language);
    result.findings.push_back(finding);
  };
  add("stigma.addict", "stigma", false, "en");
  add("stigma.junkie", "stigma", false, "en");
  add("stigma.junkie", "stigma", true, "en");
  add("possession.quantity", "possession", false, "ru");
  ApplyConfig(config, &result);
  ASSERT_EQ(result.findings.size(), 3u);
  EXPECT_EQ(result.findings[0].severity, Severity::kError);
  EXPECT_EQ(result.findings[1].severity, Severity::kInfo);  // quoted
  EXPECT_EQ(result.findings[2].severity, Severity::kWarning);

  config = *Parse("languages: [en, uk]\nquoted: off\n");
  ApplyConfig(config, &result);
  ASSERT_EQ(result.findings.size(), 1u);  // the Russian and the quoted finding are gone
  EXPECT_EQ(result.findings[0].rule, "stigma.junkie");
}

TEST(ConfigTest, IgnoreGlobsAreRelativeToTheConfigDirectory) {
  Config config = *ParseConfig("/proj/.rightslint.yaml",
                               "ignore: [drafts, '*.tmp.md', 'docs/*/old.txt']\n", Rules());
  EXPECT_TRUE(config.Ignores("/proj/drafts/a.txt"));
  EXPECT_TRUE(config.Ignores("/proj/drafts/deep/b.md"));
  EXPECT_TRUE(config.Ignores("/proj/x.tmp.md"));
  EXPECT_FALSE(config.Ignores("/proj/sub/x.tmp.md"));  // FNM_PATHNAME: * does not cross /
  EXPECT_TRUE(config.Ignores("/proj/docs/2020/old.txt"));
  EXPECT_FALSE(config.Ignores("/proj/docs/old.txt"));
  EXPECT_FALSE(config.Ignores("/proj/article.txt"));
  EXPECT_FALSE(config.Ignores("/elsewhere/drafts/a.txt"));
}

TEST(ConfigTest, FindConfigWalksUpAndLoadConfigReadsIt) {
  namespace fs = std::filesystem;
  const fs::path root = fs::temp_directory_path() /
                        ("rightslint-config-test-" +
                         std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
  fs::remove_all(root);
  fs::create_directories(root / "a" / "b" / "c");
  EXPECT_EQ(FindConfig((root / "a" / "b" / "c").string()), std::nullopt);
  std::ofstream(root / "a" / kConfigFileName) << "fail_on: error\n";
  std::ofstream(root / "a" / "b" / "c" / kConfigFileName) << "legal: never\n";
  fs::create_directories(root / "a" / "b" / kConfigFileName);  // a directory: not a config
  EXPECT_EQ(FindConfig((root / "a" / "b").string()), (root / "a" / kConfigFileName).string());
  EXPECT_EQ(FindConfig((root / "a" / "b" / "c").string()),
            (root / "a" / "b" / "c" / kConfigFileName).string());

  StatusOr<Config> loaded = LoadConfig((root / "a" / kConfigFileName).string(), Rules());
  ASSERT_TRUE(loaded.ok()) << loaded.status().message();
  EXPECT_EQ(loaded->fail_on, "error");
  EXPECT_EQ(LoadConfig((root / "missing.yaml").string(), Rules()).status().code(),
            StatusCode::kNotFound);
  EXPECT_FALSE(LoadConfig((root / "a" / "b" / kConfigFileName).string(), Rules()).ok());
  fs::remove_all(root);
}

}  // namespace
}  // namespace rightslint
