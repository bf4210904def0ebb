#include "rightslint/evaluation.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "rules/lexicon_loader.h"

namespace rightslint {
namespace {

std::vector<std::string> SplitIds(const std::string& cell) {
  std::vector<std::string> ids;
  if (cell == "-") return ids;
  std::stringstream stream(cell);
  std::string id;
  while (std::getline(stream, id, ',')) {
    id.erase(0, id.find_first_not_of(' '));
    id.erase(id.find_last_not_of(' ') + 1);
    if (!id.empty()) ids.push_back(id);
  }
  return ids;
}

void Add(EvaluationCounts* into, const EvaluationCounts& counts) {
  into->sentences += counts.sentences;
  into->true_positives += counts.true_positives;
  into->false_positives += counts.false_positives;
  into->false_negatives += counts.false_negatives;
}

Status EvaluateFile(const Linter& linter, const std::filesystem::path& path,
                    EvaluationReport* report) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Io(path.string() + ": cannot open");
  std::stringstream buffer;
  buffer << in.rdbuf();
  auto table = ParseTsv(path.string(), buffer.str(), {"expected", "text"}, {});
  if (!table.ok()) return table.status();
  const std::string language = path.stem().string();
  EvaluationCounts counts;
  const std::size_t expected_column =
      std::find(table->columns.begin(), table->columns.end(), "expected") - table->columns.begin();
  const std::size_t text_column = 1 - expected_column;
  for (const auto& row : table->rows) {
    std::vector<std::string> expected = SplitIds(row.cells[expected_column]);
    for (const std::string& id : expected) {
      if (linter.FindRule(id) == nullptr) {
        return Status::Invalid(path.string() + ":" + std::to_string(row.line) +
                               ": column `expected`: unknown rule `" + id + "`");
      }
    }
    const std::string& text = row.cells[text_column];
    FileResult result = linter.CheckText(text, language);
    if (result.error)
      return Status::Invalid(path.string() + ":" + std::to_string(row.line) + ": " + *result.error);
    std::vector<std::string> actual;
    for (const Finding& finding : result.findings) actual.push_back(finding.rule);
    std::sort(expected.begin(), expected.end());
    std::sort(actual.begin(), actual.end());
    std::vector<std::string> matched;
    std::set_intersection(expected.begin(), expected.end(), actual.begin(), actual.end(),
                          std::back_inserter(matched));
    std::vector<std::string> missed;
    std::set_difference(expected.begin(), expected.end(), matched.begin(), matched.end(),
                        std::back_inserter(missed));
    std::vector<std::string> extra;
    std::set_difference(actual.begin(), actual.end(), matched.begin(), matched.end(),
                        std::back_inserter(extra));
    ++counts.sentences;
    counts.true_positives += static_cast<int>(matched.size());
    counts.false_negatives += static_cast<int>(missed.size());
    counts.false_positives += static_cast<int>(extra.size());
    for (const std::string& id : missed) {
      report->misses.push_back({path.string(), row.line, id, false, text});
    }
    for (const std::string& id : extra) {
      report->misses.push_back({path.string(), row.line, id, true, text});
    }
  }
  Add(&report->by_language[language], counts);
  Add(&report->total, counts);
  return Status::Ok();
}

}  // namespace

double EvaluationCounts::precision() const {
  const int fired = true_positives + false_positives;
  return fired == 0 ? 1.0 : static_cast<double>(true_positives) / fired;
}

double EvaluationCounts::recall() const {
  const int expected = true_positives + false_negatives;
  return expected == 0 ? 1.0 : static_cast<double>(true_positives) / expected;
}

StatusOr<EvaluationReport> Evaluate(const Linter& linter, const std::string& corpus_dir) {
  std::error_code error;
  std::vector<std::filesystem::path> files;
  if (std::filesystem::is_regular_file(corpus_dir, error)) {
    files.push_back(corpus_dir);
  } else if (std::filesystem::is_directory(corpus_dir, error)) {
    for (auto it = std::filesystem::directory_iterator(corpus_dir, error);
         !error && it != std::filesystem::directory_iterator(); it.increment(error)) {
      if (it->path().extension() == ".tsv") files.push_back(it->path());
    }
  } else {
    return Status::NotFound(corpus_dir + ": no such file or directory");
  }
  if (files.empty()) return Status::NotFound(corpus_dir + ": no *.tsv corpus files");
  std::sort(files.begin(), files.end());
  EvaluationReport report;
  for (const auto& file : files) {
    if (Status status = EvaluateFile(linter, file, &report); !status.ok()) return status;
  }
  return report;
}

}  // namespace rightslint
