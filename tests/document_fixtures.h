// The document fixtures (tests/fixtures/documents/, see its README), shared by the document,
// lint and server tests.
#ifndef RIGHTSLINT_TESTS_DOCUMENT_FIXTURES_H_
#define RIGHTSLINT_TESTS_DOCUMENT_FIXTURES_H_

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

namespace rightslint::testing {

inline std::string DocumentFixturePath(const std::string& name) {
  return std::string(RIGHTSLINT_SOURCE_DIR) + "/tests/fixtures/documents/" + name;
}

// The bytes of tests/fixtures/documents/`name` (a failure of the test if it cannot be read).
inline std::string ReadFixture(const std::string& name) {
  std::ifstream in(DocumentFixturePath(name), std::ios::binary);
  EXPECT_TRUE(in) << name;
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

}  // namespace rightslint::testing

#endif  // RIGHTSLINT_TESTS_DOCUMENT_FIXTURES_H_
