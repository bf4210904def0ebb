// Extract: Source -> Document. Validates UTF-8 and finds the byte ranges that are not prose.
//
// Plain text: a leading BOM and bare URLs (http://, https://, www.) are not prose.
// Markdown (parsed with cmark, CommonMark): fenced and indented code blocks, inline code spans,
// link and image destinations, autolinks, bare URLs, HTML blocks and inline HTML (so HTML
// comments) and front matter (a leading "---" YAML block) are not prose. Link *text* is prose.
// The document text is the source bytes unchanged, so offsets need no mapping.
#ifndef RIGHTSLINT_DOCUMENT_EXTRACT_H_
#define RIGHTSLINT_DOCUMENT_EXTRACT_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "rightslint/source.h"
#include "rightslint/status.h"

namespace rightslint {

// nullopt when `bytes` is valid UTF-8; otherwise the offset of the first invalid byte.
std::optional<std::size_t> FindInvalidUtf8(std::string_view bytes);

// Error (kInvalidArgument) on invalid UTF-8, naming the path, byte offset and line:
// "notes.txt: invalid UTF-8 at byte 1234 (line 7): expected a continuation byte".
StatusOr<Document> ExtractDocument(Source source);

}  // namespace rightslint

#endif  // RIGHTSLINT_DOCUMENT_EXTRACT_H_
