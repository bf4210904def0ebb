#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "report_test_util.h"
#include "rightslint/reporter.h"

namespace rightslint {
namespace {

std::string Render(const std::vector<FileResult>& files) {
  return RenderReport(ReportFormat::kGithub, files);
}

TEST(ReportGithubTest, WarningCommandWithPositionTitleAndSuggestion) {
  EXPECT_EQ(Render({RussianArticle()}),
            "::warning file=corpora/demo/article-ru.txt,line=3,col=24,endLine=3,endColumn=34,"
            "title=stigma.addict::«наркоманов» сводит человека к употреблению наркотиков. "
            "(suggestion: людей, употребляющих наркотики)\n");
}

TEST(ReportGithubTest, SeverityPicksTheCommand) {
  FileResult file = OneFindingPerSeverity();
  file.findings[0].suggestions = {"person who uses drugs", "person with drug dependence"};
  std::istringstream lines(Render({file}));
  std::string line;
  ASSERT_TRUE(std::getline(lines, line));
  EXPECT_TRUE(line.starts_with("::error file=a.txt,line=1,col=1,endLine=1,endColumn=7,")) << line;
  EXPECT_TRUE(line.ends_with("(suggestions: person who uses drugs; person with drug dependence)"))
      << line;
  ASSERT_TRUE(std::getline(lines, line));
  EXPECT_TRUE(line.starts_with("::warning file=a.txt,line=1,col=8,")) << line;
  EXPECT_TRUE(line.ends_with("drug use.")) << "no suggestion part without suggestions";
  ASSERT_TRUE(std::getline(lines, line));
  EXPECT_TRUE(line.starts_with("::notice file=a.txt,line=1,col=15,")) << line;
  EXPECT_FALSE(std::getline(lines, line));
}

TEST(ReportGithubTest, PropertiesEscapeColonCommaPercentAndNewlines) {
  FileResult file = RussianArticle();
  file.path = "dir,1/a:b 100%.txt";
  file.findings[0].rule = "x:y,z";
  file.findings[0].suggestions.clear();
  file.findings[0].message = "50% of «a,b: c»\r\n::error::injected";
  EXPECT_EQ(Render({file}),
            "::warning file=dir%2C1/a%3Ab 100%25.txt,line=3,col=24,endLine=3,endColumn=34,"
            "title=x%3Ay%2Cz::50%25 of «a,b: c»%0D%0A::error::injected\n");
}

TEST(ReportGithubTest, EveryFindingIsOneLineWhateverTheTextHolds) {
  FileResult file = RussianArticle();
  file.findings[0].suggestions = {"one\ntwo", "::set-output name=x::y"};
  const std::string out = Render({file});
  EXPECT_EQ(out.find('\n'), out.size() - 1) << out;
  EXPECT_NE(out.find("one%0Atwo"), std::string::npos) << out;
}

TEST(ReportGithubTest, FileErrorIsAnErrorCommandWithoutTheRepeatedPath) {
  EXPECT_EQ(Render({UnreadableFile("broken.txt",
                                   "broken.txt: invalid UTF-8 at byte 3 (line 1): 100% bad")}),
            "::error file=broken.txt::invalid UTF-8 at byte 3 (line 1): 100%25 bad\n");
  EXPECT_EQ(Render({UnreadableFile("a,b.txt", "cannot read\nit")}),
            "::error file=a%2Cb.txt::cannot read%0Ait\n");
}

TEST(ReportGithubTest, CleanFilesAndNoFilesWriteNothing) {
  FileResult clean;
  clean.path = "clean.txt";
  EXPECT_EQ(Render({clean}), "");
  EXPECT_EQ(Render({}), "");
}

}  // namespace
}  // namespace rightslint
