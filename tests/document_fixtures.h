// The document fixtures (tests/fixtures/documents/, see its README) and a file reader, shared by
// the document, match, lint and server tests.
#ifndef RIGHTSLINT_TESTS_DOCUMENT_FIXTURES_H_
#define RIGHTSLINT_TESTS_DOCUMENT_FIXTURES_H_

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace rightslint::testing {

inline std::string DocumentFixturePath(const std::string& name) {
  return std::string(RIGHTSLINT_SOURCE_DIR) + "/tests/fixtures/documents/" + name;
}

// The bytes of a file (a failure of the test if it cannot be read).
inline std::string ReadFileBytes(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  EXPECT_TRUE(in) << path;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// `size` bytes of every value in a fixed scramble: binary garbage for readers to refuse.
inline std::string Garbage(std::size_t size) {
  std::string bytes;
  for (std::size_t i = 0; i < size; ++i) bytes.push_back(static_cast<char>((i * 7919) % 256));
  return bytes;
}

// A directory of the test's own under the system's temporary directory, removed with the object
// (CTest runs each test in a process of its own: the process id keeps them apart).
class ScratchDirectory {
 public:
  explicit ScratchDirectory(const std::string& label)
      : path_(std::filesystem::temp_directory_path() /
              ("rightslint-" + label + "-" + std::to_string(::getpid()))) {
    std::filesystem::remove_all(path_);
    std::filesystem::create_directories(path_);
  }
  ~ScratchDirectory() {
    std::error_code error;
    std::filesystem::remove_all(path_, error);
  }
  ScratchDirectory(const ScratchDirectory&) = delete;
  ScratchDirectory& operator=(const ScratchDirectory&) = delete;
  const std::filesystem::path& path() const { return path_; }

 private:
  std::filesystem::path path_;
};

// The bytes of tests/fixtures/documents/`name`.
inline std::string ReadFixture(const std::string& name) {
  return ReadFileBytes(DocumentFixturePath(name));
}

}  // namespace rightslint::testing

#endif  // RIGHTSLINT_TESTS_DOCUMENT_FIXTURES_H_
