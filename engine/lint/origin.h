// Origin: the last step of the pipeline, mapping findings' positions from the checked text back to
// where they are in the original file (see Position and Document): HTML source lines and columns,
// PDF pages and lines within the page. Offsets stay offsets in the checked text.
#ifndef RIGHTSLINT_LINT_ORIGIN_H_
#define RIGHTSLINT_LINT_ORIGIN_H_

#include <vector>

#include "rightslint/finding.h"
#include "rightslint/source.h"

namespace rightslint {

// `findings` carry positions in `document.text` (LineIndex over it); rewrites their line, column
// and page. Plain text, Markdown, DOCX and ODT need nothing (a paragraph is a line of the text).
void MapToOrigin(const Document& document, std::vector<Finding>* findings);

}  // namespace rightslint

#endif  // RIGHTSLINT_LINT_ORIGIN_H_
