#include "document/inputs.h"

#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <random>
#include <string>
#include <vector>

#include "document/extract.h"

namespace rightslint {
namespace {

namespace fs = std::filesystem;

InputFile FileAt(const std::string& path) {
  InputFile file;
  file.path = path;
  return file;
}

InputFile StdinInput() {
  InputFile file;
  file.path = "-";
  file.is_stdin = true;
  return file;
}

class DocumentInputsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    static std::atomic<int> counter{0};
    std::random_device random;
    root_ = fs::temp_directory_path() /
            ("rightslint-document-test-" + std::to_string(::getpid()) + "-" +
             std::to_string(counter++) + "-" + std::to_string(random()));
    fs::create_directories(root_);
  }

  void TearDown() override {
    std::error_code ignored;
    for (const fs::path& path : locked_) {
      fs::permissions(path, fs::perms::owner_all, ignored);
    }
    fs::remove_all(root_, ignored);
  }

  std::string PathOf(const std::string& relative) const { return (root_ / relative).string(); }

  void Write(const std::string& relative, const std::string& content) {
    const fs::path path = root_ / relative;
    fs::create_directories(path.parent_path());
    std::ofstream out(path, std::ios::binary);
    out << content;
    ASSERT_TRUE(out.good()) << path;
  }

  // chmod 000; false if that does not stop this process from opening it (running as root).
  bool Lock(const std::string& relative) {
    const fs::path path = root_ / relative;
    fs::permissions(path, fs::perms::none);
    locked_.push_back(path);
    const int fd = ::open(path.c_str(), O_RDONLY);
    if (fd >= 0) {
      ::close(fd);
      return false;
    }
    return true;
  }

  struct Expansion {
    std::vector<std::string> paths;  // display paths, errors included
    std::vector<std::string> errors;
    std::vector<std::string> notes;
  };

  static Expansion Expand(const std::vector<std::string>& args) {
    Expansion expansion;
    for (const InputFile& file :
         ExpandInputs(args, [&](const std::string& note) { expansion.notes.push_back(note); })) {
      expansion.paths.push_back(file.path);
      if (file.error) expansion.errors.push_back(*file.error);
    }
    return expansion;
  }

  fs::path root_;
  std::vector<fs::path> locked_;
};

TEST_F(DocumentInputsTest, WalksDirectoriesRecursivelyInSortedOrder) {
  for (const char* name :
       {"b.txt", "a.md", "Z.txt", "c/d.txt", "c/e.markdown", "c/f.TEXT", "noext", "c0.txt"}) {
    Write(name, "text\n");
  }
  const std::string root = root_.string();
  const Expansion expansion = Expand({root});
  EXPECT_EQ(expansion.paths,
            (std::vector<std::string>{root + "/Z.txt", root + "/a.md", root + "/b.txt",
                                      root + "/c/d.txt", root + "/c/e.markdown", root + "/c/f.TEXT",
                                      root + "/c0.txt", root + "/noext"}));
  EXPECT_TRUE(expansion.errors.empty());
  EXPECT_TRUE(expansion.notes.empty());

  // A trailing slash is not doubled; arguments keep their order.
  EXPECT_EQ(Expand({PathOf("c") + "/", PathOf("a.md")}).paths,
            (std::vector<std::string>{root + "/c/d.txt", root + "/c/e.markdown", root + "/c/f.TEXT",
                                      root + "/a.md"}));
}

TEST_F(DocumentInputsTest, SkipsHiddenEntriesAndGitWithANote) {
  Write(".git/config", "[core]\n");
  Write(".hidden.md", "x");
  Write("sub/.draft.txt", "x");
  Write("visible.txt", "x");
  Expansion expansion = Expand({root_.string()});
  EXPECT_EQ(expansion.paths, std::vector<std::string>{PathOf("visible.txt")});
  EXPECT_EQ(expansion.notes,
            (std::vector<std::string>{PathOf(".git") + ": skipped: hidden",
                                      PathOf(".hidden.md") + ": skipped: hidden",
                                      PathOf("sub/.draft.txt") + ": skipped: hidden"}));

  // Named explicitly, hidden directories are walked and hidden files listed.
  Write(".notes/n.md", "x");
  expansion = Expand({PathOf(".notes"), PathOf(".hidden.md")});
  EXPECT_EQ(expansion.paths,
            (std::vector<std::string>{PathOf(".notes/n.md"), PathOf(".hidden.md")}));
  EXPECT_TRUE(expansion.notes.empty());
}

TEST_F(DocumentInputsTest, WalksSkipUnsupportedFormatsAndBinaryFiles) {
  Write("photo.png", "\x89PNG");
  Write("slides.pptx", "PK");
  Write("data.txt", std::string("abc\0\0de", 7));
  std::string late_nul(9000, 'a');
  late_nul[8500] = '\0';
  Write("late.txt", late_nul);  // beyond the 8 KiB a walk looks at
  const Expansion expansion = Expand({root_.string()});
  EXPECT_EQ(expansion.paths, std::vector<std::string>{PathOf("late.txt")});
  EXPECT_EQ(expansion.notes,
            (std::vector<std::string>{
                PathOf("data.txt") + ": skipped: binary file (NUL byte at offset 3)",
                PathOf("photo.png") + ": skipped: unsupported format (.png)",
                PathOf("slides.pptx") + ": skipped: unsupported format (.pptx)"}));

  StatusOr<Source> late = ReadSource(FileAt(PathOf("late.txt")));
  ASSERT_FALSE(late.ok());
  EXPECT_EQ(late.status().message(),
            PathOf("late.txt") + ": binary file (NUL byte at offset 8500)");
}

TEST_F(DocumentInputsTest, WalksListDocumentFormatsWithoutSniffingThem) {
  Write("bill.docx", std::string("PK\x03\x04\0", 5));
  Write("bill.odt", std::string("PK\x03\x04\0", 5));
  Write("bill.pdf", std::string("%PDF-1.7\n\0", 10));
  Write("page.HTML", "<p>text</p>");
  Write("page.htm", "<p>text</p>");
  const Expansion expansion = Expand({root_.string()});
  EXPECT_EQ(expansion.paths,
            (std::vector<std::string>{PathOf("bill.docx"), PathOf("bill.odt"), PathOf("bill.pdf"),
                                      PathOf("page.HTML"), PathOf("page.htm")}));
  EXPECT_TRUE(expansion.notes.empty());
  StatusOr<Source> docx = ReadSource(FileAt(PathOf("bill.docx")));
  ASSERT_TRUE(docx.ok()) << docx.status().message();  // NUL bytes are the extractor's business
  EXPECT_EQ(docx->format, Format::kDocx);
}

TEST_F(DocumentInputsTest, ExplicitBinaryFileIsListedAndFailsToRead) {
  Write("data.bin", std::string("PK\x03\0", 4));
  const Expansion expansion = Expand({PathOf("data.bin")});
  EXPECT_EQ(expansion.paths, std::vector<std::string>{PathOf("data.bin")});
  EXPECT_TRUE(expansion.errors.empty());
  StatusOr<Source> source = ReadSource(FileAt(PathOf("data.bin")));
  ASSERT_FALSE(source.ok());
  EXPECT_EQ(source.status().code(), StatusCode::kInvalidArgument);
  EXPECT_EQ(source.status().message(), PathOf("data.bin") + ": binary file (NUL byte at offset 3)");
}

TEST_F(DocumentInputsTest, NonexistentPathIsAnErrorEntry) {
  const std::vector<InputFile> files = ExpandInputs({PathOf("missing.txt")}, nullptr);
  ASSERT_EQ(files.size(), 1u);
  ASSERT_TRUE(files[0].error.has_value());
  EXPECT_EQ(*files[0].error, PathOf("missing.txt") + ": no such file or directory");
  StatusOr<Source> source = ReadSource(files[0]);
  ASSERT_FALSE(source.ok());
  EXPECT_EQ(source.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(source.status().message(), *files[0].error);
}

TEST_F(DocumentInputsTest, SymlinkLoopsAndDanglingLinksAreNotes) {
  Write("d/file.txt", "x");
  fs::create_directory_symlink("..", root_ / "d" / "loop");  // d/loop/d/loop/... forever
  fs::create_symlink("self", root_ / "d" / "self");          // ELOOP
  fs::create_symlink("missing.txt", root_ / "d" / "dangling.txt");
  const Expansion expansion = Expand({root_.string()});
  EXPECT_EQ(expansion.paths, std::vector<std::string>{PathOf("d/file.txt")});
  EXPECT_EQ(expansion.notes,
            (std::vector<std::string>{
                PathOf("d/dangling.txt") + ": skipped: dangling symbolic link",
                PathOf("d/loop") + ": skipped: symbolic link loop (a directory containing itself)",
                PathOf("d/self") + ": skipped: symbolic link loop"}));

  // Named explicitly, a broken link is an error.
  const Expansion named = Expand({PathOf("d/self"), PathOf("d/dangling.txt")});
  EXPECT_EQ(named.errors,
            (std::vector<std::string>{PathOf("d/self") + ": symbolic link loop",
                                      PathOf("d/dangling.txt") + ": dangling symbolic link"}));
}

TEST_F(DocumentInputsTest, SymlinksToFilesAndDirectoriesAreFollowedOnce) {
  Write("outside/x.md", "x");
  Write("w/a.txt", "x");
  fs::create_symlink("../outside/x.md", root_ / "w" / "link.md");
  fs::create_directory_symlink("../outside", root_ / "w" / "out");
  fs::create_symlink("a.txt", root_ / "w" / "same.txt");
  const Expansion expansion = Expand({PathOf("w")});
  EXPECT_EQ(expansion.paths, (std::vector<std::string>{PathOf("w/a.txt"), PathOf("w/link.md")}));
  EXPECT_EQ(expansion.notes,
            (std::vector<std::string>{
                PathOf("w/out/x.md") + ": skipped: same file as " + PathOf("w/link.md"),
                PathOf("w/same.txt") + ": skipped: same file as " + PathOf("w/a.txt")}));

  // A directory reached twice is walked once.
  EXPECT_EQ(Expand({PathOf("outside"), PathOf("w/out")}).notes,
            std::vector<std::string>{PathOf("w/out") + ": skipped: directory already checked as " +
                                     PathOf("outside")});
}

TEST_F(DocumentInputsTest, SpecialFilesAreSkippedInWalksAndNamedPipesReadWhenNamed) {
  Write("a.txt", "x");
  ASSERT_EQ(::mkfifo(PathOf("pipe").c_str(), 0600), 0);
  const Expansion expansion = Expand({root_.string()});
  EXPECT_EQ(expansion.paths, std::vector<std::string>{PathOf("a.txt")});
  EXPECT_EQ(expansion.notes, std::vector<std::string>{PathOf("pipe") + ": skipped: named pipe"});
  const Expansion named = Expand({PathOf("pipe")});
  EXPECT_EQ(named.paths, std::vector<std::string>{PathOf("pipe")});
  EXPECT_TRUE(named.errors.empty());
}

TEST_F(DocumentInputsTest, DashMeansStandardInput) {
  const std::vector<InputFile> files = ExpandInputs({"-"}, nullptr);
  ASSERT_EQ(files.size(), 1u);
  EXPECT_TRUE(files[0].is_stdin);
  EXPECT_FALSE(files[0].error.has_value());
}

TEST_F(DocumentInputsTest, FormatForPath) {
  EXPECT_EQ(FormatForPath("a/b.md"), Format::kMarkdown);
  EXPECT_EQ(FormatForPath("README.MARKDOWN"), Format::kMarkdown);
  EXPECT_EQ(FormatForPath("x.mdown"), Format::kMarkdown);
  EXPECT_EQ(FormatForPath("law.txt"), Format::kText);
  EXPECT_EQ(FormatForPath("bill.DOCX"), Format::kDocx);
  EXPECT_EQ(FormatForPath("bill.odt"), Format::kOdt);
  EXPECT_EQ(FormatForPath("bill.pdf"), Format::kPdf);
  EXPECT_EQ(FormatForPath("page.htm"), Format::kHtml);
  EXPECT_EQ(FormatForPath("page.xhtml"), Format::kHtml);
  EXPECT_EQ(FormatForPath("<stdin>"), Format::kText);
  EXPECT_EQ(FormatForPath("md"), Format::kText);
}

TEST_F(DocumentInputsTest, ReadSourceReadsTheWholeFile) {
  const std::string content = "# Заголовок\r\n\nтекст\n";
  Write("doc.md", content);
  StatusOr<Source> source = ReadSource(FileAt(PathOf("doc.md")));
  ASSERT_TRUE(source.ok()) << source.status().message();
  EXPECT_EQ(source->path, PathOf("doc.md"));
  EXPECT_EQ(source->bytes, content);
  EXPECT_EQ(source->format, Format::kMarkdown);
}

TEST_F(DocumentInputsTest, ReadSourceFromStandardInputUsesStdinFilename) {
  Write("in.txt", "из stdin\n");
  const int saved = ::dup(STDIN_FILENO);
  const int fd = ::open(PathOf("in.txt").c_str(), O_RDONLY);
  ASSERT_GE(fd, 0);
  ASSERT_EQ(::dup2(fd, STDIN_FILENO), STDIN_FILENO);
  ::close(fd);
  StatusOr<Source> source = ReadSource(StdinInput(), "pasted.md");
  ::dup2(saved, STDIN_FILENO);
  ::close(saved);
  ASSERT_TRUE(source.ok()) << source.status().message();
  EXPECT_EQ(source->path, "pasted.md");
  EXPECT_EQ(source->format, Format::kMarkdown);
  EXPECT_EQ(source->bytes, "из stdin\n");
}

TEST_F(DocumentInputsTest, ReadSourceRejectsFilesOverTheLimit) {
  Write("ten.txt", "0123456789");
  EXPECT_TRUE(ReadSource(FileAt(PathOf("ten.txt")), "<stdin>", 10).ok());
  StatusOr<Source> source = ReadSource(FileAt(PathOf("ten.txt")), "<stdin>", 9);
  ASSERT_FALSE(source.ok());
  EXPECT_EQ(source.status().message(), PathOf("ten.txt") + ": file too large (over 9 bytes)");
}

TEST_F(DocumentInputsTest, EmptyFile) {
  Write("empty.txt", "");
  StatusOr<Source> source = ReadSource(FileAt(PathOf("empty.txt")));
  ASSERT_TRUE(source.ok());
  EXPECT_TRUE(source->bytes.empty());
  StatusOr<Document> document = ExtractDocument(*source);
  ASSERT_TRUE(document.ok());
  EXPECT_TRUE(document->text.empty());
}

TEST_F(DocumentInputsTest, ReadingADirectoryIsAnError) {
  StatusOr<Source> source = ReadSource(FileAt(root_.string()));
  ASSERT_FALSE(source.ok());
  EXPECT_EQ(source.status().code(), StatusCode::kIoError);
  EXPECT_EQ(source.status().message(), root_.string() + ": is a directory");
}

TEST_F(DocumentInputsTest, UnreadableFile) {
  Write("secret.txt", "x");
  if (!Lock("secret.txt")) GTEST_SKIP() << "permissions do not apply (running as root)";
  StatusOr<Source> source = ReadSource(FileAt(PathOf("secret.txt")));
  ASSERT_FALSE(source.ok());
  EXPECT_EQ(source.status().code(), StatusCode::kIoError);
  EXPECT_EQ(source.status().message(), PathOf("secret.txt") + ": permission denied");
}

TEST_F(DocumentInputsTest, UnreadableDirectoryInAWalkIsAnError) {
  Write("open/a.txt", "x");
  Write("closed/b.txt", "x");
  if (!Lock("closed")) GTEST_SKIP() << "permissions do not apply (running as root)";
  const Expansion expansion = Expand({root_.string()});
  EXPECT_EQ(expansion.paths, (std::vector<std::string>{PathOf("closed"), PathOf("open/a.txt")}));
  EXPECT_EQ(expansion.errors, std::vector<std::string>{
                                  PathOf("closed") + ": cannot list directory: permission denied"});
}

// About 200 MB of mixed Cyrillic and ASCII text is read with one read(2) and validated and scanned
// for URLs in linear time.
TEST_F(DocumentInputsTest, HugeFileIsReadAndValidated) {
  const std::string line =
      "Статья 228. Незаконные приобретение, хранение наркотических средств; см. "
      "https://example.org/law/228 и info@example.org.\n";
  std::string block;
  while (block.size() < (1u << 20)) block += line;
  const std::size_t lines_per_block = block.size() / line.size();
  constexpr int kBlocks = 200;
  {
    std::ofstream out(root_ / "huge.txt", std::ios::binary);
    for (int i = 0; i < kBlocks; ++i)
      out.write(block.data(), static_cast<std::streamsize>(block.size()));
    ASSERT_TRUE(out.good());
  }

  const auto start = std::chrono::steady_clock::now();
  StatusOr<Source> source = ReadSource(FileAt(PathOf("huge.txt")));
  ASSERT_TRUE(source.ok()) << source.status().message();
  ASSERT_EQ(source->bytes.size(), block.size() * kBlocks);
  StatusOr<Document> document = ExtractDocument(std::move(source).value());
  ASSERT_TRUE(document.ok()) << document.status().message();
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  EXPECT_EQ(document->non_prose.size(), 2 * lines_per_block * kBlocks);
  EXPECT_LT(seconds, 15.0) << "reading and extracting should be linear and fast";
  RecordProperty("seconds", std::to_string(seconds));
}

}  // namespace
}  // namespace rightslint
