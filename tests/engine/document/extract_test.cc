#include "document/extract.h"

#include <gtest/gtest.h>

#include <string>

namespace rightslint {
namespace {

Status ExtractError(const std::string& bytes, Format format = Format::kText) {
  StatusOr<Document> document = ExtractDocument(Source{"notes.txt", bytes, format});
  EXPECT_FALSE(document.ok());
  return document.status();
}

TEST(DocumentExtractTest, InvalidUtf8NamesPathByteLineAndWhatWasExpected) {
  const Status status = ExtractError("ab\ncd\xD0(");
  EXPECT_EQ(status.code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(status.message(),
            "notes.txt: invalid UTF-8 at byte 5 (line 2): expected a continuation byte after "
            "0xD0, found 0x28");
}

TEST(DocumentExtractTest, EachKindOfInvalidUtf8) {
  // The byte offsets count the Cyrillic prefix: "слово\n" is 11 bytes.
  const std::string prefix = "слово\n";
  EXPECT_EQ(ExtractError(prefix + "\x80").message(),
            "notes.txt: invalid UTF-8 at byte 11 (line 2): unexpected continuation byte 0x80");
  EXPECT_EQ(ExtractError(prefix + "a\xC0\xAF").message(),
            "notes.txt: invalid UTF-8 at byte 12 (line 2): overlong encoding (0xC0 is never valid "
            "in UTF-8)");
  EXPECT_EQ(ExtractError(prefix + "\xE0\x9F\xBF").message(),
            "notes.txt: invalid UTF-8 at byte 11 (line 2): overlong encoding (0xE0 0x9F)");
  EXPECT_EQ(ExtractError(prefix + "\n\xED\xB2\x80").message(),
            "notes.txt: invalid UTF-8 at byte 12 (line 3): encoded UTF-16 surrogate (0xED 0xB2): "
            "U+D800-U+DFFF");
  EXPECT_EQ(ExtractError(prefix + "\xF4\x90\x80\x80").message(),
            "notes.txt: invalid UTF-8 at byte 11 (line 2): code point above U+10FFFF (0xF4 0x90)");
  EXPECT_EQ(ExtractError(prefix + "\xF8\x88\x80\x80\x80").message(),
            "notes.txt: invalid UTF-8 at byte 11 (line 2): 0xF8 is never valid in UTF-8");
}

TEST(DocumentExtractTest, TruncatedMultibyteSequenceAtEndOfFile) {
  const std::string text = "конец \xD0";  // "конец " is 11 bytes
  EXPECT_EQ(ExtractError(text, Format::kMarkdown).message(),
            "notes.txt: invalid UTF-8 at byte 11 (line 1): input ends inside a 2-byte sequence "
            "(0xD0)");
  EXPECT_EQ(ExtractError("\xF0\x9F\x98").message(),
            "notes.txt: invalid UTF-8 at byte 0 (line 1): input ends inside a 4-byte sequence "
            "(0xF0 0x9F 0x98)");
}

TEST(DocumentExtractTest, EmptyFile) {
  StatusOr<Document> document = ExtractDocument(Source{"empty.md", "", Format::kMarkdown});
  ASSERT_TRUE(document.ok());
  EXPECT_EQ(document->path, "empty.md");
  EXPECT_EQ(document->format, Format::kMarkdown);
  EXPECT_TRUE(document->text.empty());
  EXPECT_TRUE(document->non_prose.empty());
}

TEST(DocumentExtractTest, TextIsTheSourceBytesAndTheBomIsNotProse) {
  const std::string bytes = "\xEF\xBB\xBFЗакон о наркотиках\r\nСтатья 1.";
  StatusOr<Document> document = ExtractDocument(Source{"law.txt", bytes, Format::kText});
  ASSERT_TRUE(document.ok());
  EXPECT_EQ(document->text, bytes);
  EXPECT_EQ(document->non_prose, (std::vector<ByteRange>{{0, 3}}));
}

TEST(DocumentExtractTest, BareUrlsAndEmailsInPlainText) {
  const std::string text = "Источник: https://example.org/doc.pdf; вопросы: info@example.org.";
  StatusOr<Document> document = ExtractDocument(Source{"a.txt", text, Format::kText});
  ASSERT_TRUE(document.ok());
  ASSERT_EQ(document->non_prose.size(), 2u);
  const ByteRange url = document->non_prose[0];
  const ByteRange email = document->non_prose[1];
  EXPECT_EQ(text.substr(url.begin, url.size()), "https://example.org/doc.pdf");
  EXPECT_EQ(text.substr(email.begin, email.size()), "info@example.org");
}

}  // namespace
}  // namespace rightslint
