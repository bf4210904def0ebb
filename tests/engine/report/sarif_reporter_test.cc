#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "report_test_util.h"
#include "rightslint/reporter.h"

namespace rightslint {
namespace {

using nlohmann::json;

std::vector<RuleInfo> Rules() {
  RuleInfo possession;
  possession.id = "possession.criminal";
  possession.type = "clause";
  possession.category = "possession";
  possession.severity = Severity::kError;
  possession.languages = {"en", "ru"};
  possession.messages = {{"ru", "Эта норма …"}, {"en", "This clause makes possession a crime."}};
  possession.suggestions = {{"en", "Decriminalise possession for personal use."}};
  possession.definition = "in one sentence: all of [possession_act, criminal_penalty]";
  possession.rationale = {"IGHRDP II.1 (v)", 8, "Criminal records drive people from care.",
                          "https://www.humanrights-drugpolicy.org/"};

  RuleInfo addict;
  addict.id = "stigma.addict";
  addict.type = "term";
  addict.category = "stigma";
  addict.severity = Severity::kWarning;
  addict.languages = {"en", "ru", "uk"};
  addict.messages = {{"ru", "«{term}» сводит человека к употреблению наркотиков."},
                     {"en", "“{term}” reduces a person to their drug use."}};
  addict.rationale = {"IGHRDP II.1 (ii)", 21, "A label defines a person by one behaviour.",
                      "https://www.humanrights-drugpolicy.org/"};
  addict.entries = 26;

  RuleInfo user;
  user.id = "stigma.drug-user";
  user.type = "term";
  user.category = "stigma";
  user.severity = Severity::kInfo;
  user.messages = {{"uk", "«{term}» …"}};
  return {possession, addict, user};
}

json Render(const std::vector<FileResult>& files, const std::vector<RuleInfo>* rules) {
  return json::parse(RenderReport(ReportFormat::kSarif, files, {.rules = rules}));
}

json FirstResult(const json& log) { return log["runs"][0]["results"][0]; }

std::string Fingerprint(const json& result) {
  return result["partialFingerprints"]["rightslint/v1"].get<std::string>();
}

TEST(ReportSarifTest, LogRunAndDriver) {
  const std::vector<RuleInfo> rules = Rules();
  const json log = Render({}, &rules);
  EXPECT_EQ(log["version"], "2.1.0");
  EXPECT_TRUE(log["$schema"].get<std::string>().ends_with("sarif-schema-2.1.0.json"));
  ASSERT_EQ(log["runs"].size(), 1u);
  const json& run = log["runs"][0];
  EXPECT_EQ(run["columnKind"], "unicodeCodePoints");
  EXPECT_EQ(run["results"], json::array());
  EXPECT_EQ(run["invocations"], json::array({{{"executionSuccessful", true}}}));
  const json& driver = run["tool"]["driver"];
  EXPECT_EQ(driver["name"], "rightslint");
  EXPECT_EQ(driver["version"], RIGHTSLINT_TEST_VERSION);
  EXPECT_EQ(driver["informationUri"], "https://www.humanrights-drugpolicy.org/");
  ASSERT_EQ(driver["rules"].size(), 3u) << "every loaded rule, not only those that fired";
}

TEST(ReportSarifTest, RuleDescriptors) {
  const std::vector<RuleInfo> rules = Rules();
  const json descriptors = Render({}, &rules)["runs"][0]["tool"]["driver"]["rules"];
  const json& possession = descriptors[0];
  EXPECT_EQ(possession["id"], "possession.criminal");
  EXPECT_EQ(possession["name"], "PossessionCriminal");
  EXPECT_EQ(possession["shortDescription"]["text"], "This clause makes possession a crime.")
      << "English first";
  EXPECT_EQ(possession["fullDescription"]["text"], "Criminal records drive people from care.");
  EXPECT_EQ(possession["defaultConfiguration"]["level"], "error");
  EXPECT_EQ(possession["helpUri"], "https://www.humanrights-drugpolicy.org/");
  const std::string help = possession["help"]["text"];
  for (const char* part :
       {"Why: Criminal records", "Looks for: in one sentence", "en: Decriminalise possession",
        "Guideline: IGHRDP II.1 (v)", "Recommendation: 8", "More: https://"}) {
    EXPECT_NE(help.find(part), std::string::npos) << part << " in\n" << help;
  }
  const std::string markdown = possession["help"]["markdown"];
  EXPECT_NE(markdown.find("**Guideline:** IGHRDP II.1 (v)"), std::string::npos) << markdown;
  EXPECT_NE(markdown.find("\\[possession\\_act, criminal\\_penalty\\]"), std::string::npos)
      << "Markdown characters in data are escaped";
  EXPECT_EQ(possession["properties"]["category"], "possession");
  EXPECT_EQ(possession["properties"]["tags"], json::array({"possession", "clause"}));

  const json& addict = descriptors[1];
  EXPECT_EQ(addict["name"], "StigmaAddict");
  EXPECT_EQ(addict["shortDescription"]["text"], "“…” reduces a person to their drug use.");
  EXPECT_NE(addict["help"]["text"].get<std::string>().find("26 terms of the stigma lexicon"),
            std::string::npos);

  const json& user = descriptors[2];
  EXPECT_EQ(user["name"], "StigmaDrugUser");
  EXPECT_EQ(user["shortDescription"]["text"], "«…» …") << "no English: the first message";
  EXPECT_EQ(user["defaultConfiguration"]["level"], "note");
  EXPECT_FALSE(user.contains("fullDescription")) << "no empty descriptions";
  EXPECT_FALSE(user.contains("helpUri"));
}

TEST(ReportSarifTest, ResultFieldByField) {
  const std::vector<RuleInfo> rules = Rules();
  const FileResult file = RussianArticle();
  const json result = FirstResult(Render({file}, &rules));
  EXPECT_EQ(result["ruleId"], "stigma.addict");
  EXPECT_EQ(result["ruleIndex"], 1);
  EXPECT_EQ(result["level"], "warning");
  EXPECT_EQ(result["message"]["text"],
            "«наркоманов» сводит человека к употреблению наркотиков. "
            "(suggestion: людей, употребляющих наркотики)");
  const json& physical = result["locations"][0]["physicalLocation"];
  EXPECT_EQ(physical["artifactLocation"],
            json({{"uri", "corpora/demo/article-ru.txt"}, {"uriBaseId", "%SRCROOT%"}}));
  const std::size_t offset = file.text.find("наркоманов");
  EXPECT_EQ(physical["region"], json({{"startLine", 3},
                                      {"startColumn", 24},
                                      {"endLine", 3},
                                      {"endColumn", 34},
                                      {"byteOffset", offset},
                                      {"byteLength", 20},
                                      {"snippet", {{"text", "наркоманов"}}}}));
  EXPECT_TRUE(Fingerprint(result).ends_with(":1")) << Fingerprint(result);
  EXPECT_EQ(result["properties"], json({{"category", "stigma"},
                                        {"suggestions", {"людей, употребляющих наркотики"}},
                                        {"guideline", "IGHRDP II.1 (ii)"},
                                        {"recommendation", 21},
                                        {"quoted", false},
                                        {"language", "ru"}}));
}

TEST(ReportSarifTest, SeveritiesMapToLevels) {
  FileResult file = OneFindingPerSeverity();
  const json results = Render({file}, nullptr)["runs"][0]["results"];
  EXPECT_EQ(results[0]["level"], "error");
  EXPECT_EQ(results[1]["level"], "warning");
  EXPECT_EQ(results[2]["level"], "note");
}

TEST(ReportSarifTest, UnknownRulesGetADescriptorFromTheFinding) {
  FileResult file = RussianArticle();
  file.findings.push_back(file.findings[0]);
  file.findings.back().rule = "stigma.new";
  file.findings.back().severity = Severity::kInfo;
  const std::vector<RuleInfo> rules = Rules();
  const json run = Render({file}, &rules)["runs"][0];
  const json& descriptors = run["tool"]["driver"]["rules"];
  ASSERT_EQ(descriptors.size(), 4u);
  EXPECT_EQ(run["results"][1]["ruleIndex"], 3);
  EXPECT_EQ(descriptors[3]["id"], "stigma.new");
  EXPECT_EQ(descriptors[3]["defaultConfiguration"]["level"], "note");

  const json alone = Render({file}, nullptr)["runs"][0];
  ASSERT_EQ(alone["tool"]["driver"]["rules"].size(), 2u);
  for (const json& result : alone["results"]) {
    EXPECT_EQ(alone["tool"]["driver"]["rules"][result["ruleIndex"].get<int>()]["id"],
              result["ruleId"]);
  }
}

TEST(ReportSarifTest, FingerprintIgnoresLinesButNotPathRuleOrText) {
  const FileResult file = RussianArticle();
  FileResult moved = file;
  moved.text = "\n\n" + file.text;
  moved.findings[0] = FindingOn(moved.text, "наркоманов", "stigma.addict", "stigma");
  ASSERT_EQ(moved.findings[0].start.line, 5);
  const std::string original = Fingerprint(FirstResult(Render({file}, nullptr)));
  EXPECT_EQ(Fingerprint(FirstResult(Render({moved}, nullptr))), original);

  FileResult capitalised = file;
  capitalised.findings[0].text = "Наркоманов";
  EXPECT_EQ(Fingerprint(FirstResult(Render({capitalised}, nullptr))), original) << "case-folded";
  FileResult rewrapped = file;
  rewrapped.findings[0].text = "drug\n   abuse";
  FileResult plain = file;
  plain.findings[0].text = "Drug abuse";
  EXPECT_EQ(Fingerprint(FirstResult(Render({rewrapped}, nullptr))),
            Fingerprint(FirstResult(Render({plain}, nullptr))))
      << "whitespace collapsed";

  FileResult other_path = file;
  other_path.path = "other.txt";
  FileResult other_rule = file;
  other_rule.findings[0].rule = "stigma.slang";
  FileResult other_text = file;
  other_text.findings[0].text = "наркоманы";
  FileResult other_article = file;
  other_article.findings[0].structure = "Статья 228";
  for (const FileResult& changed : {other_path, other_rule, other_text, other_article}) {
    EXPECT_NE(Fingerprint(FirstResult(Render({changed}, nullptr))), original);
  }
}

TEST(ReportSarifTest, RepeatedTermsInAFileGetNumberedFingerprints) {
  FileResult file;
  file.path = "a.txt";
  file.text = "addicts and addicts";
  file.findings.push_back(FindingOn(file.text, "addicts", "stigma.addict", "stigma"));
  Finding second = file.findings[0];
  second.start = {1, 13, 12};
  second.end = {1, 20, 19};
  file.findings.push_back(second);
  const json results = Render({file, file}, nullptr)["runs"][0]["results"];
  ASSERT_EQ(results.size(), 4u);
  const std::string first = Fingerprint(results[0]);
  EXPECT_TRUE(first.ends_with(":1"));
  EXPECT_EQ(Fingerprint(results[1]), first.substr(0, first.size() - 1) + "2");
  EXPECT_EQ(Fingerprint(results[2]), first) << "the count starts again in each file";
}

TEST(ReportSarifTest, TheSafeFixIsTheOnlyFix) {
  FileResult file;
  file.path = "a.txt";
  file.format = "txt";
  file.text = "Он наркоман.";
  file.findings.push_back(FindingOn(file.text, "наркоман", "stigma.addict", "stigma"));
  file.findings[0].suggestions = {"человек, употребляющий наркотики", "человек с зависимостью"};
  file.findings[0].fix = TextEdit{5, 21, "человек, употребляющий наркотики"};
  const json result = FirstResult(Render({file}, nullptr));
  ASSERT_EQ(result["fixes"].size(), 1u);
  const json& fix = result["fixes"][0];
  EXPECT_EQ(fix["description"]["text"],
            "Replace “наркоман” with “человек, употребляющий наркотики”");
  const json& change = fix["artifactChanges"][0];
  EXPECT_EQ(change["artifactLocation"], json({{"uri", "a.txt"}, {"uriBaseId", "%SRCROOT%"}}));
  EXPECT_EQ(change["replacements"][0],
            json({{"deletedRegion", {{"byteOffset", 5}, {"byteLength", 16}}},
                  {"insertedContent", {{"text", "человек, употребляющий наркотики"}}}}));
}

TEST(ReportSarifTest, NoFixWithoutASafeEditOrOutsideTextFiles) {
  FileResult file;
  file.path = "a.txt";
  file.format = "txt";
  file.text = "Наркоманов задержали.";
  file.findings.push_back(FindingOn(file.text, "Наркоманов", "stigma.addict", "stigma"));
  file.findings[0].suggestions = {"людей, употребляющих наркотики"};
  EXPECT_FALSE(FirstResult(Render({file}, nullptr)).contains("fixes")) << "inflected: no edit";
  file.findings[0].fix = TextEdit{0, 20, "x"};
  file.format = "docx";
  const json docx = FirstResult(Render({file}, nullptr));
  EXPECT_FALSE(docx.contains("fixes")) << "offsets of extracted text are not the file's";
  EXPECT_FALSE(docx["locations"][0]["physicalLocation"]["region"].contains("byteOffset"));
}

TEST(ReportSarifTest, UnreadableFilesAreToolExecutionNotifications) {
  const json run =
      Render({UnreadableFile("missing.txt", "missing.txt: no such file"), RussianArticle()},
             nullptr)["runs"][0];
  const json& invocation = run["invocations"][0];
  EXPECT_EQ(invocation["executionSuccessful"], false);
  ASSERT_EQ(invocation["toolExecutionNotifications"].size(), 1u);
  const json& notification = invocation["toolExecutionNotifications"][0];
  EXPECT_EQ(notification["level"], "error");
  EXPECT_EQ(notification["message"]["text"], "missing.txt: no such file");
  EXPECT_EQ(notification["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
            "missing.txt");
  EXPECT_EQ(run["results"].size(), 1u);
}

TEST(ReportSarifTest, PathsArePercentEncodedUris) {
  FileResult file = RussianArticle();
  file.path = "папка/my file#1 100%.txt";
  const json artifact =
      FirstResult(Render({file}, nullptr))["locations"][0]["physicalLocation"]["artifactLocation"];
  EXPECT_EQ(artifact["uri"], "%D0%BF%D0%B0%D0%BF%D0%BA%D0%B0/my%20file%231%20100%25.txt");
  EXPECT_EQ(artifact["uriBaseId"], "%SRCROOT%");

  file.path = "/tmp/a:b.txt";
  const json absolute =
      FirstResult(Render({file}, nullptr))["locations"][0]["physicalLocation"]["artifactLocation"];
  EXPECT_EQ(absolute, json({{"uri", "file:///tmp/a%3Ab.txt"}}));
}

TEST(ReportSarifTest, InvalidUtf8StaysAValidDocument) {
  FileResult file = RussianArticle();
  file.path = "bad\xFF.txt";
  file.findings[0].message = "broken \xC3";
  const json result = FirstResult(Render({file}, nullptr));
  EXPECT_EQ(result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"], "bad%FF.txt");
  EXPECT_EQ(result["message"]["text"].get<std::string>().substr(0, 10), "broken \xEF\xBF\xBD");
}

}  // namespace
}  // namespace rightslint
