// Options for building a Linter. Defaults are what `rightslint check` uses with no flags.
#ifndef RIGHTSLINT_OPTIONS_H_
#define RIGHTSLINT_OPTIONS_H_

#include <string>
#include <vector>

namespace rightslint {

// The languages of version 1. "auto" decides per block (paragraph) from the script and the
// letters that only one language uses.
inline const std::vector<std::string>& SupportedLanguages() {
  static const std::vector<std::string> kLanguages = {"en", "ru", "uk"};
  return kLanguages;
}

// When the legal rules (pattern and clause rules: possession, propaganda, …) run.
enum class LegalRules {
  kAuto,    // in documents with a legal outline (at least one article heading): bills, codes
  kAlways,  // everywhere, also in articles and notes that describe laws
  kNever,   // terminology only
};

struct LinterOptions {
  // Directory holding rules/ and lexicons/. Empty: $RIGHTSLINT_DATA, else the build's default.
  std::string data_dir;
  // "auto", or one of SupportedLanguages() to force that language for every block.
  std::string language = "auto";
  // Where the Hunspell dictionaries (<name>.aff/.dic) are: Debian's hunspell-* packages.
  std::string dictionary_dir = "/usr/share/hunspell";
  // A news report that describes a law ("a requirement to undertake a HIV test prior to entry")
  // is not the law; by default clause rules read only texts that look like legislation.
  LegalRules legal_rules = LegalRules::kAuto;
  // Inline suppressions (rightslint-disable…, see engine/lint/suppressions.h): when set, a
  // directive or a rule it names that suppressed nothing adds a note to FileResult::notes.
  bool report_unused_disables = false;
  // A user's own rule packs (every *.yaml below each directory) and lexicons (<dir>/<lang>/*.tsv),
  // loaded after the project's with the same schema: errors name the file, line and field, and a
  // rule id that already exists is an error naming both definitions.
  std::vector<std::string> extra_rule_dirs;
  std::vector<std::string> extra_lexicon_dirs;
};

}  // namespace rightslint

#endif  // RIGHTSLINT_OPTIONS_H_
