// Finding and FileResult: what the linter reports, in the terms of the output contract
// (../shared/schemas/findings-v1.schema.json). Reporters read these and nothing else.
#ifndef RIGHTSLINT_FINDING_H_
#define RIGHTSLINT_FINDING_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rightslint {

enum class Severity { kInfo = 0, kWarning = 1, kError = 2 };

// "info", "warning", "error".
std::string_view SeverityName(Severity severity);
// Parses "info|warning|error"; nullopt for anything else.
std::optional<Severity> ParseSeverity(std::string_view name);

// A place in the text: 1-based line, 1-based column in Unicode code points, 0-based byte offset
// in the checked (extracted) text. Line and column are where the place is in the original file:
// the line of a text, Markdown or HTML file; the paragraph of a DOCX or ODT file; the line within
// `page` of a PDF file (page is 0 for every other format).
struct Position {
  int line = 1;
  int column = 1;
  std::size_t offset = 0;
  int page = 0;
};

// A replacement of the bytes [begin, end) of the checked text.
struct TextEdit {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string replacement;
  friend bool operator==(const TextEdit&, const TextEdit&) = default;
};

struct Finding {
  std::string rule;      // stable id, e.g. "stigma.addict"
  std::string category;  // one of the DESIGN.md categories, e.g. "stigma"
  Severity severity = Severity::kWarning;
  std::string message;  // one sentence, in the language of the text where the rule has one
  std::string text;     // the exact text of the span
  Position start;
  Position end;  // one past the last byte of the span
  std::vector<std::string> suggestions;
  std::optional<std::string> structure;  // "Статья 228, часть 1" once legal structure exists
  std::optional<std::string> guideline;  // "IGHRDP II.1 (ii)"
  std::optional<int> recommendation;     // 1..24 of the 2021 EECA dialogue report
  bool quoted = false;                   // inside quotation marks
  std::string language;                  // language of the block the finding is in
  // A fix that can be applied without a human reading it (`check --fix`): set only for terminology
  // rules marked `fix: safe`, outside quotations, where the first suggestion fits the matched words
  // as they stand (see engine/lint/term_fix.h). It may reach beyond the span ("an addict" ->
  // "a person with …").
  std::optional<TextEdit> fix;
  // Its fingerprint (report/fingerprint.h), when a front end fixed it before dropping some of the
  // file's findings (--baseline, --diff-base), so that numbering among the whole file's findings
  // survives; empty: reporters compute it from the findings they are given.
  std::string fingerprint;
};

struct FileResult {
  std::string path;
  std::string format;                   // "txt", "md"; empty when the file could not be read
  std::optional<std::string> language;  // the file's main language; nullopt if no prose
  std::optional<std::string> error;     // set when the file could not be checked
  std::vector<Finding> findings;        // sorted by start offset
  std::string text;                     // the checked text, for reporters that show excerpts
  // File-level notes, e.g. a suppression that names an unknown rule or suppresses nothing. Each
  // is "<line>: <message>" with a 1-based line; front ends print them as "path:line: note: …".
  std::vector<std::string> notes;
};

struct Summary {
  int files = 0;
  int findings = 0;
  int errors = 0;
};

}  // namespace rightslint

#endif  // RIGHTSLINT_FINDING_H_
