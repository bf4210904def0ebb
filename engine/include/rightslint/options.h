// Options for building a Linter. Defaults are what `rightslint check` uses with no flags.
#ifndef RIGHTSLINT_OPTIONS_H_
#define RIGHTSLINT_OPTIONS_H_

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace rightslint {

// The languages that can have rules and lexicons (lexicons/<lang>/*.tsv; a language without that
// folder simply has no terms). "auto" identifies the language per block (paragraph, see
// text/language_id.h); a block in a language outside this list (hy, az, uz, tg) is identified and
// not matched. Morphology per language: engine/text/morphology.cc.
inline const std::vector<std::string>& SupportedLanguages() {
  static const std::vector<std::string> kLanguages = {"en", "ru", "uk", "be", "kk",
                                                      "ky", "ro", "lt", "ka"};
  return kLanguages;
}

inline bool IsSupportedLanguage(std::string_view language) {
  const auto& languages = SupportedLanguages();
  return std::find(languages.begin(), languages.end(), language) != languages.end();
}

// The languages every rule message must be written in. A rule that lists another language may
// leave its message out; RenderMessage then uses the English one.
inline bool MessageRequired(const std::string& language) {
  return language == "en" || language == "ru" || language == "uk";
}

// "en, ru, uk, be, …" for error messages.
inline std::string SupportedLanguageList() {
  std::string list;
  for (const std::string& language : SupportedLanguages()) {
    if (!list.empty()) list += ", ";
    list += language;
  }
  return list;
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
  // Where the morphology indexes made at build time are (<language>.index, see
  // engine/text/morphology_index.h): they answer for the lexicons' words so that dictionaries
  // need not load. Empty: the build's own; "none": no index (the reference for tests). Findings
  // are the same either way.
  std::string morphology_index_dir;
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
  // Skip, before tokenising, the blocks in which no rule can find anything (engine/match/
  // candidate_filter.h). Findings are the same either way; false is the reference for tests.
  bool skip_blocks_without_candidates = true;
};

}  // namespace rightslint

#endif  // RIGHTSLINT_OPTIONS_H_
