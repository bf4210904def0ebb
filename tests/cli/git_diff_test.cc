// The parsers behind --diff-base, on literal git output.
#include "git_diff.h"

#include <gtest/gtest.h>

#include <string>

namespace rightslint::cli {
namespace {

TEST(GitDiffTest, HunkHeaderWithCounts) {
  EXPECT_EQ(ParseHunkHeader("@@ -12,3 +14,5 @@"), (HunkHeader{12, 3, 14, 5}));
  EXPECT_EQ(ParseHunkHeader("@@ -12,3 +14,5 @@ Article 228"), (HunkHeader{12, 3, 14, 5}));
}

TEST(GitDiffTest, MissingCountsAreOne) {
  EXPECT_EQ(ParseHunkHeader("@@ -1 +1 @@"), (HunkHeader{1, 1, 1, 1}));
  EXPECT_EQ(ParseHunkHeader("@@ -7 +8,2 @@"), (HunkHeader{7, 1, 8, 2}));
}

TEST(GitDiffTest, PureDeletionAndNewFileHeaders) {
  EXPECT_EQ(ParseHunkHeader("@@ -4,2 +3,0 @@"), (HunkHeader{4, 2, 3, 0}));
  EXPECT_EQ(ParseHunkHeader("@@ -0,0 +1,3 @@"), (HunkHeader{0, 0, 1, 3}));
}

TEST(GitDiffTest, MalformedHunkHeadersAreRejected) {
  for (const char* line : {"", "@@", "@@ -1 +1", "@@ -1 +1 @", "@@ 1 +1 @@", "@@ -a +1 @@",
                           "@@ -1,+1 @@", "@@ --1 +1 @@", "@@ -1 +-1 @@", "@@ -1 +1 @@x",
                           "@@ -1 +99999999999 @@", "@@ -1 +2147483647,2 @@", "@@@ -1 -1 +1 @@@"}) {
    EXPECT_FALSE(ParseHunkHeader(line)) << line;
  }
}

TEST(GitDiffTest, ChangedLinesOfAModifiedFile) {
  const std::string diff =
      "diff --git a/bill.txt b/bill.txt\n"
      "index 3b18e51..a9d2c7e 100644\n"
      "--- a/bill.txt\n"
      "+++ b/bill.txt\n"
      "@@ -2 +2 @@ Article 1\n"
      "-Everyone has the right to health.\n"
      "+Addicts have the right to health.\n"
      "@@ -9,0 +10,2 @@\n"
      "+new line\n"
      "+another\n"
      "@@ -20,3 +21,0 @@\n"
      "-gone\n"
      "-gone\n"
      "-gone\n";
  const auto files = ParseUnifiedDiff(diff);
  ASSERT_TRUE(files.ok()) << files.status().message();
  ASSERT_EQ(files->size(), 1u);
  const ChangedLines& bill = files->at("bill.txt");
  EXPECT_EQ(bill.ranges, (std::vector<LineRange>{{2, 2}, {10, 11}}));
  EXPECT_EQ(bill.deletions_after, (std::vector<int>{21}));
}

TEST(GitDiffTest, NoNewlineMarkersAreNotLinesOfTheHunk) {
  const std::string diff =
      "diff --git a/a.md b/a.md\n"
      "--- a/a.md\n"
      "+++ b/a.md\n"
      "@@ -3 +3 @@\n"
      "-last line\n"
      "\\ No newline at end of file\n"
      "+last line, changed\n"
      "\\ No newline at end of file\n";
  const auto files = ParseUnifiedDiff(diff);
  ASSERT_TRUE(files.ok()) << files.status().message();
  EXPECT_EQ(files->at("a.md").ranges, (std::vector<LineRange>{{3, 3}}));
}

TEST(GitDiffTest, HunkBodiesAreSkippedByCountNotByLooks) {
  // Added lines that read like headers must not be taken for them.
  const std::string diff =
      "diff --git a/a.txt b/a.txt\n"
      "--- a/a.txt\n"
      "+++ b/a.txt\n"
      "@@ -0,0 +1,3 @@\n"
      "+++ b/evil.txt\n"
      "+@@ -1 +100,5 @@\n"
      "+diff --git a/x b/x\n";
  const auto files = ParseUnifiedDiff(diff);
  ASSERT_TRUE(files.ok()) << files.status().message();
  ASSERT_EQ(files->size(), 1u);
  EXPECT_EQ(files->at("a.txt").ranges, (std::vector<LineRange>{{1, 3}}));
}

TEST(GitDiffTest, NewDeletedBinaryRenamedAndQuotedFiles) {
  const std::string diff =
      "diff --git a/new.md b/new.md\n"
      "new file mode 100644\n"
      "index 0000000..e69de29\n"
      "--- /dev/null\n"
      "+++ b/new.md\n"
      "@@ -0,0 +1,2 @@\n"
      "+one\n"
      "+two\n"
      "diff --git a/old.txt b/old.txt\n"
      "deleted file mode 100644\n"
      "--- a/old.txt\n"
      "+++ /dev/null\n"
      "@@ -1,2 +0,0 @@\n"
      "-one\n"
      "-two\n"
      "diff --git a/bill.docx b/bill.docx\n"
      "index 1111111..2222222 100644\n"
      "Binary files a/bill.docx and b/bill.docx differ\n"
      "diff --git a/a.txt b/b.txt\n"
      "similarity index 100%\n"
      "rename from a.txt\n"
      "rename to b.txt\n"
      "diff --git \"a/tab\\there.txt\" \"b/tab\\there.txt\"\n"
      "--- \"a/tab\\there.txt\"\n"
      "+++ \"b/tab\\there.txt\"\n"
      "@@ -1 +1 @@\n"
      "-x\n"
      "+y\n"
      "diff --git a/with space.txt b/with space.txt\n"
      "--- a/with space.txt\t\n"
      "+++ b/with space.txt\t\n"
      "@@ -5 +5,2 @@\n"
      "-x\n"
      "+y\n"
      "+z\n";
  const auto files = ParseUnifiedDiff(diff);
  ASSERT_TRUE(files.ok()) << files.status().message();
  EXPECT_EQ(files->size(), 3u);
  EXPECT_EQ(files->at("new.md").ranges, (std::vector<LineRange>{{1, 2}}));
  EXPECT_EQ(files->at("tab\there.txt").ranges, (std::vector<LineRange>{{1, 1}}));
  EXPECT_EQ(files->at("with space.txt").ranges, (std::vector<LineRange>{{5, 6}}));
  EXPECT_FALSE(files->count("old.txt")) << "deleted";
  EXPECT_FALSE(files->count("bill.docx")) << "binary: no hunks";
}

TEST(GitDiffTest, EmptyDiffHasNoFiles) {
  const auto files = ParseUnifiedDiff("");
  ASSERT_TRUE(files.ok());
  EXPECT_TRUE(files->empty());
}

TEST(GitDiffTest, TruncatedOrInconsistentHunksAreErrors) {
  const std::string header = "diff --git a/a b/a\n--- a/a\n+++ b/a\n";
  for (const std::string& body : {std::string("@@ -1,2 +1,2 @@\n-a\n+b\n"),  // ends early
                                  std::string("@@ -1 +1 @@\n-a\n-b\n+c\n"),  // one - too many
                                  std::string("@@ -1 +1 @@\n-a\nplain\n"),   // not a body line
                                  std::string("@@ -1 +1 @ broken\n")}) {
    const auto files = ParseUnifiedDiff(header + body);
    ASSERT_FALSE(files.ok()) << body;
    EXPECT_NE(files.status().message().find("line"), std::string::npos) << files.status().message();
  }
}

TEST(GitDiffTest, TouchesIntersectsRangesAndEnclosedDeletions) {
  ChangedLines lines;
  lines.ranges = {{5, 6}, {10, 10}};
  lines.deletions_after = {20};
  EXPECT_TRUE(lines.Touches(5, 5));
  EXPECT_TRUE(lines.Touches(6, 8));
  EXPECT_TRUE(lines.Touches(1, 5));
  EXPECT_TRUE(lines.Touches(10, 10));
  EXPECT_FALSE(lines.Touches(7, 9));
  EXPECT_FALSE(lines.Touches(11, 11));
  EXPECT_TRUE(lines.Touches(19, 21)) << "a clause around deleted lines";
  EXPECT_TRUE(lines.Touches(20, 21));
  EXPECT_FALSE(lines.Touches(20, 20)) << "the line before a deletion, alone";
  EXPECT_FALSE(lines.Touches(21, 22)) << "the line after a deletion, alone";
}

TEST(GitDiffTest, UnquoteGitPath) {
  EXPECT_EQ(UnquoteGitPath("b/plain.txt"), "b/plain.txt");
  EXPECT_EQ(UnquoteGitPath("\"b/a\\tb\\\"c\\\\d\""), "b/a\tb\"c\\d");
  EXPECT_EQ(UnquoteGitPath("\"b/\\320\\267\\320\\260\\320\\272\\320\\276\\320\\275.txt\""),
            "b/закон.txt");
  EXPECT_EQ(UnquoteGitPath("\""), "\"");
  EXPECT_EQ(UnquoteGitPath("\"trailing\\\""), "trailing\\") << "a lone backslash at the end";
}

TEST(GitDiffTest, SplitNulTerminated) {
  EXPECT_EQ(SplitNulTerminated(std::string("a.txt\0dir/b c.md\0", 17)),
            (std::vector<std::string>{"a.txt", "dir/b c.md"}));
  EXPECT_TRUE(SplitNulTerminated("").empty());
  EXPECT_EQ(SplitNulTerminated("no terminator"), (std::vector<std::string>{"no terminator"}));
}

}  // namespace
}  // namespace rightslint::cli
