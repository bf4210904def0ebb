#include "text/blocks.h"

namespace rightslint {
namespace {

bool IsBlankLine(std::string_view line) {
  for (char c : line) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\f' && c != '\v') return false;
  }
  return true;
}

// Emits [begin, end) as one or more blocks of at most `max_bytes`, cut at line breaks or spaces
// (never inside a UTF-8 sequence, because both are ASCII).
void EmitBlock(std::string_view text, std::size_t begin, std::size_t end, std::size_t max_bytes,
               std::vector<ByteRange>* out) {
  while (end - begin > max_bytes) {
    std::size_t cut = std::string_view::npos;
    std::string_view window = text.substr(begin, max_bytes);
    cut = window.rfind('\n');
    if (cut == std::string_view::npos || cut == 0) cut = window.rfind(' ');
    if (cut == std::string_view::npos || cut == 0) {
      // No break at all: cut at a code point boundary.
      cut = max_bytes;
      while (cut > 0 && (static_cast<unsigned char>(text[begin + cut]) & 0xC0) == 0x80) --cut;
    } else {
      ++cut;
    }
    out->push_back({begin, begin + cut});
    begin += cut;
  }
  if (end > begin) out->push_back({begin, end});
}

}  // namespace

std::vector<ByteRange> SplitBlocks(std::string_view text, std::size_t max_bytes,
                                   const std::vector<ByteRange>& non_prose) {
  std::vector<ByteRange> blocks;
  auto next_non_prose = non_prose.begin();
  // Whether [begin, end) lies inside one non-prose range; lines are visited in order.
  auto covered = [&](std::size_t begin, std::size_t end) {
    while (next_non_prose != non_prose.end() && next_non_prose->end <= begin) ++next_non_prose;
    return next_non_prose != non_prose.end() && next_non_prose->begin <= begin &&
           end <= next_non_prose->end;
  };
  std::size_t block_begin = std::string_view::npos;
  std::size_t line_begin = 0;
  while (line_begin < text.size()) {
    std::size_t newline = text.find('\n', line_begin);
    std::size_t line_end = newline == std::string_view::npos ? text.size() : newline + 1;
    std::string_view line = text.substr(line_begin, line_end - line_begin);
    if (line.back() == '\n') line.remove_suffix(1);
    if (IsBlankLine(line) || covered(line_begin, line_begin + line.size())) {
      if (block_begin != std::string_view::npos) {
        EmitBlock(text, block_begin, line_begin, max_bytes, &blocks);
        block_begin = std::string_view::npos;
      }
    } else if (block_begin == std::string_view::npos) {
      block_begin = line_begin;
    }
    line_begin = line_end;
  }
  if (block_begin != std::string_view::npos) {
    EmitBlock(text, block_begin, text.size(), max_bytes, &blocks);
  }
  return blocks;
}

}  // namespace rightslint
