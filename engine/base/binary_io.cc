#include "base/binary_io.h"

#include <algorithm>
#include <filesystem>
#include <fstream>

namespace rightslint {

void BinaryWriter::Number(std::uint64_t value) {
  for (int i = 0; i < 8; ++i) bytes_.push_back(static_cast<char>(value >> (8 * i)));
}

void BinaryWriter::Text(std::string_view text) {
  Number(text.size());
  bytes_.append(text);
}

void BinaryWriter::Texts(const std::vector<std::string>& texts) {
  Number(texts.size());
  for (const std::string& text : texts) Text(text);
}

void BinaryWriter::TextMap(const std::map<std::string, std::string>& map) {
  Number(map.size());
  for (const auto& [key, value] : map) {
    Text(key);
    Text(value);
  }
}

std::uint64_t BinaryReader::Fail() {
  ok_ = false;
  rest_ = {};
  return 0;
}

std::uint64_t BinaryReader::Number() {
  if (!ok_ || rest_.size() < 8) return Fail();
  std::uint64_t value = 0;
  for (int i = 0; i < 8; ++i) {
    value |= std::uint64_t{static_cast<unsigned char>(rest_[static_cast<std::size_t>(i)])}
             << (8 * i);
  }
  rest_.remove_prefix(8);
  return value;
}

std::size_t BinaryReader::Count(std::size_t item_bytes) {
  const std::uint64_t count = Number();
  if (!ok_ || count > rest_.size() / std::max<std::size_t>(item_bytes, 1)) return Fail();
  return static_cast<std::size_t>(count);
}

std::string BinaryReader::Text() {
  const std::size_t size = Count(1);
  if (!ok_) return {};
  std::string text(rest_.substr(0, size));
  rest_.remove_prefix(size);
  return text;
}

std::vector<std::string> BinaryReader::Texts() {
  std::vector<std::string> texts(Count(8));
  for (std::string& text : texts) text = Text();
  return texts;
}

std::map<std::string, std::string> BinaryReader::TextMap() {
  std::map<std::string, std::string> map;
  for (std::size_t n = Count(16); n > 0 && ok_; --n) {
    std::string key = Text();
    map[std::move(key)] = Text();
  }
  return map;
}

std::optional<FileBytes> FileBytes::Read(const std::string& path) {
  // A directory opens, and seeking to its end can give any size.
  std::error_code error;
  if (!std::filesystem::is_regular_file(path, error)) return std::nullopt;
  std::ifstream file(path, std::ios::binary | std::ios::ate);
  if (!file) return std::nullopt;
  const std::streamoff end = file.tellg();
  if (end < 0) return std::nullopt;
  const auto size = static_cast<std::size_t>(end);
  std::unique_ptr<char[]> data(new char[size]);
  file.seekg(0);
  if (!file.read(data.get(), static_cast<std::streamsize>(size))) return std::nullopt;
  return FileBytes(std::move(data), size);
}

}  // namespace rightslint
