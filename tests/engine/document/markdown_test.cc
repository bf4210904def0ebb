#include "document/markdown.h"

#include <cmark.h>
#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <random>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "document/extract.h"

namespace rightslint {
namespace {

// The non-prose text of a Markdown document, range by range, after checking that the ranges are
// sorted, disjoint and not touching (merged).
std::vector<std::string> NonProse(const std::string& markdown) {
  StatusOr<Document> document = ExtractDocument(Source{"doc.md", markdown, Format::kMarkdown});
  EXPECT_TRUE(document.ok()) << document.status().message();
  if (!document.ok()) return {};
  EXPECT_EQ(document->text, markdown);
  std::vector<std::string> out;
  std::size_t previous_end = 0;
  for (const ByteRange& range : document->non_prose) {
    EXPECT_LT(range.begin, range.end);
    EXPECT_LE(range.end, markdown.size());
    if (!out.empty()) {
      EXPECT_LT(previous_end, range.begin) << "unsorted, overlapping or touching";
    }
    previous_end = range.end;
    out.push_back(markdown.substr(range.begin, range.size()));
  }
  return out;
}

using Texts = std::vector<std::string>;

TEST(DocumentMarkdownTest, FencedCodeBlockWithInfoString) {
  EXPECT_EQ(NonProse("Text\n\n```python\nx = 1\n```\n\nMore\n"), Texts{"```python\nx = 1\n```"});
  EXPECT_EQ(NonProse("~~~\nunclosed\nfence"), Texts{"~~~\nunclosed\nfence"});
}

TEST(DocumentMarkdownTest, IndentedCodeBlock) {
  EXPECT_EQ(NonProse("Para\n\n    code line\n      more\n\nAfter\n"),
            Texts{"code line\n      more"});
  EXPECT_EQ(NonProse("\tcode after a tab\n"), Texts{"code after a tab"});
}

TEST(DocumentMarkdownTest, InlineCodeSpans) {
  EXPECT_EQ(NonProse("Use `rm -rf` and ``a ` b`` carefully.\n"), (Texts{"`rm -rf`", "``a ` b``"}));
}

TEST(DocumentMarkdownTest, LinkDestinationIsNotProseButLinkTextIs) {
  EXPECT_EQ(NonProse("See [наркозависимость](https://example.org/a \"Title\") here.\n"),
            Texts{"(https://example.org/a \"Title\")"});
  EXPECT_EQ(NonProse("![a chart of arrests](img/chart.png)\n"), Texts{"(img/chart.png)"});
}

TEST(DocumentMarkdownTest, AutolinksBareUrlsAndEmails) {
  EXPECT_EQ(NonProse("Go to <https://example.org> or www.example.org/x, mail info@минздрав.рф.\n"),
            (Texts{"<https://example.org>", "www.example.org/x", "info@минздрав.рф"}));
}

TEST(DocumentMarkdownTest, HtmlCommentsAndBlocks) {
  EXPECT_EQ(NonProse("a <!-- TODO: check --> b <em>c</em>\n"),
            (Texts{"<!-- TODO: check -->", "<em>", "</em>"}));
  EXPECT_EQ(NonProse("<!--\nmulti-line\ncomment\n-->\n\nProse.\n"),
            Texts{"<!--\nmulti-line\ncomment\n-->"});
  EXPECT_EQ(NonProse("<div class=\"note\">\nhtml\n</div>\n\nProse.\n"),
            Texts{"<div class=\"note\">\nhtml\n</div>"});
}

TEST(DocumentMarkdownTest, FrontMatter) {
  EXPECT_EQ(NonProse("---\ntitle: Доклад\ntags: [a, b]\n---\n# Heading `x`\n"),
            (Texts{"---\ntitle: Доклад\ntags: [a, b]\n---", "`x`"}));
  EXPECT_EQ(NonProse("---\ntitle: x\n...\nText\n"), Texts{"---\ntitle: x\n..."});
  // With a BOM (itself not prose) the two ranges touch and merge.
  EXPECT_EQ(NonProse("\xEF\xBB\xBF---\na: 1\n---\nText\n"), Texts{"\xEF\xBB\xBF---\na: 1\n---"});
  // Not front matter: a thematic break followed by a blank line, an unclosed block, or "---"
  // anywhere but the first line.
  EXPECT_EQ(NonProse("---\n\nText\n---\n"), Texts{});
  EXPECT_EQ(NonProse("---\ntitle: x\nno end\n"), Texts{});
  EXPECT_EQ(NonProse("Text\n---\na: b\n---\n"), Texts{});
}

TEST(DocumentMarkdownTest, CyrillicParagraphFollowedByCode) {
  const std::string text =
      "Наркопотребители — это люди. Используйте `код` осторожно.\n\n```\nнаркоман\n```\n";
  StatusOr<Document> document = ExtractDocument(Source{"ru.md", text, Format::kMarkdown});
  ASSERT_TRUE(document.ok());
  ASSERT_EQ(document->non_prose.size(), 2u);
  const std::string code = "`код`";  // 8 bytes
  EXPECT_EQ(document->non_prose[0], (ByteRange{text.find(code), text.find(code) + code.size()}));
  EXPECT_EQ(document->non_prose[0].begin, 77u);  // "Наркопотребители — это люди. Используйте "
  const std::string block = "```\nнаркоман\n```";  // 24 bytes
  EXPECT_EQ(document->non_prose[1], (ByteRange{text.find(block), text.find(block) + block.size()}));
}

TEST(DocumentMarkdownTest, CrlfLineEndings) {
  EXPECT_EQ(NonProse("Текст `код`\r\nещё [ссылка](u)\r\n\r\n```\r\nx\r\n```\r\n\r\n    ind\r\n"),
            (Texts{"`код`", "(u)", "```\r\nx\r\n```", "ind"}));
}

TEST(DocumentMarkdownTest, LoneCarriageReturnLineEndings) {
  EXPECT_EQ(NonProse("Text `x`\r\r```\rcode\r```\r"), (Texts{"`x`", "```\rcode\r```"}));
}

TEST(DocumentMarkdownTest, ReferenceDefinitionsAndReferenceLinks) {
  EXPECT_EQ(NonProse("See [the report][r] and [R].\n\n[r]: https://example.org/r \"Report\"\n"),
            (Texts{"[r]", "[r]: https://example.org/r \"Report\""}));
  // Definitions at the start of a paragraph are removed by cmark, the rest stays a paragraph.
  EXPECT_EQ(NonProse("[r]: /url\nText with [a link][r].\n"), (Texts{"[r]: /url", "[r]"}));
  // An undefined label is no link: "[x]" is prose.
  EXPECT_EQ(NonProse("[text][x]\n"), Texts{});
}

TEST(DocumentMarkdownTest, ContainersListsAndQuotes) {
  EXPECT_EQ(NonProse("> Quote with `code`\n> and [link](u)\n\n- item `x`\n- [d]: /def\n\n"
                     "1. ```\n   fenced in a list\n   ```\n"),
            (Texts{"`code`", "(u)", "`x`", "[d]: /def", "```\n   fenced in a list\n   ```"}));
  EXPECT_EQ(NonProse("-\tItem `x`\n"), Texts{"`x`"});
}

TEST(DocumentMarkdownTest, HeadingsKeepTheirInlineSyntax) {
  EXPECT_EQ(NonProse("# Title `x` #\n\nSetext `y`\n===\n"), (Texts{"`x`", "`y`"}));
}

// Regression tests for cmark 0.30 end positions that markdown.cc corrects.
TEST(DocumentMarkdownTest, HtmlBlockClosedByAMarkerEndsOnTheMarkerLine) {
  EXPECT_EQ(NonProse("<?php\necho 1;\n?>\nafter\n"), Texts{"<?php\necho 1;\n?>"});
}

TEST(DocumentMarkdownTest, UnclosedFenceInAListItemEndsWithTheItem) {
  EXPECT_EQ(NonProse("- ```\nprose `x`\n"), (Texts{"```", "`x`"}));
  EXPECT_EQ(NonProse("- ```\n  code\n```\nmore\n```\n"), (Texts{"```\n  code", "```\nmore\n```"}));
}

TEST(DocumentMarkdownTest, SetextHeadingEndsAtItsUnderline) {
  EXPECT_EQ(NonProse("Title `x`\n===\n[r]: /u\n\nSee [a][r].\n"), (Texts{"`x`", "[r]: /u", "[r]"}));
  // The underline cannot serve as a definition's destination.
  EXPECT_EQ(NonProse("[a]:\n===\n"), Texts{});
}

TEST(DocumentMarkdownTest, LazyIndentedLineInAQuoteIsNotADefinition) {
  EXPECT_EQ(NonProse("> [a]: /u\n [b]: /v\n\n[x][b] [y][a]\n"), (Texts{"[a]: /u", "[a]"}));
}

TEST(DocumentMarkdownTest, PlainTextIgnoresMarkdownSyntax) {
  const std::string text = "`not code` [a](b) <!-- c --> https://example.org";
  StatusOr<Document> document = ExtractDocument(Source{"a.txt", text, Format::kText});
  ASSERT_TRUE(document.ok());
  ASSERT_EQ(document->non_prose.size(), 1u);
  EXPECT_EQ(document->non_prose[0], (ByteRange{text.find("https"), text.size()}));
}

TEST(DocumentMarkdownTest, NulBytesDoNotShiftOffsets) {
  const std::string text = std::string("a\0b `c`\n\n```\nd\n```\n", 19);
  StatusOr<Document> document = ExtractDocument(Source{"nul.md", text, Format::kMarkdown});
  ASSERT_TRUE(document.ok());
  ASSERT_EQ(document->non_prose.size(), 2u);
  EXPECT_EQ(text.substr(document->non_prose[0].begin, document->non_prose[0].size()), "`c`");
  EXPECT_EQ(text.substr(document->non_prose[1].begin, document->non_prose[1].size()),
            "```\nd\n```");
}

TEST(DocumentMarkdownTest, EmptyAndBlankDocuments) {
  EXPECT_EQ(NonProse(""), Texts{});
  EXPECT_EQ(NonProse("\n\n  \n"), Texts{});
  EXPECT_TRUE(MarkdownNonProse("").empty());
}

// ---- Differential test against cmark on random documents ----
//
// Every word of a random document is a unique token "t<n>". cmark says where each token ended up:
// in a text node (prose), in a code span, code block, HTML node or link destination or title (not
// prose), or nowhere (consumed by a link reference definition: not prose). Our ranges must agree.

struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};

void CollectTokens(const char* literal, bool prose, std::map<std::string, bool>& tokens) {
  if (literal == nullptr) return;
  static const std::regex kToken("t[0-9]+");
  const std::string text(literal);
  for (auto it = std::sregex_iterator(text.begin(), text.end(), kToken);
       it != std::sregex_iterator(); ++it) {
    auto [entry, inserted] = tokens.emplace(it->str(), prose);
    if (!inserted) entry->second = entry->second && prose;  // an autolink's text repeats its URL
  }
}

// Token -> is it prose, according to cmark.
std::map<std::string, bool> CmarkTokens(const std::string& markdown) {
  std::map<std::string, bool> tokens;
  std::unique_ptr<cmark_node, NodeDeleter> root(
      cmark_parse_document(markdown.data(), markdown.size(), CMARK_OPT_DEFAULT));
  cmark_iter* iter = cmark_iter_new(root.get());
  for (cmark_event_type event; (event = cmark_iter_next(iter)) != CMARK_EVENT_DONE;) {
    if (event != CMARK_EVENT_ENTER) continue;
    cmark_node* node = cmark_iter_get_node(iter);
    switch (cmark_node_get_type(node)) {
      case CMARK_NODE_TEXT:
        CollectTokens(cmark_node_get_literal(node), true, tokens);
        break;
      case CMARK_NODE_CODE:
      case CMARK_NODE_CODE_BLOCK:
      case CMARK_NODE_HTML_INLINE:
      case CMARK_NODE_HTML_BLOCK:
        CollectTokens(cmark_node_get_literal(node), false, tokens);
        break;
      case CMARK_NODE_LINK:
      case CMARK_NODE_IMAGE:
        CollectTokens(cmark_node_get_url(node), false, tokens);
        CollectTokens(cmark_node_get_title(node), false, tokens);
        break;
      default:
        break;
    }
  }
  cmark_iter_free(iter);
  return tokens;
}

TEST(DocumentMarkdownTest, AgreesWithCmarkOnRandomDocuments) {
  // '%' becomes a fresh token. Backtick runs are always balanced within a line: cmark 0.30 misses
  // code spans after an unmatched run (see markdown_inline_test.cc), which we do not imitate.
  const std::vector<std::string> lines = {"%",
                                          "% %",
                                          "  % %",
                                          "% `%` %",
                                          "`% %` % ``%`%``",
                                          "% [% %](% \"%\") %",
                                          "![%](%)",
                                          "% <b>%</b> %",
                                          "% <!-- % --> %",
                                          "% <http://%.org> %",
                                          "% <%@x.org> %",
                                          "```",
                                          "~~~",
                                          "```%",
                                          "    % %",
                                          "\t%",
                                          "      %",
                                          "<!--",
                                          "% -->",
                                          "<div>",
                                          "</div>",
                                          "<?x % ?>",
                                          "<pre>",
                                          "</pre>",
                                          "> % `%`",
                                          "> ```",
                                          "> > %",
                                          ">",
                                          "- %",
                                          "1. %",
                                          "  - % [%](%)",
                                          "-   ```",
                                          "* %",
                                          "2) %",
                                          "-",
                                          "# % `%` #",
                                          "## %",
                                          "===",
                                          "---",
                                          "***",
                                          "[la]: /% \"%\"",
                                          "[lb]: <% %>",
                                          "  [la]:",
                                          "  /%",
                                          "[%][la] [%][lb] [%][lc]",
                                          "[la] [%][]",
                                          "",
                                          "",
                                          "",
                                          "   ",
                                          "%\\",
                                          "%  ",
                                          "| % | % |",
                                          "\\# % \\`%",
                                          "% &amp; %",
                                          "> - % `%`",
                                          "- > %",
                                          "   > %",
                                          "    - %",
                                          "1.  ```",
                                          "  ~~~",
                                          "-->",
                                          "<script>",
                                          "% </script>",
                                          "<![CDATA[ %",
                                          "]]>",
                                          "> [la]: /%",
                                          "> [%]",
                                          "-   [lb]: /%",
                                          "<!-- %",
                                          "---",
                                          "> ---",
                                          "> % -->"};
  std::mt19937 random(20240602);
  std::uniform_int_distribution<std::size_t> pick(0, lines.size() - 1);
  std::uniform_int_distribution<int> length(1, 20);
  const std::vector<std::string> endings = {"\n", "\r\n", "\r"};
  for (int round = 0; round < 20000; ++round) {
    const std::string& ending = endings[round % endings.size()];
    std::string markdown = "start" + ending + ending;  // never front matter, which cmark lacks
    int next_token = 0;
    for (int n = length(random); n > 0; --n) {
      for (char c : lines[pick(random)]) {
        if (c == '%') {
          markdown += 't';
          markdown += std::to_string(next_token++);
        } else {
          markdown += c;
        }
      }
      markdown += ending;
    }
    const std::map<std::string, bool> expected = CmarkTokens(markdown);
    StatusOr<Document> document = ExtractDocument(Source{"r.md", markdown, Format::kMarkdown});
    ASSERT_TRUE(document.ok());
    static const std::regex kToken("t[0-9]+");
    std::map<std::string, std::size_t> positions;  // every token occurs once
    for (auto it = std::sregex_iterator(markdown.begin(), markdown.end(), kToken);
         it != std::sregex_iterator(); ++it) {
      positions.emplace(it->str(), static_cast<std::size_t>(it->position()));
    }
    ASSERT_EQ(positions.size(), static_cast<std::size_t>(next_token));
    for (const auto& [name, begin] : positions) {
      const std::size_t end = begin + name.size();
      bool non_prose = false;
      for (const ByteRange& range : document->non_prose) {
        if (range.begin <= begin && end <= range.end) non_prose = true;
      }
      const auto it = expected.find(name);
      const bool cmark_prose = it != expected.end() && it->second;
      ASSERT_EQ(!non_prose, cmark_prose)
          << name << (cmark_prose ? " is prose" : " is not prose") << " in:\n"
          << markdown;
    }
  }
}

}  // namespace
}  // namespace rightslint
