#include "document/markdown_inline.h"

#include <algorithm>
#include <unordered_map>

namespace rightslint::markdown {
namespace {

// Limits cmark 0.30 applies; matching them keeps our idea of what is a link identical to its.
constexpr std::size_t kMaxLabelLength = 1000;  // MAX_LINK_LABEL_LENGTH
constexpr int kMaxDestinationParens = 32;      // nesting of parentheses in a destination

// cmark gives up on a kind of HTML construct for the rest of a paragraph once a scan for it has run
// to the end of the paragraph without finding its end (a guard against quadratic rescans); the
// result is observable ("<? a <??>" has no processing instruction), so it is mirrored here.
enum HtmlSkip : unsigned {
  kSkipCdata = 1u << 0,
  kSkipDeclaration = 1u << 1,
  kSkipProcessingInstruction = 1u << 2,
};

// Every scanner below reads `s`, the text cut at the end of the region being scanned, and returns
// the position just past what it matched, or nullopt.
using Match = std::optional<std::size_t>;

unsigned char At(std::string_view s, std::size_t i) { return static_cast<unsigned char>(s[i]); }

bool IsAsciiPunct(unsigned char c) {
  return (c >= 0x21 && c <= 0x2F) || (c >= 0x3A && c <= 0x40) || (c >= 0x5B && c <= 0x60) ||
         (c >= 0x7B && c <= 0x7E);
}
bool IsSpaceChar(unsigned char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }
bool IsAlpha(unsigned char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsDigit(unsigned char c) { return c >= '0' && c <= '9'; }
bool IsAlnum(unsigned char c) { return IsAlpha(c) || IsDigit(c); }
bool IsUpper(unsigned char c) { return c >= 'A' && c <= 'Z'; }

bool StartsWith(std::string_view s, std::size_t at, std::string_view prefix) {
  return s.size() >= at && s.substr(at).starts_with(prefix);
}

std::size_t SkipSpaceChars(std::string_view s, std::size_t p) {
  while (p < s.size() && IsSpaceChar(At(s, p))) ++p;
  return p;
}

std::size_t SkipSpacesAndTabs(std::string_view s, std::size_t p) {
  while (p < s.size() && (s[p] == ' ' || s[p] == '\t')) ++p;
  return p;
}

// cmark's skip_line_end: true after "\r", "\n" or "\r\n", and at the end of the text.
bool SkipLineEnd(std::string_view s, std::size_t& p) {
  bool seen = false;
  if (p < s.size() && s[p] == '\r') ++p, seen = true;
  if (p < s.size() && s[p] == '\n') ++p, seen = true;
  return seen || p >= s.size();
}

// cmark's spnl: spaces and tabs, at most one line ending, spaces and tabs.
std::size_t SkipSpacesAndOneLineEnd(std::string_view s, std::size_t p) {
  p = SkipSpacesAndTabs(s, p);
  if (SkipLineEnd(s, p)) p = SkipSpacesAndTabs(s, p);
  return p;
}

// A link destination: <anything but line endings and '<'>, or a run of non-space characters with
// balanced parentheses (cmark's manual_scan_link_url). May be empty.
Match ScanLinkDestination(std::string_view s, std::size_t p) {
  std::size_t i = p;
  if (i < s.size() && s[i] == '<') {
    ++i;
    bool closed = false;
    while (i < s.size()) {
      if (s[i] == '>') {
        ++i;
        closed = true;
        break;
      }
      if (s[i] == '\\') {
        i += 2;
      } else if (s[i] == '\n' || s[i] == '<') {
        return std::nullopt;
      } else {
        ++i;
      }
    }
    if (!closed || i >= s.size()) return std::nullopt;
    return i;
  }
  int parens = 0;
  while (i < s.size()) {
    const unsigned char c = At(s, i);
    if (c == '\\' && i + 1 < s.size() && IsAsciiPunct(At(s, i + 1))) {
      i += 2;
    } else if (c == '(') {
      if (++parens > kMaxDestinationParens) return std::nullopt;
      ++i;
    } else if (c == ')') {
      if (parens == 0) break;
      --parens;
      ++i;
    } else if (IsSpaceChar(c)) {
      if (i == p) return std::nullopt;
      break;
    } else {
      ++i;
    }
  }
  if (i >= s.size() || parens != 0) return std::nullopt;
  return i;
}

// A link title: "...", '...' or (...), backslash escapes allowed. cmark matches this with a
// longest-match regular expression in which a backslash may also stand for itself, so an escaped
// closing delimiter *may* close the title, and the match is the longest such one.
Match ScanLinkTitle(std::string_view s, std::size_t p) {
  if (p >= s.size()) return std::nullopt;
  const char open = s[p];
  if (open != '"' && open != '\'' && open != '(') return std::nullopt;
  const char close = open == '(' ? ')' : open;
  Match longest;
  for (std::size_t i = p + 1; i < s.size(); ++i) {
    const bool escaped = i - 1 > p && s[i - 1] == '\\';
    if (s[i] == close) {
      longest = i + 1;
      if (!escaped) break;
    } else if (open == '(' && s[i] == '(' && !escaped) {
      break;
    }
  }
  return longest;
}

// A link label: '[', at most 999 characters without unescaped brackets, ']' (cmark's link_label).
Match ScanLinkLabel(std::string_view s, std::size_t p) {
  if (p >= s.size() || s[p] != '[') return std::nullopt;
  std::size_t i = p + 1;
  std::size_t length = 0;
  while (i < s.size() && s[i] != '[' && s[i] != ']') {
    if (s[i] == '\\') {
      ++i;
      ++length;
      if (i < s.size() && IsAsciiPunct(At(s, i))) {
        ++i;
        ++length;
      }
    } else {
      ++i;
      ++length;
    }
    if (length > kMaxLabelLength) return std::nullopt;
  }
  if (i < s.size() && s[i] == ']') return i + 1;
  return std::nullopt;
}

std::string_view TrimSpaceChars(std::string_view s) {
  while (!s.empty() && IsSpaceChar(At(s, 0))) s.remove_prefix(1);
  while (!s.empty() && IsSpaceChar(At(s, s.size() - 1))) s.remove_suffix(1);
  return s;
}

// <scheme:anything-but-spaces-and-angle-brackets>, the scheme 2 to 32 characters.
Match ScanAutolinkUri(std::string_view s, std::size_t p) {
  std::size_t i = p + 1;
  if (i >= s.size() || !IsAlpha(At(s, i))) return std::nullopt;
  std::size_t j = i + 1;
  while (j < s.size() && (IsAlnum(At(s, j)) || s[j] == '.' || s[j] == '+' || s[j] == '-')) ++j;
  if (j - i < 2 || j - i > 32 || j >= s.size() || s[j] != ':') return std::nullopt;
  for (++j; j < s.size(); ++j) {
    const unsigned char c = At(s, j);
    if (c == '>') return j + 1;
    if (c <= 0x20 || c == '<') return std::nullopt;
  }
  return std::nullopt;
}

bool IsEmailLocalChar(unsigned char c) {
  return IsAlnum(c) ||
         (c != 0 && std::string_view(".!#$%&'*+/=?^_`{|}~-").find(static_cast<char>(c)) !=
                        std::string_view::npos);
}

// <local@domain>, each domain label 1 to 63 letters, digits or inner hyphens.
Match ScanAutolinkEmail(std::string_view s, std::size_t p) {
  std::size_t i = p + 1;
  while (i < s.size() && IsEmailLocalChar(At(s, i))) ++i;
  if (i == p + 1 || i >= s.size() || s[i] != '@') return std::nullopt;
  ++i;
  while (true) {
    const std::size_t label = i;
    if (i >= s.size() || !IsAlnum(At(s, i))) return std::nullopt;
    while (i < s.size() && (IsAlnum(At(s, i)) || s[i] == '-')) ++i;
    if (i - label > 63 || s[i - 1] == '-') return std::nullopt;
    if (i < s.size() && s[i] == '.') {
      ++i;
      continue;
    }
    break;
  }
  if (i < s.size() && s[i] == '>') return i + 1;
  return std::nullopt;
}

std::size_t SkipTagName(std::string_view s, std::size_t i) {
  while (i < s.size() && (IsAlnum(At(s, i)) || s[i] == '-')) ++i;
  return i;
}

Match ScanAttributeValue(std::string_view s, std::size_t i) {
  if (i >= s.size()) return std::nullopt;
  if (s[i] == '"' || s[i] == '\'') {
    const std::size_t close = s.find(s[i], i + 1);
    if (close == std::string_view::npos) return std::nullopt;
    return close + 1;
  }
  const std::size_t begin = i;
  while (i < s.size() && !IsSpaceChar(At(s, i)) &&
         std::string_view("\"'=<>`").find(s[i]) == std::string_view::npos) {
    ++i;
  }
  if (i == begin) return std::nullopt;
  return i;
}

// <tag attr="value" ...> or <tag/>, starting at the tag name.
Match ScanOpenTag(std::string_view s, std::size_t i) {
  i = SkipTagName(s, i + 1);
  while (true) {
    const std::size_t name = SkipSpaceChars(s, i);
    if (name == i || name >= s.size()) break;
    const unsigned char c = At(s, name);
    if (!IsAlpha(c) && c != '_' && c != ':') break;
    std::size_t j = name + 1;
    while (j < s.size() &&
           (IsAlnum(At(s, j)) || s[j] == '_' || s[j] == '.' || s[j] == ':' || s[j] == '-')) {
      ++j;
    }
    i = j;
    std::size_t equals = SkipSpaceChars(s, i);
    if (equals < s.size() && s[equals] == '=') {
      if (Match value = ScanAttributeValue(s, SkipSpaceChars(s, equals + 1))) i = *value;
    }
  }
  i = SkipSpaceChars(s, i);
  if (i < s.size() && s[i] == '/') ++i;
  if (i < s.size() && s[i] == '>') return i + 1;
  return std::nullopt;
}

// After "<!": a comment (CommonMark 0.30 rules), CDATA or a declaration (<!NAME ...>).
Match ScanBang(std::string_view s, std::size_t i, unsigned& skip) {
  if (StartsWith(s, i, "---->")) return i + 5;  // the empty comment <!---->
  if (StartsWith(s, i, "--")) {
    // The text may not start with ">" or "->", contain "--" or end with "-".
    std::size_t j = i + 2;
    if (j < s.size() && s[j] == '-') ++j;
    if (j >= s.size() || s[j] == '>' || s[j] == '-') return std::nullopt;
    ++j;
    while (j < s.size()) {
      if (s[j] != '-') {
        ++j;
      } else if (j + 1 < s.size() && s[j + 1] == '-') {
        if (j + 2 < s.size() && s[j + 2] == '>') return j + 3;
        return std::nullopt;
      } else {
        j += 2;
      }
    }
    return std::nullopt;
  }
  if (StartsWith(s, i, "[CDATA[")) {
    if (skip & kSkipCdata) return std::nullopt;
    // cmark: ( [^\]]+ | "]" [^\]] | "]]" [^>] )* "]]>" -- a ']' always takes the next character
    // along, so "]]]>" does not close the section.
    for (std::size_t j = i + 7; j < s.size();) {
      if (s[j] != ']') {
        ++j;
      } else if (j + 1 < s.size() && s[j + 1] != ']') {
        j += 2;
      } else if (j + 2 < s.size()) {
        if (s[j + 2] == '>') return j + 3;
        j += 3;
      } else {
        break;
      }
    }
    skip |= kSkipCdata;
    return std::nullopt;
  }
  std::size_t j = i;
  while (j < s.size() && IsUpper(At(s, j))) ++j;
  if (j == i || j >= s.size() || !IsSpaceChar(At(s, j))) return std::nullopt;
  if (skip & kSkipDeclaration) return std::nullopt;
  const std::size_t close = s.find('>', j);
  if (close == std::string_view::npos) {
    skip |= kSkipDeclaration;
    return std::nullopt;
  }
  return close + 1;
}

// Raw HTML starting at the '<' at `p`: open or closing tag, comment, processing instruction,
// declaration or CDATA section (cmark's scan_html_tag).
Match ScanHtmlTag(std::string_view s, std::size_t p, unsigned& skip) {
  const std::size_t i = p + 1;
  if (i >= s.size()) return std::nullopt;
  const unsigned char c = At(s, i);
  if (IsAlpha(c)) return ScanOpenTag(s, i);
  if (c == '/') {
    if (i + 1 >= s.size() || !IsAlpha(At(s, i + 1))) return std::nullopt;
    const std::size_t j = SkipSpaceChars(s, SkipTagName(s, i + 2));
    if (j < s.size() && s[j] == '>') return j + 1;
    return std::nullopt;
  }
  if (c == '!') return ScanBang(s, i + 1, skip);
  if (c == '?') {
    if (skip & kSkipProcessingInstruction) return std::nullopt;
    // cmark: "?" ( [^?>]+ | "?" [^>] | ">" )* "?>" -- a '?' not closing takes the next character
    // along, so "??>" does not close the instruction.
    for (std::size_t j = i + 1; j + 1 < s.size();) {
      if (s[j] != '?') {
        ++j;
      } else if (s[j + 1] == '>') {
        return j + 2;
      } else {
        j += 2;
      }
    }
    skip |= kSkipProcessingInstruction;
    return std::nullopt;
  }
  return std::nullopt;
}

// Simple case folding for the scripts of the region's languages; see NormalizeLabel.
char32_t FoldCase(char32_t c) {
  if (c < 0x80) return (c >= 'A' && c <= 'Z') ? c + 0x20 : c;
  if (c >= 0xC0 && c <= 0xDE && c != 0xD7) return c + 0x20;
  if (c >= 0x100 && c <= 0x17F) {  // Latin Extended-A: upper and lower case alternate
    if (c == 0x178) return 0xFF;
    if (c == 0x17F) return 's';
    if (c == 0x130 || c == 0x131 || c == 0x138 || c == 0x149) return c;
    const bool odd_upper = (c >= 0x139 && c <= 0x148) || (c >= 0x179 && c <= 0x17E);
    return (c % 2 == (odd_upper ? 1u : 0u)) ? c + 1 : c;
  }
  if (c >= 0x400 && c <= 0x40F) return c + 0x50;
  if (c >= 0x410 && c <= 0x42F) return c + 0x20;
  if ((c >= 0x460 && c <= 0x481) || (c >= 0x48A && c <= 0x4BF) || (c >= 0x4D0 && c <= 0x52F)) {
    return c % 2 == 0 ? c + 1 : c;
  }
  if (c == 0x4C0) return 0x4CF;
  if (c >= 0x4C1 && c <= 0x4CE) return c % 2 == 1 ? c + 1 : c;
  return c;
}

void AppendUtf8(char32_t c, std::string& out) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

class InlineScanner {
 public:
  InlineScanner(std::string_view text, ByteRange range, const LinkLabels& labels)
      : s_(text.substr(0, std::min(range.end, text.size()))),
        begin_(range.begin),
        labels_(labels) {}

  std::vector<InlineSpan> Scan() {
    std::size_t p = begin_;
    while (p < s_.size()) {
      switch (s_[p]) {
        case '\\':
          p += (p + 1 < s_.size() && IsAsciiPunct(At(s_, p + 1))) ? 2 : 1;
          break;
        case '`':
          p = CodeSpan(p);
          break;
        case '<':
          p = PointyBrace(p);
          break;
        case '!':
          if (p + 1 < s_.size() && s_[p + 1] == '[') {
            PushBracket(p + 2, /*image=*/true);
            p += 2;
          } else {
            ++p;
          }
          break;
        case '[':
          PushBracket(p + 1, /*image=*/false);
          ++p;
          break;
        case ']':
          p = CloseBracket(p);
          break;
        default:
          ++p;
      }
    }
    return std::move(spans_);
  }

 private:
  struct Bracket {
    std::size_t text_begin;  // just after the '[' (or "![")
    bool image;
    bool bracket_after;  // another bracket was opened inside: the text cannot be a label
  };

  void Add(InlineKind kind, std::size_t begin, std::size_t end) {
    spans_.push_back(InlineSpan{kind, ByteRange{begin, end}});
  }

  // A run of n backticks opens a code span closed by the next run of exactly n backticks;
  // without one, the run is literal text.
  std::size_t CodeSpan(std::size_t p) {
    std::size_t end = p;
    while (end < s_.size() && s_[end] == '`') ++end;
    const std::size_t length = end - p;
    if (!runs_indexed_) IndexBacktickRuns();
    auto runs = runs_.find(length);
    if (runs == runs_.end()) return end;
    auto closer = std::lower_bound(runs->second.begin(), runs->second.end(), end);
    if (closer == runs->second.end()) return end;
    Add(InlineKind::kCodeSpan, p, *closer + length);
    return *closer + length;
  }

  // Closing backtick runs are searched in the raw text (backslashes are literal in code spans),
  // indexed once per paragraph so that unmatched runs cost no rescans.
  void IndexBacktickRuns() {
    runs_indexed_ = true;
    for (std::size_t i = begin_; i < s_.size();) {
      i = s_.find('`', i);
      if (i == std::string_view::npos) break;
      std::size_t end = i;
      while (end < s_.size() && s_[end] == '`') ++end;
      runs_[end - i].push_back(i);
      i = end;
    }
  }

  std::size_t PointyBrace(std::size_t p) {
    if (Match end = ScanAutolinkUri(s_, p)) {
      Add(InlineKind::kAutolink, p, *end);
      return *end;
    }
    if (Match end = ScanAutolinkEmail(s_, p)) {
      Add(InlineKind::kAutolink, p, *end);
      return *end;
    }
    if (Match end = ScanHtmlTag(s_, p, html_skip_)) {
      Add(InlineKind::kRawHtml, p, *end);
      return *end;
    }
    return p + 1;
  }

  void PushBracket(std::size_t text_begin, bool image) {
    if (!brackets_.empty()) brackets_.back().bracket_after = true;
    brackets_.push_back(Bracket{text_begin, image, false});
  }

  void PopBracket() {
    brackets_.pop_back();
    inactive_below_ = std::min(inactive_below_, brackets_.size());
  }

  // cmark's handle_close_bracket: an inline link "(destination title)", else a reference
  // "[label]", "[]" or none (shortcut) whose label is defined.
  std::size_t CloseBracket(std::size_t p) {
    const std::size_t after = p + 1;
    if (brackets_.empty()) return after;
    const Bracket opener = brackets_.back();
    const bool active = opener.image || brackets_.size() - 1 >= inactive_below_;
    if (!active) {
      PopBracket();
      return after;
    }

    if (after < s_.size() && s_[after] == '(') {
      if (Match url_end = ScanLinkDestination(s_, SkipSpaceChars(s_, after + 1))) {
        const std::size_t title_begin = SkipSpaceChars(s_, *url_end);
        std::size_t title_end = title_begin;
        if (title_begin != *url_end)
          title_end = ScanLinkTitle(s_, title_begin).value_or(title_begin);
        const std::size_t close = SkipSpaceChars(s_, title_end);
        if (close < s_.size() && s_[close] == ')') {
          Add(InlineKind::kLinkDestination, after, close + 1);
          return Matched(opener, close + 1);
        }
      }
    }

    std::size_t end = after;
    std::optional<std::string_view> label;
    if (Match label_end = ScanLinkLabel(s_, after)) {
      label = TrimSpaceChars(s_.substr(after + 1, *label_end - 1 - (after + 1)));
      end = *label_end;
    }
    if ((!label || label->empty()) && !opener.bracket_after) {
      label = s_.substr(opener.text_begin, p - opener.text_begin);
    }
    if (label && labels_.Contains(*label)) {
      if (end > after) Add(InlineKind::kLinkLabel, after, end);
      return Matched(opener, end);
    }
    PopBracket();
    return after;
  }

  // Links cannot contain links: forming one deactivates every link opener before it.
  std::size_t Matched(const Bracket& opener, std::size_t end) {
    PopBracket();
    if (!opener.image) inactive_below_ = brackets_.size();
    return end;
  }

  std::string_view s_;
  std::size_t begin_;
  const LinkLabels& labels_;
  std::vector<InlineSpan> spans_;
  std::vector<Bracket> brackets_;
  std::size_t inactive_below_ = 0;  // link (not image) openers below this index are inactive
  unsigned html_skip_ = 0;          // HtmlSkip flags
  bool runs_indexed_ = false;
  std::unordered_map<std::size_t, std::vector<std::size_t>> runs_;  // length -> starts
};

}  // namespace

std::string NormalizeLabel(std::string_view raw_label) {
  std::string out;
  out.reserve(raw_label.size());
  bool pending_space = false;
  for (std::size_t i = 0; i < raw_label.size();) {
    const unsigned char lead = At(raw_label, i);
    if (IsSpaceChar(lead)) {
      pending_space = !out.empty();
      ++i;
      continue;
    }
    if (pending_space) out += ' ';
    pending_space = false;
    std::size_t length = lead < 0x80    ? 1
                         : lead >= 0xF0 ? 4
                         : lead >= 0xE0 ? 3
                         : lead >= 0xC0 ? 2
                                        : 1;
    if (i + length > raw_label.size()) length = 1;
    char32_t c = length == 1 ? lead : lead & (0x7F >> length);
    for (std::size_t k = 1; k < length; ++k) c = (c << 6) | (At(raw_label, i + k) & 0x3F);
    i += length;
    if (length == 1 && lead >= 0x80) {
      out += static_cast<char>(lead);  // not UTF-8: kept as is
    } else if (c == 0xDF || c == 0x1E9E) {
      out += "ss";
    } else {
      AppendUtf8(FoldCase(c), out);
    }
  }
  return out;
}

bool LinkLabels::Contains(std::string_view raw_label) const {
  if (raw_label.empty() || raw_label.size() > kMaxLabelLength) return false;
  const std::string normalized = NormalizeLabel(raw_label);
  return !normalized.empty() && labels_.contains(normalized);
}

std::optional<ReferenceDefinition> ParseReferenceDefinition(std::string_view text, std::size_t pos,
                                                            std::size_t end) {
  const std::string_view s = text.substr(0, std::min(end, text.size()));
  const Match label_end = ScanLinkLabel(s, pos);
  if (!label_end) return std::nullopt;
  const std::string_view label = s.substr(pos + 1, *label_end - 1 - (pos + 1));
  if (TrimSpaceChars(label).empty()) return std::nullopt;
  std::size_t p = *label_end;
  if (p >= s.size() || s[p] != ':') return std::nullopt;
  const Match url_end = ScanLinkDestination(s, SkipSpacesAndOneLineEnd(s, p + 1));
  if (!url_end) return std::nullopt;

  const std::size_t before_title = *url_end;
  const std::size_t title_begin = SkipSpacesAndOneLineEnd(s, before_title);
  const Match title_end =
      title_begin == before_title ? std::nullopt : ScanLinkTitle(s, title_begin);
  std::size_t content_end = title_end ? *title_end : before_title;
  p = SkipSpacesAndTabs(s, content_end);
  if (!SkipLineEnd(s, p)) {
    if (!title_end) return std::nullopt;
    // The title is not alone on its line: the definition may still end at the destination.
    content_end = before_title;
    p = SkipSpacesAndTabs(s, before_title);
    if (!SkipLineEnd(s, p)) return std::nullopt;
  }
  return ReferenceDefinition{ByteRange{pos, content_end}, label, p};
}

std::vector<InlineSpan> ScanInlines(std::string_view text, ByteRange range,
                                    const LinkLabels& labels) {
  return InlineScanner(text, range, labels).Scan();
}

}  // namespace rightslint::markdown
