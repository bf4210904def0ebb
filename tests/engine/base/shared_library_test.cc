#include "base/shared_library.h"

#include <gtest/gtest.h>

#include <cstddef>
#include <utility>

namespace rightslint {
namespace {

// strlen as C declares it (glibc's declaration carries attributes a template argument drops).
using Strlen = std::size_t(const char*);

TEST(SharedLibraryTest, FindsAFunctionOfALoadedLibrary) {
  StatusOr<SharedLibrary> libc = SharedLibrary::Open("libc.so.6");
  ASSERT_TRUE(libc.ok()) << libc.status().message();
  StatusOr<Strlen*> strlen_found = libc->Find<Strlen>("strlen");
  ASSERT_TRUE(strlen_found.ok()) << strlen_found.status().message();
  EXPECT_EQ((*strlen_found)("drugs"), 5u);
}

TEST(SharedLibraryTest, AMissingLibraryIsAnErrorNamingIt) {
  StatusOr<SharedLibrary> missing = SharedLibrary::Open("librightslint-no-such-library.so.1");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find("cannot load librightslint-no-such-library.so.1: "),
            std::string::npos)
      << missing.status().message();
}

TEST(SharedLibraryTest, AMissingSymbolIsAnErrorNamingLibraryAndSymbol) {
  StatusOr<SharedLibrary> libc = SharedLibrary::Open("libc.so.6");
  ASSERT_TRUE(libc.ok());
  StatusOr<void (*)()> missing = libc->Find<void()>("rightslint_no_such_symbol");
  ASSERT_FALSE(missing.ok());
  EXPECT_NE(missing.status().message().find("libc.so.6 has no symbol rightslint_no_such_symbol"),
            std::string::npos)
      << missing.status().message();
}

TEST(SharedLibraryTest, MovedLibraryStaysUsable) {
  StatusOr<SharedLibrary> libc = SharedLibrary::Open("libc.so.6");
  ASSERT_TRUE(libc.ok());
  SharedLibrary moved = std::move(*libc);
  SharedLibrary assigned = std::move(moved);
  EXPECT_EQ(assigned.name(), "libc.so.6");
  EXPECT_TRUE(assigned.Find<Strlen>("strlen").ok());
}

}  // namespace
}  // namespace rightslint
