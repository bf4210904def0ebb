// `check --fix`: applying the safe fixes the linter offers (Finding::fix) to text and Markdown
// files, or showing them as a unified diff (`--fix --dry-run`).
//
// Only plain text and Markdown are fixed: their checked text is the file's bytes, so an edit's
// offsets are offsets in the file. Formats whose text is extracted (HTML, DOCX, ODT, PDF) are never
// written.
#ifndef RIGHTSLINT_CLI_FIX_H_
#define RIGHTSLINT_CLI_FIX_H_

#include <string>
#include <string_view>
#include <vector>

#include "rightslint/finding.h"
#include "rightslint/status.h"

namespace rightslint::cli {

// Whether --fix may write a file of this FileResult::format ("txt" or "md").
bool IsFixableFormat(std::string_view format);

// The fixes of one file that can be applied together, in text order: every finding's fix, minus
// an edit that overlaps one before it (two findings on the same words) and duplicates.
std::vector<TextEdit> PlanFixes(const std::vector<Finding>& findings);

// `text` with `edits` (sorted, disjoint, inside the text) applied.
std::string ApplyEdits(std::string_view text, const std::vector<TextEdit>& edits);

// A unified diff of `edits` applied to `text` ("--- a/path", "+++ b/path", hunks with three lines
// of context, "\ No newline at end of file" where it applies), as `diff -u` and `git apply` read
// it. Empty when there are no edits.
std::string UnifiedDiff(const std::string& path, std::string_view text,
                        const std::vector<TextEdit>& edits);

// Writes `fixed` over `path` atomically (temp file + rename, the file's permission bits kept), but
// only if the file still holds exactly `checked` — a file changed while it was being checked is
// left alone (kInvalidArgument, "path: changed while being checked; not fixed"). On any error the
// original is intact.
Status WriteFixedFile(const std::string& path, std::string_view checked, std::string_view fixed);

}  // namespace rightslint::cli

#endif  // RIGHTSLINT_CLI_FIX_H_
