// DOCX (WordprocessingML) text, as ExtractDocx reads it and AnnotateDocx maps it back: one walker
// serves both, so a finding's offsets always point into exactly the text the reader produced.
//
// What counts as text, in reading order: each w:p is a line (table cells' paragraphs too); w:t is
// text; w:tab and w:ptab are '\t'; w:br and w:cr are a space (a paragraph stays one line);
// w:noBreakHyphen is '-' and w:softHyphen U+00AD; w:sym and field instructions (w:instrText) are
// not text, field results are; tracked insertions are text, deletions (w:del, w:moveFrom) are not,
// nor is the phonetic guide of ruby text (w:rt);
// of an mc:AlternateContent only the first mc:Choice (else the mc:Fallback) is read; the paragraphs
// of a text box (w:txbxContent) become lines after the paragraph that anchors it. Property
// elements (w:pPr, w:rPr, w:sectPr, ...) hold no text.
#ifndef RIGHTSLINT_DOCUMENT_DOCX_TEXT_H_
#define RIGHTSLINT_DOCUMENT_DOCX_TEXT_H_

#include <cstddef>
#include <memory>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "document/extracted_text.h"
#include "document/office_xml.h"
#include "document/zip_archive.h"
#include "rightslint/status.h"

namespace rightslint {

inline constexpr std::string_view kDocxMainPart = "word/document.xml";

// A piece of body text and the element it came from.
struct DocxSegment {
  std::size_t begin = 0;  // byte range in the text
  std::size_t end = 0;
  // A w:t, whose character data (all of it, in order) is text[begin, end) byte for byte; or an
  // element the text stands in for (w:tab, w:br, w:softHyphen, ...). Always a child of a w:r.
  pugi::xml_node node;
  bool is_text = false;
  // False inside text boxes, mc:AlternateContent and field results, where a comment range would
  // be lost when Word picks the other branch or updates the field.
  bool anchorable = false;
};

// Checks for an OLE compound file (an encrypted .docx or a legacy .doc), then opens the ZIP.
StatusOr<ZipArchive> OpenDocx(const std::string& path, std::string_view bytes,
                              const ExtractLimits& limits);

// Appends the body of word/document.xml (`document`), one paragraph per line, to `text`, and when
// `segments` is not null, one DocxSegment per non-empty piece in text order. Errors: no w:body,
// nesting past kMaxXmlDepth, text that is not UTF-8. Stops early when `text` is full().
Status AppendDocxBody(const std::string& path, const XmlPart& document, LineText& text,
                      std::vector<DocxSegment>* segments);

}  // namespace rightslint

#endif  // RIGHTSLINT_DOCUMENT_DOCX_TEXT_H_
