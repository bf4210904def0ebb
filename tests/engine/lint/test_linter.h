// The Linter on the project's real rules/ and lexicons/, shared by the lint tests.
#ifndef RIGHTSLINT_TESTS_ENGINE_LINT_TEST_LINTER_H_
#define RIGHTSLINT_TESTS_ENGINE_LINT_TEST_LINTER_H_

#include <cstdlib>
#include <iostream>
#include <memory>

#include "rightslint/linter.h"

namespace rightslint {

inline const Linter& ProjectLinter() {
  static const std::unique_ptr<Linter> linter = [] {
    LinterOptions options;
    options.data_dir = RIGHTSLINT_SOURCE_DIR;
    auto created = Linter::Create(options);
    if (!created.ok()) {
      std::cerr << "cannot load the project's rules: " << created.status().message() << "\n";
      std::abort();
    }
    return std::move(created).value();
  }();
  return *linter;
}

}  // namespace rightslint

#endif  // RIGHTSLINT_TESTS_ENGINE_LINT_TEST_LINTER_H_
