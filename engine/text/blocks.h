// Blocks: the units the text stage analyses one at a time — paragraphs (runs of lines separated
// by blank lines), cut further at a line break when a paragraph exceeds a size limit, so memory
// stays bounded on a file with no blank lines.
#ifndef RIGHTSLINT_TEXT_BLOCKS_H_
#define RIGHTSLINT_TEXT_BLOCKS_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "rightslint/source.h"

namespace rightslint {

inline constexpr std::size_t kMaxBlockBytes = 64 * 1024;

// Non-empty blocks of `text` in order. Lines that are whitespace only, or lie wholly inside one
// of the `non_prose` ranges (sorted, disjoint; a fenced code block), separate blocks; a block
// longer than `max_bytes` is cut after the last line break (else the last space) before the
// limit.
std::vector<ByteRange> SplitBlocks(std::string_view text, std::size_t max_bytes = kMaxBlockBytes,
                                   const std::vector<ByteRange>& non_prose = {});

}  // namespace rightslint

#endif  // RIGHTSLINT_TEXT_BLOCKS_H_
