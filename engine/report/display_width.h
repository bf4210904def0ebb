// DisplayWidth: how many columns a fixed-width terminal gives a piece of UTF-8 text, so that a
// caret can be put under the right character and tables line up with Cyrillic or CJK in them.
#ifndef RIGHTSLINT_REPORT_DISPLAY_WIDTH_H_
#define RIGHTSLINT_REPORT_DISPLAY_WIDTH_H_

#include <string_view>

namespace rightslint {

// Columns for one code point: 0 for combining marks, format characters (zero-width space,
// joiners) and controls; 2 for East Asian wide and fullwidth characters (ICU's
// UCHAR_EAST_ASIAN_WIDTH); 1 for everything else, including the soft hyphen, which terminals draw.
int CodePointWidth(char32_t c);

// Sum of CodePointWidth over `utf8`. An invalid byte counts 1: it is shown as U+FFFD.
int DisplayWidth(std::string_view utf8);

}  // namespace rightslint

#endif  // RIGHTSLINT_REPORT_DISPLAY_WIDTH_H_
