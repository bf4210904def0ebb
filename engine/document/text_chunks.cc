#include "document/text_chunks.h"

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "document/extract.h"
#include "document/utf8.h"

namespace rightslint {

StatusOr<std::unique_ptr<TextChunkReader>> TextChunkReader::Open(const std::string& path,
                                                                 std::size_t chunk_bytes) {
  std::FILE* file = std::fopen(path.c_str(), "rbe");
  if (file == nullptr) {
    const int error = errno;
    const std::string message = path + ": " + std::strerror(error);
    return error == ENOENT ? Status::NotFound(message) : Status::Io(message);
  }
  return std::unique_ptr<TextChunkReader>(
      new TextChunkReader(path, file, std::max<std::size_t>(chunk_bytes, 1)));
}

TextChunkReader::TextChunkReader(std::string path, std::FILE* file, std::size_t chunk_bytes)
    : path_(std::move(path)), file_(file), chunk_bytes_(chunk_bytes) {}

TextChunkReader::~TextChunkReader() { std::fclose(file_); }

Status TextChunkReader::Fill(std::size_t bytes, bool* at_end) {
  const std::size_t before = pending_.size();
  pending_.resize(before + bytes);
  const std::size_t got = std::fread(pending_.data() + before, 1, bytes, file_);
  pending_.resize(before + got);
  if (std::ferror(file_)) return Status::Io(path_ + ": " + std::strerror(errno));
  *at_end = got < bytes;
  return Status::Ok();
}

Status TextChunkReader::Validate(const TextChunk& chunk) const {
  const std::string_view text = chunk.text;
  auto line_of = [&](std::size_t at) {
    return chunk.first_line +
           static_cast<int>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
  };
  if (const void* nul = std::memchr(text.data(), '\0', text.size())) {
    const auto at = static_cast<std::size_t>(static_cast<const char*>(nul) - text.data());
    return Status::Invalid(path_ + ": binary file (NUL byte at offset " +
                           std::to_string(chunk.offset + at) + ")");
  }
  if (std::optional<std::size_t> bad = FindInvalidUtf8(text)) {
    return Status::Invalid(path_ + ": invalid UTF-8 at byte " +
                           std::to_string(chunk.offset + *bad) + " (line " +
                           std::to_string(line_of(*bad)) + "): " + DescribeInvalidUtf8(text, *bad));
  }
  return Status::Ok();
}

StatusOr<bool> TextChunkReader::Next(TextChunk* chunk) {
  // Read until the piece is full and has a line break in its second half, or the file ends. A
  // very long line is searched for its end only in what each read adds.
  std::size_t searched = chunk_bytes_ / 2;  // no line break in [chunk_bytes_ / 2, searched)
  while (!at_end_) {
    if (pending_.size() >= chunk_bytes_) {
      if (pending_.find('\n', searched) != std::string::npos) break;
      searched = pending_.size();
    }
    const std::size_t want = std::max(chunk_bytes_, pending_.size()) - pending_.size();
    if (Status status = Fill(std::max<std::size_t>(want, 1 << 16), &at_end_); !status.ok()) {
      return status;
    }
  }
  if (pending_.empty()) return false;

  std::size_t cut = pending_.size();
  if (!at_end_ || pending_.size() > chunk_bytes_) {
    const std::size_t limit = std::min(pending_.size(), chunk_bytes_);
    const std::size_t half = limit / 2;
    // A blank line: "\n\n", or "\n\r\n" in a file with CRLF line ends.
    const std::size_t lf = pending_.rfind("\n\n", limit);
    const std::size_t crlf = pending_.rfind("\n\r\n", limit);
    const std::size_t blank_end =
        std::max(lf == std::string::npos ? 0 : lf + 2, crlf == std::string::npos ? 0 : crlf + 3);
    const std::size_t line = pending_.rfind('\n', limit);
    if (blank_end > 0 && blank_end >= half) {
      cut = blank_end;
    } else if (line != std::string::npos && line >= half) {
      cut = line + 1;
    } else if (std::size_t next = pending_.find('\n', limit); next != std::string::npos) {
      cut = next + 1;  // a very long line: the piece grows to its end
    }
  }
  chunk->text.assign(pending_, 0, cut);
  chunk->offset = offset_;
  chunk->first_line = line_;
  pending_.erase(0, cut);
  offset_ += cut;
  line_ += static_cast<int>(std::count(chunk->text.begin(), chunk->text.end(), '\n'));
  if (Status status = Validate(*chunk); !status.ok()) return status;
  return true;
}

}  // namespace rightslint
