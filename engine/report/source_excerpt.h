// SourceExcerpt: one line of the checked text as a terminal shows it, with a gcc-style
// "^~~~" underline under a span. The text reporter puts a line-number gutter in front of both.
#ifndef RIGHTSLINT_REPORT_SOURCE_EXCERPT_H_
#define RIGHTSLINT_REPORT_SOURCE_EXCERPT_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace rightslint {

struct SourceExcerpt {
  std::string line;       // the line, safe to print: tabs expanded, controls shown as U+FFFD
  std::string underline;  // spaces, then '^' under the span's first column and '~' under the rest
};

// Tab stops are every 8 columns, counted from the start of the line.
inline constexpr int kTabWidth = 8;

// Renders `line` (one line without its terminator) and underlines the bytes
// [span_begin, span_end) of it; offsets are relative to the line's start and span_end is clamped
// to the line, so a span that goes on to later lines is underlined to the end of this one. An
// empty span gets a single '^'. Columns are display columns (see display_width.h), so the
// underline lines up under Cyrillic, wide characters, combining marks and tabs alike.
//
// A line wider than `max_width` columns (a paragraph written on one line) is cut to a window
// around the span, preferably at spaces, and each cut side is marked with "…".
SourceExcerpt RenderSourceExcerpt(std::string_view line, std::size_t span_begin,
                                  std::size_t span_end, int max_width = 100);

}  // namespace rightslint

#endif  // RIGHTSLINT_REPORT_SOURCE_EXCERPT_H_
