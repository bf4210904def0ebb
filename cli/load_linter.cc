#include "load_linter.h"

#include <iostream>

namespace rightslint::cli {

std::unique_ptr<Linter> LoadLinter(const GlobalOptions& global, const std::string& language,
                                   LegalRules legal_rules, bool report_unused_disables,
                                   const std::vector<std::string>& extra_rule_dirs,
                                   const std::vector<std::string>& extra_lexicon_dirs) {
  LinterOptions options;
  options.data_dir = global.data_dir;
  options.language = language;
  options.legal_rules = legal_rules;
  options.report_unused_disables = report_unused_disables;
  options.extra_rule_dirs = extra_rule_dirs;
  options.extra_lexicon_dirs = extra_lexicon_dirs;
  StatusOr<std::unique_ptr<Linter>> linter = Linter::Create(options);
  if (!linter.ok()) {
    std::cerr << "rightslint: error: " << linter.status().message() << '\n';
    return nullptr;
  }
  return std::move(linter).value();
}

}  // namespace rightslint::cli
