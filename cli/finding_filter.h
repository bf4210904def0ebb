// The CI options of `rightslint check`: --baseline FILE, --diff-base REV and --write-baseline
// FILE, applied to each file's findings between the linter and the reporter.
#ifndef RIGHTSLINT_CLI_FINDING_FILTER_H_
#define RIGHTSLINT_CLI_FINDING_FILTER_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "baseline.h"
#include "diff_base.h"
#include "rightslint/finding.h"
#include "rightslint/status.h"

namespace rightslint::cli {

struct FindingFilterOptions {
  std::string baseline;        // --baseline FILE: hide the findings it lists
  std::string diff_base;       // --diff-base REV: hide findings not on lines changed since REV
  std::string write_baseline;  // --write-baseline FILE: record every finding
};

class FindingFilter {
 public:
  // Reads the baseline and asks git about `paths` (display paths of the files about to be
  // checked, standard input left out), so that a broken baseline or an unknown revision stops the
  // run before anything is checked. Errors: ReadBaseline's and DiffBase::Load's.
  static StatusOr<FindingFilter> Create(const FindingFilterOptions& options,
                                        const std::vector<std::string>& paths);

  // Removes from `file` the findings the baseline lists and, with --diff-base, those not on
  // changed lines; with --write-baseline records every finding first. Fingerprints are taken
  // over all of the file's findings before anything is removed, so they are the ones a full run
  // (and its SARIF) gives. Call once per file, in the order files are reported; not thread-safe.
  void Apply(FileResult* file);

  // --write-baseline: writes every recorded finding to the file, atomically (WriteFileAtomically).
  // OK without --write-baseline.
  Status WriteBaseline() const;

  std::size_t recorded() const { return recorded_.size(); }

  // One line per kind of hidden finding, e.g. "3 findings hidden: listed in the baseline b.json";
  // none when nothing was hidden.
  std::vector<std::string> Summary() const;

 private:
  explicit FindingFilter(FindingFilterOptions options) : options_(std::move(options)) {}

  FindingFilterOptions options_;
  std::optional<BaselineMatcher> baseline_;
  std::optional<DiffBase> diff_base_;
  std::vector<BaselineEntry> recorded_;
  std::size_t hidden_by_baseline_ = 0;
  std::size_t outside_diff_ = 0;
};

}  // namespace rightslint::cli

#endif  // RIGHTSLINT_CLI_FINDING_FILTER_H_
