// --baseline, --diff-base and --write-baseline between the linter and the reporter (see
// finding_filter.h).
#include "finding_filter.h"

#include <utility>

#include "base/atomic_file.h"
#include "posix.h"
#include "report/fingerprint.h"

namespace rightslint::cli {
namespace {

std::string Findings(std::size_t count) {
  return std::to_string(count) + (count == 1 ? " finding" : " findings");
}

}  // namespace

StatusOr<FindingFilter> FindingFilter::Create(const FindingFilterOptions& options,
                                              const std::vector<std::string>& paths) {
  FindingFilter filter(options);
  if (!options.baseline.empty()) {
    StatusOr<std::vector<BaselineEntry>> entries = ReadBaseline(options.baseline);
    if (!entries.ok()) return entries.status();
    filter.baseline_.emplace(*entries);
  }
  if (!options.diff_base.empty()) {
    StatusOr<DiffBase> diff_base = DiffBase::Load(options.diff_base, paths);
    if (!diff_base.ok()) return diff_base.status();
    filter.diff_base_.emplace(std::move(diff_base).value());
  }
  return filter;
}

void FindingFilter::Apply(FileResult* file) {
  if (!baseline_ && !diff_base_ && options_.write_baseline.empty()) return;
  const std::vector<std::string> fingerprints = FindingFingerprints(*file);
  // Numbered among all of the file's findings: SARIF must name the survivors as a full run does.
  for (std::size_t i = 0; i < fingerprints.size(); ++i) {
    file->findings[i].fingerprint = fingerprints[i];
  }
  if (!options_.write_baseline.empty()) {
    std::vector<BaselineEntry> entries = BaselineEntries(*file, fingerprints);
    recorded_.insert(recorded_.end(), std::make_move_iterator(entries.begin()),
                     std::make_move_iterator(entries.end()));
  }
  std::vector<bool> keep(file->findings.size(), true);
  if (diff_base_) keep = diff_base_->OnChangedLines(*file);
  for (const bool kept : keep) outside_diff_ += kept ? 0 : 1;
  if (baseline_) {
    const std::vector<bool> hidden = baseline_->Hide(fingerprints);
    for (std::size_t i = 0; i < keep.size(); ++i) {
      if (!keep[i] || !hidden[i]) continue;
      keep[i] = false;
      ++hidden_by_baseline_;
    }
  }
  std::vector<Finding> kept;
  kept.reserve(file->findings.size());
  for (std::size_t i = 0; i < keep.size(); ++i) {
    if (keep[i]) kept.push_back(std::move(file->findings[i]));
  }
  file->findings = std::move(kept);
}

Status FindingFilter::WriteBaseline() const {
  if (options_.write_baseline.empty()) return Status::Ok();
  return WriteFileAtomically(options_.write_baseline, FormatBaseline(recorded_));
}

std::vector<std::string> FindingFilter::Summary() const {
  std::vector<std::string> lines;
  if (hidden_by_baseline_ > 0) {
    lines.push_back(Findings(hidden_by_baseline_) + " hidden: listed in the baseline " +
                    options_.baseline);
  }
  if (outside_diff_ > 0) {
    lines.push_back(Findings(outside_diff_) + " hidden: not on lines changed since " +
                    options_.diff_base);
  }
  return lines;
}

}  // namespace rightslint::cli
