// LanguageLinters: the Linter for each language a request may force. A Linter decides the language
// of documents when it is built (LinterOptions::language); plain text can be checked in any
// language with CheckText, but a file (Markdown, DOCX, …) needs a Linter built for that language.
// The server's own Linter serves "auto"; one per forced language is built the first time a request
// needs it and kept. Thread-safe.
#ifndef RIGHTSLINT_SERVER_LANGUAGE_LINTERS_H_
#define RIGHTSLINT_SERVER_LANGUAGE_LINTERS_H_

#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "rightslint/linter.h"
#include "rightslint/options.h"
#include "rightslint/status.h"

namespace rightslint::server {

class LanguageLinters {
 public:
  // `linter` was built from `options` and must outlive this object.
  LanguageLinters(const Linter& linter, LinterOptions options);

  const Linter& base() const { return linter_; }

  // The Linter whose documents are in `language` ("auto" or a supported language). An error only
  // if building it failed (the rule packs changed on disk since the server started, say).
  StatusOr<const Linter*> For(const std::string& language);

 private:
  const Linter& linter_;
  const LinterOptions options_;
  std::mutex mutex_;
  std::map<std::string, std::unique_ptr<Linter>> built_;
};

}  // namespace rightslint::server

#endif  // RIGHTSLINT_SERVER_LANGUAGE_LINTERS_H_
