#include "lint/suppressions.h"

#include <algorithm>
#include <utility>

namespace rightslint {
namespace {

constexpr std::string_view kPrefix = "rightslint-";
constexpr std::string_view kDisableLine = "rightslint-disable-line";

bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

std::string_view TrimLeft(std::string_view s) {
  while (!s.empty() && IsSpace(s.front())) s.remove_prefix(1);
  return s;
}

std::string_view TrimRight(std::string_view s) {
  while (!s.empty() && IsSpace(s.back())) s.remove_suffix(1);
  return s;
}

// For a note: a name from the text, at most ~60 bytes, cut before a UTF-8 lead byte.
std::string Shown(std::string_view name) {
  constexpr std::size_t kMax = 60;
  if (name.size() <= kMax) return std::string(name);
  std::size_t cut = kMax;
  while (cut > 0 && (static_cast<unsigned char>(name[cut]) & 0xC0) == 0x80) --cut;
  return std::string(name.substr(0, cut)) + "…";
}

bool InRanges(const std::vector<ByteRange>& ranges, std::size_t offset) {
  auto it = std::upper_bound(ranges.begin(), ranges.end(), offset,
                             [](std::size_t o, const ByteRange& r) { return o < r.begin; });
  return it != ranges.begin() && std::prev(it)->Contains(offset);
}

// The lines of a text: line i (0-based) is [starts[i], End(i)), without "\n" or "\r\n".
struct Lines {
  explicit Lines(std::string_view text) : text(text) {
    starts.push_back(0);
    for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
      starts.push_back(i + 1);
    }
  }
  std::size_t size() const { return starts.size(); }
  std::size_t End(std::size_t i) const {
    std::size_t end = i + 1 < starts.size() ? starts[i + 1] - 1 : text.size();
    if (end > starts[i] && text[end - 1] == '\r') --end;
    return end;
  }
  std::string_view Line(std::size_t i) const { return text.substr(starts[i], End(i) - starts[i]); }
  std::size_t IndexOf(std::size_t offset) const {
    return static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), offset) -
                                    starts.begin()) -
           1;
  }
  bool Blank(std::size_t i) const { return TrimLeft(Line(i)).empty(); }

  std::string_view text;
  std::vector<std::size_t> starts;
};

// A directive as found, before its keyword and names are read.
struct RawDirective {
  ByteRange span;         // the directive's own text: dropped from the findings
  std::size_t first = 0;  // 0-based lines it starts and ends on
  std::size_t last = 0;
  std::string_view body;  // from "rightslint-" to the end of the comment or line
  bool own_line = false;  // nothing else on its lines
  bool mid_line = false;  // plain text after prose: only rightslint-disable-line counts
};

// Plain text: a directive line, or rightslint-disable-line at the end of a line.
void FindTextDirectives(const Lines& lines, std::vector<RawDirective>* out) {
  const std::string_view text = lines.text;
  std::size_t search = 0;
  while (true) {
    const std::size_t hit = text.find(kPrefix, search);
    if (hit == std::string_view::npos) return;
    const std::size_t index = lines.IndexOf(hit);
    const std::size_t begin = lines.starts[index];
    const std::size_t end = lines.End(index);
    search = index + 1 < lines.size() ? lines.starts[index + 1] : text.size();

    std::string_view rest = TrimLeft(text.substr(begin, end - begin));
    bool html = false;
    if (rest.starts_with("<!--")) {
      rest.remove_prefix(4);
      html = true;
    } else if (rest.starts_with("//")) {
      rest.remove_prefix(2);
    } else if (rest.starts_with("#") || rest.starts_with("%")) {
      rest.remove_prefix(1);
    }
    rest = TrimRight(TrimLeft(rest));
    if (rest.starts_with(kPrefix)) {
      if (html && rest.ends_with("-->")) rest = TrimRight(rest.substr(0, rest.size() - 3));
      out->push_back({{begin, end}, index, index, rest, true, false});
      continue;
    }
    // The last rightslint-disable-line on the line, after white space or a comment marker.
    const std::string_view line = text.substr(begin, end - begin);
    const std::size_t at = line.rfind(kDisableLine);
    if (at == std::string_view::npos || at == 0) continue;
    const std::string_view before = line.substr(0, at);
    if (!IsSpace(before.back()) && !before.ends_with("#") && !before.ends_with("%") &&
        !before.ends_with("//") && !before.ends_with("<!--")) {
      continue;
    }
    std::string_view body = TrimRight(line.substr(at));
    if (body.ends_with("-->")) body = TrimRight(body.substr(0, body.size() - 3));
    out->push_back({{begin + at, end}, index, index, body, false, true});
  }
}

// Fenced code blocks ("```" or "~~~", three or more), found line by line; an unclosed fence runs to
// the end of the text. Quote markers and indentation before a fence are skipped.
std::vector<ByteRange> FencedCode(const Lines& lines) {
  std::vector<ByteRange> fences;
  char fence_char = 0;
  std::size_t fence_length = 0;
  std::size_t fence_begin = 0;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    std::string_view line = lines.Line(i);
    while (!line.empty() && (IsSpace(line.front()) || line.front() == '>')) line.remove_prefix(1);
    if (line.empty() || (line.front() != '`' && line.front() != '~')) continue;
    const char c = line.front();
    const std::size_t run = std::min(line.find_first_not_of(c), line.size());
    if (fence_char == 0) {
      if (run < 3) continue;
      if (c == '`' && line.find('`', run) != std::string_view::npos) continue;  // a code span
      fence_char = c;
      fence_length = run;
      fence_begin = lines.starts[i];
    } else if (c == fence_char && run >= fence_length && TrimLeft(line.substr(run)).empty()) {
      fences.push_back({fence_begin, lines.End(i)});
      fence_char = 0;
    }
  }
  if (fence_char != 0) fences.push_back({fence_begin, lines.text.size()});
  return fences;
}

// Whether `offset` is inside a code span on its line: an open backtick run before it that a run
// of the same length closes after it on the same line.
bool InCodeSpan(std::string_view text, std::size_t line_begin, std::size_t line_end,
                std::size_t offset) {
  std::size_t open = 0;
  for (std::size_t i = line_begin; i < offset;) {
    if (text[i] != '`') {
      ++i;
      continue;
    }
    std::size_t run = 0;
    while (i < offset && text[i] == '`') ++run, ++i;
    if (open == 0) {
      open = run;
    } else if (run == open) {
      open = 0;
    }
  }
  if (open == 0) return false;
  for (std::size_t i = offset; i < line_end;) {
    if (text[i] != '`') {
      ++i;
      continue;
    }
    std::size_t run = 0;
    while (i < line_end && text[i] == '`') ++run, ++i;
    if (run == open) return true;
  }
  return false;
}

// Markdown: HTML comments the parser saw as HTML, outside code.
void FindMarkdownDirectives(const Lines& lines, const std::vector<ByteRange>& non_prose,
                            std::vector<RawDirective>* out) {
  const std::string_view text = lines.text;
  std::vector<ByteRange> fences;
  bool fences_found = false;
  std::size_t search = 0;
  while (true) {
    const std::size_t open = text.find("<!--", search);
    if (open == std::string_view::npos) return;
    const std::size_t close = text.find("-->", open + 4);
    if (close == std::string_view::npos) return;  // unterminated: no comment, no directive
    search = close + 3;
    const std::string_view body = TrimRight(TrimLeft(text.substr(open + 4, close - open - 4)));
    if (!body.starts_with(kPrefix) || !InRanges(non_prose, open)) continue;
    if (!fences_found) {
      fences = FencedCode(lines);
      fences_found = true;
    }
    if (InRanges(fences, open)) continue;
    const std::size_t first = lines.IndexOf(open);
    const std::size_t last = lines.IndexOf(close);
    if (InCodeSpan(text, lines.starts[first], lines.End(first), open)) continue;
    const bool own_line =
        TrimLeft(text.substr(lines.starts[first], open - lines.starts[first])).empty() &&
        TrimLeft(text.substr(close + 3, lines.End(last) - std::min(close + 3, lines.End(last))))
            .empty();
    out->push_back({{open, close + 3}, first, last, body, own_line, false});
  }
}

}  // namespace

Suppressions ParseSuppressions(std::string_view text, Format format,
                               const std::vector<ByteRange>& non_prose,
                               const std::function<bool(std::string_view)>& is_known) {
  Suppressions result;
  if (text.find(kPrefix) == std::string_view::npos) return result;  // the common case
  const Lines lines(text);
  std::vector<RawDirective> raws;
  if (format == Format::kMarkdown) {
    FindMarkdownDirectives(lines, non_prose, &raws);
  } else {
    FindTextDirectives(lines, &raws);
  }

  std::vector<bool> directive_line(lines.size(), false);
  for (const RawDirective& raw : raws) {
    if (!raw.own_line) continue;
    for (std::size_t i = raw.first; i <= raw.last; ++i) directive_line[i] = true;
  }

  using Kind = Suppressions::Kind;
  for (const RawDirective& raw : raws) {
    const int line = static_cast<int>(raw.first) + 1;
    std::string_view body = raw.body;
    const std::size_t keyword_end = std::min(body.find_first_of(" \t\r\f\v,"), body.size());
    const std::string_view keyword = body.substr(0, keyword_end);
    body.remove_prefix(keyword_end);

    Suppressions::Directive directive;
    if (keyword == "rightslint-disable") {
      directive.kind = Kind::kDisable;
    } else if (keyword == "rightslint-enable") {
      directive.kind = Kind::kEnable;
    } else if (keyword == kDisableLine) {
      directive.kind = Kind::kDisableLine;
    } else if (keyword == "rightslint-disable-next-line") {
      directive.kind = Kind::kDisableNextLine;
    } else {
      if (!raw.mid_line) {
        result.spans_.push_back(raw.span);
        result.notes_.push_back(
            {line, "unknown directive `" + Shown(keyword) +
                       "` (expected rightslint-disable, rightslint-enable, "
                       "rightslint-disable-line or rightslint-disable-next-line)"});
      }
      continue;
    }
    if (raw.mid_line && directive.kind != Kind::kDisableLine) continue;
    result.spans_.push_back(raw.span);

    bool any_name = false;
    while (true) {
      const std::size_t begin = body.find_first_not_of(" \t\r\f\v,");
      if (begin == std::string_view::npos) break;
      body.remove_prefix(begin);
      const std::size_t end = std::min(body.find_first_of(" \t\r\f\v,"), body.size());
      const std::string_view name = body.substr(0, end);
      body.remove_prefix(end);
      any_name = true;
      if (!is_known(name)) {
        result.notes_.push_back(
            {line, "unknown rule or category `" + Shown(name) + "` in " + std::string(keyword)});
      } else if (std::find(directive.names.begin(), directive.names.end(), name) ==
                 directive.names.end()) {
        directive.names.emplace_back(name);
      }
    }
    if (any_name && directive.names.empty()) continue;  // only unknown names: suppresses nothing
    directive.all = !any_name;
    directive.line = line;
    directive.used.assign(directive.all ? 1 : directive.names.size(), false);
    switch (directive.kind) {
      case Kind::kDisable:
      case Kind::kEnable:
        directive.effective = raw.span.end;
        result.ranged_.push_back(result.directives_.size());
        break;
      case Kind::kDisableLine:
        directive.target_line = line;
        result.lined_.push_back(result.directives_.size());
        break;
      case Kind::kDisableNextLine: {
        std::size_t target = raw.last + 1;
        while (target < lines.size() && (lines.Blank(target) || directive_line[target])) ++target;
        if (target < lines.size()) {
          directive.target_line = static_cast<int>(target) + 1;
          result.lined_.push_back(result.directives_.size());
        }
        break;
      }
    }
    result.directives_.push_back(std::move(directive));
  }

  const auto& directives = result.directives_;
  std::stable_sort(result.ranged_.begin(), result.ranged_.end(), [&](std::size_t a, std::size_t b) {
    return directives[a].effective < directives[b].effective;
  });
  std::stable_sort(result.lined_.begin(), result.lined_.end(), [&](std::size_t a, std::size_t b) {
    return directives[a].target_line < directives[b].target_line;
  });
  std::sort(result.spans_.begin(), result.spans_.end(),
            [](const ByteRange& a, const ByteRange& b) { return a.begin < b.begin; });
  return result;
}

bool Suppressions::Matches(const Directive& directive, std::size_t name,
                           const Finding& finding) const {
  return directive.all || directive.names[name] == finding.rule ||
         directive.names[name] == finding.category;
}

void Suppressions::Advance(std::size_t offset) {
  if (offset < last_offset_) {  // out of order: replay from the start
    state_.clear();
    next_ranged_ = 0;
  }
  last_offset_ = offset;
  for (; next_ranged_ < ranged_.size(); ++next_ranged_) {
    const std::size_t index = ranged_[next_ranged_];
    const Directive& directive = directives_[index];
    if (directive.effective > offset) break;
    const bool disabled = directive.kind == Kind::kDisable;
    if (directive.all) {
      state_.clear();
      if (disabled) state_.push_back({index, 0, true, true});
      continue;
    }
    for (std::size_t name = 0; name < directive.names.size(); ++name) {
      // A later entry for the same name shadows an earlier one completely.
      std::erase_if(state_, [&](const StateEntry& entry) {
        return !entry.all &&
               directives_[entry.directive].names[entry.name] == directive.names[name];
      });
      state_.push_back({index, name, false, disabled});
    }
  }
}

bool Suppressions::Suppressed(const Finding& finding) {
  if (directives_.empty() && spans_.empty()) return false;
  const std::size_t offset = finding.start.offset;
  if (InRanges(spans_, offset)) return true;  // the directive's own words

  auto by_line = std::lower_bound(
      lined_.begin(), lined_.end(), finding.start.line,
      [&](std::size_t index, int line) { return directives_[index].target_line < line; });
  for (; by_line != lined_.end() && directives_[*by_line].target_line == finding.start.line;
       ++by_line) {
    Directive& directive = directives_[*by_line];
    for (std::size_t name = 0; name < directive.used.size(); ++name) {
      if (Matches(directive, name, finding)) {
        directive.used[name] = true;
        return true;
      }
    }
  }

  Advance(offset);
  for (auto entry = state_.rbegin(); entry != state_.rend(); ++entry) {
    Directive& directive = directives_[entry->directive];
    if (!entry->all && !Matches(directive, entry->name, finding)) continue;
    if (!entry->disabled) return false;
    directive.used[entry->all ? 0 : entry->name] = true;
    return true;
  }
  return false;
}

std::vector<std::string> Suppressions::Notes(bool report_unused) const {
  std::vector<Note> notes = notes_;
  if (report_unused) {
    for (const Directive& directive : directives_) {
      std::string keyword;
      switch (directive.kind) {
        case Kind::kEnable:
          continue;
        case Kind::kDisable:
          keyword = "rightslint-disable";
          break;
        case Kind::kDisableLine:
          keyword = std::string(kDisableLine);
          break;
        case Kind::kDisableNextLine:
          keyword = "rightslint-disable-next-line";
          break;
      }
      if (directive.all) {
        if (!directive.used[0]) notes.push_back({directive.line, "unused " + keyword});
        continue;
      }
      for (std::size_t name = 0; name < directive.names.size(); ++name) {
        if (!directive.used[name]) {
          notes.push_back({directive.line, "unused " + keyword + " for " + directive.names[name]});
        }
      }
    }
  }
  std::stable_sort(notes.begin(), notes.end(),
                   [](const Note& a, const Note& b) { return a.line < b.line; });
  std::vector<std::string> out;
  out.reserve(notes.size());
  for (const Note& note : notes) out.push_back(std::to_string(note.line) + ": " + note.message);
  return out;
}

}  // namespace rightslint
