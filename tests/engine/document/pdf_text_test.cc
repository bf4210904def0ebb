#include "document/pdf_text.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "document/extract.h"
#include "document_fixtures.h"

namespace rightslint {
namespace {

using testing::ReadFixture;

std::vector<std::string> Words(const std::string& text) {
  std::istringstream in(text);
  return {std::istream_iterator<std::string>(in), std::istream_iterator<std::string>()};
}

std::vector<std::string> Lines(std::string_view text) {
  std::vector<std::string> lines;
  std::istringstream in{std::string(text)};
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

StatusOr<ExtractedText> Extract(const std::string& bytes, const ExtractLimits& limits = {}) {
  return ExtractPdf("doc.pdf", bytes, limits);
}

TEST(PdfTextTest, BillHasTheWordsOfTheTextVersion) {
  auto pdf = Extract(ReadFixture("bill.pdf"));
  ASSERT_TRUE(pdf.ok()) << pdf.status().message();
  EXPECT_EQ(Words(pdf->text), Words(ReadFixture("bill.txt")));
  EXPECT_EQ(pdf->page_starts, std::vector<std::size_t>{0});
  EXPECT_TRUE(pdf->source.empty());
  EXPECT_TRUE(pdf->anchors.empty());
  EXPECT_EQ(pdf->text.find('\f'), std::string::npos);
}

TEST(PdfTextTest, PagesAreSeparatedByAFormFeedLine) {
  auto pdf = Extract(ReadFixture("pdf/two_pages.pdf"));
  ASSERT_TRUE(pdf.ok()) << pdf.status().message();
  ASSERT_EQ(pdf->page_starts.size(), 2u);
  EXPECT_EQ(pdf->page_starts[0], 0u);
  const std::string_view text = pdf->text;
  const std::size_t page2 = pdf->page_starts[1];
  EXPECT_TRUE(text.substr(0, page2).ends_with("\n\f\n"));
  EXPECT_EQ(Lines(text.substr(page2)),
            (std::vector<std::string>{"Стаття 2. Підстави",
                                      "Особа може бути позбавлена прав, якщо вона є наркоманом."}));
  EXPECT_EQ(Lines(text.substr(0, page2)).front(), "Стаття 1. Загальні положення");
}

TEST(PdfTextTest, ColumnsAreReadOneAfterTheOther) {
  auto pdf = Extract(ReadFixture("pdf/columns.pdf"));
  ASSERT_TRUE(pdf.ok()) << pdf.status().message();
  EXPECT_EQ(pdf->text,
            "The left column starts\nhere and goes on\nfor a few lines.\n"
            "The right column is\nread after the left\none.\n");
}

TEST(PdfTextTest, WordsBrokenAtALineEndAreJoined) {
  auto pdf = Extract(ReadFixture("pdf/hyphens.pdf"));
  ASSERT_TRUE(pdf.ok()) << pdf.status().message();
  EXPECT_EQ(Lines(pdf->text),
            (std::vector<std::string>{
                "Стаття 7. Перенесення слів",
                "Мати, батько можуть бути позбавлені прав, якщо вона є наркоманом",
                "або алкоголіком, а також у разі будьяких",  // the cost: a real compound joined
                "інших підстав, передбачених Європейським", "законом чи Законом,",
                "і в разі наркоманії."}));
}

TEST(NormalizePdfPageTest, JoinsTheRestOfTheWordOntoTheFirstLine) {
  EXPECT_EQ(NormalizePdfPage("вона є нарко-\nманами та\nінше\n"), "вона є наркоманами\nта\nінше\n");
  EXPECT_EQ(NormalizePdfPage("soft нарко\u00AD\nманами"), "soft наркоманами\n");
  EXPECT_EQ(NormalizePdfPage("u2010 нарко\u2010\nманами"), "u2010 наркоманами\n");
}

TEST(NormalizePdfPageTest, KeepsAnEmptiedLineSoLineNumbersHold) {
  EXPECT_EQ(NormalizePdfPage("є нарко-\nманами.\nДалі"), "є наркоманами.\n\nДалі\n");
}

TEST(NormalizePdfPageTest, LeavesOtherHyphensAlone) {
  for (const char* page : {"Рада ЄС-\nУкраїна\n", "2-\nго числа\n", "слово -\nі далі\n",
                           "кінець-\n\nпочаток\n", "кінець-\n\n", "ab-\n1c\n"}) {
    std::string expected = page;
    while (expected.ends_with("\n\n")) expected.pop_back();
    EXPECT_EQ(NormalizePdfPage(page), expected) << page;
  }
}

TEST(NormalizePdfPageTest, ControlCharactersAndTrailingSpacesGo) {
  EXPECT_EQ(NormalizePdfPage("a\fb  \n\tc\x01 \n\f"), "a b\n\tc\n");
  EXPECT_EQ(NormalizePdfPage(""), "");
  EXPECT_EQ(NormalizePdfPage("\n\n"), "");
}

TEST(NormalizePdfPageTest, InvalidUtf8BecomesReplacementCharacters) {
  EXPECT_EQ(NormalizePdfPage("a\xFF"
                             "b\xD0\n"),
            "a\uFFFD"
            "b\uFFFD\n");
}

TEST(PdfTextTest, EncryptedWithAUserPasswordIsAnError) {
  auto pdf = Extract(ReadFixture("pdf/encrypted.pdf"));
  ASSERT_FALSE(pdf.ok());
  EXPECT_EQ(pdf.status().message(), "doc.pdf: encrypted (password-protected) PDF");
}

TEST(PdfTextTest, EncryptedWithOnlyAnOwnerPasswordOpens) {
  auto pdf = Extract(ReadFixture("pdf/owner_password.pdf"));
  ASSERT_TRUE(pdf.ok()) << pdf.status().message();
  EXPECT_EQ(Words(pdf->text), Words(ReadFixture("bill.txt")));
}

TEST(PdfTextTest, EmptyInputIsAnError) {
  auto pdf = Extract("");
  ASSERT_FALSE(pdf.ok());
  EXPECT_EQ(pdf.status().message(), "doc.pdf: not a PDF (the file is empty)");
}

TEST(PdfTextTest, HtmlNamedPdfIsAnError) {
  auto pdf = Extract(ReadFixture("bill.html"));
  ASSERT_FALSE(pdf.ok());
  EXPECT_EQ(pdf.status().message(), "doc.pdf: not a PDF (no %PDF- header in its first 1024 bytes)");
}

TEST(PdfTextTest, GarbageAfterTheHeaderIsAnError) {
  std::string bytes = "%PDF-1.7\n";
  unsigned state = 12345;
  for (int i = 0; i < 20000; ++i) {
    state = state * 1103515245 + 12345;
    bytes += static_cast<char>(state >> 16);
  }
  auto pdf = Extract(bytes);
  ASSERT_FALSE(pdf.ok());
  EXPECT_EQ(pdf.status().message(), "doc.pdf: not a PDF or damaged beyond repair");
}

TEST(PdfTextTest, TruncatedFilesGiveTextOrAnErrorNeverACrash) {
  const std::string whole = ReadFixture("pdf/two_pages.pdf");
  for (std::size_t length :
       {std::size_t{5}, std::size_t{9}, std::size_t{200}, std::size_t{1000}, whole.size() / 3,
        whole.size() / 2, whole.size() - 200, whole.size() - 30, whole.size() - 1}) {
    auto pdf = Extract(whole.substr(0, length));
    if (pdf.ok()) {
      EXPECT_FALSE(FindInvalidUtf8(pdf->text)) << length;
      EXPECT_EQ(pdf->page_starts.empty(), pdf->text.empty()) << length;
    } else {
      EXPECT_TRUE(pdf.status().message().starts_with("doc.pdf: ")) << length;
    }
  }
}

TEST(PdfTextTest, TooManyPagesIsAnError) {
  ExtractLimits limits;
  limits.max_pages = 1;
  auto pdf = Extract(ReadFixture("pdf/two_pages.pdf"), limits);
  ASSERT_FALSE(pdf.ok());
  EXPECT_EQ(pdf.status().message(), "doc.pdf: 2 pages, more than the limit of 1");
}

TEST(PdfTextTest, TooMuchTextIsAnError) {
  ExtractLimits limits;
  limits.max_text_bytes = 100;
  auto pdf = Extract(ReadFixture("bill.pdf"), limits);
  ASSERT_FALSE(pdf.ok());
  EXPECT_EQ(pdf.status().message(), "doc.pdf: more than 100 bytes of text (at page 1)");
}

TEST(PdfTextTest, ExtractDocumentKeepsThePageStarts) {
  Source source;
  source.path = "two_pages.pdf";
  source.bytes = ReadFixture("pdf/two_pages.pdf");
  source.format = Format::kPdf;
  auto document = ExtractDocument(std::move(source));
  ASSERT_TRUE(document.ok()) << document.status().message();
  EXPECT_EQ(document->format, Format::kPdf);
  ASSERT_EQ(document->page_starts.size(), 2u);
  EXPECT_TRUE(
      std::string_view(document->text).substr(document->page_starts[1]).starts_with("Стаття 2."));
}

}  // namespace
}  // namespace rightslint
