// ExtractedText: what the extractors of container formats (HTML, DOCX, ODT, PDF) give back, and
// the limits that keep a hostile file from taking unbounded memory or time.
//
// DOCX and ODT extractors write one paragraph per line of `text` (a line number is a paragraph
// number), PDF one PDF line per line, HTML its blocks separated by blank lines (positions then come
// from `anchors`). No extractor throws; a corrupt, encrypted, truncated or oversized input is an
// error naming the file and what was wrong.
#ifndef RIGHTSLINT_DOCUMENT_EXTRACTED_TEXT_H_
#define RIGHTSLINT_DOCUMENT_EXTRACTED_TEXT_H_

#include <cstddef>
#include <string>
#include <vector>

#include "rightslint/source.h"

namespace rightslint {

struct ExtractedText {
  std::string text;                      // valid UTF-8
  std::vector<ByteRange> non_prose;      // any order; ExtractDocument sorts and merges
  std::vector<std::size_t> page_starts;  // PDF only (see Document)
  std::string source;                    // HTML only: the file as UTF-8 (see Document)
  std::vector<SourceAnchor> anchors;     // HTML only
};

struct ExtractLimits {
  // Most bytes of text an extractor produces before giving up with an error.
  std::size_t max_text_bytes = std::size_t{256} << 20;
  // DOCX/ODT: most bytes one ZIP member may inflate to, and the largest inflated/compressed ratio
  // accepted for a member over 1 MiB (zip bombs reach thousands; real XML stays under 100).
  std::size_t max_member_bytes = std::size_t{256} << 20;
  std::size_t max_compression_ratio = 200;
  // PDF: most pages read.
  std::size_t max_pages = 20000;
};

}  // namespace rightslint

#endif  // RIGHTSLINT_DOCUMENT_EXTRACTED_TEXT_H_
