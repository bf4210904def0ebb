// Baselines: the findings a project has accepted for now, so that CI fails only on new ones.
// `rightslint check --write-baseline FILE` records every finding; `--baseline FILE` hides the
// findings it records.
//
// The file is JSON, one finding per line so that it reviews and diffs well in git:
//
//   {"version": 1, "tool": "rightslint", "findings": [
//   {"path":"bill.txt","rule":"stigma.addict","fingerprint":"fed9…:1","text":"addicts","line":2},
//   …
//   ]}
//
// Findings are sorted by path (byte order), and within a file kept in the order found (by
// offset). Only `fingerprint` (report/fingerprint.h: path, rule, normalised text, legal
// structure and an occurrence number; not the line) decides whether a finding is listed; `path`,
// `rule`, `text` and `line` are there for the people reading the file. Keys other than these are
// ignored.
#ifndef RIGHTSLINT_CLI_BASELINE_H_
#define RIGHTSLINT_CLI_BASELINE_H_

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "rightslint/finding.h"
#include "rightslint/status.h"

namespace rightslint::cli {

struct BaselineEntry {
  std::string path;
  std::string rule;
  std::string fingerprint;
  std::string text;
  int line = 0;
  friend bool operator==(const BaselineEntry&, const BaselineEntry&) = default;
};

// The entries of every finding of `file`; `fingerprints` is FindingFingerprints(file).
std::vector<BaselineEntry> BaselineEntries(const FileResult& file,
                                           const std::vector<std::string>& fingerprints);

// The text of a baseline file holding `entries`, sorted as described above.
std::string FormatBaseline(std::vector<BaselineEntry> entries);

// Parses a baseline file's text; `name` (the file's path) starts every message. Errors
// (kInvalidArgument), never a crash, on: an empty file; text that is not JSON, not UTF-8, or
// truncated ("name: not a baseline: parse error at line 3, column 7: … expected …"); a version
// other than 1; a missing or mistyped key ("name: findings[4]: `line` must be a whole number ≥ 0").
StatusOr<std::vector<BaselineEntry>> ParseBaseline(std::string_view text, std::string_view name);

// Reads and parses the baseline at `path`: ReadWholeFile's errors (naming the file), then
// ParseBaseline's.
StatusOr<std::vector<BaselineEntry>> ReadBaseline(const std::string& path);

// Decides which findings a baseline hides. The entries are a multiset: each hides at most one
// finding, so a baseline that lists a fingerprint twice hides two findings with it, and a third
// is reported. Not thread-safe: Hide() uses entries up.
class BaselineMatcher {
 public:
  explicit BaselineMatcher(const std::vector<BaselineEntry>& entries);

  // For each of `fingerprints` (FindingFingerprints of one file), whether an unused entry is left
  // for it; that entry is then used up.
  std::vector<bool> Hide(const std::vector<std::string>& fingerprints);

 private:
  std::unordered_map<std::string, int> unused_;  // fingerprint -> entries left
};

}  // namespace rightslint::cli

#endif  // RIGHTSLINT_CLI_BASELINE_H_
