#include "document/html_text.h"

#include <gumbo.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "document/html_charset.h"

namespace rightslint {
namespace {

constexpr std::string_view kDirectivePrefix = "rightslint-";
constexpr std::string_view kDisableLine = "rightslint-disable-line";

bool IsHtmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string_view TrimHtmlSpace(std::string_view s) {
  while (!s.empty() && IsHtmlSpace(s.front())) s.remove_prefix(1);
  while (!s.empty() && IsHtmlSpace(s.back())) s.remove_suffix(1);
  return s;
}

// ---- The nesting check, before gumbo sees the bytes. ----

char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsTagNameChar(char c) { return !IsHtmlSpace(c) && c != '/' && c != '>'; }

template <std::size_t N>
bool OneOf(std::string_view name, const std::array<std::string_view, N>& names) {
  return std::find(names.begin(), names.end(), name) != names.end();
}

// Elements whose start tag does not deepen the tree: void elements, and elements whose end tag
// may be left out (the parser closes them at the next sibling).
bool LeavesDepth(std::string_view name) {
  static constexpr std::array<std::string_view, 37> kNames = {
      "area",     "base",  "basefont", "bgsound", "br",     "col",   "embed", "frame",
      "hr",       "img",   "image",    "input",   "keygen", "link",  "meta",  "param",
      "source",   "track", "wbr",      "p",       "li",     "dt",    "dd",    "option",
      "optgroup", "tr",    "td",       "th",      "thead",  "tbody", "tfoot", "colgroup",
      "caption",  "rb",    "rt",       "rtc",     "rp"};
  return OneOf(name, kNames) || name == "html" || name == "head" || name == "body";
}

// Elements whose content is text up to their end tag, not markup.
bool HoldsRawText(std::string_view name) {
  static constexpr std::array<std::string_view, 9> kNames = {
      "script", "style", "textarea", "title", "xmp", "iframe", "noembed", "noframes", "plaintext"};
  return OneOf(name, kNames);
}

// `lower` is the lowercased document; `at` is just past a tag's "<" or "</".
std::string_view TagNameAt(std::string_view lower, std::size_t at) {
  std::size_t end = at;
  while (end < lower.size() && IsTagNameChar(lower[end])) ++end;
  return lower.substr(at, end - at);
}

// ---- Anchors: where the words of a text node are in the source. ----

// A stretch of the decoded word copied literally from the source.
struct Piece {
  std::size_t word = 0;    // offset in the word
  std::size_t source = 0;  // offset in the node's original text
  std::size_t length = 0;
};

std::size_t Utf8Length(char lead) {
  const auto byte = static_cast<unsigned char>(lead);
  return byte < 0xC0 ? 1 : byte < 0xE0 ? 2 : byte < 0xF0 ? 3 : 4;
}

bool IsAlnum(char c) { return IsAsciiAlpha(c) || (c >= '0' && c <= '9'); }

// Past the character reference starting with the "&" at `at`.
std::size_t SkipReference(std::string_view original, std::size_t at) {
  std::size_t i = at + 1;
  if (i < original.size() && original[i] == '#') {
    ++i;
    if (i < original.size() && (original[i] == 'x' || original[i] == 'X')) ++i;
  }
  while (i < original.size() && IsAlnum(original[i])) ++i;
  if (i < original.size() && original[i] == ';') ++i;
  return i;
}

// Whether original[at, end) is a numeric character reference to white space ("&#32;", "&#x0A;").
bool IsSpaceReference(std::string_view original, std::size_t at, std::size_t end) {
  std::string_view body = original.substr(at, end - at);
  if (!body.starts_with("&#")) return false;
  body.remove_prefix(2);
  if (body.ends_with(';')) body.remove_suffix(1);
  int base = 10;
  if (!body.empty() && (body.front() == 'x' || body.front() == 'X')) {
    base = 16;
    body.remove_prefix(1);
  }
  unsigned value = 0;
  const auto [rest, error] = std::from_chars(body.data(), body.data() + body.size(), value, base);
  return error == std::errc() && rest == body.data() + body.size() && value < 0x80 &&
         IsHtmlSpace(static_cast<char>(value));
}

// Past white space at `at`, references to white space included: in the decoded text they are
// gaps between words too.
std::size_t SkipSpace(std::string_view original, std::size_t at) {
  while (at < original.size()) {
    if (IsHtmlSpace(original[at])) {
      ++at;
      continue;
    }
    if (original[at] != '&') break;
    const std::size_t end = SkipReference(original, at);
    if (!IsSpaceReference(original, at, end)) break;
    at = end;
  }
  return at;
}

// Walks `word` and `original` from `*at` together, adding the copied pieces to `pieces`: a
// character reference in the source stands for one code point of the word, equal code points are
// copied. Stops at anything else (a reference that made two code points, a character the parser
// dropped); true when the walk reached the end of the word.
bool WalkWord(std::string_view word, std::string_view original, std::size_t* at,
              std::vector<Piece>* pieces) {
  std::size_t i = 0;
  std::size_t q = *at;
  while (i < word.size() && q < original.size()) {
    const std::size_t length = std::min(Utf8Length(word[i]), word.size() - i);
    if (original[q] == '&') {  // the walk only runs on words with a reference in them
      q = SkipReference(original, q);
      i += length;
    } else if (original.substr(q).starts_with(word.substr(i, length))) {
      pieces->push_back({i, q, length});  // one per code point; the anchors merge them
      i += length;
      q += length;
    } else {
      break;
    }
  }
  *at = q;
  return i >= word.size();
}

// Where the words of one text node come from in its original text, in order.
class SourceCursor {
 public:
  static constexpr std::size_t kLookAhead = 256;

  explicit SourceCursor(std::string_view original) : original_(original) {}

  std::vector<Piece> Find(std::string_view word) {
    std::size_t at = SkipSpace(original_, cursor_);
    if (original_.substr(at).starts_with(word)) {  // the common case: no reference in the word
      cursor_ = at + word.size();
      return {{0, at, word.size()}};
    }
    std::vector<Piece> pieces;
    if (WalkWord(word, original_, &at, &pieces)) {
      cursor_ = at;
      return pieces;
    }
    if (pieces.empty()) {
      // Lost at once: markup the parser dropped inside the node? Look a little further on (a
      // little, so a node of such words stays linear).
      const std::size_t found =
          original_.substr(0, cursor_ + word.size() + kLookAhead).find(word, cursor_);
      if (found != std::string_view::npos) {
        cursor_ = found + word.size();
        return {{0, found, word.size()}};
      }
    }
    // Lost inside the word: its source ends where the source's word does.
    while (at < original_.size() && !IsHtmlSpace(original_[at])) ++at;
    cursor_ = at;
    return pieces;
  }

 private:
  std::string_view original_;
  std::size_t cursor_ = 0;
};

// ---- The text, built while walking the tree. ----

enum class Break { kNone, kLine, kParagraph };

class TextBuilder {
 public:
  TextBuilder(std::string_view source, std::size_t max_bytes)
      : source_(source), max_bytes_(max_bytes) {}

  // `decoded` is a text node's text, `original` the source it came from (a view into source_,
  // or empty when unknown). Preformatted text keeps its white space.
  void AddText(std::string_view decoded, std::string_view original, bool preformatted) {
    SourceCursor cursor(original);
    const std::size_t base = original.empty() ? 0 : original.data() - source_.data();
    for (std::size_t i = 0; i < decoded.size() && !full();) {
      const char c = decoded[i];
      if (!IsHtmlSpace(c)) {
        std::size_t end = i;
        while (end < decoded.size() && !IsHtmlSpace(decoded[end])) ++end;
        AddWord(decoded.substr(i, end - i), cursor, base);
        i = end;
        continue;
      }
      if (!preformatted) {
        if (gap_.empty() && !AtLineStart()) gap_ = " ";
      } else if (c == '\n') {
        EndLine(pending_ == Break::kNone ? Break::kLine : Break::kParagraph);
      } else if (c != '\r') {
        gap_ += c;
      }
      ++i;
    }
  }

  // A suppression directive (`content` is the comment's, trimmed), written as a non-prose
  // "<!-- … -->" on one line: a line of its own, except rightslint-disable-line, which ends the
  // line it is on (so it covers that paragraph, or that line of a <pre>).
  void AddDirective(std::string_view content, std::string_view original) {
    if (!content.starts_with(kDisableLine)) {
      EndLine(Break::kLine);
    } else if (!AtLineStart()) {
      gap_ = " ";
    }
    const std::size_t before = text_.size();
    AddText("<!-- " + std::string(content) + " -->", original, false);  // one line: collapsed
    if (full()) return;
    non_prose_.push_back({text_.find("<!--", before), text_.size()});
    EndLine(Break::kLine);
  }

  void EndLine(Break level) {
    pending_ = std::max(pending_, level);
    gap_.clear();
  }

  void EnterCode() { ++code_depth_; }
  void LeaveCode() { --code_depth_; }

  bool full() const { return text_.size() > max_bytes_; }

  ExtractedText Finish() && {
    ExtractedText out;
    if (!text_.empty()) text_ += '\n';
    out.text = std::move(text_);
    out.non_prose = std::move(non_prose_);
    out.anchors = std::move(anchors_);
    return out;
  }

 private:
  bool AtLineStart() const {
    return pending_ != Break::kNone || text_.empty() || text_.back() == '\n';
  }

  void AddWord(std::string_view word, SourceCursor& cursor, std::size_t base) {
    const std::size_t gap_begin = text_.size();
    if (pending_ != Break::kNone && !text_.empty()) {  // no line breaks before the first word
      text_ += pending_ == Break::kParagraph ? "\n\n" : "\n";
    }
    pending_ = Break::kNone;
    text_ += gap_;
    gap_.clear();
    const std::size_t begin = text_.size();
    text_ += word;
    for (const Piece& piece : cursor.Find(word)) {
      AddAnchor({begin + piece.word, base + piece.source, piece.length});
    }
    if (code_depth_ > 0) AddCode(gap_begin, begin, text_.size());
  }

  // Code words and the gaps between them are one non-prose range.
  void AddCode(std::size_t gap_begin, std::size_t begin, std::size_t end) {
    if (!non_prose_.empty() && non_prose_.back().end == gap_begin) {
      non_prose_.back().end = end;
    } else {
      non_prose_.push_back({begin, end});
    }
  }

  // Joins `anchor` to the previous one when what lies between them is the same in text and source.
  void AddAnchor(const SourceAnchor& anchor) {
    if (!anchors_.empty()) {
      SourceAnchor& last = anchors_.back();
      const std::size_t text_end = last.text + last.length;
      const std::size_t source_end = last.source + last.length;
      if (anchor.source >= source_end && anchor.text - text_end == anchor.source - source_end &&
          std::string_view(text_).substr(text_end, anchor.text - text_end) ==
              source_.substr(source_end, anchor.source - source_end)) {
        last.length = anchor.text + anchor.length - last.text;
        return;
      }
    }
    anchors_.push_back(anchor);
  }

  std::string_view source_;
  std::size_t max_bytes_;
  std::string text_;
  std::vector<ByteRange> non_prose_;
  std::vector<SourceAnchor> anchors_;
  Break pending_ = Break::kNone;  // the line break owed before the next word
  std::string gap_;               // the white space owed before the next word on its line
  int code_depth_ = 0;
};

// ---- The walk over gumbo's tree. ----

bool IsSkippedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_TITLE:  // outside <head>: metadata all the same
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
      return true;
    default:
      return false;
  }
}

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_XMP:
      return true;
    default:
      return false;
  }
}

bool IsPreformattedTag(GumboTag tag) {
  return tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_TEXTAREA || tag == GUMBO_TAG_LISTING ||
         tag == GUMBO_TAG_XMP || tag == GUMBO_TAG_PLAINTEXT;
}

bool IsCodeTag(GumboTag tag) {
  return tag == GUMBO_TAG_CODE || tag == GUMBO_TAG_KBD || tag == GUMBO_TAG_SAMP ||
         tag == GUMBO_TAG_VAR;
}

const GumboVector& Children(const GumboNode* node) {
  return node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
}

unsigned ChildCount(const GumboNode* node) { return Children(node).length; }

const GumboNode* Child(const GumboNode* node, unsigned i) {
  return static_cast<const GumboNode*>(Children(node).data[i]);
}

class TreeWalker {
 public:
  TreeWalker(std::string_view source, TextBuilder* out) : source_(source), out_(out) {}

  // Depth-first without recursion: the tree is as deep as the markup makes it.
  void Walk(const GumboNode* document) {
    struct Frame {
      const GumboNode* node;
      unsigned next_child;
    };
    std::vector<Frame> stack = {{document, 0}};
    while (!stack.empty() && !out_->full()) {
      Frame& frame = stack.back();
      if (frame.next_child == ChildCount(frame.node)) {
        if (frame.node->type == GUMBO_NODE_ELEMENT) Leave(frame.node->v.element.tag);
        stack.pop_back();
        continue;
      }
      const GumboNode* child = Child(frame.node, frame.next_child++);
      if (Visit(child)) stack.push_back({child, 0});
    }
  }

 private:
  // Handles `node`; true when its children are to be walked.
  bool Visit(const GumboNode* node) {
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
      case GUMBO_NODE_WHITESPACE:
        AddText(node->v.text);
        return false;
      case GUMBO_NODE_COMMENT:
        AddComment(node->v.text);
        return false;
      case GUMBO_NODE_ELEMENT:
        return Enter(node);
      case GUMBO_NODE_DOCUMENT:
      case GUMBO_NODE_TEMPLATE:
        return false;
    }
    return false;
  }

  bool Enter(const GumboNode* node) {
    const GumboTag tag = node->v.element.tag;
    if (tag == GUMBO_TAG_HEAD) {
      AddTitle(node);
      return false;
    }
    if (IsSkippedTag(tag)) return false;
    if (tag == GUMBO_TAG_BR) out_->EndLine(Break::kLine);
    if (IsBlockTag(tag)) out_->EndLine(Break::kParagraph);
    if (IsPreformattedTag(tag)) ++preformatted_depth_;
    if (IsCodeTag(tag)) out_->EnterCode();
    return true;
  }

  void Leave(GumboTag tag) {
    if (IsBlockTag(tag)) out_->EndLine(Break::kParagraph);
    if (IsPreformattedTag(tag)) --preformatted_depth_;
    if (IsCodeTag(tag)) out_->LeaveCode();
  }

  // The first <title> of <head>, as a paragraph of its own.
  void AddTitle(const GumboNode* head) {
    for (unsigned i = 0; i < ChildCount(head); ++i) {
      const GumboNode* child = Child(head, i);
      if (child->type != GUMBO_NODE_ELEMENT || child->v.element.tag != GUMBO_TAG_TITLE) continue;
      for (unsigned j = 0; j < ChildCount(child); ++j) {
        const GumboNode* text = Child(child, j);
        if (text->type == GUMBO_NODE_TEXT || text->type == GUMBO_NODE_WHITESPACE) {
          out_->AddText(text->v.text.text, Original(text->v.text), false);
        }
      }
      out_->EndLine(Break::kParagraph);
      return;
    }
  }

  void AddText(const GumboText& text) {
    out_->AddText(text.text, Original(text), preformatted_depth_ > 0);
  }

  // Only a closed comment is a directive: the file may be cut inside one (as in Markdown).
  void AddComment(const GumboText& comment) {
    const std::string_view content = TrimHtmlSpace(comment.text);
    const std::string_view original = Original(comment);
    if (content.starts_with(kDirectivePrefix) && original.ends_with("-->")) {
      out_->AddDirective(content, original);
    }
  }

  // The node's source text, when it lies inside the source (gumbo keeps pointers into it).
  std::string_view Original(const GumboText& text) const {
    const GumboStringPiece& piece = text.original_text;
    const char* begin = source_.data();
    const char* end = begin + source_.size();
    if (piece.data == nullptr || piece.data < begin || piece.data > end ||
        piece.length > static_cast<std::size_t>(end - piece.data)) {
      return {};
    }
    return {piece.data, piece.length};
  }

  std::string_view source_;
  TextBuilder* out_;
  int preformatted_depth_ = 0;
};

struct GumboOutputDeleter {
  void operator()(GumboOutput* output) const {
    gumbo_destroy_output(&kGumboDefaultOptions, output);
  }
};

}  // namespace

std::size_t HtmlNestingDepth(std::string_view html, std::size_t limit) {
  std::string lower(html);
  std::transform(lower.begin(), lower.end(), lower.begin(), AsciiLower);
  const std::string_view text = lower;
  std::size_t depth = 0;
  std::size_t deepest = 0;
  std::size_t foreign = 0;  // open <svg> and <math>: inside them "/>" closes an element
  for (std::size_t at = text.find('<'); at != std::string_view::npos && deepest <= limit;
       at = text.find('<', at + 1)) {
    if (text.substr(at).starts_with("<!--")) {
      at = std::min(text.find("-->", at + 4), text.size());
      continue;
    }
    const bool end_tag = at + 1 < text.size() && text[at + 1] == '/';
    const std::size_t name_at = at + (end_tag ? 2 : 1);
    if (name_at >= text.size() || !IsAsciiAlpha(text[name_at])) continue;
    const std::string_view name = TagNameAt(text, name_at);
    const std::size_t close = std::min(text.find('>', name_at), text.size());
    const bool foreign_root = name == "svg" || name == "math";
    if (end_tag) {
      if (!LeavesDepth(name) && !HoldsRawText(name) && depth > 0) --depth;
      if (foreign_root && foreign > 0) --foreign;
    } else if (HoldsRawText(name)) {
      const std::string end = "</" + std::string(name);
      at = std::min(text.find(end, close), text.size());
      continue;
    } else if (!LeavesDepth(name) && !((foreign > 0 || foreign_root) && text[close - 1] == '/')) {
      deepest = std::max(deepest, ++depth);
      if (foreign_root) ++foreign;
    }
    at = close;
  }
  return deepest;
}

StatusOr<ExtractedText> ExtractHtml(const std::string& path, std::string_view bytes,
                                    const ExtractLimits& limits) {
  auto source = HtmlToUtf8(path, bytes);
  if (!source.ok()) return source.status();
  if (HtmlNestingDepth(*source, kMaxHtmlNesting) > kMaxHtmlNesting) {
    return Status::Invalid(path + ": HTML elements nested more than " +
                           std::to_string(kMaxHtmlNesting) + " deep");
  }

  // No error list: recording one copies the stack of open elements per error, which is
  // quadratic on unclosed markup, and the errors are not reported anyway.
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  std::unique_ptr<GumboOutput, GumboOutputDeleter> output(
      gumbo_parse_with_options(&options, source->data(), source->size()));
  if (output == nullptr) return Status::Internal(path + ": the HTML parser failed");

  TextBuilder builder(*source, limits.max_text_bytes);
  TreeWalker(*source, &builder).Walk(output->document);
  output.reset();  // it points into *source, which moves below
  if (builder.full()) {
    return Status::Invalid(path + ": more than " + std::to_string(limits.max_text_bytes) +
                           " bytes of text");
  }
  ExtractedText out = std::move(builder).Finish();
  out.source = std::move(source).value();
  return out;
}

}  // namespace rightslint
