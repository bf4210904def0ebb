#include "base/binary_io.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

namespace rightslint {
namespace {

TEST(BinaryIoTest, ReadsBackWhatWasWritten) {
  BinaryWriter out;
  out.Number(0);
  out.Number(~std::uint64_t{0});
  out.Text("");
  out.Text("наркоман\n\t\0x");
  out.Texts({"a", "", "ї"});
  out.TextMap({{"en", "x"}, {"ru", "у"}});
  BinaryReader in(out.bytes());
  EXPECT_EQ(in.Number(), 0u);
  EXPECT_EQ(in.Number(), ~std::uint64_t{0});
  EXPECT_EQ(in.Text(), "");
  EXPECT_EQ(in.Text(), "наркоман\n\t");
  EXPECT_EQ(in.Texts(), (std::vector<std::string>{"a", "", "ї"}));
  EXPECT_EQ(in.TextMap(), (std::map<std::string, std::string>{{"en", "x"}, {"ru", "у"}}));
  EXPECT_TRUE(in.ok());
  EXPECT_TRUE(in.AtEnd());
}

TEST(BinaryIoTest, ReadingPastTheEndOrAnImpossibleCountFailsForGood) {
  BinaryWriter out;
  out.Texts({"one", "two"});
  const std::string bytes = out.bytes();
  for (std::size_t size = 0; size < bytes.size(); ++size) {
    BinaryReader in(std::string_view(bytes).substr(0, size));
    in.Texts();
    EXPECT_FALSE(in.ok()) << size;
    EXPECT_EQ(in.Text(), "");  // and stays failed
    EXPECT_FALSE(in.ok());
  }
  BinaryWriter huge;
  huge.Number(std::uint64_t{1} << 62);  // a count no input could hold
  BinaryReader in(huge.bytes());
  EXPECT_EQ(in.Count(1), 0u);
  EXPECT_FALSE(in.ok());
}

TEST(BinaryIoTest, FileBytesOfAFileAndOfWhatIsNoFile) {
  const std::filesystem::path dir =
      std::filesystem::temp_directory_path() /
      ("rightslint-binary-io-" + std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
  std::filesystem::create_directories(dir);
  std::ofstream(dir / "file", std::ios::binary) << std::string("a\0b", 3);
  const auto file = FileBytes::Read((dir / "file").string());
  ASSERT_TRUE(file.has_value());
  EXPECT_EQ(file->view(), std::string_view("a\0b", 3));
  EXPECT_FALSE(FileBytes::Read(dir.string()).has_value());  // a directory
  EXPECT_FALSE(FileBytes::Read((dir / "missing").string()).has_value());
  std::ofstream(dir / "empty");
  ASSERT_TRUE(FileBytes::Read((dir / "empty").string()).has_value());
  EXPECT_TRUE(FileBytes::Read((dir / "empty").string())->view().empty());
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace rightslint
