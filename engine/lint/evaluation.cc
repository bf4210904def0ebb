#include "rightslint/evaluation.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "rightslint/options.h"
#include "rules/lexicon_loader.h"
#include "rules/rule_pack_loader.h"

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

StatusOr<std::string> ReadText(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::Io(path.string() + ": cannot open");
  std::stringstream buffer;
  buffer << in.rdbuf();
  return buffer.str();
}

std::size_t Column(const TsvTable& table, const std::string& name) {
  return static_cast<std::size_t>(std::find(table.columns.begin(), table.columns.end(), name) -
                                  table.columns.begin());
}

// A law corpus: excerpts listed in index.tsv, gold rows in gold.tsv.
Status EvaluateLaws(const Linter& linter, const std::filesystem::path& dir,
                    EvaluationReport* report) {
  report->laws = true;
  const std::filesystem::path index_path = dir / "index.tsv";
  const std::filesystem::path gold_path = dir / "gold.tsv";
  auto index_text = ReadText(index_path);
  if (!index_text.ok()) return index_text.status();
  auto index = ParseTsv(index_path.string(), *index_text, {"file", "language"},
                        {"country", "law", "article", "date", "source", "note"});
  if (!index.ok()) return index.status();
  auto gold_text = ReadText(gold_path);
  if (!gold_text.ok()) return gold_text.status();
  auto gold = ParseTsv(gold_path.string(), *gold_text, {"file", "line", "category"}, {"note"});
  if (!gold.ok()) return gold.status();

  struct GoldRow {
    int line;
    std::string category;
    int source_line;
    bool matched = false;
  };
  std::map<std::string, std::vector<GoldRow>> gold_by_file;
  const auto& categories = Categories();
  for (const auto& row : gold->rows) {
    const std::string& file = row.cells[Column(*gold, "file")];
    const std::string& category = row.cells[Column(*gold, "category")];
    int line = 0;
    try {
      line = std::stoi(row.cells[Column(*gold, "line")]);
    } catch (...) {
      line = 0;
    }
    if (line < 1) {
      return Status::Invalid(gold_path.string() + ":" + std::to_string(row.line) +
                             ": column `line`: expected a line number");
    }
    if (category == "stigma" ||
        std::find(categories.begin(), categories.end(), category) == categories.end()) {
      return Status::Invalid(gold_path.string() + ":" + std::to_string(row.line) +
                             ": column `category`: expected a legal category, got `" + category +
                             "`");
    }
    gold_by_file[file].push_back({line, category, row.line});
  }

  for (const auto& row : index->rows) {
    const std::string& file = row.cells[Column(*index, "file")];
    const std::string& language = row.cells[Column(*index, "language")];
    auto text = ReadText(dir / file);
    if (!text.ok()) {
      return Status::Invalid(index_path.string() + ":" + std::to_string(row.line) + ": " +
                             text.status().message());
    }
    if (!IsSupportedLanguage(language)) {
      report->not_evaluated.push_back(file + " (" + language + ")");
      continue;
    }
    FileResult result = linter.CheckText(std::move(text).value(), language);
    if (result.error) {
      return Status::Invalid((dir / file).string() + ": " + *result.error);
    }
    std::vector<GoldRow>& rows = gold_by_file[file];
    for (const Finding& finding : result.findings) {
      if (finding.category == "stigma") continue;
      EvaluationCounts& counts = report->by_category[finding.category];
      auto covered = std::find_if(rows.begin(), rows.end(), [&](const GoldRow& gold_row) {
        return !gold_row.matched && gold_row.category == finding.category &&
               finding.start.line <= gold_row.line && gold_row.line <= finding.end.line;
      });
      if (covered != rows.end()) {
        covered->matched = true;
        ++counts.true_positives;
      } else {
        ++counts.false_positives;
        report->misses.push_back({(dir / file).string(), finding.start.line, finding.rule, true,
                                  finding.text.substr(0, 160)});
      }
    }
    for (const GoldRow& gold_row : rows) {
      if (gold_row.matched) continue;
      ++report->by_category[gold_row.category].false_negatives;
      report->misses.push_back({(dir / file).string(), gold_row.line, gold_row.category, false,
                                "(gold.tsv:" + std::to_string(gold_row.source_line) + ")"});
    }
    ++report->by_language[language].sentences;
  }
  const int evaluated = static_cast<int>(index->rows.size() - report->not_evaluated.size());
  for (auto& [category, counts] : report->by_category) {
    counts.sentences = evaluated;
    Add(&report->total, counts);
  }
  report->total.sentences = evaluated;
  return Status::Ok();
}

}  // namespace

double EvaluationCounts::precision() const {
  const int fired = true_positives + false_positives;
  return fired == 0 ? 1.0 : static_cast<double>(true_positives) / fired;
}

double EvaluationCounts::f1() const {
  const double p = precision();
  const double r = recall();
  return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
}

double EvaluationCounts::recall() const {
  const int expected = true_positives + false_negatives;
  return expected == 0 ? 1.0 : static_cast<double>(true_positives) / expected;
}

StatusOr<EvaluationReport> Evaluate(const Linter& linter, const std::string& corpus_dir) {
  std::error_code error;
  if (std::filesystem::exists(std::filesystem::path(corpus_dir) / "gold.tsv", error)) {
    EvaluationReport report;
    if (Status status = EvaluateLaws(linter, corpus_dir, &report); !status.ok()) return status;
    return report;
  }
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
