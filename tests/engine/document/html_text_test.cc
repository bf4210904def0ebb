#include "document/html_text.h"

#include <gtest/gtest.h>

#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "document/extract.h"
#include "document/html_charset.h"
#include "document_fixtures.h"

namespace rightslint {
namespace {

using testing::ReadFixture;

std::vector<std::string> Lines(std::string_view text) {
  std::vector<std::string> lines;
  std::istringstream in{std::string(text)};
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// What every extraction must satisfy: UTF-8 text; anchors sorted, disjoint, inside both strings,
// and covering equal bytes; non-prose ranges inside the text.
void ExpectConsistent(const ExtractedText& out, const std::string& what) {
  EXPECT_FALSE(FindInvalidUtf8(out.text)) << what;
  EXPECT_FALSE(FindInvalidUtf8(out.source)) << what;
  std::size_t previous_end = 0;
  for (const SourceAnchor& anchor : out.anchors) {
    ASSERT_GE(anchor.text, previous_end) << what;
    ASSERT_GT(anchor.length, 0u) << what;
    ASSERT_LE(anchor.text + anchor.length, out.text.size()) << what;
    ASSERT_LE(anchor.source + anchor.length, out.source.size()) << what;
    EXPECT_EQ(out.text.substr(anchor.text, anchor.length),
              out.source.substr(anchor.source, anchor.length))
        << what;
    previous_end = anchor.text + anchor.length;
  }
  for (const ByteRange& range : out.non_prose) {
    EXPECT_LE(range.begin, range.end) << what;
    EXPECT_LE(range.end, out.text.size()) << what;
  }
}

ExtractedText Extract(const std::string& html, const ExtractLimits& limits = {}) {
  auto out = ExtractHtml("doc.html", html, limits);
  EXPECT_TRUE(out.ok()) << out.status().message();
  if (!out.ok()) return {};
  ExpectConsistent(*out, html);
  return std::move(out).value();
}

std::string ErrorOf(const std::string& html, const ExtractLimits& limits = {}) {
  auto out = ExtractHtml("doc.html", html, limits);
  EXPECT_FALSE(out.ok());
  return out.ok() ? "" : out.status().message();
}

// The source offset that text offset `offset` comes from, or npos when no anchor covers it.
std::size_t SourceOf(const ExtractedText& out, std::size_t offset) {
  for (const SourceAnchor& anchor : out.anchors) {
    if (anchor.text <= offset && offset < anchor.text + anchor.length) {
      return anchor.source + (offset - anchor.text);
    }
  }
  return std::string::npos;
}

TEST(HtmlTextTest, BillGivesTheLinesOfTheTextVersion) {
  const ExtractedText out = Extract(ReadFixture("bill.html"));
  EXPECT_EQ(Lines(out.text), Lines(ReadFixture("bill.txt")));
  EXPECT_EQ(out.source, ReadFixture("bill.html"));
  // A <pre> is copied as it is, so the whole of it is one anchor.
  ASSERT_EQ(out.anchors.size(), 1u);
  EXPECT_EQ(out.anchors[0].text, 0u);
  EXPECT_EQ(out.anchors[0].length, out.text.size() - 1);  // all but the final line break
  EXPECT_TRUE(out.non_prose.empty());
}

TEST(HtmlTextTest, CharacterReferencesAreDecoded) {
  const ExtractedText out = Extract("<p>a &amp; b&nbsp;c &#1085; &#x43D;&lt;</p>");
  EXPECT_EQ(out.text, "a & b\u00A0c н н<\n");
}

TEST(HtmlTextTest, TitleComesFirstAndTheRestOfHeadIsSkipped) {
  const ExtractedText out = Extract(
      "<html><head><meta charset=utf-8><title>Закон  про\n наркотики</title>"
      "<style>p { color: red }</style><script>var x = '<p>no</p>';</script></head>"
      "<body><p>Текст</p><script>alert('no')</script><style>.no{}</style>"
      "<noscript>no</noscript><template><p>no</p></template><svg><text>no</text></svg>"
      "<math><mi>no</mi></math><title>no</title></body></html>");
  EXPECT_EQ(out.text, "Закон про наркотики\n\nТекст\n");
}

TEST(HtmlTextTest, BlocksAreParagraphsAndInlineElementsRunTogether) {
  const ExtractedText out = Extract(
      "<div>a<p>b</p>c</div><ul><li>d<li>e</ul>x<br>y <b>нарко</b>ман"
      "<table><tr><td>f<td>g</table><h2>  h  </h2>");
  EXPECT_EQ(out.text, "a\n\nb\n\nc\n\nd\n\ne\n\nx\ny наркоман\n\nf\n\ng\n\nh\n");
}

TEST(HtmlTextTest, WhiteSpaceCollapsesOutsidePre) {
  const ExtractedText out = Extract("<p>\n  one \t two\n\n three  </p>\n\n<p> four</p>");
  EXPECT_EQ(out.text, "one two three\n\nfour\n");
}

TEST(HtmlTextTest, PreKeepsWhiteSpace) {
  const ExtractedText out =
      Extract("<p>x</p><pre>  a   b\n\tc  \n\n\nd</pre><textarea>e  f</textarea>");
  EXPECT_EQ(out.text, "x\n\n  a   b\n\tc\n\nd\n\ne  f\n");
}

TEST(HtmlTextTest, CodeIsNonProse) {
  const ExtractedText out = Extract(
      "<p>Run <code>rm -rf /</code> or <kbd>Ctrl</kbd>+<kbd>C</kbd> now</p>"
      "<pre><code>line one\nline two</code></pre>");
  EXPECT_EQ(out.text, "Run rm -rf / or Ctrl+C now\n\nline one\nline two\n");
  const std::size_t rm = out.text.find("rm");
  const std::size_t ctrl = out.text.find("Ctrl");
  const std::size_t block = out.text.find("line one");
  EXPECT_EQ(out.non_prose,
            (std::vector<ByteRange>{
                {rm, rm + 8}, {ctrl, ctrl + 4}, {ctrl + 5, ctrl + 6}, {block, block + 17}}));
}

TEST(HtmlTextTest, DirectiveCommentsBecomeNonProseLines) {
  const ExtractedText out = Extract(
      "<p>a</p><!--rightslint-disable stigma--><p>b <!-- an ordinary comment --> c</p>"
      "<!--\n  rightslint-enable\n  stigma\n-->");
  EXPECT_EQ(
      out.text,
      "a\n\n<!-- rightslint-disable stigma -->\n\nb c\n\n<!-- rightslint-enable stigma -->\n");
  const std::size_t first = out.text.find("<!--");
  const std::size_t second = out.text.find("<!--", first + 1);
  EXPECT_EQ(out.non_prose, (std::vector<ByteRange>{{first, first + 34}, {second, second + 33}}));
}

TEST(HtmlTextTest, DisableLineEndsTheLineItIsOn) {
  const ExtractedText out =
      Extract("<p>Він наркоман.<!--rightslint-disable-line--> Далі теж.</p><p>Інше</p>");
  EXPECT_EQ(out.text, "Він наркоман. <!-- rightslint-disable-line -->\nДалі теж.\n\nІнше\n");
  const std::size_t comment = out.text.find("<!--");
  EXPECT_EQ(out.non_prose, (std::vector<ByteRange>{{comment, comment + 32}}));
}

TEST(HtmlTextTest, AnchorsPointAtTheWordsInTheSource) {
  const std::string html = "<p>один\n   <b>два</b>  AT&amp;T\n\t&#1085;арко</p>";
  const ExtractedText out = Extract(html);
  ASSERT_EQ(out.text, "один два AT&T нарко\n");
  for (const std::string word : {"один", "два", "AT"}) {
    EXPECT_EQ(SourceOf(out, out.text.find(word)), html.find(word)) << word;
  }
  // The literal parts of a word with a reference in it are anchored; the reference is not.
  const std::size_t at_t = out.text.find("AT&T");
  EXPECT_EQ(SourceOf(out, at_t + 2), std::string::npos);
  EXPECT_EQ(SourceOf(out, at_t + 3), html.find("T\n"));
  const std::size_t narko = out.text.find("нарко");
  EXPECT_EQ(SourceOf(out, narko), std::string::npos);
  EXPECT_EQ(SourceOf(out, narko + 2), html.find("арко"));
}

TEST(HtmlTextTest, AWordMadeOfReferencesIsNotAnchoredElsewhere) {
  const std::string html = "<p>&#1085; і н, x&amp;y&#32;z</p>";
  const ExtractedText out = Extract(html);
  ASSERT_EQ(out.text, "н і н, x&y z\n");
  EXPECT_EQ(SourceOf(out, 0), std::string::npos);
  EXPECT_EQ(SourceOf(out, out.text.find("н,")), html.find("н,"));
  EXPECT_EQ(SourceOf(out, out.text.find("z")), html.find("z"));  // after a reference to a space
}

TEST(HtmlTextTest, NeighbouringAnchorsMerge) {
  const ExtractedText out = Extract("<p>one two three</p>");
  ASSERT_EQ(out.anchors.size(), 1u);
  EXPECT_EQ(out.anchors[0].text, 0u);
  EXPECT_EQ(out.anchors[0].source, 3u);
  EXPECT_EQ(out.anchors[0].length, 13u);
}

TEST(HtmlTextTest, Utf8ByteOrderMarkIsDropped) {
  const ExtractedText out = Extract("\xEF\xBB\xBF<p>так</p>");
  EXPECT_EQ(out.text, "так\n");
  EXPECT_EQ(out.source, "<p>так</p>");
}

TEST(HtmlTextTest, Windows1251WithMetaCharsetIsConverted) {
  // "наркоман" in windows-1251.
  const std::string html =
      "<html><head><meta charset=\"windows-1251\"></head><body><p>\xED\xE0\xF0\xEA\xEE\xEC\xE0\xED"
      "</p></body></html>";
  const ExtractedText out = Extract(html);
  EXPECT_EQ(out.text, "наркоман\n");
  EXPECT_EQ(SourceOf(out, 0), out.source.find("наркоман"));
}

TEST(HtmlTextTest, Koi8rFromHttpEquivIsConverted) {
  // "Закон" in KOI8-R.
  const std::string html =
      "<meta http-equiv='Content-Type' content='text/html; charset=KOI8-R'><p>\xFA\xC1\xCB\xCF\xCE";
  EXPECT_EQ(Extract(html).text, "Закон\n");
}

TEST(HtmlTextTest, Utf16WithByteOrderMarkIsConverted) {
  const std::string html("\xFF\xFE<\0p\0>\0\x3F\x04", 10);  // "<p>п", UTF-16LE
  EXPECT_EQ(Extract(html).text, "п\n");
}

TEST(HtmlTextTest, InvalidUtf8WithoutCharsetIsAnError) {
  EXPECT_EQ(ErrorOf("<p>ok</p>\n<p>bad \xD0"
                    "A</p>"),
            "doc.html: invalid UTF-8 at byte 17 (line 2): expected a continuation byte after 0xD0, "
            "found 0x41; no charset is declared (<meta charset=…>), so the page must be UTF-8");
}

TEST(HtmlTextTest, InvalidUtf8DeclaredUtf8IsAnError) {
  EXPECT_EQ(ErrorOf("<meta charset=utf-8><p>\xFF</p>"),
            "doc.html: invalid UTF-8 at byte 23 (line 1): 0xFF is never valid in UTF-8; the page "
            "declares charset utf-8");
  EXPECT_TRUE(ErrorOf("\xEF\xBB\xBF<p>\xFF</p>").starts_with("doc.html: invalid UTF-8 at byte 6 "));
}

TEST(HtmlTextTest, UnknownCharsetIsAnError) {
  EXPECT_EQ(ErrorOf("<meta charset=klingon-1><p>\xFF</p>"),
            "doc.html: unknown charset \"klingon-1\" declared in <meta>");
}

TEST(HtmlCharsetTest, DeclaredCharsetReadsBothMetaForms) {
  EXPECT_EQ(DeclaredCharset("<META CHARSET = 'Windows-1251'>"), "windows-1251");
  EXPECT_EQ(DeclaredCharset("<meta name=x><meta http-equiv=\"content-type\" "
                            "content=\"text/html;charset=koi8-u\">"),
            "koi8-u");
  EXPECT_EQ(DeclaredCharset("<meta name=charset content=x><p>charset=cp866</p>"), "");
  EXPECT_EQ(DeclaredCharset(std::string(5000, ' ') + "<meta charset=cp866>"), "");
}

TEST(HtmlTextTest, TruncatedMarkupStillGivesText) {
  EXPECT_EQ(Extract("<p>Мати є нарко<b cla").text, "Мати є нарко\n");
  EXPECT_EQ(Extract("<p>Мати <!-- rightslint-dis").text, "Мати\n");
  const std::string bill = ReadFixture("bill.html");
  for (std::size_t length = 0; length < bill.size(); length += 61) {
    auto out = ExtractHtml("doc.html", bill.substr(0, length), {});
    if (out.ok()) ExpectConsistent(*out, std::to_string(length));  // else: cut inside a character
  }
}

TEST(HtmlTextTest, RandomMarkupNeverCrashes) {
  const std::vector<std::string> alphabet = {"<",
                                             ">",
                                             "/",
                                             "&",
                                             ";",
                                             "#",
                                             "!",
                                             "-",
                                             "=",
                                             "\"",
                                             "'",
                                             " ",
                                             "\n",
                                             "p",
                                             "b",
                                             "div",
                                             "a",
                                             "x",
                                             "1",
                                             "н",
                                             "ї",
                                             "<p>",
                                             "</p>",
                                             "<pre>",
                                             "<code>",
                                             "<!--",
                                             "-->",
                                             "&amp;",
                                             "&#",
                                             "<table>",
                                             "<td>",
                                             "<script>",
                                             "<svg>",
                                             "<title>",
                                             "rightslint-disable",
                                             std::string(1, '\0'),
                                             "<textarea>",
                                             "\r\n",
                                             "&#32;",
                                             "&laquo;"};
  unsigned state = 7;
  for (int round = 0; round < 50; ++round) {
    std::string html;
    for (int i = 0; i < 2000; ++i) {
      state = state * 1103515245 + 12345;
      html += alphabet[(state >> 16) % alphabet.size()];
    }
    auto out = ExtractHtml("doc.html", html, {});
    ASSERT_TRUE(out.ok()) << out.status().message();
    ExpectConsistent(*out, "round " + std::to_string(round));
  }
}

TEST(HtmlTextTest, WordsThatAreNotInTheSourceStayLinear) {
  // In a textarea NUL becomes U+FFFD, so no word below is in the source as it is.
  std::string html = "<textarea>";
  for (int i = 0; i < 200000; ++i) html += std::string(1, '\0') + "x ";
  const ExtractedText out = Extract(html);
  EXPECT_TRUE(out.text.starts_with("\uFFFDx \uFFFDx"));
}

TEST(HtmlTextTest, DeepNestingIsAnErrorNotACrash) {
  std::string divs;
  for (int i = 0; i < 100000; ++i) divs += "<div>";
  EXPECT_EQ(ErrorOf(divs + "x"), "doc.html: HTML elements nested more than 1024 deep");
  std::string tables;
  for (int i = 0; i < 100000; ++i) tables += "<table><tr><td>";
  EXPECT_EQ(ErrorOf(tables + "x"), "doc.html: HTML elements nested more than 1024 deep");

  std::string fine;
  for (int i = 0; i < 1000; ++i) fine += "<div>";
  EXPECT_EQ(Extract(fine + "x").text, "x\n");
}

TEST(HtmlTextTest, ManyUnnestedElementsAreFine) {
  std::string html;
  for (int i = 0; i < 20000; ++i) html += "<p>a<br><li>b<td>c<img src=x><svg><path/></svg>";
  const ExtractedText out = Extract(html);
  EXPECT_EQ(Lines(out.text).size(), 20000u * 4 - 1);
  EXPECT_TRUE(out.text.starts_with("a\n\nbc\n\na\n\nbc\n\n"));  // <li> closes the <p>
}

TEST(HtmlNestingDepthTest, CountsElementsThatNeedAnEndTag) {
  EXPECT_EQ(HtmlNestingDepth("<div><DIV></div><span></span></div>", 100), 2u);
  EXPECT_EQ(HtmlNestingDepth("<p><p><li><li><br><img><td><tr>", 100), 0u);
  EXPECT_EQ(HtmlNestingDepth("<svg><path/><path/></svg><div>", 100), 1u);
  EXPECT_EQ(HtmlNestingDepth("<x/><y/><svg/><z/>", 100), 3u);  // "/>" closes only in svg, math
  EXPECT_EQ(HtmlNestingDepth("<script>if (a<b && c<d) {}</script><b>", 100), 1u);
  EXPECT_EQ(HtmlNestingDepth("<!-- <div><div> --><i>", 100), 1u);
  EXPECT_EQ(HtmlNestingDepth("</div></div><b><b></b>", 100), 2u);
  EXPECT_EQ(HtmlNestingDepth("<div", 100), 1u);
  std::string deep;
  for (int i = 0; i < 10000; ++i) deep += "<b>";
  EXPECT_EQ(HtmlNestingDepth(deep, 50), 51u);  // stops once past the limit
}

TEST(HtmlTextTest, TooMuchTextIsAnError) {
  ExtractLimits limits;
  limits.max_text_bytes = 10;
  EXPECT_EQ(ErrorOf("<p>one two three four</p>", limits), "doc.html: more than 10 bytes of text");
}

TEST(HtmlTextTest, EmptyInputGivesNoText) {
  const ExtractedText out = Extract("");
  EXPECT_EQ(out.text, "");
  EXPECT_TRUE(out.anchors.empty());
}

TEST(HtmlTextTest, ExtractDocumentKeepsSourceAndAnchors) {
  Source source;
  source.path = "page.html";
  source.bytes = "<p>Читайте https://example.org/x сьогодні</p>";
  source.format = Format::kHtml;
  auto document = ExtractDocument(std::move(source));
  ASSERT_TRUE(document.ok()) << document.status().message();
  EXPECT_EQ(document->text, "Читайте https://example.org/x сьогодні\n");
  EXPECT_EQ(document->source, "<p>Читайте https://example.org/x сьогодні</p>");
  EXPECT_EQ(document->anchors.size(), 1u);
  const std::size_t url = document->text.find("https");
  EXPECT_EQ(document->non_prose, (std::vector<ByteRange>{{url, url + 21}}));
}

}  // namespace
}  // namespace rightslint
