// Parsing git's diff output for --diff-base (see git_diff.h).
#include "git_diff.h"

#include <charconv>
#include <climits>
#include <system_error>
#include <utility>

namespace rightslint::cli {
namespace {

bool TakePrefix(std::string_view& text, std::string_view prefix) {
  if (!text.starts_with(prefix)) return false;
  text.remove_prefix(prefix.size());
  return true;
}

// A decimal number at the front of `text` (digits only: from_chars alone would take a sign).
std::optional<int> TakeNumber(std::string_view& text) {
  if (text.empty() || text[0] < '0' || text[0] > '9') return std::nullopt;
  int value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc()) return std::nullopt;
  text.remove_prefix(static_cast<std::size_t>(end - text.data()));
  return value;
}

// "start" or "start,count" at the front of `text`; a missing count is 1. nullopt also when the
// last line, start + count - 1, would not fit an int.
std::optional<std::pair<int, int>> TakeRange(std::string_view& text) {
  const std::optional<int> start = TakeNumber(text);
  if (!start) return std::nullopt;
  int count = 1;
  if (TakePrefix(text, ",")) {
    const std::optional<int> given = TakeNumber(text);
    if (!given) return std::nullopt;
    count = *given;
  }
  if (*start > INT_MAX - count) return std::nullopt;
  return std::pair{*start, count};
}

// The path of a "+++ " line; nullopt for /dev/null (the file was deleted).
std::optional<std::string> NewSidePath(std::string_view name) {
  if (name.ends_with('\t')) name.remove_suffix(1);  // git marks the end of a name with a space
  if (name == "/dev/null") return std::nullopt;
  std::string path = UnquoteGitPath(name);
  if (path.starts_with("b/")) path.erase(0, 2);
  return path;
}

void Record(const HunkHeader& hunk, ChangedLines* file) {
  if (hunk.new_count > 0) {
    file->ranges.push_back({hunk.new_start, hunk.new_start + hunk.new_count - 1});
  } else {
    file->deletions_after.push_back(hunk.new_start);  // "+c,0": removed after line c
  }
}

// One line of a hunk's body, counted against what its header announced.
Status TakeBodyLine(std::string_view line, int* old_left, int* new_left) {
  const char kind = line.empty() ? '\0' : line[0];
  if (kind == '\\') return Status::Ok();  // "\ No newline at end of file"
  if ((kind == '-' || kind == ' ') && *old_left == 0) {
    return Status::Invalid("more old lines than the hunk header announced");
  }
  if ((kind == '+' || kind == ' ') && *new_left == 0) {
    return Status::Invalid("more new lines than the hunk header announced");
  }
  switch (kind) {
    case '-':
      --*old_left;
      return Status::Ok();
    case '+':
      --*new_left;
      return Status::Ok();
    case ' ':
      --*old_left;
      --*new_left;
      return Status::Ok();
    default:
      return Status::Invalid("the hunk ends before the lines its header announced");
  }
}

}  // namespace

bool ChangedLines::Touches(int first, int last) const {
  for (const LineRange& range : ranges) {
    if (range.first <= last && first <= range.last) return true;
  }
  for (const int after : deletions_after) {
    if (first <= after && after < last) return true;
  }
  return false;
}

std::optional<HunkHeader> ParseHunkHeader(std::string_view line) {
  if (!TakePrefix(line, "@@ -")) return std::nullopt;
  const auto old_range = TakeRange(line);
  if (!old_range || !TakePrefix(line, " +")) return std::nullopt;
  const auto new_range = TakeRange(line);
  if (!new_range || !TakePrefix(line, " @@")) return std::nullopt;
  if (!line.empty() && line[0] != ' ') return std::nullopt;  // then the enclosing function
  return HunkHeader{old_range->first, old_range->second, new_range->first, new_range->second};
}

StatusOr<std::map<std::string, ChangedLines>> ParseUnifiedDiff(std::string_view diff) {
  std::map<std::string, ChangedLines> files;
  ChangedLines* current = nullptr;  // the file the next hunks belong to; null: a deleted file
  int old_left = 0;                 // lines of the current hunk's body still to come
  int new_left = 0;
  int line_number = 0;
  while (!diff.empty()) {
    const std::size_t end = diff.find('\n');
    const std::string_view line = diff.substr(0, end);
    diff.remove_prefix(end == std::string_view::npos ? diff.size() : end + 1);
    ++line_number;
    auto error = [&](std::string_view what) {
      return Status::Invalid("git diff output, line " + std::to_string(line_number) + ": " +
                             std::string(what));
    };
    if (old_left > 0 || new_left > 0) {
      const Status body = TakeBodyLine(line, &old_left, &new_left);
      if (!body.ok()) return error(body.message());
      continue;
    }
    if (line.starts_with("diff ")) {
      current = nullptr;
    } else if (line.starts_with("+++ ")) {
      const std::optional<std::string> path = NewSidePath(line.substr(4));
      current = path ? &files[*path] : nullptr;
    } else if (line.starts_with("@@")) {
      const std::optional<HunkHeader> hunk = ParseHunkHeader(line);
      if (!hunk) return error("malformed hunk header: " + std::string(line));
      if (current) Record(*hunk, current);
      old_left = hunk->old_count;
      new_left = hunk->new_count;
    }
    // Every other line is a header git writes around hunks: index, mode, rename, similarity,
    // "--- a/…", "Binary files … differ", "\ No newline at end of file".
  }
  if (old_left > 0 || new_left > 0) {
    return Status::Invalid("git diff output ends inside a hunk, at line " +
                           std::to_string(line_number));
  }
  return files;
}

std::string UnquoteGitPath(std::string_view path) {
  if (path.size() < 2 || path.front() != '"' || path.back() != '"') return std::string(path);
  path = path.substr(1, path.size() - 2);
  std::string bytes;
  for (std::size_t i = 0; i < path.size(); ++i) {
    if (path[i] != '\\' || i + 1 == path.size()) {
      bytes += path[i];
      continue;
    }
    const char escaped = path[++i];
    if (escaped >= '0' && escaped <= '7') {  // up to three octal digits: one byte
      int value = 0;
      for (int digits = 0; digits < 3 && i < path.size() && path[i] >= '0' && path[i] <= '7';
           ++digits, ++i) {
        value = value * 8 + (path[i] - '0');
      }
      --i;
      bytes += static_cast<char>(value & 0xFF);
      continue;
    }
    switch (escaped) {
      case 'a':
        bytes += '\a';
        break;
      case 'b':
        bytes += '\b';
        break;
      case 'f':
        bytes += '\f';
        break;
      case 'n':
        bytes += '\n';
        break;
      case 'r':
        bytes += '\r';
        break;
      case 't':
        bytes += '\t';
        break;
      case 'v':
        bytes += '\v';
        break;
      default:  // '"', '\\' and anything git would not escape stand for themselves
        bytes += escaped;
    }
  }
  return bytes;
}

std::vector<std::string> SplitNulTerminated(std::string_view text) {
  std::vector<std::string> items;
  while (!text.empty()) {
    const std::size_t end = text.find('\0');
    items.emplace_back(text.substr(0, end));
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
  }
  return items;
}

}  // namespace rightslint::cli
