#include "rules/lexicon_loader.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>

namespace rightslint {
namespace {

const std::vector<std::string> kRequired = {"rule",         "term",      "pos",
                                            "alternatives", "guideline", "source"};
const std::vector<std::string> kOptional = {"inflect_like", "context", "recommendation", "note"};

std::string ErrorOf(const std::string& tsv) {
  auto table = ParseTsv("x.tsv", tsv, kRequired, kOptional);
  return table.ok() ? "" : table.status().message();
}

const std::string kHeader = "rule\tterm\tpos\talternatives\tguideline\tsource\n";

TEST(RulesLexiconLoaderTest, ParsesRowsSkippingCommentsAndBlankLines) {
  auto table = ParseTsv("x.tsv",
                        kHeader +
                            "# comment\n\nstigma.addict\taddict\tnoun\tperson who uses drugs\t"
                            "IGHRDP II.1 (ii)\tONDCP\r\n",
                        kRequired, kOptional);
  ASSERT_TRUE(table.ok()) << table.status().message();
  ASSERT_EQ(table->rows.size(), 1u);
  EXPECT_EQ(table->rows[0].line, 4);
  EXPECT_EQ(table->rows[0].cells[5], "ONDCP");  // \r stripped
}

TEST(RulesLexiconLoaderTest, WrongCellCountNamesLine) {
  const std::string error = ErrorOf(kHeader + "a\tb\tc\n");
  EXPECT_NE(error.find("x.tsv:2: expected 6 tab-separated cells, found 3"), std::string::npos)
      << error;
}

TEST(RulesLexiconLoaderTest, UnknownAndMissingColumns) {
  EXPECT_NE(ErrorOf("rule\tterm\tcolour\n").find("unknown column `colour`"), std::string::npos);
  EXPECT_NE(ErrorOf("rule\tterm\n").find("missing column `pos`"), std::string::npos);
}

TEST(RulesLexiconLoaderTest, EmptyRequiredCell) {
  EXPECT_NE(
      ErrorOf(kHeader + "stigma.addict\t\tnoun\tx\ty\tz\n").find("x.tsv:2: column `term`: empty"),
      std::string::npos);
}

TEST(RulesLexiconLoaderTest, InvalidUtf8AndEmpty) {
  EXPECT_NE(ErrorOf(kHeader + "stigma.addict\t\xD0\tnoun\tx\ty\tz\n").find("invalid UTF-8 at byte"),
            std::string::npos);
  EXPECT_NE(ErrorOf("").find("empty file"), std::string::npos);
  EXPECT_NE(ErrorOf("# only a comment\n").find("empty file"), std::string::npos);
}

class LexiconDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ =
        std::filesystem::temp_directory_path() /
        ("rightslint-lexicon-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()) +
         ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::create_directories(dir_ / "ru");
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }
  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / "ru" / name, std::ios::binary) << text;
  }
  std::filesystem::path dir_;
};

TEST_F(LexiconDirTest, LoadsTermsConceptsAndNames) {
  Write("stigma.tsv",
        "rule\tterm\tpos\tinflect_like\tcontext\talternatives\tguideline\trecommendation\tsource\n"
        "stigma.addict\tнарик\tnoun\tчувак\t\tчеловек, употребляющий наркотики; ЛУН\t"
        "IGHRDP II.1 (ii)\t21\tперевод en:junkie\n");
  Write("concepts.tsv", "concept\tterm\tsource\ndrug_test_context\tтест\tproject\n");
  Write("names.tsv", "name\tsource\nАнонимные наркоманы\thttps://na-russia.org/\n");
  Write("allowed.tsv", "phrase\tsource\nсообщество наркопотребителей\tproject\n");
  auto specs = LoadLexicons(dir_.string(), {"ru", "uk"});
  ASSERT_TRUE(specs.ok()) << specs.status().message();
  ASSERT_EQ(specs->terms.size(), 1u);
  const TermEntry& entry = specs->terms[0];
  EXPECT_EQ(entry.lexicon, "stigma");
  EXPECT_EQ(entry.inflect_like, "чувак");
  EXPECT_EQ(entry.alternatives,
            (std::vector<std::string>{"человек, употребляющий наркотики", "ЛУН"}));
  EXPECT_EQ(entry.recommendation, 21);
  EXPECT_EQ(entry.line, 2);
  EXPECT_EQ(specs->concepts.size(), 1u);
  ASSERT_EQ(specs->exempt.size(), 2u);
  EXPECT_EQ(specs->exempt[1].phrase, "сообщество наркопотребителей");
}

TEST_F(LexiconDirTest, ADirectoryWhereALexiconShouldBeIsAnErrorNamingIt) {
  std::filesystem::create_directories(dir_ / "ru" / "stigma.tsv");
  auto specs = LoadLexicons(dir_.string(), {"ru"});
  ASSERT_FALSE(specs.ok());
  EXPECT_NE(specs.status().message().find("stigma.tsv: not a regular file"), std::string::npos)
      << specs.status().message();
  std::filesystem::remove(dir_ / "ru" / "stigma.tsv");
  std::filesystem::create_directories(dir_ / "ru" / "concepts.tsv");
  specs = LoadLexicons(dir_.string(), {"ru"});
  ASSERT_FALSE(specs.ok());
  EXPECT_NE(specs.status().message().find("concepts.tsv: not a regular file"), std::string::npos)
      << specs.status().message();
}

TEST_F(LexiconDirTest, BadPosAndRecommendation) {
  Write("stigma.tsv",
        "rule\tterm\tpos\talternatives\tguideline\trecommendation\tsource\n"
        "stigma.addict\tнарик\tnown\tx\tg\t21\ts\n");
  auto specs = LoadLexicons(dir_.string(), {"ru"});
  ASSERT_FALSE(specs.ok());
  EXPECT_NE(specs.status().message().find("stigma.tsv:2: column `pos`"), std::string::npos);

  Write("stigma.tsv",
        "rule\tterm\tpos\talternatives\tguideline\trecommendation\tsource\n"
        "stigma.addict\tнарик\tnoun\tx\tg\ttwenty\ts\n");
  specs = LoadLexicons(dir_.string(), {"ru"});
  ASSERT_FALSE(specs.ok());
  EXPECT_NE(specs.status().message().find("column `recommendation`"), std::string::npos);
}

TEST_F(LexiconDirTest, DoubleSpacesInATermAreRejected) {
  Write("stigma.tsv",
        "rule\tterm\tpos\talternatives\tguideline\tsource\n"
        "stigma.addict\tdrug  abuser\tnoun\tx\tg\ts\n");
  auto specs = LoadLexicons(dir_.string(), {"ru"});
  ASSERT_FALSE(specs.ok());
  EXPECT_NE(specs.status().message().find("single spaces"), std::string::npos);
}

TEST_F(LexiconDirTest, ParadigmsAreLinkedToNounTermsAndNotReadAsTermLexicon) {
  Write("stigma.tsv",
        "rule\tterm\tpos\talternatives\tguideline\tsource\n"
        "stigma.addict\tнарик\tnoun\tчеловек, употребляющий наркотики; ЛУН\tg\ts\n");
  Write("paradigms.tsv",
        "lemma\tcase\tnumber\tform\tsource\n"
        "нарик\tgen\tsg\tнарика\tmodel\n"
        "нарик\tacc\tsg\tнарика\tmodel\n"
        "нарик\tdat\tpl\tнарикам\tmodel\n"
        "человек, употребляющий наркотики\tgen\tsg\tчеловека, употребляющего наркотики\tz\n"
        "человек, употребляющий наркотики\tacc\tsg\tчеловека, употребляющего наркотики\tz\n");
  auto specs = LoadLexicons(dir_.string(), {"ru"});
  ASSERT_TRUE(specs.ok()) << specs.status().message();
  ASSERT_EQ(specs->terms.size(), 1u);  // paradigms.tsv is not a term lexicon
  EXPECT_EQ(specs->paradigms.size(), 5u);
  const TermEntry& entry = specs->terms[0];
  EXPECT_EQ(entry.alternative_inflects, (std::vector<bool>{true, false}));
  ASSERT_EQ(entry.readings.size(), 3u);
  EXPECT_EQ(entry.readings[0].form, "нарика");
  EXPECT_EQ(entry.readings[0].alternatives,
            (std::vector<std::string>{"человека, употребляющего наркотики", ""}));
  EXPECT_EQ(entry.readings[2].number, "pl");
  EXPECT_EQ(entry.readings[2].alternatives, (std::vector<std::string>{"", ""}));
}

TEST_F(LexiconDirTest, ParadigmCaseAndNumberAreChecked) {
  Write("paradigms.tsv", "lemma\tcase\tnumber\tform\tsource\nнарик\tvoc\tsg\tнарику\ts\n");
  auto specs = LoadLexicons(dir_.string(), {"ru"});
  ASSERT_FALSE(specs.ok());
  EXPECT_NE(specs.status().message().find("paradigms.tsv:2: column `case`"), std::string::npos)
      << specs.status().message();
  Write("paradigms.tsv", "lemma\tcase\tnumber\tform\tsource\nнарик\tgen\tdu\tнарика\ts\n");
  specs = LoadLexicons(dir_.string(), {"ru"});
  ASSERT_FALSE(specs.ok());
  EXPECT_NE(specs.status().message().find("column `number`"), std::string::npos);
}

TEST_F(LexiconDirTest, ValidationCatchesUnknownRuleAndContext) {
  Write("stigma.tsv",
        "rule\tterm\tpos\tcontext\talternatives\tguideline\tsource\n"
        "stigma.nope\tнарик\tnoun\t\tx\tg\ts\n");
  auto specs = LoadLexicons(dir_.string(), {"ru"});
  ASSERT_TRUE(specs.ok());
  RuleSpec rule;
  rule.info.id = "stigma.addict";
  rule.info.type = "term";
  rule.info.languages = {"ru"};
  rule.lexicon = "stigma";
  Status status = ValidateLexicons({rule}, *specs);
  EXPECT_NE(status.message().find("no rule `stigma.nope`"), std::string::npos) << status.message();

  Write("stigma.tsv",
        "rule\tterm\tpos\tcontext\talternatives\tguideline\tsource\n"
        "stigma.addict\tчистый\tadj\tdrug_test_context\tx\tg\ts\n");
  specs = LoadLexicons(dir_.string(), {"ru"});
  ASSERT_TRUE(specs.ok());
  status = ValidateLexicons({rule}, *specs);
  EXPECT_NE(status.message().find("no concept `drug_test_context`"), std::string::npos);
}

}  // namespace
}  // namespace rightslint
