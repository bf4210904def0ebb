#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "report_test_util.h"
#include "rightslint/reporter.h"

namespace rightslint {
namespace {

constexpr char kHeader[] =
    "path,line,column,end_line,end_column,severity,category,rule,text,message,suggestions,"
    "structure,guideline,recommendation,quoted\r\n";

using Row = std::vector<std::string>;

// A strict RFC 4180 reader: CRLF between records, quoted fields with "" for a quote.
std::vector<Row> ParseCsv(const std::string& csv) {
  std::vector<Row> rows;
  Row row;
  std::string field;
  std::size_t i = 0;
  bool quoted = false;
  while (i < csv.size()) {
    const char c = csv[i];
    if (quoted) {
      if (c == '"' && i + 1 < csv.size() && csv[i + 1] == '"') {
        field += '"';
        i += 2;
      } else if (c == '"') {
        quoted = false;
        ++i;
      } else {
        field += c;
        ++i;
      }
    } else if (c == '"' && field.empty()) {
      quoted = true;
      ++i;
    } else if (c == ',') {
      row.push_back(field);
      field.clear();
      ++i;
    } else if (c == '\r' && i + 1 < csv.size() && csv[i + 1] == '\n') {
      row.push_back(field);
      field.clear();
      rows.push_back(row);
      row.clear();
      i += 2;
    } else {
      EXPECT_NE(c, '"') << "a quote inside an unquoted field at byte " << i;
      EXPECT_NE(c, '\n') << "a bare LF at byte " << i;
      field += c;
      ++i;
    }
  }
  EXPECT_FALSE(quoted) << "unterminated quoted field";
  EXPECT_TRUE(row.empty() && field.empty()) << "the last record has no CRLF";
  return rows;
}

std::string Render(const std::vector<FileResult>& files) {
  return RenderReport(ReportFormat::kCsv, files);
}

TEST(ReportCsvTest, HeaderAndOneRowPerFinding) {
  FileResult file = RussianArticle();
  file.findings[0].suggestions.push_back("человек с наркозависимостью");
  EXPECT_EQ(Render({file}),
            std::string(kHeader) +
                "corpora/demo/article-ru.txt,3,24,3,34,warning,stigma,stigma.addict,наркоманов,"
                "«наркоманов» сводит человека к употреблению наркотиков.,"
                "\"людей, употребляющих наркотики | человек с наркозависимостью\","
                ",IGHRDP II.1 (ii),21,false\r\n");
}

TEST(ReportCsvTest, NoFilesIsTheHeaderAlone) { EXPECT_EQ(Render({}), kHeader); }

TEST(ReportCsvTest, FieldsWithCommasQuotesAndNewlinesAreQuotedAndReadBack) {
  FileResult file = RussianArticle();
  Finding& finding = file.findings[0];
  file.path = "dir, with comma/\"quoted\".txt";
  finding.text = "two\r\nlines";
  finding.message = "He said \"addict\", twice.";
  finding.structure = "Статья 228, часть 1";
  finding.quoted = true;
  finding.recommendation.reset();
  const std::string out = Render({file});
  EXPECT_NE(out.find("\"dir, with comma/\"\"quoted\"\".txt\""), std::string::npos) << out;
  const std::vector<Row> rows = ParseCsv(out);
  ASSERT_EQ(rows.size(), 2u);
  ASSERT_EQ(rows[1].size(), 15u);
  EXPECT_EQ(rows[1][0], file.path);
  EXPECT_EQ(rows[1][8], "two\r\nlines");
  EXPECT_EQ(rows[1][9], finding.message);
  EXPECT_EQ(rows[1][11], "Статья 228, часть 1");
  EXPECT_EQ(rows[1][13], "");
  EXPECT_EQ(rows[1][14], "true");
}

TEST(ReportCsvTest, LeadingFormulaCharactersAreDefused) {
  FileResult file = RussianArticle();
  Finding& finding = file.findings[0];
  file.path = "-rf.txt";
  finding.text = "=HYPERLINK(\"http://example.com\",\"x\")";
  finding.message = "+1 for this";
  finding.suggestions = {"@SUM(A1)", "a=b"};
  finding.structure = "\tcmd";
  finding.guideline = "plain";
  const std::vector<Row> rows = ParseCsv(Render({file}));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1][0], "'-rf.txt");
  EXPECT_EQ(rows[1][8], "'=HYPERLINK(\"http://example.com\",\"x\")");
  EXPECT_EQ(rows[1][9], "'+1 for this");
  EXPECT_EQ(rows[1][10], "'@SUM(A1) | a=b") << "only a leading character counts";
  EXPECT_EQ(rows[1][11], "'\tcmd");
  EXPECT_EQ(rows[1][12], "plain");
  EXPECT_EQ(rows[1][1], "3") << "numbers are never prefixed";
}

TEST(ReportCsvTest, UnreadableFileIsAnErrorRow) {
  const std::vector<Row> rows = ParseCsv(Render(
      {UnreadableFile("broken.txt", "broken.txt: invalid UTF-8, byte 3"), RussianArticle()}));
  ASSERT_EQ(rows.size(), 3u);
  EXPECT_EQ(rows[1], Row({"broken.txt", "", "", "", "", "error", "", "", "",
                          "broken.txt: invalid UTF-8, byte 3", "", "", "", "", ""}));
  EXPECT_EQ(rows[2][7], "stigma.addict");
}

TEST(ReportCsvTest, EveryRowHasTheHeadersFieldCount) {
  FileResult file = RussianArticle();
  file.findings.push_back(file.findings[0]);
  file.findings.back().suggestions.clear();
  file.findings.back().guideline.reset();
  const std::vector<Row> rows =
      ParseCsv(Render({file, UnreadableFile("x.txt", "gone"), FileResult{}}));
  ASSERT_EQ(rows.size(), 4u);
  for (const Row& row : rows) EXPECT_EQ(row.size(), 15u);
}

}  // namespace
}  // namespace rightslint
