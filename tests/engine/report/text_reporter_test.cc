#include <gtest/gtest.h>

#include <sstream>
#include <string>

#include "report_test_util.h"
#include "rightslint/reporter.h"

namespace rightslint {
namespace {

std::string Render(const std::vector<FileResult>& files, ReportOptions options = {}) {
  std::ostringstream out;
  auto reporter = MakeReporter(ReportFormat::kText, out, options);
  for (const FileResult& file : files) reporter->AddFile(file);
  reporter->Finish();
  return out.str();
}

TEST(ReportTextTest, FindingWithCaretUnderCyrillic) {
  EXPECT_EQ(Render({RussianArticle()}),
            "corpora/demo/article-ru.txt:3:24: warning: «наркоманов» сводит человека к "
            "употреблению наркотиков. [stigma.addict]\n"
            "   3 | Полиция задержала трёх наркоманов у вокзала.\n"
            "     |                        ^~~~~~~~~~\n"
            "  = suggestion: людей, употребляющих наркотики\n"
            "  = guideline: IGHRDP II.1 (ii); recommendation 21\n"
            "\n"
            "1 file checked: 1 warning (stigma: 1)\n");
}

TEST(ReportTextTest, CaretUnderTabIndentedText) {
  FileResult file;
  file.path = "tabs.txt";
  file.format = "txt";
  file.text = "line one\n\tНаркоман —\tнаркоман.\n";
  file.findings.push_back(FindingOn(file.text, "наркоман.", "stigma.addict", "stigma"));
  file.findings.back().text = "наркоман";
  file.findings.back().end.offset -= 1;
  file.findings.back().end.column -= 1;
  const std::string out = Render({file}, {.color = false, .quiet = true});
  EXPECT_EQ(out,
            "tabs.txt:2:13: warning: «наркоман.» reduces a person to drug use. [stigma.addict]\n"
            "   2 |         Наркоман —      наркоман.\n"
            "     |                         ^~~~~~~~\n");
}

TEST(ReportTextTest, SpanAcrossLinesIsUnderlinedToTheEndOfTheFirst) {
  FileResult file;
  file.path = "a.txt";
  file.text = "drug\naddicts here";
  Finding finding = FindingOn(file.text, "drug\naddicts", "stigma.drug-addict", "stigma");
  file.findings.push_back(finding);
  const std::string out = Render({file}, {.quiet = true});
  EXPECT_NE(out.find("   1 | drug\n     | ^~~~\n"), std::string::npos) << out;
}

TEST(ReportTextTest, NotesForStructureSeveralSuggestionsAndQuotation) {
  FileResult file;
  file.path = "en.txt";
  file.text = "He said \"addicts\" twice.";
  Finding finding = FindingOn(file.text, "addicts", "stigma.addict", "stigma", Severity::kInfo);
  finding.structure = "Article 5, part 2";
  finding.suggestions = {"people who use drugs", "people with drug dependence"};
  finding.recommendation = 21;
  finding.quoted = true;
  file.findings.push_back(finding);
  const std::string out = Render({file});
  EXPECT_NE(out.find("en.txt:1:10: info: «addicts» reduces a person to drug use. [stigma.addict]\n"
                     "   1 | He said \"addicts\" twice.\n"
                     "     |          ^~~~~~~\n"
                     "  = in: Article 5, part 2\n"
                     "  = suggestion: people who use drugs\n"
                     "  = suggestion: people with drug dependence\n"
                     "  = guideline: recommendation 21\n"
                     "  = note: inside a quotation\n\n"),
            std::string::npos)
      << out;
  EXPECT_TRUE(out.ends_with("1 file checked: 1 info (stigma: 1)\n")) << out;
}

TEST(ReportTextTest, QuietDropsNotesAndSummary) {
  const std::string out = Render({RussianArticle()}, {.color = false, .quiet = true});
  EXPECT_EQ(out.find("= "), std::string::npos) << out;
  EXPECT_EQ(out.find("checked"), std::string::npos) << out;
  EXPECT_NE(out.find("^~~~~~~~~~"), std::string::npos) << out;
}

TEST(ReportTextTest, ColourOnlyWhenAskedFor) {
  EXPECT_EQ(Render({RussianArticle()}).find('\x1b'), std::string::npos);
  const std::string out = Render({RussianArticle()}, {.color = true});
  EXPECT_NE(out.find("\x1b[1mcorpora/demo/article-ru.txt:3:24:\x1b[0m"), std::string::npos) << out;
  EXPECT_NE(out.find("\x1b[1;33mwarning:\x1b[0m"), std::string::npos) << out;
  EXPECT_NE(out.find("|                        \x1b[1;33m^~~~~~~~~~\x1b[0m\n"), std::string::npos)
      << out;
  EXPECT_NE(out.find("\x1b[32mлюдей, употребляющих наркотики\x1b[0m"), std::string::npos) << out;
}

TEST(ReportTextTest, SeverityColours) {
  FileResult file = RussianArticle();
  file.findings[0].severity = Severity::kError;
  EXPECT_NE(Render({file}, {.color = true}).find("\x1b[1;31merror:\x1b[0m"), std::string::npos);
  file.findings[0].severity = Severity::kInfo;
  EXPECT_NE(Render({file}, {.color = true}).find("\x1b[1;36minfo:\x1b[0m"), std::string::npos);
}

TEST(ReportTextTest, FileWithErrorNamesThePathOnce) {
  FileResult bad;
  bad.path = "bad.txt";
  bad.error = "bad.txt: invalid UTF-8 at byte 3 (line 1): expected a continuation byte";
  FileResult missing;
  missing.path = "missing.txt";
  missing.error = "cannot open: No such file or directory";
  const std::string out = Render({bad, missing});
  EXPECT_EQ(out,
            "bad.txt: error: invalid UTF-8 at byte 3 (line 1): expected a continuation byte\n"
            "missing.txt: error: cannot open: No such file or directory\n"
            "0 files checked: no findings; 2 files could not be checked\n");
  EXPECT_NE(Render({bad}, {.color = true}).find("\x1b[1mbad.txt:\x1b[0m \x1b[1;31merror:\x1b[0m"),
            std::string::npos);
}

TEST(ReportTextTest, SummaryCountsSeveritiesAndCategories) {
  FileResult one = RussianArticle();
  FileResult two;
  two.path = "two.txt";
  two.text = "addicts addicts possession";
  two.findings.push_back(FindingOn(two.text, "addicts", "stigma.addict", "stigma"));
  two.findings.push_back(
      FindingOn(two.text, "possession", "possession.personal-use", "possession", Severity::kError));
  two.findings.push_back(
      FindingOn(two.text, "addicts", "stigma.addict", "stigma", Severity::kInfo));
  FileResult clean;
  clean.path = "clean.txt";
  FileResult broken;
  broken.path = "broken.txt";
  broken.error = "broken";
  const std::string out = Render({one, two, clean, broken});
  EXPECT_TRUE(
      out.ends_with("\n3 files checked: 1 error, 2 warnings, 1 info "
                    "(stigma: 3, possession: 1); 1 file could not be checked\n"))
      << out;
}

TEST(ReportTextTest, NoFindings) {
  FileResult clean;
  clean.path = "clean.txt";
  clean.text = "Nothing to see.";
  EXPECT_EQ(Render({clean, clean, clean}), "3 files checked: no findings\n");
  EXPECT_EQ(Render({}), "0 files checked: no findings\n");
  EXPECT_EQ(Render({clean}, {.color = false, .quiet = true}), "");
}

TEST(ReportTextTest, FindingWithoutTextHasNoExcerpt) {
  FileResult file = RussianArticle();
  file.text.clear();
  const std::string out = Render({file}, {.color = false, .quiet = true});
  EXPECT_EQ(out,
            "corpora/demo/article-ru.txt:3:24: warning: «наркоманов» сводит человека к "
            "употреблению наркотиков. [stigma.addict]\n");
}

TEST(ReportTextTest, OffsetsOutsideTheTextShowNoExcerpt) {
  FileResult file = RussianArticle();
  file.findings[0].start.offset = file.text.size() + 5;
  file.findings[0].end.offset = file.text.size() + 9;
  const std::string out = Render({file}, {.color = false, .quiet = true});
  EXPECT_EQ(out.find(" | "), std::string::npos) << out;
}

TEST(ReportTextTest, GutterGrowsForLongFiles) {
  FileResult file;
  file.path = "long.txt";
  for (int i = 1; i < 12345; ++i) file.text += "line\n";
  file.text += "the addicts\n";
  file.findings.push_back(FindingOn(file.text, "addicts", "stigma.addict", "stigma"));
  const std::string out = Render({file}, {.color = false, .quiet = true});
  EXPECT_NE(out.find("\n12345 | the addicts\n      |     ^~~~~~~\n"), std::string::npos) << out;
}

}  // namespace
}  // namespace rightslint
