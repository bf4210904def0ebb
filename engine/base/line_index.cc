#include "base/line_index.h"

#include <algorithm>

namespace rightslint {

LineIndex::LineIndex(std::string_view text) : text_(text) {
  line_starts_.push_back(0);
  for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
    line_starts_.push_back(i + 1);
  }
}

std::size_t LineIndex::LineNumberIndex(std::size_t offset) const {
  auto it = std::upper_bound(line_starts_.begin(), line_starts_.end(), offset);
  return static_cast<std::size_t>(it - line_starts_.begin()) - 1;
}

Position LineIndex::PositionOf(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const std::size_t line = LineNumberIndex(offset);
  int column = 1;
  for (std::size_t i = line_starts_[line]; i < offset; ++i) {
    // Count lead bytes only: continuation bytes (10xxxxxx) belong to the previous code point.
    if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;
  }
  return Position{static_cast<int>(line) + 1, column, offset};
}

std::string_view LineIndex::LineAt(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const std::size_t line = LineNumberIndex(offset);
  const std::size_t begin = line_starts_[line];
  std::size_t end = line + 1 < line_starts_.size() ? line_starts_[line + 1] - 1 : text_.size();
  if (end > begin && text_[end - 1] == '\r') --end;
  return text_.substr(begin, end - begin);
}

}  // namespace rightslint
