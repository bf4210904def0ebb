// The same bill as .txt, .docx, .odt, .pdf and .html (tests/fixtures/documents, made with
// LibreOffice from bill.txt) gives the same findings: same rules and categories, on the same words,
// in the same provision — and each format reports the place in its own terms (paragraph, page and
// line, source line).
#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

#include "document/inputs.h"
#include "document_fixtures.h"
#include "test_linter.h"

namespace rightslint {
namespace {

FileResult CheckFixture(const std::string& name) {
  return ProjectLinter().Check(Source{name, testing::ReadFixture(name), FormatForPath(name)});
}

// What must agree across formats: rule, category, the words (white space collapsed: a PDF wraps
// lines where the text file does not), the provision.
using Key = std::tuple<std::string, std::string, std::string, std::string>;

std::string CollapseSpaces(const std::string& text) {
  std::string out;
  for (char c : text) {
    const bool space = c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    if (!space) {
      out.push_back(c);
    } else if (!out.empty() && out.back() != ' ') {
      out.push_back(' ');
    }
  }
  return out;
}

std::vector<Key> Keys(const FileResult& result) {
  std::vector<Key> keys;
  for (const Finding& finding : result.findings) {
    keys.emplace_back(finding.rule, finding.category, CollapseSpaces(finding.text),
                      finding.structure.value_or(""));
  }
  return keys;
}

const Finding* FindText(const FileResult& result, const std::string& text) {
  for (const Finding& finding : result.findings) {
    if (finding.text == text) return &finding;
  }
  return nullptr;
}

class DocumentFormatsTest : public ::testing::TestWithParam<std::string> {};

TEST_P(DocumentFormatsTest, SameFindingsAsTheTextVersion) {
  const FileResult text = CheckFixture("bill.txt");
  ASSERT_FALSE(text.error) << *text.error;
  ASSERT_EQ(text.findings.size(), 2u);
  const FileResult other = CheckFixture("bill." + GetParam());
  ASSERT_FALSE(other.error) << *other.error;
  EXPECT_EQ(other.format, GetParam());
  EXPECT_EQ(Keys(other), Keys(text));
  EXPECT_EQ(other.language, text.language);
}

INSTANTIATE_TEST_SUITE_P(Formats, DocumentFormatsTest,
                         ::testing::Values("docx", "odt", "pdf", "html"));

TEST(DocumentFormatsPositionsTest, EachFormatReportsThePlaceInItsOwnTerms) {
  const std::string term = "наркоманами";
  const Finding* in_text = FindText(CheckFixture("bill.txt"), term);
  ASSERT_NE(in_text, nullptr);
  EXPECT_EQ(in_text->start.line, 6);
  EXPECT_EQ(in_text->start.column, 34);
  EXPECT_EQ(in_text->start.page, 0);

  for (const std::string format : {"docx", "odt"}) {  // line = paragraph number
    const FileResult result = CheckFixture("bill." + format);
    const Finding* finding = FindText(result, term);
    ASSERT_NE(finding, nullptr) << format;
    EXPECT_EQ(finding->start.line, 6) << format;
    EXPECT_EQ(finding->start.column, 34) << format;
    EXPECT_EQ(finding->start.page, 0) << format;
    EXPECT_EQ(result.text.substr(finding->start.offset, term.size()), term) << format;
  }

  const FileResult pdf = CheckFixture("bill.pdf");  // page and line within the page
  const Finding* in_pdf = FindText(pdf, term);
  ASSERT_NE(in_pdf, nullptr);
  EXPECT_EQ(in_pdf->start.page, 1);
  EXPECT_EQ(in_pdf->start.line, 8);  // LibreOffice wraps item 1 over three lines
  EXPECT_EQ(in_pdf->start.column, 34);

  const std::string html = testing::ReadFixture("bill.html");
  const FileResult from_html = CheckFixture("bill.html");  // line and column in the HTML source
  const Finding* in_html = FindText(from_html, term);
  ASSERT_NE(in_html, nullptr);
  EXPECT_EQ(in_html->start.page, 0);
  const std::size_t at = html.find(term);
  ASSERT_NE(at, std::string::npos);
  const std::size_t line_start = html.rfind('\n', at) + 1;
  const auto line = 1 + std::count(html.begin(), html.begin() + static_cast<long>(at), '\n');
  const auto column = 1 + std::count_if(html.begin() + static_cast<long>(line_start),
                                        html.begin() + static_cast<long>(at),
                                        [](char c) { return (c & 0xC0) != 0x80; });
  EXPECT_EQ(in_html->start.line, line);
  EXPECT_EQ(in_html->start.column, column);
}

}  // namespace
}  // namespace rightslint
