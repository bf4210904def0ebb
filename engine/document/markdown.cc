#include "document/markdown.h"

#include <cmark.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document/markdown_inline.h"

namespace rightslint {
namespace {

// Line starts of the text given to cmark, split where cmark splits lines: at "\n", "\r\n" and a
// lone "\r". cmark's block positions are 1-based lines and 1-based *byte* columns.
class LineTable {
 public:
  explicit LineTable(std::string_view text) : text_(text) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
        starts_.push_back(i + 1);
      }
    }
  }

  std::size_t count() const { return starts_.size(); }

  std::size_t Begin(std::size_t line) const {
    if (line < 1) return 0;
    return line > count() ? text_.size() : starts_[line - 1];
  }

  // Where the next line begins (after this line's terminator).
  std::size_t End(std::size_t line) const { return line >= count() ? text_.size() : starts_[line]; }

  // Where this line's terminator begins.
  std::size_t ContentEnd(std::size_t line) const {
    const std::size_t begin = Begin(line);
    std::size_t end = End(line);
    if (end > begin && text_[end - 1] == '\n') --end;
    if (end > begin && text_[end - 1] == '\r') --end;
    return end;
  }

  // The byte `column` bytes into `line`, clamped to the line's content.
  std::size_t Offset(int line, int column) const {
    if (line < 1) return 0;
    const auto l = static_cast<std::size_t>(line);
    if (l > count()) return text_.size();
    return std::min(Begin(l) + static_cast<std::size_t>(std::max(column, 0)), ContentEnd(l));
  }

  // The 1-based line holding `offset`.
  std::size_t LineOf(std::size_t offset) const {
    return static_cast<std::size_t>(std::upper_bound(starts_.begin(), starts_.end(), offset) -
                                    starts_.begin());
  }

 private:
  std::string_view text_;
  std::vector<std::size_t> starts_;
};

// Lines in `text`, ended by "\n", "\r\n" or "\r"; a last line without an ending counts too.
std::size_t CountLines(std::string_view text) {
  std::size_t lines = 0;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' || (text[i] == '\r' && (i + 1 == text.size() || text[i + 1] != '\n'))) {
      ++lines;
    }
  }
  if (!text.empty() && text.back() != '\n' && text.back() != '\r') ++lines;
  return lines;
}

bool IsSpaceOrTab(char c) { return c == ' ' || c == '\t'; }

// The rest of [begin, end) is only spaces and tabs.
bool OnlySpaces(std::string_view text, std::size_t begin, std::size_t end) {
  for (std::size_t i = begin; i < end; ++i) {
    if (!IsSpaceOrTab(text[i])) return false;
  }
  return true;
}

// A fenced code block starts with three or more backticks or tildes.
bool IsFenceStart(std::string_view text, std::size_t at) {
  return text.substr(at).starts_with("```") || text.substr(at).starts_with("~~~");
}

// The line [begin, end) closes the fence opened at `fence`: after container markers, a run of the
// same character at least as long, then only spaces.
bool ClosesFence(std::string_view text, std::size_t fence, std::size_t begin, std::size_t end) {
  const char c = text[fence];
  std::size_t length = 0;
  while (fence + length < text.size() && text[fence + length] == c) ++length;
  std::size_t p = begin;
  while (p < end && (IsSpaceOrTab(text[p]) || text[p] == '>')) ++p;
  std::size_t run = 0;
  while (p + run < end && text[p + run] == c) ++run;
  return run >= length && OnlySpaces(text, p + run, end);
}

// "#" to "######" followed by a space, a tab or the end of the line.
bool IsAtxHeadingStart(std::string_view text, std::size_t at) {
  std::size_t run = 0;
  while (at + run < text.size() && text[at + run] == '#') ++run;
  if (run == 0 || run > 6) return false;
  const std::size_t next = at + run;
  return next == text.size() || IsSpaceOrTab(text[next]) || text[next] == '\n' ||
         text[next] == '\r';
}

// After container markers, only '=' or only '-' (at least one), then only spaces.
bool IsSetextUnderline(std::string_view text, std::size_t begin, std::size_t end) {
  std::size_t p = begin;
  while (p < end && (IsSpaceOrTab(text[p]) || text[p] == '>')) ++p;
  if (p >= end || (text[p] != '=' && text[p] != '-')) return false;
  const char c = text[p];
  while (p < end && text[p] == c) ++p;
  return OnlySpaces(text, p, end);
}

struct LineSpan {
  std::size_t begin, content_end, next;
};

LineSpan LineAt(std::string_view text, std::size_t begin) {
  std::size_t end = begin;
  while (end < text.size() && text[end] != '\n' && text[end] != '\r') ++end;
  std::size_t next = end;
  if (next < text.size() && text[next] == '\r') ++next;
  if (next < text.size() && text[next] == '\n') ++next;
  return LineSpan{begin, end, next};
}

bool IsFence(std::string_view text, const LineSpan& line, std::string_view fence) {
  return text.substr(line.begin, line.content_end - line.begin).starts_with(fence) &&
         OnlySpaces(text, line.begin + fence.size(), line.content_end);
}

struct FrontMatter {
  ByteRange range;         // the block, fences included, without the final line ending
  std::size_t body_begin;  // where the Markdown after it starts
};

// YAML front matter as Jekyll, Hugo and pandoc read it. Pandoc's rule that the opening fence is
// not followed by a blank line keeps a document that merely starts with a thematic break intact.
std::optional<FrontMatter> FindFrontMatter(std::string_view text) {
  const LineSpan first = LineAt(text, 0);
  if (!IsFence(text, first, "---") || first.next >= text.size()) return std::nullopt;
  if (const LineSpan second = LineAt(text, first.next);
      OnlySpaces(text, second.begin, second.content_end)) {
    return std::nullopt;
  }
  for (std::size_t p = first.next; p < text.size();) {
    const LineSpan line = LineAt(text, p);
    if (IsFence(text, line, "---") || IsFence(text, line, "...")) {
      return FrontMatter{ByteRange{0, line.content_end}, line.next};
    }
    p = line.next;
  }
  return std::nullopt;
}

// Skips what may precede a link reference definition on a line outside any paragraph: spaces,
// block quote markers and list item markers.
std::size_t SkipContainerMarkers(std::string_view text, std::size_t p, std::size_t end) {
  while (p < end) {
    while (p < end && IsSpaceOrTab(text[p])) ++p;
    if (p >= end) break;
    const char c = text[p];
    const auto marker_ends_at = [&](std::size_t q) { return q == end || IsSpaceOrTab(text[q]); };
    if (c == '>') {
      ++p;
    } else if ((c == '-' || c == '+' || c == '*') && marker_ends_at(p + 1)) {
      ++p;
    } else if (c >= '0' && c <= '9') {
      std::size_t q = p;
      while (q < end && q - p < 9 && text[q] >= '0' && text[q] <= '9') ++q;
      if (q < end && (text[q] == '.' || text[q] == ')') && marker_ends_at(q + 1)) {
        p = q + 1;
      } else {
        break;
      }
    } else {
      break;
    }
  }
  return p;
}

struct NodeDeleter {
  void operator()(cmark_node* node) const { cmark_node_free(node); }
};
struct IterDeleter {
  void operator()(cmark_iter* iter) const { cmark_iter_free(iter); }
};

// A paragraph or heading: the blocks whose inline content may hold prose.
struct InlineBlock {
  ByteRange range;
  bool may_start_with_definitions;  // paragraphs and setext headings, not ATX headings
  std::size_t definitions_end;      // where link reference definitions must end
  int quote_depth;                  // block quotes around it
};

int QuoteDepth(cmark_node* node) {
  int depth = 0;
  for (cmark_node* parent = cmark_node_parent(node); parent; parent = cmark_node_parent(parent)) {
    if (cmark_node_get_type(parent) == CMARK_NODE_BLOCK_QUOTE) ++depth;
  }
  return depth;
}

class MarkdownScanner {
 public:
  explicit MarkdownScanner(std::string_view body) : body_(body), lines_(body) {}

  // Appends the non-prose ranges of the body (offsets into it) to `out`.
  void Scan(std::vector<ByteRange>& out) {
    std::unique_ptr<cmark_node, NodeDeleter> root(
        cmark_parse_document(body_.data(), body_.size(), CMARK_OPT_SOURCEPOS));
    if (!root) return;
    covered_.assign(lines_.count() + 2, false);
    CollectBlockStarts(root.get());
    CollectBlocks(root.get(), out);
    for (InlineBlock& block : inline_blocks_) {
      if (block.may_start_with_definitions) ConsumeLeadingDefinitions(block, out);
    }
    ScanUncoveredLines(out);
    for (const InlineBlock& block : inline_blocks_) {
      for (const markdown::InlineSpan& span : markdown::ScanInlines(body_, block.range, labels_)) {
        out.push_back(span.range);
      }
    }
  }

 private:
  // Lines on which a block other than the document begins.
  void CollectBlockStarts(cmark_node* root) {
    block_starts_.assign(lines_.count() + 2, false);
    std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(root));
    for (cmark_event_type event = cmark_iter_next(iter.get()); event != CMARK_EVENT_DONE;
         event = cmark_iter_next(iter.get())) {
      cmark_node* node = cmark_iter_get_node(iter.get());
      const cmark_node_type type = cmark_node_get_type(node);
      if (event != CMARK_EVENT_ENTER || type == CMARK_NODE_DOCUMENT ||
          type > CMARK_NODE_LAST_BLOCK) {
        continue;
      }
      const int line = cmark_node_get_start_line(node);
      if (line >= 1 && static_cast<std::size_t>(line) < block_starts_.size()) {
        block_starts_[line] = true;
      }
    }
  }

  bool StartsBlock(std::size_t line) const {
    return line < block_starts_.size() && block_starts_[line];
  }

  void CollectBlocks(cmark_node* root, std::vector<ByteRange>& out) {
    std::unique_ptr<cmark_iter, IterDeleter> iter(cmark_iter_new(root));
    for (cmark_event_type event = cmark_iter_next(iter.get()); event != CMARK_EVENT_DONE;
         event = cmark_iter_next(iter.get())) {
      if (event != CMARK_EVENT_ENTER) continue;
      cmark_node* node = cmark_iter_get_node(iter.get());
      const cmark_node_type type = cmark_node_get_type(node);
      if (type != CMARK_NODE_PARAGRAPH && type != CMARK_NODE_HEADING &&
          type != CMARK_NODE_CODE_BLOCK && type != CMARK_NODE_HTML_BLOCK &&
          type != CMARK_NODE_THEMATIC_BREAK) {
        continue;
      }
      const ByteRange range = BlockRange(node, type);
      const std::size_t first_line = std::max<std::size_t>(
          1, static_cast<std::size_t>(std::max(cmark_node_get_start_line(node), 0)));
      const std::size_t last_line = range.end > range.begin ? lines_.LineOf(range.end - 1) : 0;
      for (std::size_t line = first_line; line <= last_line && line < covered_.size(); ++line) {
        covered_[line] = true;
      }
      const std::size_t end_line = std::max(first_line, last_line);
      switch (type) {
        case CMARK_NODE_CODE_BLOCK:
        case CMARK_NODE_HTML_BLOCK:
          out.push_back(range);
          break;
        case CMARK_NODE_PARAGRAPH:
          // Definitions may run to the end of the paragraph's last line, line ending included.
          inline_blocks_.push_back(
              InlineBlock{range, true, lines_.End(end_line), QuoteDepth(node)});
          break;
        case CMARK_NODE_HEADING: {
          // In a setext heading they end before the underline; ATX headings have none.
          const bool setext = !IsAtxHeadingStart(body_, range.begin);
          inline_blocks_.push_back(
              InlineBlock{range, setext, lines_.Begin(end_line), QuoteDepth(node)});
          break;
        }
        default:
          break;
      }
    }
  }

  // The source bytes of a leaf block, from its first byte to its last non-space byte.
  //
  // cmark 0.30's start positions are exact, its end positions are not always: a block closed by
  // the end of its container (an unclosed fence in a list item, a setext heading) is said to end
  // on the *next* line, and an HTML block closed by a marker ("-->", "?>", "</pre>") a line early.
  // So the last line is derived from what the block holds where that is known.
  ByteRange BlockRange(cmark_node* node, cmark_node_type type) const {
    const int start_line = std::max(cmark_node_get_start_line(node), 1);
    const int end_line = std::max(cmark_node_get_end_line(node), start_line);
    const int end_column = cmark_node_get_end_column(node);
    const std::size_t begin = lines_.Offset(start_line, cmark_node_get_start_column(node) - 1);
    const auto line_end = [&](std::size_t line) {
      return lines_.ContentEnd(std::clamp<std::size_t>(line, 1, lines_.count()));
    };
    const auto first = static_cast<std::size_t>(start_line);
    const char* literal = cmark_node_get_literal(node);
    const std::size_t literal_lines = CountLines(literal ? literal : "");

    std::size_t end;
    if (type == CMARK_NODE_HTML_BLOCK) {
      end = line_end(first + std::max<std::size_t>(literal_lines, 1) - 1);
    } else if (type == CMARK_NODE_CODE_BLOCK && IsFenceStart(body_, begin)) {
      // The opening fence, one line per line of content, then the closing fence if there is one.
      const std::size_t after_content = first + literal_lines + 1;
      const bool closed =
          static_cast<std::size_t>(end_line) == after_content && !StartsBlock(after_content) &&
          ClosesFence(body_, begin, lines_.Begin(after_content), lines_.ContentEnd(after_content));
      end = line_end(closed ? after_content : after_content - 1);
    } else if (type == CMARK_NODE_CODE_BLOCK) {
      end = line_end(first + std::max<std::size_t>(literal_lines, 1) - 1);  // indented
    } else if (type == CMARK_NODE_HEADING && !IsAtxHeadingStart(body_, begin)) {
      // The underline is the reported last line only at the end of the input; otherwise the
      // heading was closed by the line after it, which cmark reports instead.
      const auto last = static_cast<std::size_t>(end_line);
      const bool underline_is_last =
          !StartsBlock(last) &&
          IsSetextUnderline(body_, lines_.Begin(last), lines_.ContentEnd(last));
      end = line_end(underline_is_last || last == first ? last : last - 1);
    } else if (end_column == 0) {
      end = lines_.Begin(static_cast<std::size_t>(end_line));
    } else {
      end = lines_.Offset(end_line, end_column);
    }
    while (end > begin && std::isspace(static_cast<unsigned char>(body_[end - 1]))) --end;
    return ByteRange{begin, std::max(begin, end)};
  }

  // cmark removes link reference definitions from the start of a paragraph but leaves the
  // paragraph's position where the definitions began.
  void ConsumeLeadingDefinitions(InlineBlock& block, std::vector<ByteRange>& out) {
    const std::size_t bound = block.definitions_end;
    const std::size_t column = block.range.begin - lines_.Begin(lines_.LineOf(block.range.begin));
    std::size_t p = block.range.begin;
    while (p < block.range.end) {
      std::optional<markdown::ReferenceDefinition> definition =
          markdown::ParseReferenceDefinition(body_, p, bound);
      if (!definition) break;
      labels_.Add(definition->label);
      out.push_back(definition->range);
      block.range.begin = std::min(definition->next, block.range.end);
      p = NextLineContent(definition->next, column, block.quote_depth);
    }
  }

  // Where the content of the paragraph line starting at `line_begin` starts, as cmark sees it.
  // cmark strips the indentation of a continuation line that matches the paragraph's containers,
  // but keeps it on a lazy one ("> [a]: /u" then " [b]: /v": the second is not a definition). A
  // line matches if it has a '>' for each block quote around the paragraph and, after those, its
  // text starts right away or at least as far right as on the paragraph's first line (`column`,
  // 0-based: list items need indentation); otherwise the position returned is one where no
  // definition can start.
  std::size_t NextLineContent(std::size_t line_begin, std::size_t column, int quote_depth) const {
    std::size_t q = line_begin;
    int markers = 0;
    while (markers < quote_depth) {
      std::size_t r = q;
      while (r < body_.size() && r - q < 3 && body_[r] == ' ') ++r;
      if (r >= body_.size() || body_[r] != '>') break;
      q = r + 1;
      if (q < body_.size() && IsSpaceOrTab(body_[q])) ++q;
      ++markers;
    }
    if (markers < quote_depth || q >= body_.size() || !IsSpaceOrTab(body_[q])) return q;
    std::size_t r = q;
    while (r < body_.size() && IsSpaceOrTab(body_[r])) ++r;
    return r - line_begin >= column ? r : q;
  }

  // Lines outside every leaf block hold only container markers, blank space and link reference
  // definitions that made up a whole paragraph (cmark then drops the paragraph): whatever text
  // such a line holds after its markers is not prose.
  void ScanUncoveredLines(std::vector<ByteRange>& out) {
    const std::size_t count = lines_.count();
    std::size_t line = 1;
    while (line <= count) {
      if (covered_[line]) {
        ++line;
        continue;
      }
      std::size_t last = line;
      while (last + 1 <= count && !covered_[last + 1]) ++last;
      const std::size_t gap_end = lines_.End(last);
      while (line <= last) {
        const std::size_t content_end = lines_.ContentEnd(line);
        const std::size_t p = SkipContainerMarkers(body_, lines_.Begin(line), content_end);
        if (p >= content_end) {
          ++line;
          continue;
        }
        if (std::optional<markdown::ReferenceDefinition> definition =
                markdown::ParseReferenceDefinition(body_, p, gap_end)) {
          labels_.Add(definition->label);
          out.push_back(definition->range);
          line = std::max(line + 1, lines_.LineOf(definition->next));
          continue;
        }
        out.push_back(ByteRange{p, content_end});
        ++line;
      }
    }
  }

  std::string_view body_;
  LineTable lines_;
  std::vector<bool> covered_;       // by line number: inside a leaf block
  std::vector<bool> block_starts_;  // by line number: a block begins there
  std::vector<InlineBlock> inline_blocks_;
  markdown::LinkLabels labels_;
};

}  // namespace

std::vector<ByteRange> MarkdownNonProse(std::string_view text) {
  std::vector<ByteRange> out;
  std::size_t body_begin = 0;
  if (std::optional<FrontMatter> front_matter = FindFrontMatter(text)) {
    out.push_back(front_matter->range);
    body_begin = front_matter->body_begin;
  }
  std::string_view body = text.substr(body_begin);
  // cmark turns a NUL byte into U+FFFD (three bytes), which would shift its columns; a SUB
  // control character is one byte and, like U+FFFD, an ordinary character to CommonMark.
  std::string without_nul;
  if (body.find('\0') != std::string_view::npos) {
    without_nul.assign(body);
    std::replace(without_nul.begin(), without_nul.end(), '\0', '\x1A');
    body = without_nul;
  }
  const std::size_t first = out.size();
  MarkdownScanner(body).Scan(out);
  for (std::size_t k = first; k < out.size(); ++k) {
    out[k].begin += body_begin;
    out[k].end += body_begin;
  }
  return out;
}

}  // namespace rightslint
