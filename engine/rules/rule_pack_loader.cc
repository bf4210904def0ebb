#include "rules/rule_pack_loader.h"

#include <re2/re2.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>

#include "rightslint/options.h"

namespace rightslint {
namespace {

// Thrown only inside this file, by the parsing helpers, and turned into a Status at the edge.
struct PackError {
  int line;
  std::string message;
};

int LineOf(const YAML::Node& node) { return node.Mark().line + 1; }

[[noreturn]] void Fail(const YAML::Node& node, const std::string& field, const std::string& what) {
  throw PackError{LineOf(node), "field `" + field + "`: " + what};
}

void RejectUnknownKeys(const YAML::Node& map, const std::string& where,
                       const std::set<std::string>& allowed) {
  for (const auto& pair : map) {
    const std::string key = pair.first.Scalar();
    if (!allowed.count(key)) {
      std::string list;
      for (const std::string& name : allowed) list += (list.empty() ? "" : ", ") + name;
      throw PackError{LineOf(pair.first),
                      "unknown key `" + key + "` in " + where + " (expected one of: " + list + ")"};
    }
  }
}

std::string RequireString(const YAML::Node& map, const std::string& key) {
  const YAML::Node node = map[key];
  if (!node) Fail(map, key, "missing");
  if (!node.IsScalar() || node.Scalar().empty()) Fail(node, key, "expected a non-empty string");
  return node.Scalar();
}

std::string OptionalString(const YAML::Node& map, const std::string& key) {
  const YAML::Node node = map[key];
  if (!node) return "";
  if (!node.IsScalar()) Fail(node, key, "expected a string");
  return node.Scalar();
}

std::optional<int> ParseRecommendation(const YAML::Node& node) {
  if (!node) return std::nullopt;
  int value = 0;
  if (!node.IsScalar() || !YAML::convert<int>::decode(node, value) || value < 1 || value > 24) {
    Fail(node, "recommendation", "expected a recommendation number from 1 to 24");
  }
  return value;
}

// A mapping language -> non-empty text; when present (always with `required`), every language
// of the rule for which MessageRequired() holds has one, and the others have one or fall back to
// `en` (findings.cc, InLanguage), which must then be there.
std::map<std::string, std::string> ParseLanguageMap(const YAML::Node& node,
                                                    const std::string& field,
                                                    const std::vector<std::string>& languages,
                                                    bool required) {
  std::map<std::string, std::string> texts;
  if (!node) {
    if (required) throw PackError{0, "field `" + field + "`: missing"};
    return texts;
  }
  if (!node.IsMap()) Fail(node, field, "expected a mapping language: text");
  for (const auto& pair : node) {
    const std::string language = pair.first.Scalar();
    if (!IsSupportedLanguage(language))
      Fail(pair.first, field, "unknown language `" + language + "`");
    if (!pair.second.IsScalar() || pair.second.Scalar().empty()) {
      Fail(pair.second, field + "." + language, "expected a non-empty string");
    }
    texts[language] = pair.second.Scalar();
  }
  for (const std::string& language : languages) {
    const std::string needed = MessageRequired(language) ? language : "en";
    if (!texts.count(needed)) {
      Fail(node, field, "no " + field + " for language `" + language + "`");
    }
  }
  return texts;
}

std::vector<std::string> ParseConceptList(const YAML::Node& map, const std::string& field) {
  std::vector<std::string> names;
  const YAML::Node node = map[field];
  if (!node) return names;
  if (!node.IsSequence()) Fail(node, field, "expected a list of concept names");
  static const std::regex kConceptName("^[a-z][a-z0-9_]*$");
  for (const auto& item : node) {
    if (!item.IsScalar() || !std::regex_match(item.Scalar(), kConceptName)) {
      Fail(item, field, "expected a concept name in snake_case");
    }
    names.push_back(item.Scalar());
  }
  return names;
}

void ParseClause(const YAML::Node& node, RuleSpec* spec) {
  ClauseSpec& clause = spec->clause;
  const std::string scope = RequireString(node, "scope");
  if (scope == "clause") {
    clause.scope = ClauseScope::kClause;
  } else if (scope == "sentence") {
    clause.scope = ClauseScope::kSentence;
  } else if (scope == "article") {
    clause.scope = ClauseScope::kArticle;
  } else {
    Fail(node["scope"], "scope", "expected clause, sentence or article");
  }
  if (const YAML::Node within = node["within"]) {
    int value = 0;
    if (!within.IsScalar() || !YAML::convert<int>::decode(within, value) || value < 1) {
      Fail(within, "within", "expected a positive number of words");
    }
    clause.within = value;
  }
  clause.all = ParseConceptList(node, "all");
  clause.any = ParseConceptList(node, "any");
  clause.none = ParseConceptList(node, "none");
  if (clause.all.empty() && clause.any.empty()) {
    Fail(node, "all", "a clause rule needs at least one concept in `all` or `any`");
  }
}

RuleSpec ParseRule(const YAML::Node& node) {
  if (!node.IsMap()) throw PackError{LineOf(node), "each rule must be a mapping"};
  const YAML::Node type = node["type"];
  const std::string type_name = type && type.IsScalar() ? type.Scalar() : "";
  if (type_name != "term" && type_name != "pattern" && type_name != "clause") {
    Fail(type ? type : node, "type", type ? "expected term, pattern or clause" : "missing");
  }
  std::set<std::string> allowed = {"id",      "type",      "category",   "severity", "languages",
                                   "message", "rationale", "suggestion", "examples"};
  if (type_name == "term") allowed.insert({"lexicon", "fix"});
  if (type_name == "pattern") allowed.insert("pattern");
  if (type_name == "clause") allowed.insert({"scope", "within", "all", "any", "none"});
  RejectUnknownKeys(node, "a " + type_name + " rule", allowed);
  RuleSpec spec;
  spec.line = LineOf(node);
  RuleInfo& info = spec.info;

  info.id = RequireString(node, "id");
  static const std::regex kIdPattern("^[a-z0-9]+([.-][a-z0-9]+)+$");
  if (!std::regex_match(info.id, kIdPattern)) {
    Fail(node["id"], "id", "expected lower-case words joined by '.' or '-', like stigma.addict");
  }
  info.type = type_name;

  info.category = RequireString(node, "category");
  const auto& categories = Categories();
  if (std::find(categories.begin(), categories.end(), info.category) == categories.end()) {
    Fail(node["category"], "category", "unknown category `" + info.category + "`");
  }
  if (!info.id.starts_with(info.category + ".")) {
    Fail(node["id"], "id", "must start with its category, `" + info.category + ".`");
  }

  const std::string severity = RequireString(node, "severity");
  auto parsed = ParseSeverity(severity);
  if (!parsed) Fail(node["severity"], "severity", "expected info, warning or error");
  info.severity = *parsed;

  const YAML::Node languages = node["languages"];
  if (!languages || !languages.IsSequence() || languages.size() == 0) {
    Fail(languages ? languages : node, "languages",
         "expected a non-empty list such as [en, ru, uk]");
  }
  for (const auto& language : languages) {
    if (!language.IsScalar() || !IsSupportedLanguage(language.Scalar())) {
      Fail(language, "languages", "expected one of " + SupportedLanguageList());
    }
    info.languages.push_back(language.Scalar());
  }

  if (info.type == "term") {
    spec.lexicon = RequireString(node, "lexicon");
    if (node["fix"]) {
      const std::string fix = RequireString(node, "fix");
      if (fix != "safe" && fix != "none") Fail(node["fix"], "fix", "expected safe or none");
      info.safe_fix = fix == "safe";
    }
  } else if (info.type == "pattern") {
    spec.pattern = RequireString(node, "pattern");
    RE2::Options options;
    options.set_log_errors(false);
    const RE2 compiled(spec.pattern, options);
    if (!compiled.ok()) Fail(node["pattern"], "pattern", "invalid RE2: " + compiled.error());
    info.definition = "pattern: " + spec.pattern;
  } else {
    ParseClause(node, &spec);
    info.definition = DescribeClause(spec.clause);
  }

  try {
    info.messages = ParseLanguageMap(node["message"], "message", info.languages, true);
    info.suggestions =
        ParseLanguageMap(node["suggestion"], "suggestion", info.languages, info.type != "term");
  } catch (PackError& error) {
    if (error.line == 0) error.line = LineOf(node);
    throw;
  }

  const YAML::Node rationale = node["rationale"];
  if (!rationale || !rationale.IsMap()) Fail(node, "rationale", "expected a mapping");
  RejectUnknownKeys(rationale, "rationale", {"guideline", "recommendation", "why", "url"});
  info.rationale.guideline = RequireString(rationale, "guideline");
  info.rationale.recommendation = ParseRecommendation(rationale["recommendation"]);
  info.rationale.why = RequireString(rationale, "why");
  info.rationale.url = OptionalString(rationale, "url");

  const YAML::Node examples = node["examples"];
  if (examples) {
    if (!examples.IsSequence()) Fail(examples, "examples", "expected a list");
    for (const auto& example : examples) {
      if (!example.IsMap()) Fail(example, "examples", "each example is {lang, bad|good}");
      RejectUnknownKeys(example, "an example", {"lang", "bad", "good"});
      RuleExample parsed_example;
      parsed_example.language = RequireString(example, "lang");
      if (!IsSupportedLanguage(parsed_example.language)) {
        Fail(example["lang"], "examples.lang", "expected one of " + SupportedLanguageList());
      }
      const bool has_bad = static_cast<bool>(example["bad"]);
      const bool has_good = static_cast<bool>(example["good"]);
      if (has_bad == has_good)
        Fail(example, "examples", "each example has exactly one of bad, good");
      parsed_example.bad = has_bad;
      parsed_example.text = RequireString(example, has_bad ? "bad" : "good");
      info.examples.push_back(std::move(parsed_example));
    }
  }
  return spec;
}

}  // namespace

std::string DescribeClause(const ClauseSpec& clause) {
  auto join = [](const std::vector<std::string>& names) {
    std::string text;
    for (const std::string& name : names) text += (text.empty() ? "" : ", ") + name;
    return text;
  };
  static const char* kScopes[] = {"clause", "sentence", "article"};
  std::string text = "in one " + std::string(kScopes[static_cast<int>(clause.scope)]);
  if (clause.within > 0) text += ", within " + std::to_string(clause.within) + " words";
  if (!clause.all.empty()) text += ": all of [" + join(clause.all) + "]";
  if (!clause.any.empty()) text += "; any of [" + join(clause.any) + "]";
  if (!clause.none.empty()) text += "; none of [" + join(clause.none) + "]";
  return text;
}

const std::vector<std::string>& Categories() {
  static const std::vector<std::string> kCategories = {
      "stigma", "possession",    "propaganda", "compulsory-treatment",
      "family", "health-access", "penalty"};
  return kCategories;
}

StatusOr<std::vector<RuleSpec>> ParseRulePack(const std::string& path, const std::string& yaml) {
  std::vector<RuleSpec> specs;
  try {
    const YAML::Node root = YAML::Load(yaml);
    if (!root.IsMap()) return Status::Invalid(path + ":1: expected a mapping with a `rules:` list");
    RejectUnknownKeys(root, "a rule pack", {"rules"});
    const YAML::Node rules = root["rules"];
    if (!rules || !rules.IsSequence()) {
      return Status::Invalid(path + ":" + std::to_string(LineOf(root)) +
                             ": field `rules`: expected a list of rules");
    }
    for (const auto& rule : rules) {
      specs.push_back(ParseRule(rule));
      specs.back().info.file = path;
    }
  } catch (const PackError& error) {
    return Status::Invalid(path + ":" + std::to_string(error.line) + ": " + error.message);
  } catch (const YAML::Exception& error) {
    return Status::Invalid(path + ":" + std::to_string(error.mark.line + 1) +
                           ": malformed YAML: " + error.msg);
  }
  return specs;
}

StatusOr<std::vector<std::filesystem::path>> RulePackFiles(const std::string& rules_dir) {
  std::error_code error;
  if (!std::filesystem::is_directory(rules_dir, error)) {
    return Status::NotFound(rules_dir + ": rules directory not found");
  }
  std::vector<std::filesystem::path> files;
  for (auto it = std::filesystem::recursive_directory_iterator(rules_dir, error);
       !error && it != std::filesystem::recursive_directory_iterator(); it.increment(error)) {
    if (it->is_regular_file(error) && it->path().extension() == ".yaml")
      files.push_back(it->path());
  }
  if (error) return Status::Io(rules_dir + ": " + error.message());
  std::sort(files.begin(), files.end());
  return files;
}

StatusOr<std::vector<RuleSpec>> LoadRulePacks(const std::string& rules_dir) {
  auto listed = RulePackFiles(rules_dir);
  if (!listed.ok()) return listed.status();
  const std::vector<std::filesystem::path>& files = listed.value();

  std::vector<RuleSpec> all;
  std::map<std::string, std::string> seen;  // id -> "file:line"
  for (const auto& file : files) {
    std::ifstream in(file, std::ios::binary);
    std::stringstream buffer;
    buffer << in.rdbuf();
    if (!in && !in.eof()) return Status::Io(file.string() + ": cannot read");
    auto specs = ParseRulePack(file.string(), buffer.str());
    if (!specs.ok()) return specs.status();
    for (RuleSpec& spec : *specs) {
      const std::string where = file.string() + ":" + std::to_string(spec.line);
      auto [previous, inserted] = seen.emplace(spec.info.id, where);
      if (!inserted) {
        return Status::Invalid(where + ": field `id`: duplicate id `" + spec.info.id +
                               "` (first defined at " + previous->second + ")");
      }
      all.push_back(std::move(spec));
    }
  }
  if (all.empty()) return Status::NotFound(rules_dir + ": no rule packs (*.yaml) found");
  return all;
}

}  // namespace rightslint
