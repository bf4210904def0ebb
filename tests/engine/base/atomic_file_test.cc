// WriteFileAtomically: the new content or the old, never half; permissions and links kept.
#include "base/atomic_file.h"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <string>

namespace rightslint {
namespace {

namespace fs = std::filesystem;

class AtomicFileTest : public testing::Test {
 protected:
  void SetUp() override {
    root_ =
        fs::temp_directory_path() / ("rightslint-atomic-" + std::to_string(::getpid()) + "-" +
                                     testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(root_);
    fs::create_directories(root_);
  }
  void TearDown() override {
    std::error_code ignored;
    fs::permissions(root_, fs::perms::owner_all, fs::perm_options::add, ignored);
    fs::remove_all(root_, ignored);
  }
  std::string Path(const std::string& name) const { return (root_ / name).string(); }
  static std::string Read(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  int EntryCount() const {
    return static_cast<int>(std::distance(fs::directory_iterator(root_), fs::directory_iterator()));
  }
  fs::path root_;
};

TEST_F(AtomicFileTest, CreatesANewFileWith0644) {
  ASSERT_TRUE(WriteFileAtomically(Path("new.txt"), "hello").ok());
  EXPECT_EQ(Read(Path("new.txt")), "hello");
  struct stat info;
  ASSERT_EQ(::stat(Path("new.txt").c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 07777, 0644u);
  EXPECT_EQ(EntryCount(), 1);  // no temporary file left behind
}

TEST_F(AtomicFileTest, ReplacesAndKeepsPermissions) {
  std::ofstream(Path("script.sh")) << "old";
  ::chmod(Path("script.sh").c_str(), 0750);
  ASSERT_TRUE(WriteFileAtomically(Path("script.sh"), "new").ok());
  EXPECT_EQ(Read(Path("script.sh")), "new");
  struct stat info;
  ASSERT_EQ(::stat(Path("script.sh").c_str(), &info), 0);
  EXPECT_EQ(info.st_mode & 07777, 0750u);
}

TEST_F(AtomicFileTest, FollowsASymbolicLink) {
  std::ofstream(Path("real.md")) << "old";
  fs::create_symlink("real.md", Path("link.md"));
  ASSERT_TRUE(WriteFileAtomically(Path("link.md"), "new").ok());
  EXPECT_TRUE(fs::is_symlink(Path("link.md")));
  EXPECT_EQ(Read(Path("real.md")), "new");
}

TEST_F(AtomicFileTest, MissingDirectoryIsAnErrorNamingThePath) {
  const Status status = WriteFileAtomically(Path("no/such/dir/file.txt"), "x");
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.code(), StatusCode::kIoError);
  EXPECT_NE(status.message().find("file.txt: cannot write: no such file or directory"),
            std::string::npos)
      << status.message();
}

TEST_F(AtomicFileTest, ADirectoryIsNotReplaced) {
  fs::create_directories(Path("dir"));
  EXPECT_FALSE(WriteFileAtomically(Path("dir"), "x").ok());
  EXPECT_TRUE(fs::is_directory(Path("dir")));
}

TEST_F(AtomicFileTest, UnwritableDirectoryLeavesTheOriginalIntact) {
  if (::geteuid() == 0) GTEST_SKIP() << "root writes to read-only directories";
  std::ofstream(Path("kept.txt")) << "original";
  fs::permissions(root_, fs::perms::owner_read | fs::perms::owner_exec);
  EXPECT_FALSE(WriteFileAtomically(Path("kept.txt"), "new").ok());
  fs::permissions(root_, fs::perms::owner_all);
  EXPECT_EQ(Read(Path("kept.txt")), "original");
  EXPECT_EQ(EntryCount(), 1);
}

// A write that fails half-way (past the file size limit, which binds root too).
TEST_F(AtomicFileTest, WriteFailingHalfWayLeavesTheOldFileAndNoTemporary) {
  const std::string path = Path("base.json");
  ASSERT_TRUE(WriteFileAtomically(path, "old").ok());
  rlimit saved;
  ASSERT_EQ(::getrlimit(RLIMIT_FSIZE, &saved), 0);
  const auto previous_handler = std::signal(SIGXFSZ, SIG_IGN);  // write(2) then fails with EFBIG
  rlimit small = saved;
  small.rlim_cur = 16;
  ASSERT_EQ(::setrlimit(RLIMIT_FSIZE, &small), 0);
  const Status status = WriteFileAtomically(path, std::string(1000, 'x'));
  ::setrlimit(RLIMIT_FSIZE, &saved);
  std::signal(SIGXFSZ, previous_handler);
  ASSERT_FALSE(status.ok());
  EXPECT_NE(status.message().find("file too large"), std::string::npos) << status.message();
  EXPECT_EQ(Read(path), "old");
  EXPECT_EQ(EntryCount(), 1);
}

}  // namespace
}  // namespace rightslint
