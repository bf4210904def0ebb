#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

#include "report_test_util.h"
#include "rightslint/reporter.h"

namespace rightslint {
namespace {

std::string RenderJson(const std::vector<FileResult>& files) {
  std::ostringstream out;
  auto reporter = MakeReporter(ReportFormat::kJson, out, {.color = true, .quiet = true});
  for (const FileResult& file : files) reporter->AddFile(file);
  reporter->Finish();
  return out.str();
}

TEST(ReportJsonTest, DocumentFieldByField) {
  const nlohmann::json doc = nlohmann::json::parse(RenderJson({RussianArticle()}));
  EXPECT_EQ(doc["version"], 1);
  EXPECT_EQ(doc["tool"]["name"], "rightslint");
  EXPECT_EQ(doc["tool"]["version"], RIGHTSLINT_TEST_VERSION);
  ASSERT_EQ(doc["files"].size(), 1u);
  const nlohmann::json& file = doc["files"][0];
  EXPECT_EQ(file["path"], "corpora/demo/article-ru.txt");
  EXPECT_EQ(file["format"], "txt");
  EXPECT_EQ(file["language"], "ru");
  EXPECT_TRUE(file["error"].is_null());
  ASSERT_EQ(file["findings"].size(), 1u);
  const nlohmann::json& finding = file["findings"][0];
  EXPECT_EQ(finding["rule"], "stigma.addict");
  EXPECT_EQ(finding["category"], "stigma");
  EXPECT_EQ(finding["severity"], "warning");
  EXPECT_EQ(finding["message"], "«наркоманов» сводит человека к употреблению наркотиков.");
  EXPECT_EQ(finding["text"], "наркоманов");
  const std::size_t offset = RussianArticle().text.find("наркоманов");
  EXPECT_EQ(finding["start"], nlohmann::json({{"line", 3}, {"column", 24}, {"offset", offset}}));
  EXPECT_EQ(finding["end"], nlohmann::json({{"line", 3}, {"column", 34}, {"offset", offset + 20}}));
  EXPECT_EQ(finding["suggestions"], nlohmann::json::array({"людей, употребляющих наркотики"}));
  EXPECT_TRUE(finding["structure"].is_null());
  EXPECT_EQ(finding["guideline"], "IGHRDP II.1 (ii)");
  EXPECT_EQ(finding["recommendation"], 21);
  EXPECT_EQ(finding["quoted"], false);
  EXPECT_EQ(finding.size(), 12u);  // exactly the contract's fields
  EXPECT_EQ(doc["summary"],
            nlohmann::json(
                {{"files", 1}, {"findings", 1}, {"errors", 0}, {"by_category", {{"stigma", 1}}}}));
}

TEST(ReportJsonTest, KeysKeepTheContractOrderAndTwoSpaceIndent) {
  const std::string out = RenderJson({RussianArticle()});
  EXPECT_TRUE(out.starts_with("{\n  \"version\": 1,\n  \"tool\": {\n    \"name\": \"rightslint\","))
      << out;
  EXPECT_TRUE(out.ends_with("}\n"));
  const char* keys[] = {
      "\"rule\"",           "\"category\"", "\"severity\"",    "\"message\"",   "\"text\"",
      "\"start\"",          "\"end\"",      "\"suggestions\"", "\"structure\"", "\"guideline\"",
      "\"recommendation\"", "\"quoted\"",   "\"summary\""};
  std::size_t at = 0;
  for (const char* key : keys) {
    const std::size_t next = out.find(key, at);
    ASSERT_NE(next, std::string::npos) << key;
    at = next;
  }
  EXPECT_NE(out.find("\"text\": \"наркоманов\""), std::string::npos) << "not \\u-escaped";
  EXPECT_EQ(out.find('\x1b'), std::string::npos) << "colour never applies to JSON";
}

TEST(ReportJsonTest, OptionalValuesAreNullAndFindingFieldsAreSet) {
  FileResult file = RussianArticle();
  file.language.reset();
  Finding& finding = file.findings[0];
  finding.guideline.reset();
  finding.recommendation.reset();
  finding.structure = "Статья 228, часть 1";
  finding.suggestions.clear();
  finding.quoted = true;
  finding.severity = Severity::kError;
  const nlohmann::json doc = nlohmann::json::parse(RenderJson({file}));
  const nlohmann::json& f = doc["files"][0]["findings"][0];
  EXPECT_TRUE(doc["files"][0]["language"].is_null());
  EXPECT_TRUE(f["guideline"].is_null());
  EXPECT_TRUE(f["recommendation"].is_null());
  EXPECT_EQ(f["structure"], "Статья 228, часть 1");
  EXPECT_EQ(f["suggestions"], nlohmann::json::array());
  EXPECT_EQ(f["quoted"], true);
  EXPECT_EQ(f["severity"], "error");
}

TEST(ReportJsonTest, FileWithErrorHasMessageAndNoFindings) {
  FileResult broken;
  broken.path = "broken.txt";
  broken.error = "broken.txt: invalid UTF-8 at byte 3 (line 1): expected a continuation byte";
  broken.findings.push_back(Finding{});  // never reported for a file with an error
  const nlohmann::json doc = nlohmann::json::parse(RenderJson({broken, RussianArticle()}));
  const nlohmann::json& file = doc["files"][0];
  EXPECT_EQ(file["error"], *broken.error);
  EXPECT_EQ(file["findings"], nlohmann::json::array());
  EXPECT_EQ(file["format"], "");
  EXPECT_TRUE(file["language"].is_null());
  EXPECT_EQ(doc["summary"]["files"], 2);
  EXPECT_EQ(doc["summary"]["findings"], 1);
  EXPECT_EQ(doc["summary"]["errors"], 1);
}

TEST(ReportJsonTest, SummaryListsOnlyCategoriesWithFindings) {
  FileResult two;
  two.path = "two.txt";
  two.text = "addicts possession";
  two.findings.push_back(FindingOn(two.text, "addicts", "stigma.addict", "stigma"));
  two.findings.push_back(
      FindingOn(two.text, "possession", "possession.personal-use", "possession"));
  FileResult clean;
  clean.path = "clean.txt";
  const nlohmann::json doc = nlohmann::json::parse(RenderJson({two, clean}));
  EXPECT_EQ(doc["summary"]["by_category"], nlohmann::json({{"possession", 1}, {"stigma", 1}}));
  const nlohmann::json empty = nlohmann::json::parse(RenderJson({clean}));
  EXPECT_TRUE(empty["summary"]["by_category"].is_object());
  EXPECT_TRUE(empty["summary"]["by_category"].empty());
  EXPECT_EQ(empty["files"][0]["findings"], nlohmann::json::array());
}

TEST(ReportJsonTest, NoFilesIsStillADocument) {
  const nlohmann::json doc = nlohmann::json::parse(RenderJson({}));
  EXPECT_EQ(doc["files"], nlohmann::json::array());
  EXPECT_EQ(doc["summary"]["files"], 0);
}

TEST(ReportJsonTest, InvalidUtf8IsReplacedSoTheOutputStaysValid) {
  FileResult file;
  file.path = "bad\xFF.txt";
  const std::string out = RenderJson({file});
  EXPECT_NE(out.find("bad\xEF\xBF\xBD.txt"), std::string::npos) << out;
  EXPECT_NO_THROW(nlohmann::json::parse(out));
}

}  // namespace
}  // namespace rightslint
