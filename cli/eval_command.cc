// rightslint eval [CORPUS]: precision and recall of the rules against annotated corpora.
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <memory>
#include <string>

#include "commands.h"
#include "load_linter.h"
#include "rightslint/evaluation.h"

namespace rightslint::cli {
namespace {

constexpr char kEvalExamples[] = R"(Examples:
  rightslint eval                           the project's corpora/eval (en.tsv, ru.tsv, uk.tsv)
  rightslint eval my-corpus/ --misses       your own corpus, listing every miss
  rightslint eval corpora/laws              the law corpus: per category, matched by line
  rightslint eval --min-precision 0.95      exit 1 when any row's precision is below 0.95

A sentence corpus file is TSV with the header "expected<TAB>text"; `expected` lists the rule ids
that must fire on the text (comma-separated), or "-" for none. The file name is the language.
A law corpus is a directory with index.tsv (file, language, ...) and gold.tsv (file, line,
category): see corpora/laws/README.md.)";

struct EvalOptions {
  std::string corpus;
  bool misses = false;
  double min_precision = 0.0;
  double min_recall = 0.0;
};

int RunEval(const EvalOptions& options, const GlobalOptions& global) {
  const std::unique_ptr<Linter> linter = LoadLinter(global);
  if (!linter) return kExitError;
  const std::string corpus =
      options.corpus.empty()
          ? (std::filesystem::path(linter->data_dir()) / "corpora" / "eval").string()
          : options.corpus;
  auto report = Evaluate(*linter, corpus);
  if (!report.ok()) {
    std::cerr << "rightslint: error: " << report.status().message() << '\n';
    return kExitError;
  }
  // Law corpora are reported per category, sentence corpora per language.
  const auto& rows = report->laws ? report->by_category : report->by_language;
  std::printf("%-22s %9s %5s %5s %5s %9s %7s %6s\n", report->laws ? "category" : "lang",
              report->laws ? "files" : "sentences", "TP", "FP", "FN", "precision", "recall", "F1");
  bool below = false;
  auto row = [&](const std::string& name, const EvaluationCounts& counts) {
    std::printf("%-22s %9d %5d %5d %5d %9.3f %7.3f %6.3f\n", name.c_str(), counts.sentences,
                counts.true_positives, counts.false_positives, counts.false_negatives,
                counts.precision(), counts.recall(), counts.f1());
    below =
        below || counts.precision() < options.min_precision || counts.recall() < options.min_recall;
  };
  for (const auto& [name, counts] : rows) row(name, counts);
  row("all", report->total);
  if (!report->not_evaluated.empty()) {
    std::printf("not evaluated (languages rightslint does not read yet): %s\n",
                Join(report->not_evaluated, ", ").c_str());
  }
  if (options.misses) {
    for (const EvaluationMiss& miss : report->misses) {
      std::printf("%s:%d: %s %s: %s\n", miss.file.c_str(), miss.line,
                  miss.false_positive ? "false positive" : "missed", miss.rule.c_str(),
                  miss.text.c_str());
    }
  }
  return below ? kExitFindings : kExitClean;
}

}  // namespace

Command AddEvalCommand(CLI::App& app, const GlobalOptions& global) {
  auto options = std::make_shared<EvalOptions>();
  CLI::App* eval = app.add_subcommand("eval", "Precision and recall on annotated corpora");
  eval->add_option("corpus", options->corpus,
                   "A corpus file or directory of *.tsv (default: corpora/eval in the data dir)")
      ->type_name("CORPUS");
  eval->add_flag("--misses", options->misses, "List every missed and every unexpected finding");
  eval->add_option("--min-precision", options->min_precision,
                   "Exit 1 when any row's precision is below this (0..1)")
      ->check(CLI::Range(0.0, 1.0))
      ->type_name("P");
  eval->add_option("--min-recall", options->min_recall,
                   "Exit 1 when any row's recall is below this (0..1)")
      ->check(CLI::Range(0.0, 1.0))
      ->type_name("R");
  eval->footer(kEvalExamples);
  return Command{eval, [options, &global] { return RunEval(*options, global); }};
}

}  // namespace rightslint::cli
