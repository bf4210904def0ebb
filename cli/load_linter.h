// LoadLinter: the Linter every subcommand starts from.
#ifndef RIGHTSLINT_CLI_LOAD_LINTER_H_
#define RIGHTSLINT_CLI_LOAD_LINTER_H_

#include <memory>
#include <string>

#include "commands.h"
#include "rightslint/linter.h"

namespace rightslint::cli {

// Loads the rule packs and lexicons named by `global` for `language` ("auto", "en", ...). On
// failure prints "rightslint: error: <why>" to stderr and returns null (the caller exits 2).
std::unique_ptr<Linter> LoadLinter(const GlobalOptions& global,
                                   const std::string& language = "auto",
                                   LegalRules legal_rules = LegalRules::kAuto,
                                   bool report_unused_disables = false);

}  // namespace rightslint::cli

#endif  // RIGHTSLINT_CLI_LOAD_LINTER_H_
