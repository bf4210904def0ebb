#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "report_test_util.h"
#include "rightslint/reporter.h"

namespace rightslint {
namespace {

std::string Render(const std::vector<FileResult>& files) {
  return RenderReport(ReportFormat::kHtml, files);
}

// Every tag closes in order (the reporter escapes every '<' of text, so each '<' starts a tag).
// Returns "" or what is wrong.
std::string CheckNesting(std::string_view html) {
  std::vector<std::string> open;
  for (std::size_t at = html.find('<'); at != std::string_view::npos; at = html.find('<', at)) {
    const std::size_t end = html.find('>', at);
    if (end == std::string_view::npos) return "unterminated tag at " + std::to_string(at);
    std::string_view tag = html.substr(at + 1, end - at - 1);
    at = end;
    if (tag.starts_with('!')) continue;  // <!DOCTYPE html>
    const bool closing = tag.starts_with('/');
    if (closing) tag.remove_prefix(1);
    const std::string name(tag.substr(0, tag.find_first_of(" \n")));
    if (name == "meta") continue;  // void elements the page uses
    if (!closing) {
      open.push_back(name);
    } else if (open.empty() || open.back() != name) {
      return "</" + name + "> closes <" + (open.empty() ? "nothing" : open.back()) + ">";
    } else {
      open.pop_back();
    }
  }
  return open.empty() ? "" : "<" + open.back() + "> is never closed";
}

// The text content of the first <pre class="document">, tags removed and entities decoded.
std::string DocumentText(std::string_view html) {
  const std::size_t begin = html.find('>', html.find("<pre class=\"document\"")) + 1;
  const std::size_t end = html.find("</pre>", begin);
  std::string text;
  for (std::size_t i = begin; i < end; ++i) {
    if (html[i] == '<') {
      const std::size_t close = html.find('>', i);
      // Footnote markers are not part of the text.
      if (html.substr(i, 4) == "<sup")
        i = html.find("</sup>", i) + 5;
      else
        i = close;
      continue;
    }
    if (html[i] == '&') {
      const std::size_t semicolon = html.find(';', i);
      const std::string_view entity = html.substr(i, semicolon - i + 1);
      text += entity == "&amp;"    ? "&"
              : entity == "&lt;"   ? "<"
              : entity == "&gt;"   ? ">"
              : entity == "&quot;" ? "\""
                                   : "'";
      i = semicolon;
      continue;
    }
    text += html[i];
  }
  return text;
}

std::size_t Count(std::string_view haystack, std::string_view needle) {
  std::size_t count = 0;
  for (std::size_t at = haystack.find(needle); at != std::string_view::npos;
       at = haystack.find(needle, at + needle.size())) {
    ++count;
  }
  return count;
}

TEST(ReportHtmlTest, StandalonePrintablePage) {
  const std::string html = Render({RussianArticle()});
  EXPECT_TRUE(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">")) << html.substr(0, 80);
  EXPECT_TRUE(html.ends_with("</html>\n"));
  EXPECT_NE(html.find("<meta charset=\"utf-8\">"), std::string::npos);
  EXPECT_NE(html.find("@media print"), std::string::npos);
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<link"), std::string::npos) << "no external stylesheet";
  EXPECT_EQ(html.find("src="), std::string::npos) << "no external images or scripts";
  EXPECT_EQ(html.find("@import"), std::string::npos);
  EXPECT_EQ(CheckNesting(html), "");
}

TEST(ReportHtmlTest, CyrillicSpanIsMarkedWithTooltipAndNumberedNote) {
  const std::string html = Render({RussianArticle()});
  EXPECT_NE(html.find("<pre class=\"document\" lang=\"ru\">Заголовок\n\nПолиция задержала трёх "
                      "<mark class=\"cat-stigma sev-warning\" title=\"stigma.addict (warning): "
                      "«наркоманов» сводит человека к употреблению наркотиков.\">наркоманов</mark>"
                      "<sup class=\"ref\" id=\"file-1-ref-1\"><a href=\"#file-1-note-1\">1</a>"
                      "</sup> у вокзала.\n</pre>"),
            std::string::npos)
      << html;
  const std::size_t note = html.find("<li id=\"file-1-note-1\" class=\"sev-warning\">");
  ASSERT_NE(note, std::string::npos) << html;
  const std::string_view rest = std::string_view(html).substr(note);
  for (const char* part :
       {"href=\"#file-1-ref-1\">1</a>", "<code>stigma.addict</code>", "line 3, column 24",
        "<p class=\"message\" lang=\"ru\">«наркоманов» сводит человека",
        "<dt>Suggestion</dt><dd lang=\"ru\"><ul><li>людей, употребляющих наркотики</li></ul>",
        "<dt>Guideline</dt><dd>IGHRDP II.1 (ii)</dd>", "<dt>Recommendation</dt><dd>21</dd>"}) {
    EXPECT_NE(rest.find(part), std::string_view::npos) << part;
  }
}

TEST(ReportHtmlTest, SummaryByCategoryAtTheTop) {
  FileResult laws;
  laws.path = "law.txt";
  laws.text = "possession is punished; addicts";
  laws.findings.push_back(
      FindingOn(laws.text, "possession", "possession.criminal", "possession", Severity::kError));
  laws.findings.back().structure = "Статья 228, часть 1";
  laws.findings.push_back(FindingOn(laws.text, "addicts", "stigma.addict", "stigma"));
  const std::string html =
      Render({RussianArticle(), laws, UnreadableFile("gone.txt", "gone.txt: no such file")});
  const std::size_t summary = html.find("<p class=\"totals\">");
  ASSERT_NE(summary, std::string::npos);
  EXPECT_LT(summary, html.find("<section")) << "the summary comes first";
  EXPECT_NE(html.find("2 files checked: 3 findings (1 error, 2 warnings); <span class=\"error\">"
                      "1 file could not be checked</span>"),
            std::string::npos)
      << html.substr(summary, 300);
  EXPECT_NE(html.find("<span class=\"swatch cat-possession\"></span>possession</td>"
                      "<td class=\"n\">1</td><td class=\"n\">1</td><td class=\"n\">0</td>"
                      "<td class=\"n\">0</td>"),
            std::string::npos);
  EXPECT_NE(html.find("<span class=\"swatch cat-stigma\"></span>stigma</td>"
                      "<td class=\"n\">2</td><td class=\"n\">0</td><td class=\"n\">2</td>"),
            std::string::npos);
  EXPECT_NE(html.find("<dt>In</dt><dd>Статья 228, часть 1</dd>"), std::string::npos);
  EXPECT_NE(html.find("<a href=\"#file-3\">gone.txt</a>"), std::string::npos);
  EXPECT_EQ(CheckNesting(html), "");
}

TEST(ReportHtmlTest, EverythingIsEscaped) {
  FileResult file;
  file.path = "<b>\"x\" & 'y'.txt";
  file.text = "<script>alert(\"x\")</script> & addicts";
  file.findings.push_back(FindingOn(file.text, "addicts", "stigma.<i>", "stigma\" onmouseover=\""));
  file.findings[0].message = "\"addicts\" <em>reduces</em>";
  file.findings[0].suggestions = {"<img src=x>"};
  const std::string html = Render({file});
  EXPECT_EQ(html.find("<script"), std::string::npos);
  EXPECT_EQ(html.find("<b>"), std::string::npos);
  EXPECT_EQ(html.find("<i>"), std::string::npos);
  EXPECT_EQ(html.find("<em>"), std::string::npos);
  EXPECT_EQ(html.find("<img"), std::string::npos);
  EXPECT_EQ(html.find("onmouseover=\""), std::string::npos);
  EXPECT_NE(html.find("<h2>&lt;b&gt;&quot;x&quot; &amp; &#39;y&#39;.txt</h2>"), std::string::npos);
  EXPECT_NE(html.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; <mark"),
            std::string::npos);
  EXPECT_NE(html.find("class=\"cat-other sev-warning\""), std::string::npos)
      << "an unknown category gets the neutral colour";
  EXPECT_EQ(DocumentText(html), file.text);
  EXPECT_EQ(CheckNesting(html), "");
}

TEST(ReportHtmlTest, NestedSpansNest) {
  FileResult file;
  file.path = "a.txt";
  file.text = "the drug addict community";
  file.findings.push_back(FindingOn(file.text, "drug addict community", "x.outer", "stigma"));
  file.findings.push_back(FindingOn(file.text, "addict", "x.inner", "possession"));
  const std::string html = Render({file});
  EXPECT_NE(html.find("the <mark class=\"cat-stigma sev-warning\" title=\"x.outer (warning): "
                      "«drug addict community» reduces a person to drug use.\">drug <mark "
                      "class=\"cat-possession sev-warning\" title=\"x.inner (warning): «addict» "
                      "reduces a person to drug use.\">addict</mark><sup class=\"ref\" "
                      "id=\"file-1-ref-2\"><a href=\"#file-1-note-2\">2</a></sup> community</mark>"
                      "<sup class=\"ref\" id=\"file-1-ref-1\">"),
            std::string::npos)
      << html;
  EXPECT_EQ(DocumentText(html), file.text);
  EXPECT_EQ(CheckNesting(html), "");
}

TEST(ReportHtmlTest, CrossingSpansAreClippedAndStayWellFormed) {
  FileResult file;
  file.path = "a.txt";
  file.text = "aaa bbb ccc ddd";
  file.findings.push_back(FindingOn(file.text, "aaa bbb", "x.one", "stigma"));
  file.findings.push_back(FindingOn(file.text, "bbb ccc", "x.two", "stigma"));
  file.findings.push_back(FindingOn(file.text, "bbb ccc", "x.same", "stigma"));
  file.findings.push_back(FindingOn(file.text, "ddd", "x.last", "stigma"));
  const std::string html = Render({file});
  EXPECT_EQ(CheckNesting(html), "");
  EXPECT_EQ(DocumentText(html), file.text);
  EXPECT_EQ(Count(html, "<mark "), 4u);
  for (const char* note : {"file-1-note-1", "file-1-note-2", "file-1-note-3", "file-1-note-4"}) {
    EXPECT_NE(html.find(std::string("<li id=\"") + note + "\""), std::string::npos) << note;
    EXPECT_NE(html.find(std::string("href=\"#") + note + "\""), std::string::npos) << note;
  }
}

TEST(ReportHtmlTest, EmptyAndOutOfRangeSpansGetOnlyAMarker) {
  FileResult file;
  file.path = "a.txt";
  file.text = "short";
  Finding empty = FindingOn(file.text, "or", "x.empty", "stigma");
  empty.end = empty.start;
  Finding beyond = empty;
  beyond.rule = "x.beyond";
  beyond.start.offset = 100;
  beyond.end.offset = 120;
  file.findings = {empty, beyond};
  const std::string html = Render({file});
  EXPECT_EQ(html.find("<mark"), std::string::npos);
  EXPECT_NE(html.find("sh<sup class=\"ref\" id=\"file-1-ref-1\">"), std::string::npos) << html;
  EXPECT_NE(html.find("ort<sup class=\"ref\" id=\"file-1-ref-2\">"), std::string::npos);
  EXPECT_EQ(CheckNesting(html), "");
}

TEST(ReportHtmlTest, OffsetsInsideACharacterMoveToItsStart) {
  FileResult file;
  file.path = "a.txt";
  file.text = "один наркоман";
  Finding finding = FindingOn(file.text, "наркоман", "stigma.addict", "stigma");
  finding.start.offset += 1;  // inside «н»
  finding.end.offset -= 1;    // inside «н»
  file.findings = {finding};
  const std::string html = Render({file});
  EXPECT_NE(html.find("один <mark"), std::string::npos);
  EXPECT_NE(html.find("\">наркома</mark>"), std::string::npos) << html;
  EXPECT_EQ(DocumentText(html), file.text);
}

TEST(ReportHtmlTest, ControlCharactersAndCrlf) {
  FileResult file;
  file.path = "a.txt";
  file.text = "one\r\ntwo\x1b[31m\r\naddicts\xFF";
  file.findings.push_back(FindingOn(file.text, "addicts", "stigma.addict", "stigma"));
  const std::string html = Render({file});
  EXPECT_EQ(html.find('\r'), std::string::npos);
  EXPECT_EQ(html.find('\x1b'), std::string::npos);
  EXPECT_NE(html.find("one\ntwo\xEF\xBF\xBD[31m\n<mark"), std::string::npos) << html;
  EXPECT_NE(html.find("</sup>\xEF\xBF\xBD</pre>"), std::string::npos) << "invalid UTF-8";
}

TEST(ReportHtmlTest, CleanFilesErrorFilesAndNoFiles) {
  FileResult clean;
  clean.path = "clean.txt";
  clean.format = "txt";
  clean.text = "Nothing here.";
  const std::string html =
      Render({clean, UnreadableFile("bad.txt", "bad.txt: invalid UTF-8 <at> byte 3")});
  EXPECT_NE(html.find("<h2>clean.txt</h2>\n<p class=\"meta\">txt · no findings</p>"),
            std::string::npos)
      << html;
  EXPECT_EQ(html.find("Nothing here."), std::string::npos) << "clean text is not repeated";
  EXPECT_NE(html.find("<h2>bad.txt</h2>\n<p class=\"error\">Could not be checked: bad.txt: "
                      "invalid UTF-8 &lt;at&gt; byte 3</p>"),
            std::string::npos);
  EXPECT_EQ(CheckNesting(html), "");

  const std::string empty = Render({});
  EXPECT_NE(empty.find("0 files checked: no findings"), std::string::npos);
  EXPECT_EQ(CheckNesting(empty), "");
}

}  // namespace
}  // namespace rightslint
