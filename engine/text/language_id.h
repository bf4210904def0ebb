// Language of a block (paragraph or list item) among the languages of the region: en, ru, uk,
// be, kk, ky, ro, lt, ka, hy, az, uz, tg (ISO 639-1 codes).
//
// Three steps, each trusted only where it is certain:
//  1. The script: Georgian letters are ka, Armenian letters hy.
//  2. The alphabet: a language stays a candidate only if the text has one of its distinctive
//     letters (ұ ә for kk, ң ө ү for ky, ӣ ӯ ҷ for tg, ў for be and uz, ș ț ă for ro, ė į ų for lt,
//     ə ı ğ for az …) and few letters its alphabet lacks (и for be, ы э for uk, ї є ґ for ru).
//     Cyrillic text with none of the other languages' letters is Russian or Ukrainian, decided by
//     GuessLanguage() (language.h) as before.
//  3. Among the candidates left, CLD2 (its three best guesses, the first that is a candidate),
//     then libexttextcat's n-gram fingerprints restricted to the candidates.
//
// Thread-safety: an Identifier is immutable after Create() and Identify() may be called from any
// number of threads at once. CLD2 keeps no mutable state; the textcat fingerprints of the
// languages are only read (fp_Compare), and each call builds and frees its own fingerprint of the
// text, so no textcat classifier handle (which is not thread-safe) is shared.
#ifndef RIGHTSLINT_TEXT_LANGUAGE_ID_H_
#define RIGHTSLINT_TEXT_LANGUAGE_ID_H_

#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rightslint/status.h"

namespace rightslint {

// The languages Identify() can return, in a fixed order.
const std::vector<std::string>& IdentifiableLanguages();

struct LanguageId {
  std::string language;  // one of IdentifiableLanguages(), or empty when there are no letters
  // The script or the letters alone settled it (step 1 or 2 left one candidate).
  bool by_letters = false;
  // Russian or Ukrainian, and the letters do not tell which (GuessLanguage() undecided):
  // `language` is the statistical guess; a caller with dictionaries may know better.
  bool ru_or_uk_open = false;
  std::size_t letters = 0;  // letters of any script in the text
};

class LanguageIdentifier {
 public:
  enum class Method {
    kCombined,  // script and letters, then CLD2, then textcat (what the linter uses)
    kCld2,      // CLD2 alone: its best guess among the identifiable languages
    kTextcat,   // libexttextcat alone, restricted to the identifiable languages
  };

  // Checks that the textcat fingerprints (<dir>/<lang>.lm) of the identifiable languages can be
  // opened; each is read the first time textcat weighs its language, and one libexttextcat
  // cannot parse then is left out of textcat's candidates. An error names the file that cannot
  // be opened.
  static StatusOr<std::unique_ptr<LanguageIdentifier>> Create(
      const std::string& fingerprint_dir = DefaultFingerprintDir());
  static std::string DefaultFingerprintDir();

  ~LanguageIdentifier();
  LanguageIdentifier(const LanguageIdentifier&) = delete;
  LanguageIdentifier& operator=(const LanguageIdentifier&) = delete;

  LanguageId Identify(std::string_view utf8, Method method = Method::kCombined) const;

  // LanguageId::letters of Identify(utf8), without identifying: a table lookup per code point.
  std::size_t LetterCount(std::string_view utf8) const;

 private:
  LanguageIdentifier() = default;
  // The candidate (an index into IdentifiableLanguages()) textcat ranks best; -1 if none.
  int Textcat(std::string_view utf8, const std::vector<bool>& allowed) const;

  // One textcat fingerprint file, read by the first Get() (thread-safe); a language may have
  // two (uz and uz-Cyrl).
  struct Fingerprint {
    int language = -1;  // index into IdentifiableLanguages()
    std::string path;
    std::unique_ptr<std::once_flag> loaded = std::make_unique<std::once_flag>();
    mutable void* handle = nullptr;  // written once under `loaded`, by Get()

    // The handle, or null if the file could not be read.
    void* Get() const;
  };

  std::vector<Fingerprint> fingerprints_;
};

}  // namespace rightslint

#endif  // RIGHTSLINT_TEXT_LANGUAGE_ID_H_
