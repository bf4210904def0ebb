// Just enough UTF-8 for the structure stage: decode one code point without trusting the input
// (the text may hold any bytes; a bad sequence decodes as nothing), and append one.
#ifndef RIGHTSLINT_STRUCTURE_UTF8_H_
#define RIGHTSLINT_STRUCTURE_UTF8_H_

#include <cstddef>
#include <string>

namespace rightslint {

// Decodes the code point starting at `p` (before `end`) into `*cp` and returns its length in
// bytes, or 0 when `p == end` or the bytes there are not a well-formed, shortest-form sequence.
inline std::size_t DecodeUtf8(const char* p, const char* end, char32_t* cp) {
  if (p >= end) return 0;
  const auto b0 = static_cast<unsigned char>(*p);
  if (b0 < 0x80) {
    *cp = b0;
    return 1;
  }
  std::size_t length;
  char32_t value;
  char32_t min;
  if ((b0 & 0xE0) == 0xC0) {
    length = 2, value = b0 & 0x1F, min = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    length = 3, value = b0 & 0x0F, min = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    length = 4, value = b0 & 0x07, min = 0x10000;
  } else {
    return 0;
  }
  if (static_cast<std::size_t>(end - p) < length) return 0;
  for (std::size_t i = 1; i < length; ++i) {
    const auto b = static_cast<unsigned char>(p[i]);
    if ((b & 0xC0) != 0x80) return 0;
    value = (value << 6) | (b & 0x3F);
  }
  if (value < min || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0;
  *cp = value;
  return length;
}

inline void AppendUtf8(char32_t cp, std::string* out) {
  if (cp < 0x80) {
    out->push_back(static_cast<char>(cp));
  } else if (cp < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (cp >> 6)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else if (cp < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (cp >> 12)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (cp >> 18)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((cp >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (cp & 0x3F)));
  }
}

}  // namespace rightslint

#endif  // RIGHTSLINT_STRUCTURE_UTF8_H_
