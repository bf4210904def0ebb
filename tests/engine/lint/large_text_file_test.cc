// Linter::CheckLargeTextFile: a text checked piece by piece reports what checking it whole
// reports (offsets, lines, columns, file language, unused-directive notes), whatever the piece
// size; errors in a later piece name the file's byte offset and line.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "document_fixtures.h"
#include "rightslint/linter.h"

namespace rightslint {
namespace {

class LargeTextFileTest : public ::testing::Test {
 protected:
  LargeTextFileTest() {
    LinterOptions options;
    options.data_dir = RIGHTSLINT_SOURCE_DIR;
    options.report_unused_disables = true;
    linter_ = std::move(Linter::Create(options)).value();
  }

  std::string Write(const std::string& name, const std::string& bytes) {
    const std::string path = (dir_ / name).string();
    std::ofstream(path, std::ios::binary) << bytes;
    return path;
  }

  std::unique_ptr<Linter> linter_;
  testing::ScratchDirectory scratch_{"large-text"};
  const std::filesystem::path& dir_ = scratch_.path();
};

// The demo articles and declarations in five languages, a few times over, with a directive
// that suppresses nothing: prose without article headings, as large dumps of news are. Russian
// leads clearly: the file's language is counted exactly in pieces and from an even sample of the
// whole (over 64 KiB of skipped paragraphs), which agree on a clear lead, not on a near tie.
std::string Prose() {
  const std::filesystem::path root = RIGHTSLINT_SOURCE_DIR;
  std::string text;
  for (int round = 0; round < 3; ++round) {
    for (const char* name :
         {"demo/article-ru.txt", "demo/article-uk.txt", "langid/udhr/kk.txt", "langid/udhr/ro.txt",
          "langid/udhr/ru.txt", "langid/udhr/en.txt", "langid/udhr/ru.txt", "demo/article-en.md"}) {
      text += testing::ReadFileBytes(root / "corpora" / name) + "\n\n";
    }
    text += "# rightslint-disable-next-line stigma.addict\nNo term here.\n\n";
  }
  return text;
}

// The text with CRLF line ends: pieces still end at blank lines ("\n\r\n").
std::string WithCrlf(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == '\n') out += '\r';
    out += c;
  }
  return out;
}

class PiecesTest : public LargeTextFileTest, public ::testing::WithParamInterface<bool> {};

TEST_P(PiecesTest, PiecesFindWhatTheWholeTextFinds) {
  const std::string text = GetParam() ? WithCrlf(Prose()) : Prose();
  const std::string path = Write("prose.txt", text);
  Source source;
  source.path = path;
  source.bytes = text;
  source.format = Format::kText;
  const FileResult whole = linter_->Check(source);
  ASSERT_FALSE(whole.error);
  ASSERT_GT(whole.findings.size(), 30u);
  ASSERT_EQ(whole.notes.size(), 3u);  // the directives that suppress nothing
  ASSERT_TRUE(whole.language);
  for (std::size_t chunk : {std::size_t{700}, std::size_t{4096}, std::size_t{1} << 16}) {
    SCOPED_TRACE("pieces of " + std::to_string(chunk));
    const FileResult pieces = linter_->CheckLargeTextFile(path, chunk);
    ASSERT_FALSE(pieces.error) << *pieces.error;
    ASSERT_EQ(pieces.findings.size(), whole.findings.size());
    for (std::size_t i = 0; i < whole.findings.size(); ++i) {
      const Finding& a = pieces.findings[i];
      const Finding& b = whole.findings[i];
      EXPECT_EQ(a.rule, b.rule);
      EXPECT_EQ(a.text, b.text);
      EXPECT_EQ(a.start.offset, b.start.offset);
      EXPECT_EQ(a.end.offset, b.end.offset);
      EXPECT_EQ(a.start.line, b.start.line);
      EXPECT_EQ(a.start.column, b.start.column);
      EXPECT_EQ(a.end.line, b.end.line);
      EXPECT_EQ(a.fix.has_value(), b.fix.has_value());
      if (a.fix && b.fix) {
        EXPECT_EQ(*a.fix, *b.fix);
      }
    }
    EXPECT_EQ(pieces.notes, whole.notes);
    EXPECT_EQ(pieces.language, whole.language);
    EXPECT_TRUE(pieces.text.empty());
  }
}

INSTANTIATE_TEST_SUITE_P(LineEnds, PiecesTest, ::testing::Bool(),
                         [](const auto& info) { return info.param ? "Crlf" : "Lf"; });

TEST_F(LargeTextFileTest, AVeryLongLineIsOnePiece) {
  std::string line;
  for (int i = 0; i < 400; ++i) line += "Police arrested two addicts. ";
  const std::string path = Write("line.txt", "First line.\n" + line + "\nLast addict.\n");
  const FileResult result = linter_->CheckLargeTextFile(path, 256);
  ASSERT_FALSE(result.error) << *result.error;
  ASSERT_EQ(result.findings.size(), 401u);
  EXPECT_EQ(result.findings.front().start.line, 2);
  EXPECT_EQ(result.findings.back().start.line, 3);
  EXPECT_EQ(result.findings.back().start.column, 6);
}

TEST_F(LargeTextFileTest, ErrorsInALaterPieceNameTheFilesByteAndLine) {
  std::string text;
  for (int i = 0; i < 200; ++i) text += "Line " + std::to_string(i + 1) + " is fine.\n\n";
  const std::size_t bad = text.size() + 6;
  const std::string path = Write("bad.txt", text + "Then \xD0\x41 here.\n");
  const FileResult result = linter_->CheckLargeTextFile(path, 512);
  ASSERT_TRUE(result.error);
  EXPECT_EQ(*result.error, path + ": invalid UTF-8 at byte " + std::to_string(bad - 1) +
                               " (line 401): expected a continuation byte after 0xD0, found 0x41");
  EXPECT_TRUE(result.findings.empty());

  const std::string binary = Write("nul.txt", text + std::string("x\0y\n", 4));
  const FileResult nul = linter_->CheckLargeTextFile(binary, 512);
  ASSERT_TRUE(nul.error);
  EXPECT_EQ(*nul.error,
            binary + ": binary file (NUL byte at offset " + std::to_string(text.size() + 1) + ")");

  const FileResult missing = linter_->CheckLargeTextFile((dir_ / "missing.txt").string());
  ASSERT_TRUE(missing.error);
  EXPECT_NE(missing.error->find("missing.txt: No such file or directory"), std::string::npos);
}

TEST_F(LargeTextFileTest, EmptyFileHasNoFindingsAndNoLanguage) {
  const FileResult result = linter_->CheckLargeTextFile(Write("empty.txt", ""));
  EXPECT_FALSE(result.error);
  EXPECT_TRUE(result.findings.empty());
  EXPECT_FALSE(result.language);
}

}  // namespace
}  // namespace rightslint
