#include "document/office_text.h"

#include <gtest/gtest.h>

#include <sstream>
#include <string>
#include <vector>

#include "document/extract.h"
#include "office_fixtures.h"

namespace rightslint {
namespace {

using testing::kOdfNamespaces;
using testing::MakeDocx;
using testing::MakeOdt;
using testing::Paragraph;
using testing::ReadFixture;
using testing::WordPart;
using testing::ZipBuilder;

std::string Docx(const std::string& bytes, const ExtractLimits& limits = {}) {
  StatusOr<ExtractedText> text = ExtractDocx("t.docx", bytes, limits);
  EXPECT_TRUE(text.ok()) << text.status().message();
  return text.ok() ? text->text : "";
}

Status DocxError(const std::string& bytes, const ExtractLimits& limits = {}) {
  StatusOr<ExtractedText> text = ExtractDocx("t.docx", bytes, limits);
  EXPECT_FALSE(text.ok()) << text->text;
  return text.ok() ? Status::Ok() : text.status();
}

std::string Odt(const std::string& bytes, const ExtractLimits& limits = {}) {
  StatusOr<ExtractedText> text = ExtractOdt("t.odt", bytes, limits);
  EXPECT_TRUE(text.ok()) << text.status().message();
  return text.ok() ? text->text : "";
}

Status OdtError(const std::string& bytes, const ExtractLimits& limits = {}) {
  StatusOr<ExtractedText> text = ExtractOdt("t.odt", bytes, limits);
  EXPECT_FALSE(text.ok()) << text->text;
  return text.ok() ? Status::Ok() : text.status();
}

// Lines without trailing white space, and without trailing empty lines.
std::vector<std::string> NormalisedLines(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    while (!line.empty() && (line.back() == ' ' || line.back() == '\t' || line.back() == '\r')) {
      line.pop_back();
    }
    lines.push_back(line);
  }
  while (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines;
}

// --- The same bill, made by LibreOffice ---

TEST(OfficeTextTest, BillDocxGivesTheLinesOfBillTxt) {
  EXPECT_EQ(NormalisedLines(Docx(ReadFixture("bill.docx"))),
            NormalisedLines(ReadFixture("bill.txt")));
}

TEST(OfficeTextTest, BillOdtGivesTheLinesOfBillTxt) {
  EXPECT_EQ(NormalisedLines(Odt(ReadFixture("bill.odt"))),
            NormalisedLines(ReadFixture("bill.txt")));
}

TEST(OfficeTextTest, ExtractDocumentReadsDocxAndOdt) {
  for (const auto& [name, format] :
       {std::pair{"bill.docx", Format::kDocx}, std::pair{"bill.odt", Format::kOdt}}) {
    StatusOr<Document> document = ExtractDocument(Source{name, ReadFixture(name), format});
    ASSERT_TRUE(document.ok()) << document.status().message();
    EXPECT_EQ(document->path, name);
    EXPECT_EQ(document->format, format);
    EXPECT_EQ(NormalisedLines(document->text), NormalisedLines(ReadFixture("bill.txt")));
    EXPECT_NE(document->text.find("наркоманами"), std::string::npos);
  }
}

TEST(OfficeTextTest, ExtractDocumentReportsAnOfficeErrorWithThePath) {
  StatusOr<Document> document =
      ExtractDocument(Source{"bad.docx", "not a zip at all", Format::kDocx});
  ASSERT_FALSE(document.ok());
  EXPECT_TRUE(document.status().message().starts_with("bad.docx: not a ZIP archive"));
}

// --- DOCX: what is text ---

TEST(DocxTextTest, EachParagraphIsOneLine) {
  EXPECT_EQ(Docx(MakeDocx(Paragraph("one") + "<w:p/>" +
                          R"(<w:p><w:r><w:t>two</w:t></w:r><w:r><w:rPr><w:b/></w:rPr>)"
                          R"(<w:t xml:space="preserve"> three</w:t></w:r></w:p>)")),
            "one\n\ntwo three\n");
}

TEST(DocxTextTest, TableCellParagraphsAreLines) {
  const std::string cell = "<w:tc><w:tcPr><w:tcW w:w=\"100\"/></w:tcPr>";
  EXPECT_EQ(
      Docx(MakeDocx(Paragraph("before") + "<w:tbl><w:tblPr/><w:tblGrid/><w:tr>" + cell +
                    Paragraph("a1") + Paragraph("a1 second") + "</w:tc>" + cell + Paragraph("b1") +
                    "</w:tc></w:tr><w:tr>" + cell + "<w:tbl><w:tr><w:tc>" + Paragraph("nested") +
                    "</w:tc></w:tr></w:tbl></w:tc></w:tr></w:tbl>" + Paragraph("after"))),
      "before\na1\na1 second\nb1\nnested\nafter\n");
}

TEST(DocxTextTest, TabsBreaksAndHyphens) {
  EXPECT_EQ(Docx(MakeDocx("<w:p><w:r><w:t>a</w:t><w:tab/><w:t>b</w:t><w:br/><w:t>c</w:t>"
                          "<w:cr/><w:t>d</w:t><w:noBreakHyphen/><w:t>e</w:t><w:softHyphen/>"
                          "<w:t>f</w:t><w:sym w:font=\"Wingdings\" w:char=\"F0E0\"/>"
                          "<w:br w:type=\"page\"/><w:t>g</w:t></w:r></w:p>")),
            "a\tb c d-e\u00ADf g\n");
}

TEST(DocxTextTest, TabStopsAndOtherPropertiesAreNotText) {
  EXPECT_EQ(Docx(MakeDocx("<w:p><w:pPr><w:tabs><w:tab w:val=\"left\" w:pos=\"720\"/></w:tabs>"
                          "<w:rPr><w:ins w:id=\"1\" w:author=\"x\"/></w:rPr></w:pPr>"
                          "<w:r><w:t>text</w:t></w:r></w:p>"
                          "<w:sectPr><w:pgSz w:w=\"11906\"/></w:sectPr>")),
            "text\n");
}

TEST(DocxTextTest, TrackedInsertionsCountAndDeletionsDoNot) {
  EXPECT_EQ(Docx(MakeDocx("<w:p><w:r><w:t xml:space=\"preserve\">keep </w:t></w:r>"
                          "<w:ins w:id=\"1\" w:author=\"A\"><w:r><w:t xml:space=\"preserve\">"
                          "added </w:t></w:r></w:ins>"
                          "<w:del w:id=\"2\" w:author=\"A\"><w:r><w:delText>gone </w:delText>"
                          "</w:r></w:del>"
                          "<w:moveFrom w:id=\"3\" w:author=\"A\"><w:r><w:t>moved away</w:t>"
                          "</w:r></w:moveFrom>"
                          "<w:moveTo w:id=\"4\" w:author=\"A\"><w:r><w:t>moved here</w:t></w:r>"
                          "</w:moveTo></w:p>")),
            "keep added moved here\n");
}

TEST(DocxTextTest, FieldResultsAreTextInstructionsAreNot) {
  EXPECT_EQ(Docx(MakeDocx("<w:p><w:r><w:t xml:space=\"preserve\">Page </w:t></w:r>"
                          "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>"
                          "<w:r><w:instrText xml:space=\"preserve\"> PAGE </w:instrText></w:r>"
                          "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>"
                          "<w:r><w:t>3</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>"
                          "<w:r><w:t xml:space=\"preserve\"> of </w:t></w:r>"
                          "<w:fldSimple w:instr=\" NUMPAGES \"><w:r><w:t>7</w:t></w:r>"
                          "</w:fldSimple></w:p>")),
            "Page 3 of 7\n");
}

TEST(DocxTextTest, AlternateContentIsReadOnce) {
  const std::string box = "<w:txbxContent>" + Paragraph("in the box") + "</w:txbxContent>";
  EXPECT_EQ(Docx(MakeDocx("<w:p><w:r><w:t>anchor</w:t></w:r><w:r><mc:AlternateContent>"
                          "<mc:Choice Requires=\"wps\"><w:drawing><wp:anchor><a:graphic>"
                          "<a:graphicData><wps:wsp><wps:txbx>" +
                          box +
                          "</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
                          "</w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>" +
                          box +
                          "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>"
                          "</w:r></w:p>" +
                          Paragraph("next"))),
            "anchor\nin the box\nnext\n");
  // Without a Choice, the Fallback is read.
  EXPECT_EQ(Docx(MakeDocx("<w:p><mc:AlternateContent><mc:Fallback><w:r><w:t>fallback</w:t>"
                          "</w:r></mc:Fallback></mc:AlternateContent></w:p>")),
            "fallback\n");
}

TEST(DocxTextTest, TextBoxParagraphsFollowTheParagraphThatAnchorsThem) {
  EXPECT_EQ(Docx(MakeDocx("<w:p><w:r><w:t xml:space=\"preserve\">before </w:t></w:r>"
                          "<w:r><w:pict><v:shape><v:textbox><w:txbxContent>" +
                          Paragraph("box one") + Paragraph("box two") +
                          "</w:txbxContent></v:textbox></v:shape></w:pict></w:r>"
                          "<w:r><w:t>after</w:t></w:r></w:p>" +
                          Paragraph("next"))),
            "before after\nbox one\nbox two\nnext\n");
}

TEST(DocxTextTest, HyperlinksContentControlsAndSmartTagsAreText) {
  EXPECT_EQ(Docx(MakeDocx("<w:sdt><w:sdtPr><w:alias w:val=\"x\"/></w:sdtPr><w:sdtContent>"
                          "<w:p><w:hyperlink r:id=\"rId9\"><w:r><w:t>link</w:t></w:r>"
                          "</w:hyperlink><w:smartTag><w:r><w:t xml:space=\"preserve\"> tag"
                          "</w:t></w:r></w:smartTag><w:sdt><w:sdtContent><w:r>"
                          "<w:t xml:space=\"preserve\"> control</w:t></w:r></w:sdtContent>"
                          "</w:sdt></w:p></w:sdtContent></w:sdt>")),
            "link tag control\n");
}

TEST(DocxTextTest, NotesHeadersAndFootersFollowTheBody) {
  const std::string footnotes =
      WordPart("footnotes",
               "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p>"
               "</w:footnote><w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r>"
               "<w:t>cont</w:t></w:r></w:p></w:footnote><w:footnote w:id=\"1\"><w:p><w:r>"
               "<w:footnoteRef/></w:r><w:r><w:t>Footnote.</w:t></w:r></w:p></w:footnote>");
  const std::string endnotes =
      WordPart("endnotes", "<w:endnote w:id=\"1\">" + Paragraph("Endnote.") + "</w:endnote>");
  EXPECT_EQ(Docx(MakeDocx("<w:p><w:r><w:t>Body</w:t></w:r><w:r><w:footnoteReference "
                          "w:id=\"1\"/></w:r></w:p>",
                          {{"word/footer1.xml", WordPart("ftr", Paragraph("Footer 1"))},
                           {"word/header10.xml", WordPart("hdr", Paragraph("Header 10"))},
                           {"word/header2.xml", WordPart("hdr", Paragraph("Header 2"))},
                           {"word/endnotes.xml", endnotes},
                           {"word/footnotes.xml", footnotes},
                           {"word/header1.xml", WordPart("hdr", Paragraph("Header 1"))}})),
            "Body\nFootnote.\nEndnote.\nHeader 1\nHeader 2\nHeader 10\nFooter 1\n");
}

TEST(DocxTextTest, RubyGuideTextIsNotReadTwice) {
  EXPECT_EQ(Docx(MakeDocx("<w:p><w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>guide</w:t></w:r>"
                          "</w:rt><w:rubyBase><w:r><w:t>base</w:t></w:r></w:rubyBase></w:ruby>"
                          "</w:r></w:p>")),
            "base\n");
}

TEST(DocxTextTest, CommentsAreNotText) {
  EXPECT_EQ(Docx(MakeDocx("<w:p><w:commentRangeStart w:id=\"0\"/><w:r><w:t>text</w:t></w:r>"
                          "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/>"
                          "</w:r></w:p>",
                          {{"word/comments.xml",
                            WordPart("comments", "<w:comment w:id=\"0\" w:author=\"A\">" +
                                                     Paragraph("a comment") + "</w:comment>")}})),
            "text\n");
}

TEST(DocxTextTest, ControlCharactersInTextBecomeSpaces) {
  EXPECT_EQ(Docx(MakeDocx(Paragraph("a&#10;b\nc&#9;d"))), "a b c\td\n");
}

TEST(DocxTextTest, MatchesTheWordNamespaceWhateverItsPrefix) {
  ZipBuilder zip;
  zip.Add("word/document.xml",
          "<doc:document xmlns:doc=\"http://schemas.openxmlformats.org/wordprocessingml/2006/"
          "main\"><doc:body><doc:p><doc:r><doc:t>prefixed</doc:t></doc:r></doc:p>"
          "<w:p xmlns:w=\"urn:other\"><w:r><w:t>other namespace</w:t></w:r></w:p>"
          "</doc:body></doc:document>");
  EXPECT_EQ(Docx(zip.Build()), "prefixed\n");
}

TEST(DocxTextTest, ReadsStrictOoxml) {
  ZipBuilder zip;
  zip.Add("word/document.xml",
          "<w:document xmlns:w=\"http://purl.oclc.org/ooxml/wordprocessingml/main\"><w:body>" +
              Paragraph("strict") + "</w:body></w:document>");
  EXPECT_EQ(Docx(zip.Build()), "strict\n");
}

TEST(DocxTextTest, ALargeDocumentIsReadInOnePass) {
  std::string body;
  for (int i = 0; i < 50000; ++i) body += Paragraph("paragraph " + std::to_string(i));
  const std::string text = Docx(MakeDocx(body));
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 50000);
  EXPECT_TRUE(text.ends_with("paragraph 49999\n"));
}

// --- DOCX: bad input ---

TEST(DocxTextTest, NotAZipAndEmptyFiles) {
  EXPECT_EQ(DocxError("hello").message(),
            "t.docx: not a ZIP archive (a .docx file is one): Not a zip archive");
  EXPECT_EQ(DocxError("").message(), "t.docx: empty file (a .docx file is a ZIP archive)");
}

TEST(DocxTextTest, OleCompoundFileIsAnEncryptedDocumentOrLegacyDoc) {
  const std::string ole = std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + std::string(504, 0);
  EXPECT_EQ(DocxError(ole).message(),
            "t.docx: encrypted (password-protected) document or legacy .doc, not DOCX");
}

TEST(DocxTextTest, TruncatedFilesGiveAnErrorOrTextNeverACrash) {
  const std::string bill = ReadFixture("bill.docx");
  for (std::size_t length :
       {std::size_t{1}, std::size_t{4}, std::size_t{30}, std::size_t{100}, std::size_t{1000},
        bill.size() / 2, bill.size() - 100, bill.size() - 22, bill.size() - 1}) {
    StatusOr<ExtractedText> text = ExtractDocx("t.docx", bill.substr(0, length), {});
    if (!text.ok()) {
      EXPECT_TRUE(text.status().message().starts_with("t.docx: ")) << text.status().message();
    }
  }
}

TEST(DocxTextTest, MissingDocumentXml) {
  const Status status = DocxError(ZipBuilder().Add("word/styles.xml", "<x/>").Build());
  EXPECT_EQ(status.code(), StatusCode::kNotFound);
  EXPECT_EQ(status.message(), "t.docx: no word/document.xml in the archive");
}

TEST(DocxTextTest, DocumentXmlWithoutBody) {
  EXPECT_EQ(
      DocxError(ZipBuilder().Add("word/document.xml", "<html><body/></html>").Build()).message(),
      "t.docx: word/document.xml: no w:body in a w:document (not a WordprocessingML "
      "document)");
}

TEST(DocxTextTest, MalformedXmlNamesTheMemberAndByte) {
  const Status status = DocxError(MakeDocx("<w:p><w:r><w:t>open</w:r></w:p>"));
  EXPECT_TRUE(status.message().starts_with("t.docx: word/document.xml: malformed XML at byte "))
      << status.message();
  EXPECT_NE(status.message().find("mismatch"), std::string::npos) << status.message();
  // A broken part other than the body is reported the same way.
  EXPECT_TRUE(DocxError(MakeDocx(Paragraph("ok"), {{"word/footer1.xml", "<w:ftr"}}))
                  .message()
                  .starts_with("t.docx: word/footer1.xml: malformed XML at byte "));
}

TEST(DocxTextTest, InvalidUtf8InXmlNamesTheMember) {
  const Status status = DocxError(MakeDocx(Paragraph("bad \xD0( byte")));
  EXPECT_TRUE(status.message().starts_with("t.docx: word/document.xml: invalid UTF-8 at byte "))
      << status.message();
  EXPECT_TRUE(status.message().ends_with("expected a continuation byte after 0xD0, found 0x28"))
      << status.message();
}

TEST(DocxTextTest, CharacterReferenceToASurrogateIsRefused) {
  const Status status = DocxError(MakeDocx(Paragraph("x&#xD800;y")));
  EXPECT_TRUE(status.message().starts_with("t.docx: word/document.xml: text is not valid UTF-8"))
      << status.message();
}

TEST(DocxTextTest, DeepNestingIsRefusedNotOverflowed) {
  std::string body;
  for (int i = 0; i < 100000; ++i) body += "<w:sdt><w:sdtContent>";
  body += Paragraph("deep");
  for (int i = 0; i < 100000; ++i) body += "</w:sdtContent></w:sdt>";
  ExtractLimits limits;
  limits.max_compression_ratio = 100000;  // such a regular file compresses very well
  EXPECT_EQ(DocxError(MakeDocx(body), limits).message(),
            "t.docx: word/document.xml: elements nested deeper than 512 levels");
}

TEST(DocxTextTest, ZipBombIsRefused) {
  ExtractLimits limits;
  limits.max_member_bytes = std::size_t{1} << 20;
  const std::string bomb = MakeDocx(Paragraph(std::string(20 << 20, ' ')));
  EXPECT_EQ(DocxError(bomb, limits).message(),
            "t.docx: word/document.xml inflates past 1 MiB (limit); refusing a possible zip bomb");
  EXPECT_NE(DocxError(bomb).message().find("refusing a possible zip bomb"), std::string::npos);
}

TEST(DocxTextTest, EncryptedMemberIsRefused) {
  const std::string zip =
      ZipBuilder().Add("word/document.xml", "<w:document/>", false, "password").Build();
  EXPECT_EQ(DocxError(zip).message(),
            "t.docx: word/document.xml: encrypted member (password-protected document)");
}

TEST(DocxTextTest, TextOverTheLimitIsRefused) {
  ExtractLimits limits;
  limits.max_text_bytes = 10;
  EXPECT_EQ(DocxError(MakeDocx(Paragraph("12345") + Paragraph("67890")), limits).message(),
            "t.docx: extracted text exceeds 10 bytes (limit)");
  limits.max_text_bytes = 12;
  EXPECT_EQ(Docx(MakeDocx(Paragraph("12345") + Paragraph("67890")), limits), "12345\n67890\n");
}

// --- ODT: what is text ---

TEST(OdtTextTest, ParagraphsHeadingsSpansAndLinks) {
  EXPECT_EQ(Odt(MakeOdt("<text:h text:outline-level=\"1\">Title</text:h>"
                        "<text:p>a <text:span text:style-name=\"b\">span</text:span> and "
                        "<text:a xlink:href=\"https://example.org\">link</text:a></text:p>"
                        "<text:p/>")),
            "Title\na span and link\n\n");
}

TEST(OdtTextTest, SpacesTabsAndLineBreaks) {
  EXPECT_EQ(Odt(MakeOdt("<text:p><text:s/>a<text:s text:c=\"3\"/>b<text:tab/>c<text:line-break/>"
                        "d <text:s/>e</text:p>")),
            " a   b\tc d  e\n");
}

TEST(OdtTextTest, WhiteSpaceCollapsesAsOdfSays) {
  EXPECT_EQ(Odt(MakeOdt("<text:p>\n   a  \n\t b <text:span> c</text:span>\n  </text:p>")),
            "a b c\n");
}

TEST(OdtTextTest, ListsTablesAndSectionsHoldLines) {
  EXPECT_EQ(Odt(MakeOdt("<text:list><text:list-item><text:p>item 1</text:p><text:list>"
                        "<text:list-item><text:p>item 1.1</text:p></text:list-item></text:list>"
                        "</text:list-item></text:list>"
                        "<table:table><table:table-column/><table:table-row><table:table-cell>"
                        "<text:p>cell A</text:p></table:table-cell><table:table-cell>"
                        "<text:p>cell B</text:p><text:p>cell B2</text:p></table:table-cell>"
                        "</table:table-row></table:table>"
                        "<text:section text:name=\"s\"><text:p>in section</text:p>"
                        "</text:section>")),
            "item 1\nitem 1.1\ncell A\ncell B\ncell B2\nin section\n");
}

TEST(OdtTextTest, NoteBodiesFollowTheBodyAndCitationsAreNotText) {
  EXPECT_EQ(Odt(MakeOdt("<text:p>Text<text:note text:id=\"n1\" text:note-class=\"footnote\">"
                        "<text:note-citation>1</text:note-citation><text:note-body>"
                        "<text:p>Note text.</text:p></text:note-body></text:note> goes on."
                        "</text:p><text:p>Second.</text:p>")),
            "Text goes on.\nSecond.\nNote text.\n");
}

TEST(OdtTextTest, TrackedDeletionsAndCommentsAreNotText) {
  EXPECT_EQ(Odt(MakeOdt("<text:tracked-changes><text:changed-region xml:id=\"c1\" "
                        "text:id=\"c1\"><text:deletion><office:change-info/><text:p>deleted"
                        "</text:p></text:deletion></text:changed-region><text:changed-region "
                        "text:id=\"c2\"><text:insertion/></text:changed-region>"
                        "</text:tracked-changes>"
                        "<text:p>kept<text:change text:change-id=\"c1\"/> <text:change-start "
                        "text:change-id=\"c2\"/>inserted<text:change-end text:change-id=\"c2\"/>"
                        "<office:annotation><dc:creator>A</dc:creator><text:p>a comment"
                        "</text:p></office:annotation> end</text:p>")),
            "kept inserted end\n");
}

TEST(OdtTextTest, FrameParagraphsFollowTheirParagraph) {
  EXPECT_EQ(Odt(MakeOdt("<text:p>anchor <draw:frame draw:name=\"f\"><svg:desc>not text"
                        "</svg:desc><draw:text-box><text:p>in frame</text:p></draw:text-box>"
                        "</draw:frame>text</text:p><text:p>next</text:p>")),
            "anchor text\nin frame\nnext\n");
}

TEST(OdtTextTest, HeadersAndFootersOfStylesComeLast) {
  EXPECT_EQ(
      Odt(MakeOdt("<text:p>Body</text:p>",
                  "<style:master-page style:name=\"Standard\"><style:header><text:p>Header"
                  "</text:p></style:header><style:header-left style:display=\"false\"><text:p>"
                  "hidden</text:p></style:header-left><style:footer><text:p>Footer</text:p>"
                  "</style:footer></style:master-page><style:master-page style:name=\"Other\">"
                  "<style:header><text:p>Header 2</text:p></style:header></style:master-page>")),
      "Body\nHeader\nHeader 2\nFooter\n");
}

// --- ODT: bad input ---

TEST(OdtTextTest, EncryptedDocumentSaysSo) {
  const std::string manifest =
      "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
      "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\">"
      "<manifest:encryption-data manifest:checksum-type=\"SHA1/1K\"/></manifest:file-entry>"
      "</manifest:manifest>";
  EXPECT_EQ(
      OdtError(MakeOdt("<text:p>x</text:p>", "", {{"META-INF/manifest.xml", manifest}})).message(),
      "t.odt: encrypted (password-protected) document");
  // Without a manifest, content.xml that is not XML at all is encrypted data.
  ZipBuilder zip;
  zip.Add("mimetype", testing::kOdtMimetype, true).Add("content.xml", "\x93\x11\xFE binary");
  EXPECT_EQ(OdtError(zip.Build()).message(), "t.odt: encrypted (password-protected) document");
}

TEST(OdtTextTest, OtherOpenDocumentTypesAreRefused) {
  EXPECT_EQ(
      OdtError(MakeOdt("", "", {}, "application/vnd.oasis.opendocument.spreadsheet")).message(),
      "t.odt: not an OpenDocument text: its mimetype is "
      "application/vnd.oasis.opendocument.spreadsheet (an .odt file has "
      "application/vnd.oasis.opendocument.text)");
}

TEST(OdtTextTest, MissingOrWrongContent) {
  EXPECT_EQ(OdtError(ZipBuilder().Add("styles.xml", "<x/>").Build()).message(),
            "t.odt: no content.xml in the archive");
  EXPECT_EQ(
      OdtError(ZipBuilder().Add("content.xml", "<office:document-content/>").Build()).message(),
      "t.odt: content.xml: no office:body/office:text (not an OpenDocument text)");
  EXPECT_TRUE(OdtError(ZipBuilder().Add("content.xml", "<a><b></a>").Build())
                  .message()
                  .starts_with("t.odt: content.xml: malformed XML at byte "));
}

TEST(OdtTextTest, AHugeSpaceCountIsBoundedByTheTextLimit) {
  ExtractLimits limits;
  limits.max_text_bytes = 1000;
  EXPECT_EQ(
      OdtError(MakeOdt("<text:p>a<text:s text:c=\"4000000000\"/>b</text:p>"), limits).message(),
      "t.odt: extracted text exceeds 1000 bytes (limit)");
}

TEST(OdtTextTest, NotAZipAndOle) {
  EXPECT_EQ(OdtError("x").message(),
            "t.odt: not a ZIP archive (an .odt file is one): Not a zip archive");
  EXPECT_EQ(OdtError(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)).message(),
            "t.odt: an OLE compound file (a legacy .doc or another binary format), not ODT");
}

TEST(OdtTextTest, TruncatedFilesGiveAnErrorOrTextNeverACrash) {
  const std::string bill = ReadFixture("bill.odt");
  for (std::size_t length = 1; length < bill.size(); length += 997) {
    StatusOr<ExtractedText> text = ExtractOdt("t.odt", bill.substr(0, length), {});
    if (!text.ok()) {
      EXPECT_TRUE(text.status().message().starts_with("t.odt: ")) << text.status().message();
    }
  }
}

}  // namespace
}  // namespace rightslint
