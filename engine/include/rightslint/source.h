// Source and Document: the first two stages of the pipeline.
//
// A Source is what was read (a display path, the raw bytes, the format). A Document is what the
// text stage reads: UTF-8 text plus the byte ranges that are not prose (code, URLs, HTML
// comments). For the formats of version 1 (plain text, Markdown) the document text *is* the file's
// bytes, so every byte offset in the text is also an offset in the original file; formats that
// extract text (DOCX, PDF) will add an origin map here.
#ifndef RIGHTSLINT_SOURCE_H_
#define RIGHTSLINT_SOURCE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace rightslint {

enum class Format { kText, kMarkdown };

// "txt" or "md", as written in the JSON output's `format` field.
std::string_view FormatName(Format format);

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

struct Document {
  std::string path;
  Format format = Format::kText;
  std::string text;                  // valid UTF-8
  std::vector<ByteRange> non_prose;  // sorted, disjoint: code, link targets, URLs, comments
};

}  // namespace rightslint

#endif  // RIGHTSLINT_SOURCE_H_
