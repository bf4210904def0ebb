#include "document/markdown_inline.h"

#include <cmark.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <random>
#include <regex>
#include <string>
#include <utility>
#include <vector>

namespace rightslint::markdown {
namespace {

// The spans of a one-paragraph text, each as the source text it covers.
std::vector<std::pair<InlineKind, std::string>> Spans(const std::string& text,
                                                      const LinkLabels& labels = {}) {
  std::vector<std::pair<InlineKind, std::string>> out;
  for (const InlineSpan& span : ScanInlines(text, ByteRange{0, text.size()}, labels)) {
    out.emplace_back(span.kind, text.substr(span.range.begin, span.range.size()));
  }
  return out;
}

using K = InlineKind;
using Expected = std::vector<std::pair<InlineKind, std::string>>;

TEST(DocumentMarkdownInlineTest, CodeSpans) {
  EXPECT_EQ(Spans("a `b` c ``d ` e`` f"),
            (Expected{{K::kCodeSpan, "`b`"}, {K::kCodeSpan, "``d ` e``"}}));
  // An opening run without a closing run of the same length is literal text.
  EXPECT_EQ(Spans("a ``b` c"), Expected{});
  EXPECT_EQ(Spans("``` a `` b ```"), (Expected{{K::kCodeSpan, "``` a `` b ```"}}));
  // A backslash escapes the first backtick outside a code span but is literal inside one.
  EXPECT_EQ(Spans("\\``a\\`"), (Expected{{K::kCodeSpan, "`a\\`"}}));
  // Code spans bind tighter than link brackets and raw HTML.
  EXPECT_EQ(Spans("[a `]` b](c)"), (Expected{{K::kCodeSpan, "`]`"}, {K::kLinkDestination, "(c)"}}));
  EXPECT_EQ(Spans("`<a href=\"`\">`"), (Expected{{K::kCodeSpan, "`<a href=\"`"}}));
}

TEST(DocumentMarkdownInlineTest, AutolinksAndRawHtml) {
  EXPECT_EQ(
      Spans("see <https://example.org/a?b> or <me@example.org>."),
      (Expected{{K::kAutolink, "<https://example.org/a?b>"}, {K::kAutolink, "<me@example.org>"}}));
  EXPECT_EQ(Spans("a <!-- hidden note --> b <b class=\"x\">bold</b> <br/>"),
            (Expected{{K::kRawHtml, "<!-- hidden note -->"},
                      {K::kRawHtml, "<b class=\"x\">"},
                      {K::kRawHtml, "</b>"},
                      {K::kRawHtml, "<br/>"}}));
  // Not HTML in CommonMark 0.30: "--" inside a comment, a lower-case declaration, a space after <.
  EXPECT_EQ(Spans("<!-- a -- b --> <!doctype html> < b>"), Expected{});
  EXPECT_EQ(Spans("<?php echo 1; ?> <!DOCTYPE html> <![CDATA[x]]>"),
            (Expected{{K::kRawHtml, "<?php echo 1; ?>"},
                      {K::kRawHtml, "<!DOCTYPE html>"},
                      {K::kRawHtml, "<![CDATA[x]]>"}}));
}

TEST(DocumentMarkdownInlineTest, LinkDestinationIsNotProseButLinkTextIs) {
  EXPECT_EQ(Spans("read [the report](https://example.org/r.pdf \"Report\") now"),
            (Expected{{K::kLinkDestination, "(https://example.org/r.pdf \"Report\")"}}));
  EXPECT_EQ(Spans("![a chart](img/chart.png)"),
            (Expected{{K::kLinkDestination, "(img/chart.png)"}}));
  EXPECT_EQ(Spans("[a](<with space> 'title') [b](x(y)z)"),
            (Expected{{K::kLinkDestination, "(<with space> 'title')"},
                      {K::kLinkDestination, "(x(y)z)"}}));
  // Not links: a space before "(", a space inside a bare destination, no opening bracket.
  EXPECT_EQ(Spans("[a] (b) [c](d e) f](g)"), Expected{});
}

TEST(DocumentMarkdownInlineTest, LinksCannotContainLinksButImagesCan) {
  EXPECT_EQ(Spans("[a [b](c) d](e)"), (Expected{{K::kLinkDestination, "(c)"}}));
  EXPECT_EQ(Spans("[![img](i.png)](page.html)"),
            (Expected{{K::kLinkDestination, "(i.png)"}, {K::kLinkDestination, "(page.html)"}}));
}

TEST(DocumentMarkdownInlineTest, ReferenceLinksNeedADefinedLabel) {
  LinkLabels labels;
  labels.Add("Report 2019");
  labels.Add("ДОКЛАД");
  EXPECT_EQ(Spans("[the report][report  2019] and [x][undefined]", labels),
            (Expected{{K::kLinkLabel, "[report  2019]"}}));
  // Collapsed and shortcut references; case folding covers Cyrillic.
  EXPECT_EQ(Spans("[доклад][] and [Доклад]", labels), (Expected{{K::kLinkLabel, "[]"}}));
  // An inline link that fails to parse may still be a shortcut reference.
  EXPECT_EQ(Spans("[report 2019](not a link)", labels), Expected{});
}

TEST(DocumentMarkdownInlineTest, NormalizeLabel) {
  EXPECT_EQ(NormalizeLabel("  Foo \n\t BAR  "), "foo bar");
  EXPECT_EQ(NormalizeLabel("ЁЖИК Ӏ Ą ß"), "ёжик ӏ ą ss");
}

TEST(DocumentMarkdownInlineTest, ReferenceDefinitions) {
  const std::string text = "[Label]: https://example.org \"Title\"  \nnext";
  auto definition = ParseReferenceDefinition(text, 0, text.size());
  ASSERT_TRUE(definition.has_value());
  EXPECT_EQ(definition->label, "Label");
  EXPECT_EQ(text.substr(definition->range.begin, definition->range.size()),
            "[Label]: https://example.org \"Title\"");
  EXPECT_EQ(definition->next, text.find("next"));

  // The title may be on the next line; a title followed by other text is not a title.
  const std::string split = "[a]:\n  /url\n  'title'\n";
  definition = ParseReferenceDefinition(split, 0, split.size());
  ASSERT_TRUE(definition.has_value());
  EXPECT_EQ(split.substr(0, definition->range.end), "[a]:\n  /url\n  'title'");
  const std::string trailing = "[a]: /url\n'title' more\n";
  definition = ParseReferenceDefinition(trailing, 0, trailing.size());
  ASSERT_TRUE(definition.has_value());
  EXPECT_EQ(trailing.substr(0, definition->range.end), "[a]: /url");
  EXPECT_EQ(definition->next, trailing.find('\''));

  for (const std::string bad :
       {"[a] /url", "[]: /url", "[a]: /url 'title' more", "[a]:\n\n/url", "[a]: <b"}) {
    EXPECT_FALSE(ParseReferenceDefinition(bad, 0, bad.size()).has_value()) << bad;
  }
}

// ---- Differential test against cmark's own inline nodes ----

struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};

struct InlineNodes {
  std::vector<std::string> code;                           // literals, in order
  std::vector<std::string> html;                           // literals, in order
  std::vector<std::pair<std::string, std::string>> links;  // (url, title), sorted
  int references = 0;  // cmark: links to a definition; ours: [label] and [] spans
};

// Destinations of the definitions used by the tests all start with this.
constexpr std::string_view kReferencePrefix = "/ref";

InlineNodes FromCmark(const std::string& text) {
  InlineNodes nodes;
  std::unique_ptr<cmark_node, NodeDeleter> root(
      cmark_parse_document(text.data(), text.size(), CMARK_OPT_DEFAULT));
  cmark_iter* iter = cmark_iter_new(root.get());
  for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    if (event != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter);
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_CODE:
        nodes.code.emplace_back(cmark_node_get_literal(node));
        break;
      case CMARK_NODE_HTML_INLINE:
        nodes.html.emplace_back(cmark_node_get_literal(node));
        break;
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE:
        if (std::string_view(cmark_node_get_url(node)).starts_with(kReferencePrefix)) {
          ++nodes.references;
        } else {
          nodes.links.emplace_back(cmark_node_get_url(node), cmark_node_get_title(node));
        }
        break;
      default:
        break;
    }
  }
  cmark_iter_free(iter);
  std::sort(nodes.links.begin(), nodes.links.end());
  return nodes;
}

bool IsPunct(char c) {
  return std::string_view("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~").find(c) != std::string_view::npos;
}

std::string Unescape(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    if (s[i] == '\\' && i + 1 < s.size() && IsPunct(s[i + 1])) ++i;
    out += s[i];
  }
  return out;
}

// A code span's content as CommonMark normalises it.
std::string CodeLiteral(std::string_view span) {
  const std::size_t ticks = span.find_first_not_of('`');
  std::string content(span.substr(ticks, span.size() - 2 * ticks));
  std::replace(content.begin(), content.end(), '\n', ' ');
  if (content.size() >= 2 && content.front() == ' ' && content.back() == ' ' &&
      content.find_first_not_of(' ') != std::string::npos) {
    content = content.substr(1, content.size() - 2);
  }
  return content;
}

// "(destination "title")" -> (destination, title), unescaped as cmark stores them.
std::pair<std::string, std::string> Destination(std::string_view span) {
  std::string_view inner = span.substr(1, span.size() - 2);
  const auto is_space = [](char c) { return c == ' ' || c == '\n' || c == '\t'; };
  while (!inner.empty() && is_space(inner.front())) inner.remove_prefix(1);
  while (!inner.empty() && is_space(inner.back())) inner.remove_suffix(1);
  std::string_view url, title;
  if (!inner.empty() && inner.front() == '<') {
    std::size_t i = 1;
    while (inner[i] != '>') i += inner[i] == '\\' ? 2 : 1;
    url = inner.substr(1, i - 1);
    title = inner.substr(i + 1);
  } else {
    std::size_t i = 0;
    while (i < inner.size() && !is_space(inner[i])) {
      i += inner[i] == '\\' && i + 1 < inner.size() && IsPunct(inner[i + 1]) ? 2 : 1;
    }
    i = std::min(i, inner.size());
    url = inner.substr(0, i);
    title = inner.substr(i);
  }
  while (!url.empty() && is_space(url.front())) url.remove_prefix(1);  // cmark trims the URL
  while (!url.empty() && is_space(url.back())) url.remove_suffix(1);
  while (!title.empty() && is_space(title.front())) title.remove_prefix(1);
  if (title.size() >= 2) title = title.substr(1, title.size() - 2);
  return {Unescape(url), Unescape(title)};
}

InlineNodes FromScanner(const std::string& text, std::size_t begin, const LinkLabels& labels) {
  InlineNodes nodes;
  for (const InlineSpan& span : ScanInlines(text, ByteRange{begin, text.size()}, labels)) {
    const std::string_view source =
        std::string_view(text).substr(span.range.begin, span.range.size());
    switch (span.kind) {
      case InlineKind::kCodeSpan:
        nodes.code.push_back(CodeLiteral(source));
        break;
      case InlineKind::kRawHtml:
        nodes.html.emplace_back(source);
        break;
      case InlineKind::kAutolink: {
        std::string url(source.substr(1, source.size() - 2));
        static const std::regex kScheme("^[A-Za-z][A-Za-z0-9.+-]{1,31}:");
        if (!std::regex_search(url, kScheme)) url = "mailto:" + url;
        nodes.links.emplace_back(url, "");
        break;
      }
      case InlineKind::kLinkDestination:
        nodes.links.push_back(Destination(source));
        break;
      case InlineKind::kLinkLabel:
        ++nodes.references;
        break;
    }
  }
  std::sort(nodes.links.begin(), nodes.links.end());
  return nodes;
}

bool HasBacktickOutsideCodeSpans(const std::string& text, std::size_t begin,
                                 const LinkLabels& labels) {
  std::size_t p = begin;
  for (const InlineSpan& span : ScanInlines(text, ByteRange{begin, text.size()}, labels)) {
    if (text.substr(p, span.range.begin - p).find('`') != std::string::npos) return true;
    p = span.range.end;
  }
  return text.find('`', p) != std::string::npos;
}

// Compares our scanner with cmark on random paragraphs made of `pieces`, after `definitions` (a
// separate paragraph of link reference definitions whose destinations start with "/ref").
// Every line of the paragraph starts with "z" so that no line can start another block.
void CompareWithCmarkOnRandomParagraphs(const std::vector<std::string>& pieces,
                                        const std::string& definitions, const LinkLabels& labels,
                                        unsigned seed) {
  std::mt19937 random(seed);
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::uniform_int_distribution<int> length(1, 40);
  int compared = 0;
  int skipped = 0;
  for (int round = 0; round < 20000; ++round) {
    std::string text = definitions + "x ";
    const std::size_t begin = definitions.size();
    for (int n = length(random); n > 0; --n) text += pieces[pick(random)];
    text += " end";
    const InlineNodes expected = FromCmark(text);
    const InlineNodes actual = FromScanner(text, begin, labels);
    if (actual.code != expected.code && HasBacktickOutsideCodeSpans(text, begin, labels)) {
      // cmark 0.30 caches backtick positions after scanning for a closer that does not exist and
      // then misses later code spans ("`` `a` `b`" has only `a` in cmark, both by the spec). We
      // follow the spec, so such paragraphs cannot be compared.
      ++skipped;
      continue;
    }
    ASSERT_EQ(actual.code, expected.code) << "code spans in:\n" << text;
    ASSERT_EQ(actual.html, expected.html) << "raw HTML in:\n" << text;
    ASSERT_EQ(actual.links, expected.links) << "links in:\n" << text;
    // Shortcut references ([label] alone) have nothing that is not prose, so we report fewer.
    ASSERT_LE(actual.references, expected.references) << "references in:\n" << text;
    ++compared;
  }
  EXPECT_LT(skipped, compared / 100);
}

const std::vector<std::string> kInlinePieces = {"a",
                                                "b",
                                                " ",
                                                "  ",
                                                "`",
                                                "``",
                                                "```",
                                                "[",
                                                "]",
                                                "(",
                                                ")",
                                                "![",
                                                "<",
                                                ">",
                                                "\\",
                                                "\"",
                                                "'",
                                                "-",
                                                ":",
                                                "@",
                                                "*",
                                                "_",
                                                "!",
                                                "?",
                                                "=",
                                                "/",
                                                "\nz ",
                                                "http://x.org",
                                                "<http://x>",
                                                "<me@x.org>",
                                                "x@y.co",
                                                "<!--",
                                                "-->",
                                                "<a>",
                                                "</a>",
                                                "<a href=\"x\">",
                                                "<b c='d' e=f/>",
                                                "<?",
                                                "?>",
                                                "<![CDATA[",
                                                "]]>",
                                                "<!DOC ",
                                                "](",
                                                "](<",
                                                ">)",
                                                " \"t\"",
                                                " 'u'",
                                                " (v)",
                                                "\\[",
                                                "\\]",
                                                "\\`",
                                                "\\(",
                                                "\\)",
                                                "\\<",
                                                "д",
                                                "ё"};

TEST(DocumentMarkdownInlineTest, AgreesWithCmarkOnRandomParagraphs) {
  CompareWithCmarkOnRandomParagraphs(kInlinePieces, "", LinkLabels{}, 20240601);
}

TEST(DocumentMarkdownInlineTest, AgreesWithCmarkOnRandomParagraphsWithReferences) {
  std::vector<std::string> pieces = kInlinePieces;
  for (const char* piece :
       {"[a]", "[A]", "[b  b]", "[Ё]", "[ё]", "][a]", "][]", "][x]", "[x]", "[b\nz b]"}) {
    pieces.push_back(piece);
  }
  LinkLabels labels;
  labels.Add("a");
  labels.Add("B b");
  labels.Add("ё");
  CompareWithCmarkOnRandomParagraphs(pieces, "[a]: /ref-a\n[B b]: </ref b> 't'\n[ё]: /ref-yo\n\n",
                                     labels, 7);
}

}  // namespace
}  // namespace rightslint::markdown
