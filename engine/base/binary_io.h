// BinaryWriter and BinaryReader: the format of the build-time caches (rules/rule_pack_cache.h,
// rules/lexicon_cache.h) — unsigned integers as 8 little-endian bytes, strings as their length
// and bytes. Written by the build for the same program, so no more is needed; the reader checks
// every length against what is left, so a damaged file fails cleanly instead of reading past its
// end or allocating without bound.
#ifndef RIGHTSLINT_BASE_BINARY_IO_H_
#define RIGHTSLINT_BASE_BINARY_IO_H_

#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rightslint {

class BinaryWriter {
 public:
  void Number(std::uint64_t value);
  void Text(std::string_view text);
  void Texts(const std::vector<std::string>& texts);
  void TextMap(const std::map<std::string, std::string>& map);
  std::string& bytes() { return bytes_; }

 private:
  std::string bytes_;
};

// Any read past the end, or a count larger than the bytes left could hold, fails the whole read:
// ok() turns false and every later read gives an empty value.
class BinaryReader {
 public:
  explicit BinaryReader(std::string_view bytes) : rest_(bytes) {}
  bool ok() const { return ok_; }
  bool AtEnd() const { return rest_.empty(); }

  std::uint64_t Number();
  int Int() { return static_cast<int>(static_cast<std::int64_t>(Number())); }
  // A count of items each written in at least `item_bytes` bytes.
  std::size_t Count(std::size_t item_bytes);
  std::string Text();
  std::vector<std::string> Texts();
  std::map<std::string, std::string> TextMap();

 private:
  std::uint64_t Fail();

  std::string_view rest_;
  bool ok_ = true;
};

// A whole file's bytes. (Not a std::string: one would be zeroed before the read overwrites it,
// a megabyte for the lexicon cache at every start.)
class FileBytes {
 public:
  // The content of the file at `path`, or nullopt if it cannot be read.
  static std::optional<FileBytes> Read(const std::string& path);
  std::string_view view() const { return {data_.get(), size_}; }

 private:
  FileBytes(std::unique_ptr<char[]> data, std::size_t size) : data_(std::move(data)), size_(size) {}
  std::unique_ptr<char[]> data_;
  std::size_t size_;
};

}  // namespace rightslint

#endif  // RIGHTSLINT_BASE_BINARY_IO_H_
