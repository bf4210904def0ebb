// Hand-built FileResults for the reporter tests.
#ifndef RIGHTSLINT_TESTS_ENGINE_REPORT_REPORT_TEST_UTIL_H_
#define RIGHTSLINT_TESTS_ENGINE_REPORT_REPORT_TEST_UTIL_H_

#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/line_index.h"
#include "rightslint/finding.h"
#include "rightslint/reporter.h"

namespace rightslint {

// A finding on the first occurrence of `word` in `text`, positioned as the linter would.
inline Finding FindingOn(std::string_view text, std::string_view word, std::string rule,
                         std::string category, Severity severity = Severity::kWarning) {
  const LineIndex index(text);
  const std::size_t begin = text.find(word);
  Finding finding;
  finding.rule = std::move(rule);
  finding.category = std::move(category);
  finding.severity = severity;
  finding.message = "«" + std::string(word) + "» reduces a person to drug use.";
  finding.text = std::string(word);
  finding.start = index.PositionOf(begin);
  finding.end = index.PositionOf(begin + word.size());
  return finding;
}

inline FileResult RussianArticle() {
  FileResult file;
  file.path = "corpora/demo/article-ru.txt";
  file.format = "txt";
  file.language = "ru";
  file.text = "Заголовок\n\nПолиция задержала трёх наркоманов у вокзала.\n";
  Finding finding = FindingOn(file.text, "наркоманов", "stigma.addict", "stigma");
  finding.message = "«наркоманов» сводит человека к употреблению наркотиков.";
  finding.suggestions = {"людей, употребляющих наркотики"};
  finding.guideline = "IGHRDP II.1 (ii)";
  finding.recommendation = 21;
  finding.language = "ru";
  file.findings.push_back(finding);
  return file;
}

// Everything a reporter of `format` writes for `files`.
// "a.txt" with one finding of each severity: error, warning, info.
inline FileResult OneFindingPerSeverity() {
  FileResult file;
  file.path = "a.txt";
  file.text = "junkie addict drug user";
  file.findings.push_back(
      FindingOn(file.text, "junkie", "stigma.slang", "stigma", Severity::kError));
  file.findings.push_back(FindingOn(file.text, "addict", "stigma.addict", "stigma"));
  file.findings.push_back(
      FindingOn(file.text, "drug user", "stigma.drug-user", "stigma", Severity::kInfo));
  return file;
}

inline std::string RenderReport(ReportFormat format, const std::vector<FileResult>& files,
                                const ReportOptions& options = {}) {
  std::ostringstream out;
  auto reporter = MakeReporter(format, out, options);
  for (const FileResult& file : files) reporter->AddFile(file);
  reporter->Finish();
  return out.str();
}

// A file that could not be read, as the CLI reports it.
inline FileResult UnreadableFile(std::string path, std::string error) {
  FileResult file;
  file.path = std::move(path);
  file.error = std::move(error);
  return file;
}

}  // namespace rightslint

#endif  // RIGHTSLINT_TESTS_ENGINE_REPORT_REPORT_TEST_UTIL_H_
