// Evaluation: precision and recall of the rules against annotated corpora. Two kinds:
//
// Sentence corpora: TSV files with the header `expected<TAB>text`: `expected` lists the rule ids
// that must fire on `text` (comma-separated, an id repeated if it fires twice) or `-` for none;
// '#' lines are comments. The language is the file name's stem (corpora/eval/ru.tsv -> ru).
//
// Law corpora (a directory with index.tsv and gold.tsv, corpora/laws): index.tsv lists the
// excerpt files (`file`, `language`, …); gold.tsv has one row per problematic provision (`file`,
// `line`, `category`). Findings of the legal categories (all but stigma) are matched to gold rows
// by category and line: a finding covers a gold row when the row's line lies within the
// finding's lines. Counts are per category.
#ifndef RIGHTSLINT_EVALUATION_H_
#define RIGHTSLINT_EVALUATION_H_

#include <map>
#include <string>
#include <vector>

#include "rightslint/linter.h"
#include "rightslint/status.h"

namespace rightslint {

struct EvaluationCounts {
  int sentences = 0;
  int true_positives = 0;
  int false_positives = 0;
  int false_negatives = 0;
  double precision() const;
  double recall() const;
  double f1() const;
};

struct EvaluationMiss {
  std::string file;
  int line = 0;
  std::string rule;
  bool false_positive = false;  // fired but not expected; else expected but did not fire
  std::string text;
};

struct EvaluationReport {
  bool laws = false;  // a law corpus: rows are categories, not languages
  std::map<std::string, EvaluationCounts> by_category;
  std::map<std::string, EvaluationCounts> by_language;
  EvaluationCounts total;
  std::vector<EvaluationMiss> misses;
  // Law corpora: excerpts in languages rightslint does not read yet ("kz-law.kk.txt (kk)"), left
  // out of the counts rather than counted as misses.
  std::vector<std::string> not_evaluated;
};

// Evaluates every *.tsv in `corpus_dir` (or the single file `corpus_dir`). Errors name the file
// and line of a malformed row.
StatusOr<EvaluationReport> Evaluate(const Linter& linter, const std::string& corpus_dir);

}  // namespace rightslint

#endif  // RIGHTSLINT_EVALUATION_H_
