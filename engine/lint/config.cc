// The configuration file: parsing (yaml-cpp, errors as "file:line: key `x`: …"), discovery and
// applying it to a FileResult.
#include "rightslint/config.h"

#include <fnmatch.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <system_error>
#include <utility>

#include "document/extract.h"
#include "document/utf8.h"
#include "rules/rule_pack_loader.h"

namespace rightslint {
namespace {

// Thrown only inside this file by the parsing helpers, and turned into a Status at the edge.
struct ConfigError {
  int line;
  std::string message;
};

int LineOf(const YAML::Node& node) { return node.Mark().line + 1; }

[[noreturn]] void Fail(const YAML::Node& node, const std::string& key, const std::string& what) {
  throw ConfigError{LineOf(node), "key `" + key + "`: " + what};
}

std::string Scalar(const YAML::Node& node, const std::string& key, const std::string& expected) {
  if (!node.IsScalar()) Fail(node, key, "expected " + expected);
  return node.Scalar();
}

std::string OneOf(const YAML::Node& node, const std::string& key,
                  const std::vector<std::string>& choices) {
  std::string expected;
  for (std::size_t i = 0; i < choices.size(); ++i) {
    expected += (i == 0 ? "" : i + 1 == choices.size() ? " or " : ", ") + choices[i];
  }
  const std::string value = Scalar(node, key, expected);
  if (std::find(choices.begin(), choices.end(), value) == choices.end()) {
    Fail(node, key, "expected " + expected + ", not `" + value + "`");
  }
  return value;
}

SeverityOverride ParseOverride(const YAML::Node& node, const std::string& key,
                               std::vector<std::string> choices) {
  const std::string value = OneOf(node, key, choices);
  if (value == "off") return SeverityOverride{.off = true};
  return SeverityOverride{.severity = *ParseSeverity(value)};
}

std::vector<std::string> ParseList(const YAML::Node& node, const std::string& key,
                                   const std::string& what) {
  if (!node.IsSequence()) Fail(node, key, "expected a list of " + what);
  std::vector<std::string> items;
  for (const YAML::Node& item : node) {
    if (!item.IsScalar() || item.Scalar().empty()) Fail(item, key, "expected " + what);
    items.push_back(item.Scalar());
  }
  return items;
}

void ParseRules(const YAML::Node& node, const std::vector<RuleInfo>& known, bool check_names,
                Config* config) {
  if (!node.IsMap())
    Fail(node, "rules", "expected a mapping RULE_OR_CATEGORY: off|info|warning|error");
  std::set<std::string> names(Categories().begin(), Categories().end());
  for (const RuleInfo& rule : known) {
    names.insert(rule.id);
    names.insert(rule.category);
  }
  for (const auto& pair : node) {
    const std::string name = Scalar(pair.first, "rules", "a rule id or category");
    if (check_names && !names.count(name)) {
      Fail(pair.first, "rules." + name, "unknown rule or category (`rightslint rules` lists them)");
    }
    if (config->rules.count(name)) Fail(pair.first, "rules." + name, "given twice");
    config->rules[name] =
        ParseOverride(pair.second, "rules." + name, {"off", "info", "warning", "error"});
  }
}

// A list of directories, each relative to the configuration file's directory.
std::vector<std::string> ParseDirectories(const YAML::Node& node, const std::string& key,
                                          const Config& config) {
  std::vector<std::string> dirs;
  for (const std::string& dir : ParseList(node, key, "directories")) {
    const std::filesystem::path path(dir);
    dirs.push_back(
        path.is_absolute() || config.directory.empty()
            ? path.lexically_normal().string()
            : (std::filesystem::path(config.directory) / path).lexically_normal().string());
  }
  return dirs;
}

Config ParseRoot(const YAML::Node& root, const std::vector<RuleInfo>& known, bool check_names,
                 Config config) {
  std::set<std::string> seen;
  for (const auto& pair : root) {
    const std::string key = Scalar(pair.first, "?", "a key");
    const YAML::Node& value = pair.second;
    if (!seen.insert(key).second) Fail(pair.first, key, "given twice");
    if (key == "languages") {
      for (const std::string& language :
           ParseList(value, key, "languages (" + SupportedLanguageList() + ")")) {
        if (!IsSupportedLanguage(language)) {
          Fail(value, key,
               "expected one of " + SupportedLanguageList() + ", not `" + language + "`");
        }
        if (std::find(config.languages.begin(), config.languages.end(), language) ==
            config.languages.end()) {
          config.languages.push_back(language);
        }
      }
      if (config.languages.empty()) Fail(value, key, "expected at least one language");
    } else if (key == "fail_on") {
      config.fail_on = OneOf(value, key, {"info", "warning", "error", "never"});
    } else if (key == "legal") {
      const std::string legal = OneOf(value, key, {"auto", "always", "never"});
      config.legal = legal == "always"  ? LegalRules::kAlways
                     : legal == "never" ? LegalRules::kNever
                                        : LegalRules::kAuto;
    } else if (key == "rules") {
      ParseRules(value, known, check_names, &config);
    } else if (key == "rule_dirs") {
      config.rule_dirs = ParseDirectories(value, key, config);
    } else if (key == "lexicon_dirs") {
      config.lexicon_dirs = ParseDirectories(value, key, config);
    } else if (key == "ignore") {
      config.ignore = ParseList(value, key, "glob patterns");
    } else if (key == "quoted") {
      if (value.IsScalar() && value.Scalar() == "keep") {
        config.quoted.reset();
      } else {
        config.quoted = ParseOverride(value, key, {"off", "info", "warning", "error", "keep"});
      }
    } else {
      throw ConfigError{LineOf(pair.first),
                        "key `" + key +
                            "`: unknown (expected one of: fail_on, ignore, languages, legal, "
                            "lexicon_dirs, quoted, rule_dirs, rules)"};
    }
  }
  return config;
}

bool MatchesGlob(const std::string& pattern, const std::string& relative) {
  return fnmatch(pattern.c_str(), relative.c_str(), FNM_PATHNAME) == 0;
}

}  // namespace

std::string Config::ForcedLanguage() const {
  return languages.size() == 1 ? languages.front() : "auto";
}

bool Config::Ignores(const std::string& path) const {
  if (ignore.empty()) return false;
  namespace fs = std::filesystem;
  std::error_code error;
  const fs::path absolute = fs::absolute(path, error).lexically_normal();
  if (error) return false;
  const fs::path base = fs::absolute(directory.empty() ? "." : directory, error).lexically_normal();
  if (error) return false;
  const fs::path relative = absolute.lexically_relative(base);
  if (relative.empty() || *relative.begin() == "..") return false;
  // The file itself, and each directory on the way to it: "drafts" ignores drafts/a/b.txt.
  fs::path prefix;
  for (const fs::path& part : relative) {
    prefix /= part;
    for (const std::string& pattern : ignore) {
      if (MatchesGlob(pattern, prefix.generic_string())) return true;
    }
  }
  return false;
}

StatusOr<Config> ParseConfig(const std::string& path, std::string_view yaml,
                             const std::vector<RuleInfo>& rules, bool check_rule_names) {
  Config config;
  config.path = path;
  config.directory = std::filesystem::path(path).parent_path().string();
  if (const std::size_t nul = yaml.find('\0'); nul != std::string_view::npos) {
    return Status::Invalid(path + ": binary file (NUL byte at offset " + std::to_string(nul) +
                           "), expected YAML");
  }
  if (const std::optional<std::size_t> bad = FindInvalidUtf8(yaml)) {
    const int line = static_cast<int>(std::count(yaml.begin(), yaml.begin() + *bad, '\n')) + 1;
    return Status::Invalid(path + ":" + std::to_string(line) + ": invalid UTF-8 at byte " +
                           std::to_string(*bad) + ": " + DescribeInvalidUtf8(yaml, *bad));
  }
  try {
    const YAML::Node root = YAML::Load(std::string(yaml));
    if (root.IsNull()) return config;  // empty, or comments only
    if (!root.IsMap()) {
      return Status::Invalid(path + ":" + std::to_string(LineOf(root)) +
                             ": expected a mapping of keys (languages, fail_on, legal, rules, "
                             "ignore, quoted, rule_dirs, lexicon_dirs)");
    }
    return ParseRoot(root, rules, check_rule_names, std::move(config));
  } catch (const ConfigError& error) {
    return Status::Invalid(path + ":" + std::to_string(error.line) + ": " + error.message);
  } catch (const YAML::Exception& error) {
    return Status::Invalid(path + ":" + std::to_string(error.mark.line + 1) +
                           ": malformed YAML: " + error.msg);
  }
}

StatusOr<Config> LoadConfig(const std::string& path, const std::vector<RuleInfo>& rules,
                            bool check_rule_names) {
  std::error_code error;
  if (std::filesystem::is_directory(path, error)) {
    return Status::Invalid(path + ": is a directory, expected a configuration file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open the configuration file");
  std::stringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) return Status::Io(path + ": cannot read");
  return ParseConfig(path, buffer.str(), rules, check_rule_names);
}

std::optional<std::string> FindConfig(const std::string& directory) {
  namespace fs = std::filesystem;
  std::error_code error;
  fs::path dir = fs::absolute(directory.empty() ? "." : directory, error).lexically_normal();
  if (error) return std::nullopt;
  for (;;) {
    const fs::path candidate = dir / kConfigFileName;
    if (fs::is_regular_file(candidate, error)) return candidate.string();
    if (!dir.has_relative_path()) return std::nullopt;  // the root
    fs::path parent = dir.parent_path();
    if (parent == dir) return std::nullopt;
    dir = std::move(parent);
  }
}

void ApplyConfig(const Config& config, FileResult* result) {
  std::vector<Finding> kept;
  kept.reserve(result->findings.size());
  for (Finding& finding : result->findings) {
    if (config.languages.size() > 1 && !finding.language.empty() &&
        std::find(config.languages.begin(), config.languages.end(), finding.language) ==
            config.languages.end()) {
      continue;
    }
    auto rule = config.rules.find(finding.rule);
    if (rule == config.rules.end()) rule = config.rules.find(finding.category);
    if (rule != config.rules.end()) {
      if (rule->second.off) continue;
      finding.severity = rule->second.severity;
    }
    if (finding.quoted && config.quoted) {
      if (config.quoted->off) continue;
      finding.severity = config.quoted->severity;
    }
    kept.push_back(std::move(finding));
  }
  result->findings = std::move(kept);
}

std::string_view StarterConfig() {
  return R"(# rightslint configuration. rightslint reads the nearest .rightslint.yaml above each
# checked file (or the one given with --config); flags on the command line win over it.
# Every key is optional.

# Languages of your texts. One language is forced for every paragraph (like --lang); with
# several, paragraphs are recognised and findings in other languages are dropped.
languages: [en, ru, uk]

# The lowest severity that makes `rightslint check` exit 1: info, warning, error or never.
fail_on: warning

# Clause rules (possession, propaganda, …): auto runs them on texts with article headings
# (bills, codes); always also on texts that describe laws; never turns them off.
legal: auto

# Per rule id or category (`rightslint rules` lists them): off, info, warning or error.
# A rule id wins over its category.
rules: {}
#  stigma: info
#  stigma.addict: off

# Files not to check: fnmatch(3) globs relative to this file's directory ("*" does not cross
# "/"); a pattern that matches a directory skips everything below it.
ignore: []
#  - drafts
#  - "*.generated.md"

# Findings inside quotation marks: off, info, warning, error, or keep their severity.
quoted: keep

# Your own rule packs (every *.yaml below each directory) and lexicons (DIR/<lang>/*.tsv), in
# the format of the project's rules/ and lexicons/ (see its README, "Adding a term"); paths are
# relative to this file's directory.
rule_dirs: []
lexicon_dirs: []
)";
}

}  // namespace rightslint
