// Loads lexicons/<lang>/*.tsv for each supported language: concepts.tsv, names.tsv and
// allowed.tsv (exempt phrases), paradigms.tsv (case and number forms of person nouns and of their
// alternatives), and term lexicons (every other .tsv, named by its file stem, e.g. stigma.tsv).
//
// TSV: UTF-8, one header row naming the columns (order free, all required columns present, no
// unknown ones), '#' lines are comments, blank lines are skipped. A row with the wrong number of
// cells, an empty required cell or a bad value is an error "file:line: column `x`: ...".
#ifndef RIGHTSLINT_RULES_LEXICON_LOADER_H_
#define RIGHTSLINT_RULES_LEXICON_LOADER_H_

#include <string>
#include <vector>

#include "rightslint/status.h"
#include "rules/specs.h"

namespace rightslint {

// A parsed TSV table: header names and rows of cells, each row with its 1-based line number.
struct TsvTable {
  std::vector<std::string> columns;
  struct Row {
    int line = 0;
    std::vector<std::string> cells;
  };
  std::vector<Row> rows;
};

// Parses TSV text. `required` and `optional` list the allowed columns.
StatusOr<TsvTable> ParseTsv(const std::string& path, const std::string& text,
                            const std::vector<std::string>& required,
                            const std::vector<std::string>& optional);

// Reads every language's lexicon files under `lexicons_dir`; a missing file is not an error (a
// language may have no names), a malformed one is.
StatusOr<LexiconSpecs> LoadLexicons(const std::string& lexicons_dir,
                                    const std::vector<std::string>& languages);

// Fills each single-word noun term's `readings` from `specs->paradigms` (called by LoadLexicons;
// call again after merging the specs of several directories). A term or alternative without a
// paradigm simply has no readings / empty cells.
void LinkParadigms(LexiconSpecs* specs);

// Cross-checks: each entry's rule exists, is a term rule and lists the entry's language; each
// context names a concept of that language. Errors name the entry's file and line.
Status ValidateLexicons(const std::vector<RuleSpec>& rules, const LexiconSpecs& lexicons);

}  // namespace rightslint

#endif  // RIGHTSLINT_RULES_LEXICON_LOADER_H_
