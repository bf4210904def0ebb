// TextChunkReader: a plain-text file too large to hold whole, read in pieces that end at a
// paragraph break, so each piece can be checked on its own and memory stays the size of a piece.
//
// A piece ends after the last blank line ("\n\n" or "\n\r\n") in its second half, else after its
// last line break; a piece with no line break at all grows until one comes (or the file ends). So
// pieces never cut a line, a code point or — where the text has blank lines — a paragraph. Each
// piece is checked for what ReadSource and ExtractDocument would reject in the whole file (a NUL
// byte, invalid UTF-8); the error names the byte offset and line in the file.
#ifndef RIGHTSLINT_DOCUMENT_TEXT_CHUNKS_H_
#define RIGHTSLINT_DOCUMENT_TEXT_CHUNKS_H_

#include <cstddef>
#include <cstdio>
#include <memory>
#include <string>

#include "rightslint/status.h"

namespace rightslint {

struct TextChunk {
  std::string text;
  std::size_t offset = 0;  // of text[0] in the file
  int first_line = 1;      // 1-based line number of text[0] in the file
};

class TextChunkReader {
 public:
  // Opens `path`; an error names it.
  static StatusOr<std::unique_ptr<TextChunkReader>> Open(const std::string& path,
                                                         std::size_t chunk_bytes);
  ~TextChunkReader();

  // The next piece into `chunk` (its buffer reused); false after the last one.
  StatusOr<bool> Next(TextChunk* chunk);

 private:
  TextChunkReader(std::string path, std::FILE* file, std::size_t chunk_bytes);
  // Reads up to `bytes` more into pending_; false at the end of the file.
  Status Fill(std::size_t bytes, bool* at_end);
  Status Validate(const TextChunk& chunk) const;

  std::string path_;
  std::FILE* file_;
  std::size_t chunk_bytes_;
  std::string pending_;     // read but not yet handed out
  std::size_t offset_ = 0;  // file offset of pending_[0]
  int line_ = 1;            // line number of pending_[0]
  bool at_end_ = false;
};

}  // namespace rightslint

#endif  // RIGHTSLINT_DOCUMENT_TEXT_CHUNKS_H_
