#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "report_test_util.h"
#include "rightslint/reporter.h"

namespace rightslint {
namespace {

TEST(ReportFormatTest, EveryNameParsesAndMakesAReporter) {
  EXPECT_EQ(ReportFormatNames(),
            std::vector<std::string>({"text", "json", "sarif", "github", "jsonl", "csv", "html"}));
  for (const std::string& name : ReportFormatNames()) {
    const std::optional<ReportFormat> format = ParseReportFormat(name);
    ASSERT_TRUE(format) << name;
    // Every reporter takes a run with a finding, an error and a clean file.
    FileResult clean;
    clean.path = "clean.txt";
    const std::string out = RenderReport(
        *format, {RussianArticle(), UnreadableFile("gone.txt", "gone.txt: no such file"), clean});
    EXPECT_NE(out.find("gone.txt"), std::string::npos) << name;
  }
  EXPECT_FALSE(ParseReportFormat("xml"));
  EXPECT_FALSE(ParseReportFormat("SARIF"));
  EXPECT_FALSE(ParseReportFormat(""));
}

}  // namespace
}  // namespace rightslint
