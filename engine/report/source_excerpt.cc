#include "report/source_excerpt.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <vector>

#include "report/display_width.h"

namespace rightslint {
namespace {

constexpr std::string_view kEllipsis = "…";
constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD
// How much of the line a window keeps before the span, and how far it may move to cut at a space.
constexpr int kLeftContext = 30;
constexpr int kSnapDistance = 15;

// One code point of the line as it will be printed.
struct Cell {
  std::size_t begin = 0;  // byte range in the line
  std::size_t end = 0;
  int column = 0;  // 0-based display column where the cell starts
  int width = 0;
  std::string_view glyph;  // bytes to print (the source bytes, or a replacement)
  bool is_space = false;
};

std::vector<Cell> LayOut(std::string_view line) {
  std::vector<Cell> cells;
  const auto* bytes = reinterpret_cast<const uint8_t*>(line.data());
  const auto length = static_cast<int32_t>(std::min<std::size_t>(line.size(), INT32_MAX));
  int column = 0;
  int32_t i = 0;
  while (i < length) {
    Cell cell;
    cell.begin = static_cast<std::size_t>(i);
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    cell.end = static_cast<std::size_t>(i);
    cell.column = column;
    if (c == '\t') {
      cell.width = kTabWidth - column % kTabWidth;
      cell.is_space = true;
    } else if (c < 0 || c < 0x20 || (c >= 0x7F && c < 0xA0)) {
      // Invalid bytes and control characters (ESC above all) never reach the terminal.
      cell.glyph = kReplacement;
      cell.width = 1;
    } else {
      cell.glyph = line.substr(cell.begin, cell.end - cell.begin);
      cell.width = CodePointWidth(static_cast<char32_t>(c));
      cell.is_space = c == ' ' || c == 0xA0;
    }
    column += cell.width;
    cells.push_back(cell);
  }
  return cells;
}

}  // namespace

SourceExcerpt RenderSourceExcerpt(std::string_view line, std::size_t span_begin,
                                  std::size_t span_end, int max_width) {
  span_begin = std::min(span_begin, line.size());
  span_end = std::clamp(span_end, span_begin, line.size());
  const std::vector<Cell> cells = LayOut(line);
  const int total = cells.empty() ? 0 : cells.back().column + cells.back().width;

  // Display columns of the span: [span_left, span_right).
  int span_left = total;
  int span_right = total;
  for (const Cell& cell : cells) {
    if (cell.end > span_begin) {
      span_left = cell.column;
      break;
    }
  }
  span_right = span_left;
  for (const Cell& cell : cells) {
    if (cell.begin >= span_begin && cell.begin < span_end) {
      span_right = cell.column + cell.width;
    }
  }

  // The window of columns [left, right) to show.
  int left = 0;
  int right = total;
  if (total > max_width) {
    const int budget = std::max(max_width - 2, 10);  // room for the two ellipses
    left = std::max(0, span_left - kLeftContext);
    if (left + budget > total) left = std::max(0, total - budget);
    right = left + budget;
    if (left > 0) {
      // Start after a space if there is one shortly after the cut.
      for (const Cell& cell : cells) {
        if (cell.column < left) continue;
        if (cell.column >= std::min(left + kSnapDistance, span_left)) break;
        if (cell.is_space) {
          left = cell.column + cell.width;
          break;
        }
      }
    }
    if (right < total) {
      // End before a space if there is one shortly before the cut (but never inside the span).
      for (auto it = cells.rbegin(); it != cells.rend(); ++it) {
        if (it->column + it->width > right) continue;
        if (it->column < std::max(right - kSnapDistance, span_right)) break;
        if (it->is_space) {
          right = it->column;
          break;
        }
      }
    }
  }

  SourceExcerpt excerpt;
  int underline_column = 0;  // columns of the underline written so far
  int written_columns = 0;   // columns of the line written so far
  bool caret_written = false;
  if (left > 0) {
    excerpt.line += kEllipsis;
    written_columns = 1;
  }
  auto pad_underline_to = [&](int column) {
    if (column > underline_column) {
      excerpt.underline.append(static_cast<std::size_t>(column - underline_column), ' ');
      underline_column = column;
    }
  };
  for (const Cell& cell : cells) {
    if (cell.column < left || cell.column + cell.width > right) continue;
    const int at = written_columns;
    if (cell.glyph.empty()) {
      excerpt.line.append(static_cast<std::size_t>(cell.width), ' ');
    } else {
      excerpt.line += cell.glyph;
    }
    written_columns += cell.width;
    const bool in_span = cell.begin >= span_begin && cell.begin < span_end;
    if (in_span && cell.width > 0) {
      pad_underline_to(at);
      for (int k = 0; k < cell.width; ++k) {
        excerpt.underline += caret_written ? '~' : '^';
        caret_written = true;
        ++underline_column;
      }
    }
  }
  if (right < total) excerpt.line += kEllipsis;
  if (!caret_written) {
    // An empty span, or one of zero-width characters only: point at where it starts.
    const int at = std::clamp(span_left - left + (left > 0 ? 1 : 0), 0, written_columns);
    pad_underline_to(at);
    excerpt.underline += '^';
  }
  return excerpt;
}

}  // namespace rightslint
