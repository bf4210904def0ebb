// PDF text extraction (poppler-cpp, in a module loaded at first use).
//
// Text: every page's text lines in the order the page's content stream draws them (poppler's
// raw_order_layout), one PDF line per line of text. Pages are separated by a line holding only
// "\f", and ExtractedText::page_starts[i] is the byte offset where page i+1's first line starts
// (page_starts[0] == 0), so a position reports its page and its line within the page.
//
// Why raw order: poppler's reading-order mode (non_raw_non_physical_layout, pdftotext's default)
// finds columns, but it also joins every line that ends in a hyphen with the next one (whatever
// the case of the next letter), so a page's lines no longer match the text's lines; the physical
// layout pads columns with spaces and puts the lines of two columns side by side on one line.
// Raw order reads word processors' output (Word, LibreOffice), columns included, in order; its
// cost: a PDF whose content stream draws text out of reading order is read out of order.
//
// Each line: C0 control characters (poppler ends some pages with "\f") become spaces, trailing
// white space is dropped, invalid UTF-8 (never expected from poppler) becomes U+FFFD. Words
// hyphenated at a line end are joined (see NormalizePdfPage).
//
// Errors, each starting with `path`: no "%PDF-" header in the first 1024 bytes; a file poppler
// cannot open ("not a PDF or damaged beyond repair"); a user password ("encrypted
// (password-protected) PDF"; a PDF encrypted with an owner password only opens); more than
// limits.max_pages pages; more than limits.max_text_bytes of text.
//
// Poppler's own diagnostics (it is chatty about damaged files) are silenced for the whole process
// the first time a PDF is read: poppler has one process-wide error callback.
//
// Poppler lives in the module rightslint-pdf.so (pdf_module.h says why), loaded by the first PDF
// from the running program's directory, else from the build's; without it a PDF is an error
// ("PDF support is missing: cannot load …") and every other file is read as before.
#ifndef RIGHTSLINT_DOCUMENT_PDF_TEXT_H_
#define RIGHTSLINT_DOCUMENT_PDF_TEXT_H_

#include <string>
#include <string_view>

#include "document/extracted_text.h"
#include "rightslint/status.h"

namespace rightslint {

// Thread-safe; `bytes` is only read during the call.
StatusOr<ExtractedText> ExtractPdf(const std::string& path, std::string_view bytes,
                                   const ExtractLimits& limits);

// One page's text as poppler gives it (UTF-8, lines ended by "\n") turned into the lines
// ExtractPdf writes, each ended by "\n"; empty lines at the end of the page are dropped.
//
// Hyphen rule: a line ending in a letter and a hyphen ("-", U+2010 or a soft hyphen U+00AD)
// followed by a line that starts with a lowercase letter is a word broken at the line end: the
// hyphen goes, and the rest of the word moves up to the end of the first line ("нарко-" +
// "манами та" -> "наркоманами" + "та"). The second line stays, even when nothing is left of it,
// so lines within the page keep their numbers (an emptied line is blank and so ends a block, which
// is where a paragraph's one-word last line ends anyway). The cost: a real compound split at its
// own hyphen ("будь-" + "яких") is joined wrongly ("будьяких"); a capital after the hyphen
// ("ЄС-" + "Україна") and a digit before it ("2-" + "го") are left alone. Words are never joined
// across pages.
std::string NormalizePdfPage(std::string_view page_text);

}  // namespace rightslint

#endif  // RIGHTSLINT_DOCUMENT_PDF_TEXT_H_
