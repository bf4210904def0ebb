// --diff-base: asks git which lines changed, then filters findings by them (see diff_base.h).
#include "diff_base.h"

#include <filesystem>
#include <initializer_list>
#include <set>
#include <string_view>
#include <system_error>
#include <utility>

#include "posix.h"

namespace rightslint::cli {
namespace {

namespace fs = std::filesystem;

// The first line of git's complaint, to quote in ours: "fatal: bad revision 'nope'".
std::string FirstLine(std::string_view text) {
  const std::size_t end = text.find('\n');
  std::string_view line = text.substr(0, end);
  while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
  return line.empty() ? "git failed without a message" : std::string(line);
}

// Runs `git args…`: its standard output, or an error whose message is git's own (kInvalidArgument)
// or says that git is missing (kNotFound).
StatusOr<std::string> Git(const std::vector<std::string>& args) {
  std::vector<std::string> argv = {"git"};
  argv.insert(argv.end(), args.begin(), args.end());
  StatusOr<ProgramOutput> run = RunProgram(argv);
  if (!run.ok()) {
    if (run.status().code() != StatusCode::kNotFound) return run.status();
    return Status::NotFound("--diff-base needs git, and git was not found in PATH");
  }
  if (run->exit_code != 0) return Status::Invalid(FirstLine(run->err));
  return std::move(run->out);
}

// What git says about one repository; paths are relative to its root, as git writes them.
struct Repository {
  std::set<std::string> tracked;
  std::set<std::string> changed;
  std::map<std::string, ChangedLines> lines;
};

StatusOr<Repository> AskRepository(const fs::path& root, const std::string& revision) {
  const std::string where = "--diff-base " + revision + ": git in " + root.string() + ": ";
  auto failed = [&](const Status& status) {
    return status.code() == StatusCode::kNotFound ? status
                                                  : Status::Invalid(where + status.message());
  };
  StatusOr<std::string> tracked = Git({"-C", root.string(), "ls-files", "-z"});
  if (!tracked.ok()) return failed(tracked.status());
  // Options fixed here, whatever the user's git configuration says: no colour, no external diff
  // or textconv driver, the a/ b/ prefixes the parser expects, paths quoted only where they must.
  auto diff_with = [&](std::initializer_list<std::string> output) {
    std::vector<std::string> args = {"-c", "core.quotePath=false", "-C", root.string(), "diff"};
    args.insert(args.end(), {"--no-color", "--no-ext-diff", "--no-textconv", "--find-renames"});
    args.insert(args.end(), output);
    args.insert(args.end(), {"--end-of-options", revision, "--"});
    return Git(args);
  };
  StatusOr<std::string> names = diff_with({"--name-only", "-z"});
  if (!names.ok()) return failed(names.status());
  StatusOr<std::string> patch = diff_with({"--unified=0", "--src-prefix=a/", "--dst-prefix=b/"});
  if (!patch.ok()) return failed(patch.status());
  StatusOr<std::map<std::string, ChangedLines>> lines = ParseUnifiedDiff(*patch);
  if (!lines.ok()) return failed(lines.status());

  Repository repository;
  for (std::string& path : SplitNulTerminated(*tracked)) repository.tracked.insert(std::move(path));
  for (std::string& path : SplitNulTerminated(*names)) repository.changed.insert(std::move(path));
  repository.lines = std::move(lines).value();
  return repository;
}

// Finds the repository each directory is in. Walking up from a directory to a root already known,
// without passing a `.git` entry (a nested repository or a submodule has its own), answers without
// running git once per directory of a large tree.
class RootFinder {
 public:
  StatusOr<fs::path> RootOf(const fs::path& directory, const std::string& shown_path) {
    for (fs::path at = directory;; at = at.parent_path()) {
      if (roots_.count(at)) return at;
      std::error_code error;
      if (fs::exists(at / ".git", error) || at == at.parent_path()) break;
    }
    StatusOr<std::string> top = Git({"-C", directory.string(), "rev-parse", "--show-toplevel"});
    if (!top.ok() && top.status().code() == StatusCode::kNotFound) return top.status();
    const std::string printed = top.ok() ? FirstLine(*top) : "";
    std::error_code error;
    const fs::path root = top.ok() ? fs::canonical(printed, error) : fs::path();
    if (!top.ok() || error || printed.empty()) {
      return Status::Invalid(
          "--diff-base: " + shown_path + " is not in a git working tree (" +
          (top.ok() ? "git rev-parse printed no directory" : top.status().message()) + ")");
    }
    roots_.insert(root);
    return root;
  }

 private:
  std::set<fs::path> roots_;
};

// DOCX, ODT and PDF findings count lines in paragraphs or pages, which are not git's lines.
bool LinesAreGitLines(std::string_view format) {
  return format != "docx" && format != "odt" && format != "pdf";
}

// The last line a finding covers: a span that ends with a line break ends on that line, not
// at column 1 of the next.
int LastLine(const Finding& finding) {
  const bool ends_at_line_start = finding.end.column == 1 && finding.end.line > finding.start.line;
  return ends_at_line_start ? finding.end.line - 1 : finding.end.line;
}

}  // namespace

StatusOr<DiffBase> DiffBase::Load(const std::string& revision,
                                  const std::vector<std::string>& paths) {
  DiffBase base;
  RootFinder roots;
  std::map<fs::path, Repository> repositories;
  for (const std::string& path : paths) {
    std::error_code error;
    const fs::path file = fs::canonical(path, error);
    if (error) continue;
    StatusOr<fs::path> root = roots.RootOf(file.parent_path(), path);
    if (!root.ok()) return root.status();
    auto repository = repositories.find(*root);
    if (repository == repositories.end()) {
      StatusOr<Repository> asked = AskRepository(*root, revision);
      if (!asked.ok()) return asked.status();
      repository = repositories.emplace(*root, std::move(asked).value()).first;
    }
    const std::string relative = file.lexically_relative(*root).generic_string();
    FileChanges& changes = base.files_[path];
    if (!repository->second.tracked.count(relative)) {
      changes.state = State::kUntracked;
    } else if (!repository->second.changed.count(relative)) {
      changes.state = State::kUnchanged;
    } else {
      changes.state = State::kChanged;
      const auto lines = repository->second.lines.find(relative);
      if (lines != repository->second.lines.end()) changes.lines = lines->second;
    }
  }
  return base;
}

std::vector<bool> DiffBase::OnChangedLines(const FileResult& file) const {
  std::vector<bool> keep(file.findings.size(), true);
  const auto found = files_.find(file.path);
  if (found == files_.end() || found->second.state == State::kUntracked) return keep;
  const FileChanges& changes = found->second;
  const bool by_line = LinesAreGitLines(file.format);
  for (std::size_t i = 0; i < keep.size(); ++i) {
    const Finding& finding = file.findings[i];
    keep[i] = changes.state == State::kChanged &&
              (!by_line || changes.lines.Touches(finding.start.line, LastLine(finding)));
  }
  return keep;
}

}  // namespace rightslint::cli
