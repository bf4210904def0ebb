// The Linter on the project's real rules/ and lexicons/, shared by the lint tests.
#ifndef RIGHTSLINT_TESTS_ENGINE_LINT_TEST_LINTER_H_
#define RIGHTSLINT_TESTS_ENGINE_LINT_TEST_LINTER_H_

#include <cstdlib>
#include <iostream>
#include <memory>

#include "rightslint/linter.h"

namespace rightslint {

// `legal_rules`: kAuto as `rightslint check` runs; kAlways for single sentences that have no
// article heading, such as the rules' own examples.
inline const Linter& ProjectLinter(LegalRules legal_rules = LegalRules::kAuto) {
  static const auto make = [](LegalRules mode) {
    LinterOptions options;
    options.data_dir = RIGHTSLINT_SOURCE_DIR;
    options.legal_rules = mode;
    auto created = Linter::Create(options);
    if (!created.ok()) {
      std::cerr << "cannot load the project's rules: " << created.status().message() << "\n";
      std::abort();
    }
    return std::move(created).value();
  };
  static const std::unique_ptr<Linter> automatic = make(LegalRules::kAuto);
  static const std::unique_ptr<Linter> always = make(LegalRules::kAlways);
  return legal_rules == LegalRules::kAlways ? *always : *automatic;
}

}  // namespace rightslint

#endif  // RIGHTSLINT_TESTS_ENGINE_LINT_TEST_LINTER_H_
