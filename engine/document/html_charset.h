// HTML bytes -> UTF-8, for gumbo (which reads nothing else) and for reporting source positions.
//
// Order of evidence, as browsers do (WHATWG "encoding sniffing", simplified):
//  1. a byte order mark: UTF-8 (dropped; the rest must be valid UTF-8), UTF-16LE or UTF-16BE
//     (converted);
//  2. bytes that are valid UTF-8 are taken as UTF-8 whatever a <meta> says (text in a legacy
//     Cyrillic encoding is practically never valid UTF-8; pure ASCII reads the same either way);
//  3. otherwise the charset declared in the first 4 KiB by <meta charset="…"> or
//     <meta http-equiv="Content-Type" content="…; charset=…">, converted with ICU (windows-1251,
//     koi8-r, koi8-u, iso-8859-5, cp866, x-mac-cyrillic… any converter ICU knows). As browsers
//     do, iso-8859-1 and us-ascii labels mean windows-1252; bytes a charset does not map become
//     U+FFFD.
// Invalid UTF-8 with no charset declared, or with UTF-8 declared, is an error like a text file's:
// "page.html: invalid UTF-8 at byte 1234 (line 7): expected a continuation byte after 0xD0, found
// 0x41; no charset is declared (<meta charset=…>)". An unknown charset is an error naming it.
#ifndef RIGHTSLINT_DOCUMENT_HTML_CHARSET_H_
#define RIGHTSLINT_DOCUMENT_HTML_CHARSET_H_

#include <string>
#include <string_view>

#include "rightslint/status.h"

namespace rightslint {

// `bytes` as UTF-8 without a byte order mark; errors start with `path`.
StatusOr<std::string> HtmlToUtf8(const std::string& path, std::string_view bytes);

// The charset label a <meta> element declares in the first 4 KiB of `bytes`, in lowercase
// ("windows-1251"), or "" when there is none.
std::string DeclaredCharset(std::string_view bytes);

}  // namespace rightslint

#endif  // RIGHTSLINT_DOCUMENT_HTML_CHARSET_H_
