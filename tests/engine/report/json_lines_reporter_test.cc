#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "report_test_util.h"
#include "rightslint/reporter.h"

namespace rightslint {
namespace {

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// Counts flushes, to see that each file is pushed out as soon as it is added.
class CountingBuffer : public std::stringbuf {
 public:
  int syncs = 0;

 protected:
  int sync() override {
    ++syncs;
    return std::stringbuf::sync();
  }
};

TEST(ReportJsonLinesTest, OneLinePerFindingWithPathFirstAndTheContractFields) {
  FileResult file = RussianArticle();
  file.findings.push_back(FindingOn(file.text, "вокзала", "stigma.test", "stigma"));
  const std::string out = RenderReport(ReportFormat::kJsonLines, {file});
  const std::vector<std::string> lines = Lines(out);
  ASSERT_EQ(lines.size(), 2u) << out;
  EXPECT_TRUE(out.ends_with("\n"));
  EXPECT_TRUE(lines[0].starts_with("{\"path\":\"corpora/demo/article-ru.txt\",\"rule\":")) << out;
  EXPECT_NE(lines[0].find("\"text\":\"наркоманов\""), std::string::npos) << "not \\u-escaped";

  // The same finding objects as the JSON reporter's, plus "path".
  const nlohmann::json document = nlohmann::json::parse(RenderReport(ReportFormat::kJson, {file}));
  for (std::size_t i = 0; i < lines.size(); ++i) {
    nlohmann::json line = nlohmann::json::parse(lines[i]);
    EXPECT_EQ(line["path"], file.path);
    EXPECT_EQ(line.size(), 13u);
    line.erase("path");
    EXPECT_EQ(line, document["files"][0]["findings"][i]);
  }
}

TEST(ReportJsonLinesTest, StreamsEachFileBeforeFinish) {
  CountingBuffer buffer;
  std::ostream out(&buffer);
  auto reporter = MakeReporter(ReportFormat::kJsonLines, out, {});
  reporter->AddFile(RussianArticle());
  EXPECT_EQ(Lines(buffer.str()).size(), 1u) << "written by AddFile, not held for Finish";
  EXPECT_GE(buffer.syncs, 1) << "flushed after the file";
  const int syncs = buffer.syncs;
  reporter->AddFile(UnreadableFile("missing.txt", "missing.txt: no such file or directory"));
  EXPECT_EQ(Lines(buffer.str()).size(), 2u);
  EXPECT_GT(buffer.syncs, syncs);
  const std::string before_finish = buffer.str();
  reporter->Finish();
  EXPECT_EQ(buffer.str(), before_finish) << "no summary line";
}

TEST(ReportJsonLinesTest, FileErrorIsALineWithPathAndError) {
  const std::string out =
      RenderReport(ReportFormat::kJsonLines,
                   {UnreadableFile("файл.txt", "файл.txt: invalid UTF-8 at byte 3\nsecond line")});
  const std::vector<std::string> lines = Lines(out);
  ASSERT_EQ(lines.size(), 1u) << "a newline in the message is escaped, not printed";
  EXPECT_EQ(nlohmann::json::parse(lines[0]),
            nlohmann::json({{"path", "файл.txt"},
                            {"error", "файл.txt: invalid UTF-8 at byte 3\nsecond line"}}));
}

TEST(ReportJsonLinesTest, CleanFilesAndNoFilesWriteNothing) {
  FileResult clean;
  clean.path = "clean.txt";
  clean.text = "Nothing here.\n";
  EXPECT_EQ(RenderReport(ReportFormat::kJsonLines, {clean}), "");
  EXPECT_EQ(RenderReport(ReportFormat::kJsonLines, {}), "");
}

TEST(ReportJsonLinesTest, InvalidUtf8IsReplacedSoEveryLineParses) {
  FileResult file = RussianArticle();
  file.path = "bad\xFF.txt";
  file.findings[0].message = "broken \xC3";
  const std::string out = RenderReport(ReportFormat::kJsonLines, {file});
  const nlohmann::json line = nlohmann::json::parse(Lines(out).at(0));
  EXPECT_EQ(line["path"], "bad\xEF\xBF\xBD.txt");
  EXPECT_EQ(line["message"], "broken \xEF\xBF\xBD");
}

}  // namespace
}  // namespace rightslint
