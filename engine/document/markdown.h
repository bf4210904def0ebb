// The byte ranges of a Markdown document that are not prose.
#ifndef RIGHTSLINT_DOCUMENT_MARKDOWN_H_
#define RIGHTSLINT_DOCUMENT_MARKDOWN_H_

#include <string_view>
#include <vector>

#include "rightslint/source.h"

namespace rightslint {

// Non-prose ranges of `text` (CommonMark, without a leading BOM), unsorted and possibly
// overlapping:
//  - YAML front matter: "---" alone on the first line, not followed by a blank line, up to the next
//    line holding only "---" or "..." (the whole block, fences included);
//  - fenced and indented code blocks (fences and info string included) and HTML blocks;
//  - link reference definitions ("[label]: destination 'title'");
//  - in paragraphs and headings: code spans, autolinks, raw HTML (so HTML comments), the
//    "(destination 'title')" of inline links and images and the "[label]" of full reference
//    links. Link text and image descriptions stay prose.
// Block structure comes from cmark (libcmark 0.30) and its block source positions; inline
// constructs are located in the source by markdown_inline.h.
std::vector<ByteRange> MarkdownNonProse(std::string_view text);

}  // namespace rightslint

#endif  // RIGHTSLINT_DOCUMENT_MARKDOWN_H_
