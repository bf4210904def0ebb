// Source and Document: the first two stages of the pipeline.
//
// A Source is what was read (a display path, the raw bytes, the format). A Document is what the
// text stage reads: UTF-8 text plus the byte ranges that are not prose (code, URLs, HTML
// comments). For plain text and Markdown the document text *is* the file's bytes, so every byte
// offset in the text is also an offset in the original file. HTML, DOCX, ODT and PDF have their
// text extracted (a DOCX/ODT paragraph or a PDF line per line of text, HTML blocks between blank
// lines), with an origin map from text offsets back to the original (see Document).
#ifndef RIGHTSLINT_SOURCE_H_
#define RIGHTSLINT_SOURCE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rightslint {

enum class Format { kText, kMarkdown, kHtml, kDocx, kOdt, kPdf };

// "txt", "md", "html", "docx", "odt" or "pdf", as written in the JSON output's `format` field.
std::string_view FormatName(Format format);

// DOCX, ODT and PDF: containers whose bytes are not text (NUL bytes are expected).
inline bool IsBinaryFormat(Format format) {
  return format == Format::kDocx || format == Format::kOdt || format == Format::kPdf;
}

struct Source {
  std::string path;   // as the user should see it: relative to the argument, or --stdin-filename
  std::string bytes;  // the file's content, unmodified
  Format format = Format::kText;
};

// A half-open byte range [begin, end) into a text.
struct ByteRange {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::size_t size() const { return end - begin; }
  bool Contains(std::size_t offset) const { return begin <= offset && offset < end; }
  friend bool operator==(const ByteRange&, const ByteRange&) = default;
};

// For HTML: a piece of the document text that was copied from the source. Text offsets in
// [text, text + length) map to source offsets [source, source + length); text the extractor made up
// (line breaks between blocks, a decoded character reference) maps to the start of the next piece.
struct SourceAnchor {
  std::size_t text = 0;
  std::size_t source = 0;
  std::size_t length = 0;
};

struct Document {
  std::string path;
  Format format = Format::kText;
  std::string text;                  // valid UTF-8
  std::vector<ByteRange> non_prose;  // sorted, disjoint: code, link targets, URLs, comments

  // The origin map of extracted formats (empty for plain text and Markdown, whose positions are
  // the text's own). DOCX/ODT: nothing; each paragraph is one line of `text`, so a text line number
  // is the paragraph number.
  // PDF: byte offsets in `text` where each page starts (pages are also separated by '\f'); a
  // position reports its page and the line within that page.
  std::vector<std::size_t> page_starts;
  // HTML: positions are line and column in `source` (the file as UTF-8), found through `anchors`
  // (sorted by `text`, disjoint).
  std::string source;
  std::vector<SourceAnchor> anchors;
};

}  // namespace rightslint

#endif  // RIGHTSLINT_SOURCE_H_
