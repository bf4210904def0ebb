// UTF-8 validation for the document stage. FindInvalidUtf8 (declared in extract.h) is defined in
// utf8.cc; this header adds the explanation used in error messages.
#ifndef RIGHTSLINT_DOCUMENT_UTF8_H_
#define RIGHTSLINT_DOCUMENT_UTF8_H_

#include <cstddef>
#include <string>
#include <string_view>

namespace rightslint {

// Why the ill-formed sequence starting at `offset` (as returned by FindInvalidUtf8) is invalid,
// e.g. "expected a continuation byte after 0xD0, found 0x41". `offset` must be such an offset.
std::string DescribeInvalidUtf8(std::string_view bytes, std::size_t offset);

}  // namespace rightslint

#endif  // RIGHTSLINT_DOCUMENT_UTF8_H_
