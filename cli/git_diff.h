// Reading the output of git for --diff-base: which lines of which files a diff changed. Pure
// functions of their arguments (running git is diff_base.h's job), so they are unit-tested on
// literal git output.
#ifndef RIGHTSLINT_CLI_GIT_DIFF_H_
#define RIGHTSLINT_CLI_GIT_DIFF_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rightslint/status.h"

namespace rightslint::cli {

// Lines first..last, 1-based, inclusive.
struct LineRange {
  int first = 0;
  int last = 0;
  friend bool operator==(const LineRange&, const LineRange&) = default;
};

// What a diff did to one file, on its new side.
struct ChangedLines {
  std::vector<LineRange> ranges;     // lines added or rewritten
  std::vector<int> deletions_after;  // lines only deleted, between line n and n + 1 (n >= 0)

  // Whether lines first..last contain a changed line or enclose a deletion. The second matters:
  // deleting the "not punishable" sentence inside an article can be what makes a clause rule
  // fire on the lines around it.
  bool Touches(int first, int last) const;
};

// "@@ -a[,b] +c[,d] @@[ heading]": a hunk that replaces b lines from line a (b defaults to 1)
// with d lines from line c.
struct HunkHeader {
  int old_start = 0;
  int old_count = 0;
  int new_start = 0;
  int new_count = 0;
  friend bool operator==(const HunkHeader&, const HunkHeader&) = default;
};

// The hunk header on `line`; nullopt if it is not one (including numbers that do not fit an int).
std::optional<HunkHeader> ParseHunkHeader(std::string_view line);

// The changed lines of every file in `diff`, the output of
//   git -c core.quotePath=false diff --no-color --unified=0 --src-prefix=a/ --dst-prefix=b/ …
// keyed by the new path (relative to the repository root, unquoted). Hunk bodies are skipped by
// the counts in their headers, so a changed line that itself reads "+++ b/x" or "@@ …" is never
// taken for a header. A file with no text hunk (binary, a mode change, a pure rename) and a
// deleted file are absent. Errors (kInvalidArgument, naming the line): a malformed hunk header,
// a hunk with more or fewer lines than its header says.
StatusOr<std::map<std::string, ChangedLines>> ParseUnifiedDiff(std::string_view diff);

// A path as git prints it in a diff header: C-style quoted ("\"a\\tb\\303\\251\"") when it
// has unusual bytes, else bare. Returns the bytes of the path.
std::string UnquoteGitPath(std::string_view path);

// "a\0b\0" -> {"a", "b"}: the -z output of git ls-files and git diff --name-only.
std::vector<std::string> SplitNulTerminated(std::string_view text);

}  // namespace rightslint::cli

#endif  // RIGHTSLINT_CLI_GIT_DIFF_H_
