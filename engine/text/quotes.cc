#include "text/quotes.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <vector>

namespace rightslint {
namespace {

struct OpenMark {
  UChar32 mark;
  std::size_t inside_begin;
};

// Whether `close` ends a quotation opened by `open`.
bool Closes(UChar32 open, UChar32 close) {
  switch (open) {
    case 0x00AB:
      return close == 0x00BB;  // « »
    case 0x201C:
      return close == 0x201D;  // “ ”
    case 0x201E:
      return close == 0x201C || close == 0x201D;  // „ “ and „ ”
    case '"':
      return close == '"';
    default:
      return false;
  }
}

bool IsOpening(UChar32 c) { return c == 0x00AB || c == 0x201C || c == 0x201E; }

}  // namespace

void FindQuotations(std::string_view text, ByteRange block, std::vector<ByteRange>* out) {
  std::vector<OpenMark> open;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto begin = static_cast<int32_t>(block.begin);
  const auto end = static_cast<int32_t>(block.end);
  for (int32_t i = begin; i < end;) {
    // Every quotation mark starts with one of these bytes: '"', C2 (« »), E2 (“ ” „). Other
    // bytes are skipped without decoding.
    const uint8_t lead = bytes[i];
    if (lead != 0x22 && lead != 0xC2 && lead != 0xE2) {
      ++i;
      continue;
    }
    const int32_t mark_begin = i;
    UChar32 c;
    U8_NEXT(bytes, i, end, c);
    const bool is_quote =
        c == '"' || c == 0x00AB || c == 0x00BB || c == 0x201C || c == 0x201D || c == 0x201E;
    if (!is_quote) continue;
    UChar32 previous = ' ';
    if (mark_begin > begin) {
      int32_t back = mark_begin;
      U8_PREV(bytes, begin, back, previous);
    }
    bool closed = false;
    if (!open.empty() && Closes(open.back().mark, c)) {
      // A straight quote right after a letter closes; after a space or opening punctuation it
      // opens a nested quotation instead.
      const bool straight_opens_here = c == '"' && !u_isalnum(previous) && !u_ispunct(previous);
      if (!straight_opens_here) {
        const OpenMark mark = open.back();
        open.pop_back();
        if (open.empty()) {
          out->push_back({mark.inside_begin, static_cast<std::size_t>(mark_begin)});
        }
        closed = true;
      }
    }
    if (!closed && (IsOpening(c) || c == '"')) {
      open.push_back({c, static_cast<std::size_t>(i)});
    }
  }
}

}  // namespace rightslint
