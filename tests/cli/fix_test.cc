// --fix planning, applying and the unified diff of --fix --dry-run (cli/fix.h). The diff is also
// checked end to end against `patch` in tests/cli/cli_test.py.
#include "fix.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace rightslint::cli {
namespace {

Finding WithFix(std::size_t begin, std::size_t end, std::string replacement) {
  Finding finding;
  finding.fix = TextEdit{begin, end, std::move(replacement)};
  return finding;
}

TEST(FixTest, PlanKeepsTheFirstOfOverlappingEditsAndSkipsFindingsWithoutFix) {
  const std::vector<Finding> findings = {WithFix(10, 16, "x"), Finding{}, WithFix(0, 4, "y"),
                                         WithFix(12, 20, "z"), WithFix(10, 16, "x")};
  const std::vector<TextEdit> plan = PlanFixes(findings);
  ASSERT_EQ(plan.size(), 2u);
  EXPECT_EQ(plan[0], (TextEdit{0, 4, "y"}));
  EXPECT_EQ(plan[1], (TextEdit{10, 16, "x"}));
}

TEST(FixTest, ApplyEdits) {
  EXPECT_EQ(ApplyEdits("an addict and a junkie", {{0, 9, "a person"}, {16, 22, "person"}}),
            "a person and a person");
  EXPECT_EQ(ApplyEdits("abc", {}), "abc");
}

TEST(FixTest, DiffOfOneLineInTheMiddle) {
  const std::string text = "1\n2\n3\n4\nthe addict\n6\n7\n8\n9\n";
  const std::size_t at = text.find("addict");
  EXPECT_EQ(UnifiedDiff("a.txt", text, {{at, at + 6, "person"}}),
            "--- a/a.txt\n+++ b/a.txt\n@@ -2,7 +2,7 @@\n 2\n 3\n 4\n-the addict\n+the person\n 6\n"
            " 7\n 8\n");
}

TEST(FixTest, NearbyChangesShareAHunkAndFarOnesDoNot) {
  std::string text;
  for (int i = 1; i <= 30; ++i)
    text += (i == 2 || i == 6 || i == 25 ? "x" : "l") + std::to_string(i) + "\n";
  std::vector<TextEdit> edits;
  for (const char* line : {"x2\n", "x6\n", "x25\n"}) {
    const std::size_t at = text.find(line);
    edits.push_back({at, at + 1, "y\ny"});  // each edit adds a line
  }
  const std::string diff = UnifiedDiff("f.md", text, edits);
  EXPECT_NE(diff.find("@@ -1,9 +1,11 @@\n"), std::string::npos) << diff;
  EXPECT_NE(diff.find("@@ -22,7 +24,8 @@\n"), std::string::npos) << diff;
}

TEST(FixTest, LastLineWithoutNewline) {
  const std::string text = "first\nan addict";
  EXPECT_EQ(
      UnifiedDiff("t.txt", text, {{6, 15, "a person"}}),
      "--- a/t.txt\n+++ b/t.txt\n@@ -1,2 +1,2 @@\n first\n-an addict\n\\ No newline at end of "
      "file\n+a person\n\\ No newline at end of file\n");
}

TEST(FixTest, NoEditsNoDiff) { EXPECT_EQ(UnifiedDiff("t.txt", "text\n", {}), ""); }

}  // namespace
}  // namespace rightslint::cli
