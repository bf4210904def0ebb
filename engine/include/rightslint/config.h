// Config: the project configuration file `.rightslint.yaml`.
//
// A file is found by walking up from a checked file's directory (FindConfig) or named with
// `rightslint check --config FILE`. Every key is optional; flags on the command line win over it.
//
//   languages: [en, ru]       # one language forces it; several: findings in others are dropped
//   fail_on: warning          # info | warning | error | never
//   legal: auto               # auto | always | never
//   rules:                    # rule id or category -> off | info | warning | error
//     stigma: info            #   (a rule id wins over its category)
//     stigma.addict: off
//   ignore: [drafts/*, "*.tmp.md"]  # fnmatch(3) globs with FNM_PATHNAME, relative to the file
//   quoted: keep              # off | info | warning | error | keep: findings inside quotations
//
// Unknown keys, wrong types, bad values and unknown rules are errors naming the file and line:
// ".rightslint.yaml:3: key `fail_on`: expected info, warning, error or never".
#ifndef RIGHTSLINT_CONFIG_H_
#define RIGHTSLINT_CONFIG_H_

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rightslint/finding.h"
#include "rightslint/options.h"
#include "rightslint/rule_set.h"
#include "rightslint/status.h"

namespace rightslint {

inline constexpr char kConfigFileName[] = ".rightslint.yaml";

// What a rule, a category or quoted findings become: dropped, or reported at a severity.
struct SeverityOverride {
  bool off = false;
  Severity severity = Severity::kWarning;  // when !off
  friend bool operator==(const SeverityOverride&, const SeverityOverride&) = default;
};

struct Config {
  std::string path;                    // the file it was read from; empty for the defaults
  std::string directory;               // the file's directory: `ignore` globs are relative to it
  std::vector<std::string> languages;  // empty: every language
  std::optional<std::string> fail_on;  // "info", "warning", "error" or "never"
  std::optional<LegalRules> legal;
  std::map<std::string, SeverityOverride> rules;  // rule id or category -> override
  std::vector<std::string> ignore;
  std::optional<SeverityOverride> quoted;  // nullopt: "keep"
  // The user's own rule packs and lexicons (LinterOptions::extra_rule_dirs and
  // extra_lexicon_dirs), as paths relative to the current directory or absolute.
  std::vector<std::string> rule_dirs;
  std::vector<std::string> lexicon_dirs;

  // "auto" unless `languages` lists exactly one.
  std::string ForcedLanguage() const;
  // Whether `path` (absolute, or relative to the current directory) matches an `ignore` glob,
  // itself or through one of its parent directories below `directory`.
  bool Ignores(const std::string& path) const;
};

// Parses `yaml` as the configuration file `path`. `rules` are the known rules: a key of `rules:`
// must be one of their ids or categories — unless `check_rule_names` is false, for a first reading
// of a file whose `rule_dirs` add rules (read it again with the Linter built from them).
// `rule_dirs` and `lexicon_dirs` are relative to the file's directory. Empty (or comments only) is
// the default Config.
StatusOr<Config> ParseConfig(const std::string& path, std::string_view yaml,
                             const std::vector<RuleInfo>& rules, bool check_rule_names = true);
// Reads and parses the file `path`.
StatusOr<Config> LoadConfig(const std::string& path, const std::vector<RuleInfo>& rules,
                            bool check_rule_names = true);

// The nearest `.rightslint.yaml` in `directory` or one of its parents (a regular file), as a
// path; nullopt if there is none up to the root. A relative `directory` is made absolute first.
std::optional<std::string> FindConfig(const std::string& directory);

// Drops findings of rules that are `off` and of languages not listed, sets the severities the
// rules and categories give, then applies `quoted` to findings inside quotations.
void ApplyConfig(const Config& config, FileResult* result);

// The commented file `rightslint init` writes; it parses to the defaults with every key shown.
std::string_view StarterConfig();

}  // namespace rightslint

#endif  // RIGHTSLINT_CONFIG_H_
