#include "language_linters.h"

#include <utility>

namespace rightslint::server {

LanguageLinters::LanguageLinters(const Linter& linter, LinterOptions options)
    : linter_(linter), options_(std::move(options)) {}

StatusOr<const Linter*> LanguageLinters::For(const std::string& language) {
  if (language == options_.language) return &linter_;
  // Building takes a while (rules and lexicons are loaded again); requests for the same language
  // wait for it rather than build their own.
  std::lock_guard lock(mutex_);
  auto found = built_.find(language);
  if (found != built_.end()) return static_cast<const Linter*>(found->second.get());
  LinterOptions options = options_;
  options.language = language;
  StatusOr<std::unique_ptr<Linter>> linter = Linter::Create(options);
  if (!linter.ok()) return linter.status();
  const Linter* built = linter->get();
  built_.emplace(language, std::move(linter).value());
  return built;
}

}  // namespace rightslint::server
