// LoadLinter: the Linter every subcommand starts from.
#ifndef RIGHTSLINT_CLI_LOAD_LINTER_H_
#define RIGHTSLINT_CLI_LOAD_LINTER_H_

#include <memory>
#include <string>
#include <vector>

#include "commands.h"
#include "rightslint/linter.h"

namespace rightslint::cli {

// Loads the rule packs and lexicons named by `global` for `language` ("auto", "en", ...). On
// failure prints "rightslint: error: <why>" to stderr and returns null (the caller exits 2).
// `extra_rule_dirs` and `extra_lexicon_dirs`: a configuration file's own rules and lexicons.
std::unique_ptr<Linter> LoadLinter(const GlobalOptions& global,
                                   const std::string& language = "auto",
                                   LegalRules legal_rules = LegalRules::kAuto,
                                   bool report_unused_disables = false,
                                   const std::vector<std::string>& extra_rule_dirs = {},
                                   const std::vector<std::string>& extra_lexicon_dirs = {});

}  // namespace rightslint::cli

#endif  // RIGHTSLINT_CLI_LOAD_LINTER_H_
