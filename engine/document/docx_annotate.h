// AnnotateDocx: `rightslint check bill.docx --annotate out.docx` — a copy of a DOCX with one Word
// comment per finding, anchored on the finding's span, for a reviewer to read in Word or
// LibreOffice next to the text.
//
// Offsets: a finding's start.offset and end.offset are byte offsets in the text ExtractDocx made
// of the same bytes. The body of word/document.xml is walked exactly as ExtractDocx walks it
// (docx_text.h), so each offset maps back to a w:t element and a byte in it; runs are split at
// the span's edges (keeping their formatting) and the span is wrapped in w:commentRangeStart /
// w:commentRangeEnd, followed by a run with the w:commentReference.
//
// A comment (author "rightslint", initials "RL", dated now) holds the message, "Suggestion: …" for
// each suggestion, "Guideline: …; recommendation N" and "Rule: <id>". Comments go to
// word/comments.xml (appended after any comments already there, with fresh ids; the part, its
// relationship and its content type are added when missing). Every other member of the archive is
// copied unchanged.
//
// Skipped and counted, not errors: findings past the body text (in footnotes, endnotes, headers
// or footers), with an empty or out-of-range span, or with an edge in a text box, in
// mc:AlternateContent or in a field result (where Word would drop or duplicate the range).
#ifndef RIGHTSLINT_DOCUMENT_DOCX_ANNOTATE_H_
#define RIGHTSLINT_DOCUMENT_DOCX_ANNOTATE_H_

#include <string>
#include <string_view>
#include <vector>

#include "document/extracted_text.h"
#include "rightslint/finding.h"
#include "rightslint/status.h"

namespace rightslint {

struct AnnotateResult {
  int annotated = 0;  // comments written
  int skipped = 0;    // findings that could not be anchored in the body
};

// Writes the annotated copy of `docx_bytes` (the file shown to the user as `display_path`) to
// `output_path`, atomically: to a temporary file in the output's directory, flushed to disk, then
// renamed over `output_path` (a new file gets mode 0644; a replaced one keeps its mode). On any
// error nothing is left behind and an existing `output_path` is untouched; the input is never
// written. Errors: the DOCX errors of ExtractDocx; `output_path` naming the input file itself
// (also through a link); a missing output directory or any write failure (kIoError).
StatusOr<AnnotateResult> AnnotateDocx(const std::string& display_path, std::string_view docx_bytes,
                                      const std::vector<Finding>& findings,
                                      const std::string& output_path,
                                      const ExtractLimits& limits = {});

}  // namespace rightslint

#endif  // RIGHTSLINT_DOCUMENT_DOCX_ANNOTATE_H_
