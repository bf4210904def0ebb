// LineIndex: byte offset -> (line, column) for one text, built once in O(n).
// Columns count Unicode code points (the JSON contract); a lookup is O(log lines + line length).
#ifndef RIGHTSLINT_BASE_LINE_INDEX_H_
#define RIGHTSLINT_BASE_LINE_INDEX_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "rightslint/finding.h"

namespace rightslint {

class LineIndex {
 public:
  // `text` must outlive the index.
  explicit LineIndex(std::string_view text);

  // Position of `offset` (clamped to the text's size). Line and column are 1-based.
  Position PositionOf(std::size_t offset) const;

  // The line containing `offset`, without its terminator ("\n" or "\r\n").
  std::string_view LineAt(std::size_t offset) const;

  std::size_t line_count() const { return line_starts_.size(); }

 private:
  std::size_t LineNumberIndex(std::size_t offset) const;

  std::string_view text_;
  std::vector<std::size_t> line_starts_;  // byte offset where each line begins
};

}  // namespace rightslint

#endif  // RIGHTSLINT_BASE_LINE_INDEX_H_
