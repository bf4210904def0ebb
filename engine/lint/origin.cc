#include "lint/origin.h"

#include <algorithm>
#include <cstddef>

#include "base/line_index.h"

namespace rightslint {
namespace {

// Source offset of text offset `offset`. An end offset (`is_end`) that closes a piece maps to the
// end of that piece rather than to the start of the next one; an offset after the last piece maps
// to that piece's end (not to the end of the file, which may be far below the text).
std::size_t SourceOffset(const std::vector<SourceAnchor>& anchors, std::size_t offset, bool is_end,
                         std::size_t source_size) {
  // First anchor that ends after `offset` (at or after it, for an end).
  const auto it = std::lower_bound(anchors.begin(), anchors.end(), offset,
                                   [is_end](const SourceAnchor& anchor, std::size_t value) {
                                     const std::size_t end = anchor.text + anchor.length;
                                     return is_end ? end < value : end <= value;
                                   });
  if (it == anchors.end()) {
    return anchors.empty() ? 0
                           : std::min(anchors.back().source + anchors.back().length, source_size);
  }
  if (offset < it->text) return it->source;  // text the extractor made up: the next piece's start
  return std::min(it->source + (offset - it->text), source_size);
}

void MapHtml(const Document& document, std::vector<Finding>* findings) {
  const LineIndex source_lines(document.source);
  const auto map = [&](Position* position, bool is_end) {
    const std::size_t offset = position->offset;
    *position = source_lines.PositionOf(
        SourceOffset(document.anchors, offset, is_end, document.source.size()));
    position->offset = offset;
  };
  for (Finding& finding : *findings) {
    map(&finding.start, false);
    map(&finding.end, true);
  }
}

void MapPdf(const Document& document, std::vector<Finding>* findings) {
  const LineIndex lines(document.text);
  const std::vector<std::size_t>& starts = document.page_starts;
  const auto map = [&](Position* position) {
    const auto next = std::upper_bound(starts.begin(), starts.end(), position->offset);
    if (next == starts.begin()) return;  // before the first page: nothing to say
    const std::size_t page_start = *(next - 1);
    position->page = static_cast<int>(next - starts.begin());
    position->line = position->line - lines.PositionOf(page_start).line + 1;
  };
  for (Finding& finding : *findings) {
    map(&finding.start);
    map(&finding.end);
  }
}

}  // namespace

void MapToOrigin(const Document& document, std::vector<Finding>* findings) {
  if (!document.anchors.empty() || !document.source.empty()) {
    MapHtml(document, findings);
  } else if (!document.page_starts.empty()) {
    MapPdf(document, findings);
  }
}

}  // namespace rightslint
