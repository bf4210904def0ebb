// DOCX and ODT -> text (libzip + pugixml), one paragraph per line: the text's line number is the
// paragraph number, which is how findings in these formats report their position.
//
// DOCX (docx_text.h has the details of what counts as text): the body of word/document.xml in
// reading order (table cells' paragraphs are lines; text boxes follow the paragraph that anchors
// them), then footnotes, endnotes, headers (word/header*.xml) and footers (word/footer*.xml), in
// the order of their numbers. Deleted text, field instructions and comments are not text.
// ODT: content.xml's office:text: text:p and text:h are lines, inside lists, tables, sections and
// frames too; white space collapses as ODF says (text:s, text:tab and text:line-break are a
// space, a tab and a space); deleted text (text:tracked-changes) and comments (office:annotation)
// are not text; note bodies follow the body, then the headers and footers of styles.xml.
//
// Errors (kInvalidArgument unless the archive lacks the main part: kNotFound) start with `path`
// and say what was wrong and where: not a ZIP ("bill.docx: not a ZIP archive (a .docx file is
// one): …"), an encrypted or legacy binary document, a member that would inflate past
// ExtractLimits::max_member_bytes or with a zip bomb's ratio, malformed XML ("bill.docx:
// word/document.xml: malformed XML at byte 1234: …"), invalid UTF-8, another kind of
// OpenDocument (a spreadsheet), or text past ExtractLimits::max_text_bytes. The text returned is
// valid UTF-8. Time and memory are linear in the input, within the limits.
#ifndef RIGHTSLINT_DOCUMENT_OFFICE_TEXT_H_
#define RIGHTSLINT_DOCUMENT_OFFICE_TEXT_H_

#include <string>
#include <string_view>

#include "document/extracted_text.h"
#include "rightslint/status.h"

namespace rightslint {

StatusOr<ExtractedText> ExtractDocx(const std::string& path, std::string_view bytes,
                                    const ExtractLimits& limits);
StatusOr<ExtractedText> ExtractOdt(const std::string& path, std::string_view bytes,
                                   const ExtractLimits& limits);

}  // namespace rightslint

#endif  // RIGHTSLINT_DOCUMENT_OFFICE_TEXT_H_
