#include "report/display_width.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <cstdint>

namespace rightslint {

int CodePointWidth(char32_t c) {
  const auto cp = static_cast<UChar32>(c);
  if (cp < 0x20 || (cp >= 0x7F && cp < 0xA0)) return 0;
  if (cp == 0xAD) return 1;  // soft hyphen: Cf, but terminals draw it
  // Hangul medial vowels and final consonants join the preceding syllable.
  if (cp >= 0x1160 && cp <= 0x11FF) return 0;
  switch (u_charType(cp)) {
    case U_NON_SPACING_MARK:
    case U_ENCLOSING_MARK:
    case U_FORMAT_CHAR:
      return 0;
    default:
      break;
  }
  switch (u_getIntPropertyValue(cp, UCHAR_EAST_ASIAN_WIDTH)) {
    case U_EA_WIDE:
    case U_EA_FULLWIDTH:
      return 2;
    default:
      return 1;
  }
}

int DisplayWidth(std::string_view utf8) {
  int width = 0;
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  int32_t i = 0;
  while (i < length) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    width += c < 0 ? 1 : CodePointWidth(static_cast<char32_t>(c));
  }
  return width;
}

}  // namespace rightslint
