#include "document/zip_archive.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>

#include "office_fixtures.h"

namespace rightslint {
namespace {

using testing::ZipBuilder;

constexpr std::size_t kMiB = std::size_t{1} << 20;

// The archive views `bytes`, which must outlive it: tests keep them in a variable.
ZipArchive Open(const std::string& bytes, const ExtractLimits& limits = {}) {
  StatusOr<ZipArchive> archive = ZipArchive::Open("a.docx", bytes, "a .docx file", limits);
  EXPECT_TRUE(archive.ok()) << archive.status().message();
  return std::move(archive).value();
}

Status OpenError(const std::string& bytes) {
  StatusOr<ZipArchive> archive = ZipArchive::Open("a.docx", bytes, "a .docx file", {});
  EXPECT_FALSE(archive.ok());
  return archive.ok() ? Status::Ok() : archive.status();
}

Status ReadError(const ZipArchive& archive, const std::string& member) {
  StatusOr<std::string> bytes = archive.Read(member);
  EXPECT_FALSE(bytes.ok());
  return bytes.ok() ? Status::Ok() : bytes.status();
}

// Overwrites every little-endian 32-bit uncompressed-size field (local and central headers) of
// the archive's members, as a hostile writer could.
void DeclareUncompressedSize(std::string& zip, std::uint32_t size) {
  const auto patch = [&](std::string_view signature, std::size_t field) {
    for (std::size_t at = zip.find(signature); at != std::string::npos;
         at = zip.find(signature, at + 4)) {
      for (int i = 0; i < 4; ++i) zip[at + field + i] = static_cast<char>(size >> (8 * i));
    }
  };
  patch(std::string_view("PK\x03\x04", 4), 22);
  patch(std::string_view("PK\x01\x02", 4), 24);
}

TEST(ZipArchiveTest, ReadsMembersByNameAndListsThemInOrder) {
  const std::string zip = ZipBuilder().Add("b.xml", "<b/>").Add("a/c.xml", "ccc").Build();
  const ZipArchive archive = Open(zip);
  EXPECT_EQ(archive.Names(), (std::vector<std::string>{"b.xml", "a/c.xml"}));
  EXPECT_TRUE(archive.Has("a/c.xml"));
  EXPECT_FALSE(archive.Has("c.xml"));
  StatusOr<std::string> bytes = archive.Read("a/c.xml");
  ASSERT_TRUE(bytes.ok()) << bytes.status().message();
  EXPECT_EQ(*bytes, "ccc");
}

TEST(ZipArchiveTest, MissingMemberIsNotFound) {
  const std::string zip = ZipBuilder().Add("b.xml", "<b/>").Build();
  const Status status = ReadError(Open(zip), "x.xml");
  EXPECT_EQ(status.code(), StatusCode::kNotFound);
  EXPECT_EQ(status.message(), "a.docx: no x.xml in the archive");
}

TEST(ZipArchiveTest, NotAZipArchiveSaysWhatTheFileShouldBe) {
  const Status status = OpenError("plain text, not a zip");
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(), "a.docx: not a ZIP archive (a .docx file is one): Not a zip archive");
  EXPECT_EQ(OpenError("").message(), "a.docx: empty file (a .docx file is a ZIP archive)");
}

TEST(ZipArchiveTest, RecognisesOleCompoundFiles) {
  EXPECT_TRUE(IsOleCompoundFile(std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + "rest"));
  EXPECT_FALSE(IsOleCompoundFile("PK\x03\x04"));
  EXPECT_FALSE(IsOleCompoundFile("\xD0\xCF"));
}

TEST(ZipArchiveTest, RefusesAMemberDeclaredLargerThanTheLimit) {
  ExtractLimits limits;
  limits.max_member_bytes = kMiB;
  const std::string zip =
      ZipBuilder().Add("word/document.xml", std::string(20 * kMiB, '\0')).Build();
  const ZipArchive archive = Open(zip, limits);
  EXPECT_EQ(ReadError(archive, "word/document.xml").message(),
            "a.docx: word/document.xml inflates past 1 MiB (limit); refusing a possible zip bomb");
}

TEST(ZipArchiveTest, RefusesAMemberWhoseDeclaredSizeLies) {
  // Declares 100 bytes and inflates to 20 MiB: the bytes actually inflated are counted.
  std::string zip = ZipBuilder().Add("word/document.xml", std::string(20 * kMiB, ' ')).Build();
  DeclareUncompressedSize(zip, 100);
  ExtractLimits limits;
  limits.max_member_bytes = kMiB;
  limits.max_compression_ratio = 1u << 30;  // only the byte count can stop it
  const Status status = ReadError(Open(zip, limits), "word/document.xml");
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(status.message().starts_with("a.docx: word/document.xml")) << status.message();
}

TEST(ZipArchiveTest, RefusesAZipBombRatio) {
  // 20 MiB of zeros deflate to about 20 KiB: a ratio near 1000, over the default 200.
  const std::string zip = ZipBuilder().Add("content.xml", std::string(20 * kMiB, '\0')).Build();
  const ZipArchive archive = Open(zip);
  const Status status = ReadError(archive, "content.xml");
  EXPECT_TRUE(status.message().starts_with("a.docx: content.xml inflates ")) << status.message();
  EXPECT_NE(status.message().find("a ratio over 200 (limit); refusing a possible zip bomb"),
            std::string::npos)
      << status.message();
}

TEST(ZipArchiveTest, SmallMembersMayCompressWell) {
  // Under 1 MiB the ratio is not checked: a page of spaces is not a bomb.
  const std::string zip = ZipBuilder().Add("a.xml", std::string(512 << 10, ' ')).Build();
  const ZipArchive archive = Open(zip);
  EXPECT_TRUE(archive.Read("a.xml").ok());
}

TEST(ZipArchiveTest, RefusesEncryptedMembers) {
  const std::string zip =
      ZipBuilder().Add("word/document.xml", "<secret/>", false, /*password=*/"pw").Build();
  const ZipArchive archive = Open(zip);
  EXPECT_EQ(ReadError(archive, "word/document.xml").message(),
            "a.docx: word/document.xml: encrypted member (password-protected document)");
}

TEST(ZipArchiveTest, CorruptDataIsAnError) {
  std::string zip = ZipBuilder().Add("a.xml", std::string(4000, 'x') + "tail").Build();
  // Damage the compressed data right after the local header and its name.
  const std::size_t data = zip.find("a.xml") + 5;
  for (std::size_t i = data; i < data + 8; ++i) zip[i] = static_cast<char>(~zip[i]);
  const Status status = ReadError(Open(zip), "a.xml");
  EXPECT_TRUE(status.message().starts_with("a.docx: a.xml: ")) << status.message();
}

TEST(ZipArchiveTest, RewriteReplacesAndAddsMembersAndCopiesTheRest) {
  const std::string original =
      ZipBuilder().Add("keep.xml", std::string(3000, 'k')).Add("edit.xml", "old").Build();
  StatusOr<std::string> rewritten =
      RewriteZip("a.docx", original, {{"edit.xml", "new"}, {"added.xml", "added"}});
  ASSERT_TRUE(rewritten.ok()) << rewritten.status().message();
  const ZipArchive archive = Open(*rewritten);
  EXPECT_EQ(archive.Names(), (std::vector<std::string>{"keep.xml", "edit.xml", "added.xml"}));
  EXPECT_EQ(*archive.Read("keep.xml"), std::string(3000, 'k'));
  EXPECT_EQ(*archive.Read("edit.xml"), "new");
  EXPECT_EQ(*archive.Read("added.xml"), "added");
  EXPECT_EQ(*Open(original).Read("edit.xml"), "old");  // the input is not touched
}

TEST(ZipArchiveTest, DescribesByteCounts) {
  EXPECT_EQ(DescribeByteCount(256 * kMiB), "256 MiB");
  EXPECT_EQ(DescribeByteCount(64 << 10), "64 KiB");
  EXPECT_EQ(DescribeByteCount(1000), "1000 bytes");
  EXPECT_EQ(DescribeByteCount(1), "1 byte");
}

}  // namespace
}  // namespace rightslint
