// Bare URLs and e-mail addresses: not prose in any format.
#ifndef RIGHTSLINT_DOCUMENT_BARE_LINKS_H_
#define RIGHTSLINT_DOCUMENT_BARE_LINKS_H_

#include <string_view>
#include <vector>

#include "rightslint/source.h"

namespace rightslint {

// Byte ranges of `text` (valid UTF-8) holding a bare URL or e-mail address; sorted and disjoint.
//
// A URL starts with "http://", "https://" or "www." (any case) at a word boundary and runs to the
// first space, control character, '<', '>', '"', '`', or non-ASCII space, quotation mark, dash or
// ellipsis ("«https://example.org»" stops at the guillemet); trailing sentence punctuation
// (.,:;!?'*_~) and unbalanced closing brackets are trimmed, as in GitHub's autolink extension,
// so "(see https://example.org/a_(b))." keeps only "https://example.org/a_(b)".
// An e-mail address is local@domain with an ASCII local part ([A-Za-z0-9._%+-]) and a domain of at
// least two labels of ASCII letters, digits, hyphens or Cyrillic letters ("info@минздрав.рф").
std::vector<ByteRange> FindBareLinks(std::string_view text);

}  // namespace rightslint

#endif  // RIGHTSLINT_DOCUMENT_BARE_LINKS_H_
