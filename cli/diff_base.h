// --diff-base REV: report only the findings on lines changed since a git revision, so that a pull
// request is judged by what it changes and not by what the text already said.
#ifndef RIGHTSLINT_CLI_DIFF_BASE_H_
#define RIGHTSLINT_CLI_DIFF_BASE_H_

#include <map>
#include <string>
#include <vector>

#include "git_diff.h"
#include "rightslint/finding.h"
#include "rightslint/status.h"

namespace rightslint::cli {

// What git says about the files to check, collected before any is checked; immutable after Load,
// so it may be read from several threads.
class DiffBase {
 public:
  // Asks git which lines of `paths` (display paths of the files about to be checked; standard
  // input is not one of them) changed between `revision` and the working tree, staged or not.
  // For each repository the files are in (git rev-parse --show-toplevel), git runs three times:
  // ls-files -z (what it tracks), diff --name-only -z (which files changed) and diff
  // --unified=0 (which lines); git is run without a shell, and the revision is passed after
  // --end-of-options, so it can never be read as an option. Files are matched to git's paths
  // by canonical path (symbolic links resolved). A path that does not exist is left out (its
  // read error is reported when it is checked).
  //
  // Errors (the run must stop, exit 2): git is not installed (kNotFound); a file is not in a git
  // repository, or git does not know `revision` (kInvalidArgument, quoting git's own message).
  static StatusOr<DiffBase> Load(const std::string& revision,
                                 const std::vector<std::string>& paths);

  // For each finding of `file`, in order: whether to report it.
  // - Standard input, or any path not given to Load, and files git does not track (untracked,
  //   ignored): every finding, as if all lines were new.
  // - A tracked file git does not list as changed: none.
  // - DOCX, ODT and PDF (FileResult::format): every finding if git lists the file as changed,
  //   since their lines are paragraphs or page lines and git's are not.
  // - Text, Markdown and HTML: the findings whose lines start.line..end.line touch a changed line
  //   or enclose deleted lines (ChangedLines::Touches).
  std::vector<bool> OnChangedLines(const FileResult& file) const;

 private:
  enum class State { kUntracked, kUnchanged, kChanged };
  struct FileChanges {
    State state = State::kUntracked;
    ChangedLines lines;  // for kChanged: empty when git shows no text hunks (binary, mode, rename)
  };
  std::map<std::string, FileChanges> files_;  // by display path
};

}  // namespace rightslint::cli

#endif  // RIGHTSLINT_CLI_DIFF_BASE_H_
