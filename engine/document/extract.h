// Extract: Source -> Document. Validates UTF-8 and finds the byte ranges that are not prose.
//
// Both formats: a leading BOM, bare URLs (http://, https://, www.) and e-mail addresses are not
// prose (see bare_links.h for where a bare URL ends).
// Markdown (parsed with cmark, CommonMark 0.30): fenced and indented code blocks, inline code
// spans, link and image destinations and titles ("(url 'title')"), the [label] of reference links,
// link reference definitions, autolinks, HTML blocks and inline HTML (so HTML comments) and front
// matter (a leading "---" YAML block) are not prose. Link text and image descriptions are prose.
// See markdown.h for the details.
// For both the document text is the source bytes unchanged, so offsets need no mapping.
// HTML, DOCX, ODT and PDF go to their extractors (html_text.h, office_text.h, pdf_text.h), which
// return text and an origin map; bare links in that text are not prose either.
#ifndef RIGHTSLINT_DOCUMENT_EXTRACT_H_
#define RIGHTSLINT_DOCUMENT_EXTRACT_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "document/extracted_text.h"
#include "rightslint/source.h"
#include "rightslint/status.h"

namespace rightslint {

// nullopt when `bytes` is valid UTF-8 (the well-formed sequences of the Unicode Standard, Table
// 3-7: no overlong forms, no surrogates D800-DFFF, nothing above U+10FFFF); otherwise the offset
// where the first ill-formed sequence starts: its lead byte, or the stray byte. ("\xE2\x82A" is
// invalid at 0.) Defined in utf8.cc.
std::optional<std::size_t> FindInvalidUtf8(std::string_view bytes);

// Error (kInvalidArgument) on invalid UTF-8, naming the path, byte offset, line and what was wrong:
// "notes.txt: invalid UTF-8 at byte 1234 (line 7): expected a continuation byte after 0xD0, found
// 0x41". On success `non_prose` is sorted, disjoint and merged (no two ranges touch).
StatusOr<Document> ExtractDocument(Source source, const ExtractLimits& limits = {});

}  // namespace rightslint

#endif  // RIGHTSLINT_DOCUMENT_EXTRACT_H_
