#include "fix.h"

#include <algorithm>
#include <cstddef>

#include "base/atomic_file.h"
#include "posix.h"

namespace rightslint::cli {
namespace {

constexpr std::size_t kContextLines = 3;

// Byte offsets where each line of `text` starts; a final line without '\n' counts as a line.
std::vector<std::size_t> LineStarts(std::string_view text) {
  std::vector<std::size_t> starts{0};
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\n' && i + 1 < text.size()) starts.push_back(i + 1);
  }
  return starts;
}

std::size_t LineOf(const std::vector<std::size_t>& starts, std::size_t offset) {
  return static_cast<std::size_t>(std::upper_bound(starts.begin(), starts.end(), offset) -
                                  starts.begin()) -
         1;
}

// Appends `lines` (whole lines, the last maybe without '\n'), each after `marker`.
void AppendLines(char marker, std::string_view lines, std::string* out) {
  while (!lines.empty()) {
    const std::size_t end = lines.find('\n');
    const std::string_view line = lines.substr(0, end);
    out->push_back(marker);
    out->append(line);
    out->push_back('\n');
    if (end == std::string_view::npos) {
      out->append("\\ No newline at end of file\n");
      return;
    }
    lines.remove_prefix(end + 1);
  }
}

std::size_t CountLines(std::string_view lines) {
  if (lines.empty()) return 0;
  return static_cast<std::size_t>(std::count(lines.begin(), lines.end(), '\n')) +
         (lines.back() == '\n' ? 0 : 1);
}

// A run of whole old lines [first, last] that edits change.
struct Change {
  std::size_t first = 0;
  std::size_t last = 0;
  std::vector<TextEdit> edits;
};

}  // namespace

bool IsFixableFormat(std::string_view format) { return format == "txt" || format == "md"; }

std::vector<TextEdit> PlanFixes(const std::vector<Finding>& findings) {
  std::vector<TextEdit> edits;
  for (const Finding& finding : findings) {
    if (finding.fix) edits.push_back(*finding.fix);
  }
  std::stable_sort(edits.begin(), edits.end(),
                   [](const TextEdit& a, const TextEdit& b) { return a.begin < b.begin; });
  std::vector<TextEdit> planned;
  for (TextEdit& edit : edits) {
    if (!planned.empty() && edit.begin < planned.back().end) continue;  // overlaps: keep the first
    if (!planned.empty() && edit == planned.back()) continue;
    planned.push_back(std::move(edit));
  }
  return planned;
}

std::string ApplyEdits(std::string_view text, const std::vector<TextEdit>& edits) {
  std::string out;
  out.reserve(text.size());
  std::size_t at = 0;
  for (const TextEdit& edit : edits) {
    out.append(text.substr(at, edit.begin - at));
    out.append(edit.replacement);
    at = edit.end;
  }
  out.append(text.substr(at));
  return out;
}

std::string UnifiedDiff(const std::string& path, std::string_view text,
                        const std::vector<TextEdit>& edits) {
  if (edits.empty()) return "";
  const std::vector<std::size_t> starts = LineStarts(text);
  const auto line_end = [&](std::size_t line) {
    return line + 1 < starts.size() ? starts[line + 1] : text.size();
  };
  // Edits grouped by the old lines they touch; groups sharing a line become one change.
  std::vector<Change> changes;
  for (const TextEdit& edit : edits) {
    const std::size_t first = LineOf(starts, edit.begin);
    const std::size_t last = LineOf(starts, std::max(edit.begin, edit.end > 0 ? edit.end - 1 : 0));
    if (!changes.empty() && first <= changes.back().last) {
      changes.back().last = std::max(changes.back().last, last);
      changes.back().edits.push_back(edit);
    } else {
      changes.push_back({first, last, {edit}});
    }
  }

  std::string out = "--- a/" + path + "\n+++ b/" + path + "\n";
  long line_delta = 0;  // new line number minus old line number, before the current hunk
  for (std::size_t i = 0; i < changes.size();) {
    // A hunk: changes whose context windows touch.
    std::size_t j = i;
    while (j + 1 < changes.size() &&
           changes[j + 1].first <= changes[j].last + 2 * kContextLines + 1)
      ++j;
    const std::size_t hunk_first =
        changes[i].first >= kContextLines ? changes[i].first - kContextLines : 0;
    const std::size_t hunk_last = std::min(changes[j].last + kContextLines, starts.size() - 1);
    std::string body;
    std::size_t old_count = 0;
    std::size_t new_count = 0;
    std::size_t line = hunk_first;
    for (std::size_t k = i; k <= j; ++k) {
      const Change& change = changes[k];
      const std::string_view context =
          text.substr(starts[line], starts[change.first] - starts[line]);
      AppendLines(' ', context, &body);
      old_count += change.first - line;
      new_count += change.first - line;
      const std::size_t begin = starts[change.first];
      const std::string_view old_lines = text.substr(begin, line_end(change.last) - begin);
      std::vector<TextEdit> local = change.edits;
      for (TextEdit& edit : local) {
        edit.begin -= begin;
        edit.end -= begin;
      }
      const std::string new_lines = ApplyEdits(old_lines, local);
      AppendLines('-', old_lines, &body);
      AppendLines('+', new_lines, &body);
      old_count += CountLines(old_lines);
      new_count += CountLines(new_lines);
      line = change.last + 1;
    }
    const std::string_view tail =
        text.substr(line < starts.size() ? starts[line] : text.size(),
                    line <= hunk_last ? line_end(hunk_last) - starts[line] : 0);
    AppendLines(' ', tail, &body);
    const std::size_t tail_lines = line <= hunk_last ? hunk_last - line + 1 : 0;
    old_count += tail_lines;
    new_count += tail_lines;
    const long old_start = static_cast<long>(hunk_first) + 1;
    out += "@@ -" + std::to_string(old_start) + "," + std::to_string(old_count) + " +" +
           std::to_string(old_start + line_delta) + "," + std::to_string(new_count) + " @@\n";
    out += body;
    line_delta += static_cast<long>(new_count) - static_cast<long>(old_count);
    i = j + 1;
  }
  return out;
}

Status WriteFixedFile(const std::string& path, std::string_view checked, std::string_view fixed) {
  auto current = ReadWholeFile(path);
  if (!current.ok()) return current.status();
  if (*current != checked) {
    return Status::Invalid(path + ": changed while being checked; not fixed");
  }
  return WriteFileAtomically(path, fixed);
}

}  // namespace rightslint::cli
