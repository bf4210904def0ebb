// The POSIX adapters: atomic replacement and running a program without a shell.
#include "posix.h"

#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

namespace rightslint::cli {
namespace {

namespace fs = std::filesystem;

class PosixTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::string pattern = (fs::temp_directory_path() / "rightslint-posix-XXXXXX").string();
    ASSERT_NE(::mkdtemp(pattern.data()), nullptr);
    dir_ = pattern;
  }
  void TearDown() override {
    ::chmod(dir_.c_str(), 0700);
    fs::remove_all(dir_);
  }
  // Every name in the directory, to see that no temporary file is left behind.
  std::vector<std::string> Names() const {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(dir_)) names.push_back(entry.path().filename());
    return names;
  }
  fs::path dir_;
};

TEST_F(PosixTest, ReadWholeFileErrors) {
  EXPECT_EQ(ReadWholeFile((dir_ / "missing").string()).status().code(), StatusCode::kNotFound);
  const auto directory = ReadWholeFile(dir_.string());
  ASSERT_FALSE(directory.ok());
  EXPECT_NE(directory.status().message().find("is a directory"), std::string::npos);
}

TEST(RunProgramTest, PassesArgumentsVerbatimAndCollectsBothStreams) {
  const auto run = RunProgram(
      {"sh", "-c", "printf '%s|' \"$@\"; echo oops >&2; exit 3", "sh", "a b", "$HOME", "*", ""});
  ASSERT_TRUE(run.ok()) << run.status().message();
  EXPECT_EQ(run->out, "a b|$HOME|*||");
  EXPECT_EQ(run->err, "oops\n");
  EXPECT_EQ(run->exit_code, 3);
}

TEST(RunProgramTest, LargeOutputOnBothStreamsDoesNotBlock) {
  const auto run = RunProgram(
      {"sh", "-c",
       "i=0; while [ $i -lt 20000 ]; do echo out-$i; echo err-$i >&2; i=$((i+1)); done"});
  ASSERT_TRUE(run.ok()) << run.status().message();
  EXPECT_GT(run->out.size(), 100000u);
  EXPECT_GT(run->err.size(), 100000u);
  EXPECT_EQ(run->exit_code, 0);
}

TEST(RunProgramTest, StandardInputIsEmpty) {
  const auto run = RunProgram({"cat"});
  ASSERT_TRUE(run.ok());
  EXPECT_EQ(run->out, "");
}

TEST(RunProgramTest, MissingProgramIsNotFound) {
  const auto run = RunProgram({"rightslint-no-such-program"});
  ASSERT_FALSE(run.ok());
  EXPECT_EQ(run.status().code(), StatusCode::kNotFound);
}

TEST(RunProgramTest, SignalIsReportedAs128PlusN) {
  const auto run = RunProgram({"sh", "-c", "kill -TERM $$"});
  ASSERT_TRUE(run.ok());
  EXPECT_EQ(run->exit_code, 128 + 15);
}

}  // namespace
}  // namespace rightslint::cli
