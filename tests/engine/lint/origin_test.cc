#include "lint/origin.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "base/line_index.h"
#include "document/extract.h"
#include "document_fixtures.h"
#include "test_linter.h"

namespace rightslint {
namespace {

using testing::ReadFixture;

// A finding over [begin, end) of `document.text`, with positions in the text as the linter makes
// them before MapToOrigin.
Finding FindingAt(const Document& document, std::size_t begin, std::size_t end) {
  const LineIndex lines(document.text);
  Finding finding;
  finding.start = lines.PositionOf(begin);
  finding.end = lines.PositionOf(end);
  return finding;
}

struct Place {
  int page;
  int line;
  int column;
  friend bool operator==(const Place&, const Place&) = default;
  friend std::ostream& operator<<(std::ostream& out, const Place& place) {
    return out << "page " << place.page << ", " << place.line << ":" << place.column;
  }
};

// Where MapToOrigin puts [begin, end): the start's and the end's place; offsets must not change.
std::pair<Place, Place> Mapped(const Document& document, std::size_t begin, std::size_t end) {
  std::vector<Finding> findings = {FindingAt(document, begin, end)};
  MapToOrigin(document, &findings);
  const Finding& finding = findings.front();
  EXPECT_EQ(finding.start.offset, begin);
  EXPECT_EQ(finding.end.offset, end);
  return {{finding.start.page, finding.start.line, finding.start.column},
          {finding.end.page, finding.end.line, finding.end.column}};
}

const Finding* FindText(const FileResult& result, const std::string& text) {
  for (const Finding& finding : result.findings) {
    if (finding.text == text) return &finding;
  }
  return nullptr;
}

Document Extracted(const std::string& bytes, Format format) {
  Source source;
  source.path = "doc";
  source.bytes = bytes;
  source.format = format;
  auto document = ExtractDocument(std::move(source));
  EXPECT_TRUE(document.ok()) << document.status().message();
  return document.ok() ? std::move(document).value() : Document{};
}

// ---- PDF: page, and line within the page ----

Document TwoPagePdf() {
  Document document;
  document.format = Format::kPdf;
  document.text = "Стаття 1\nтекст\n\f\nСтаття 2\nвін наркоман\n";
  document.page_starts = {0, document.text.find("Стаття 2")};
  return document;
}

TEST(OriginPdfTest, PositionsReportPageAndLineWithinThePage) {
  const Document document = TwoPagePdf();
  const std::size_t term = document.text.find("наркоман");
  EXPECT_EQ(Mapped(document, term, term + 16), (std::pair<Place, Place>{{2, 2, 5}, {2, 2, 13}}));
  const std::size_t text = document.text.find("текст");
  EXPECT_EQ(Mapped(document, text, text + 10), (std::pair<Place, Place>{{1, 2, 1}, {1, 2, 6}}));
  EXPECT_EQ(Mapped(document, 0, 1).first, (Place{1, 1, 1}));
  const std::size_t page2 = document.page_starts[1];
  EXPECT_EQ(Mapped(document, page2, page2 + 1).first, (Place{2, 1, 1}));
}

TEST(OriginPdfTest, TheFormFeedLineBelongsToThePageBefore) {
  const Document document = TwoPagePdf();
  const std::size_t form_feed = document.text.find('\f');
  EXPECT_EQ(Mapped(document, form_feed, form_feed + 1).first, (Place{1, 3, 1}));
}

TEST(OriginPdfTest, LinterReportsTheSecondPage) {
  Source source;
  source.path = "two_pages.pdf";
  source.bytes = ReadFixture("pdf/two_pages.pdf");
  source.format = Format::kPdf;
  const FileResult result = ProjectLinter().Check(std::move(source));
  ASSERT_FALSE(result.error) << *result.error;
  const Finding* finding = FindText(result, "наркоманом");
  ASSERT_NE(finding, nullptr);
  EXPECT_EQ(finding->start.page, 2);
  EXPECT_EQ(finding->start.line, 2);
  EXPECT_EQ(finding->start.column, 46);
  EXPECT_EQ(finding->end.page, 2);
  EXPECT_EQ(finding->end.column, 56);
}

// ---- HTML: line and column in the source, through the anchors ----

const std::string kPage =
    "<!DOCTYPE html>\n"                                       // 1
    "<html>\n"                                                // 2
    "<head><title>Закон</title></head>\n"                     // 3
    "<body>\n"                                                // 4
    "<p>Перший абзац.</p>\n"                                  // 5
    "<p>Другий\n"                                             // 6
    "   абзац: він &laquo;наркоман&raquo; і AT&amp;T.</p>\n"  // 7
    "</body>\n"                                               // 8
    "</html>\n";                                              // 9

TEST(OriginHtmlTest, ExtractedAsExpected) {
  EXPECT_EQ(Extracted(kPage, Format::kHtml).text,
            "Закон\n\nПерший абзац.\n\nДругий абзац: він «наркоман» і AT&T.\n");
}

TEST(OriginHtmlTest, WordsMapToTheirSourceLineAndColumn) {
  const Document document = Extracted(kPage, Format::kHtml);
  const std::size_t term = document.text.find("наркоман");
  // "   абзац: він &laquo;" is 21 code points; the word ends at an anchor's end, which maps to
  // the end of the word, not to where the next anchor starts ("і", after "&raquo; ").
  EXPECT_EQ(Mapped(document, term, term + 16), (std::pair<Place, Place>{{0, 7, 22}, {0, 7, 30}}));
  const std::size_t title = document.text.find("Закон");
  EXPECT_EQ(Mapped(document, title, title + 10), (std::pair<Place, Place>{{0, 3, 14}, {0, 3, 19}}));
  const std::size_t second = document.text.find("Другий");
  EXPECT_EQ(Mapped(document, second, second + 12).first, (Place{0, 6, 4}));
  // A span over a line break of the source: start on one line, end on the next.
  const std::size_t across = document.text.find("абзац:");
  EXPECT_EQ(Mapped(document, second, across + 10).second, (Place{0, 7, 9}));
}

TEST(OriginHtmlTest, TextThatIsNotAnchoredMapsToTheNextAnchor) {
  const Document document = Extracted(kPage, Format::kHtml);
  const std::size_t open_quote = document.text.find("«");  // from &laquo;
  EXPECT_EQ(Mapped(document, open_quote, open_quote + 2).first, (Place{0, 7, 22}));
  const std::size_t close_quote = document.text.find("»");  // from &raquo;: next is "і AT"
  EXPECT_EQ(Mapped(document, close_quote, close_quote + 2).first, (Place{0, 7, 38}));
  const std::size_t ampersand = document.text.find("&T");  // from &amp;: next is "T."
  EXPECT_EQ(Mapped(document, ampersand, ampersand + 1).first, (Place{0, 7, 47}));
  const std::size_t paragraph_break = document.text.find("\n\nДругий");  // made up: next word
  EXPECT_EQ(Mapped(document, paragraph_break, paragraph_break + 2).first, (Place{0, 6, 4}));
}

TEST(OriginHtmlTest, TextAfterTheLastAnchorMapsToItsEnd) {
  const Document document = Extracted(kPage, Format::kHtml);
  const std::size_t end = document.text.size();
  EXPECT_EQ(Mapped(document, end - 1, end), (std::pair<Place, Place>{{0, 7, 49}, {0, 7, 49}}));
}

TEST(OriginHtmlTest, LinterReportsSourceLinesAndColumns) {
  Source source;
  source.path = "page.html";
  source.bytes = kPage;
  source.format = Format::kHtml;
  const FileResult result = ProjectLinter().Check(std::move(source));
  ASSERT_FALSE(result.error) << *result.error;
  const Finding* finding = FindText(result, "наркоман");
  ASSERT_NE(finding, nullptr);
  EXPECT_EQ(finding->start.line, 7);
  EXPECT_EQ(finding->start.column, 22);
  EXPECT_EQ(finding->end.line, 7);
  EXPECT_EQ(finding->end.column, 30);
  EXPECT_EQ(finding->start.page, 0);
}

std::size_t StigmaFindings(const std::string& html) {
  Source source;
  source.path = "page.html";
  source.bytes = html;
  source.format = Format::kHtml;
  const FileResult result = ProjectLinter().Check(std::move(source));
  EXPECT_FALSE(result.error) << *result.error;
  return std::count_if(result.findings.begin(), result.findings.end(),
                       [](const Finding& finding) { return finding.category == "stigma"; });
}

TEST(OriginHtmlTest, SuppressionCommentsSilenceFindings) {
  EXPECT_EQ(StigmaFindings("<p>Він наркоман.</p><p>Вона наркоманка.</p>"), 2u);
  EXPECT_EQ(StigmaFindings("<!-- rightslint-disable stigma -->"
                           "<p>Він наркоман.</p><p>Вона наркоманка.</p>"),
            0u);
  EXPECT_EQ(StigmaFindings("<p>Він наркоман.</p><!--\n rightslint-disable-next-line stigma\n-->"
                           "<p>Вона наркоманка.</p>"),
            1u);
  EXPECT_EQ(StigmaFindings("<p>Він наркоман. <!-- rightslint-disable-line --></p>"
                           "<p>Вона наркоманка.</p>"),
            1u);
  // An unclosed comment is no directive.
  EXPECT_EQ(StigmaFindings("<p>Він наркоман.</p><!-- rightslint-disable"), 1u);
}

}  // namespace
}  // namespace rightslint
