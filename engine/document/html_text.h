// HTML text extraction (gumbo, an HTML5-conformant parser), with a map back to the source.
//
// The bytes become UTF-8 first (html_charset.h); ExtractedText::source is that UTF-8 source, and
// every position of the text maps back to a line and column of it through
// ExtractedText::anchors (see SourceAnchor and lint/origin.h).
//
// Text:
//  - The <title> of <head> is the first line. The rest of <head>, a <title> elsewhere, and the
//    contents of script, style, template, noscript, iframe, noembed, noframes, svg and math, are
//    skipped; so are comments, except suppression directives (below).
//  - Block elements (p, div, h1-h6, li, td, blockquote, pre, section, table, hr… see
//    IsBlockTag in html_text.cc) end a paragraph: paragraphs are separated by one blank line, the
//    boundary the text stage cuts blocks at. <br> ends a line. Inline elements run together
//    ("<b>нарко</b>ман" is one word).
//  - White space collapses to one space, and lines carry no leading or trailing white space,
//    except inside pre, textarea, listing, xmp and plaintext, which keep their spaces, tabs and
//    line breaks (trailing white space and runs of blank lines still go). Character references
//    are decoded; U+00A0 (&nbsp;) is kept as it is.
//  - Code (code, kbd, samp, var; so also <pre><code>) stays in the text, but its range is
//    non-prose, as in Markdown.
//  - A closed comment whose content starts with "rightslint-" is a suppression directive: it
//    becomes a line of its own, "<!-- rightslint-disable stigma -->" (its white space
//    collapsed), and that line is non-prose, so the plain-text directive parser
//    (lint/suppressions.h) finds it.
//    "<!-- rightslint-disable-line -->" instead ends the line it is on: it covers that paragraph
//    (the text stage's line), not the source line.
// So unlike DOCX/ODT, a line of the text is not a paragraph number: HTML findings report the
// line and column of the source instead.
//
// Anchors: each word (run of non-white-space) of a text node is looked up in the node's source
// text ("original text") from where the previous word ended: the literal parts of the word get
// an anchor; the parts that came from a character reference ("&amp;", "&#1085;") get none and
// map to the start of the next anchor. Neighbouring anchors whose gaps are the same bytes in the
// text and in the source (a single space between two words) are merged.
//
// Errors, each starting with `path`: undecodable bytes (html_charset.h); elements nested more
// than 1024 deep (gumbo's time grows with depth times tags, and deeper trees exhaust its stack;
// browsers stop nesting at 512); more than limits.max_text_bytes of text.
#ifndef RIGHTSLINT_DOCUMENT_HTML_TEXT_H_
#define RIGHTSLINT_DOCUMENT_HTML_TEXT_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "document/extracted_text.h"
#include "rightslint/status.h"

namespace rightslint {

inline constexpr std::size_t kMaxHtmlNesting = 1024;

// Thread-safe; `bytes` is only read during the call.
StatusOr<ExtractedText> ExtractHtml(const std::string& path, std::string_view bytes,
                                    const ExtractLimits& limits);

// How deep the tags of `html` nest elements, counted without parsing and stopping once above
// `limit`: start tags of elements that need an end tag add one, their end tags take one away.
// Void elements (br, img…), elements whose end tag may be left out (p, li, td, tr…) and, inside
// svg and math, self-closed tags ("<path/>") do not count; comments and the contents of script,
// style, textarea, title and the like are skipped. Roughly the depth of the parser's tree (a
// table adds tbody, tr and td to it but counts once; misnested formatting tags may count more).
std::size_t HtmlNestingDepth(std::string_view html, std::size_t limit);

}  // namespace rightslint

#endif  // RIGHTSLINT_DOCUMENT_HTML_TEXT_H_
