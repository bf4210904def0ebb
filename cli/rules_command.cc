// rightslint rules: the loaded rules as a table (or JSON), filtered by language and category.
#include <algorithm>
#include <iostream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "commands.h"
#include "load_linter.h"
#include "report/display_width.h"
#include "rightslint/linter.h"
#include "rightslint/options.h"
#include "rightslint/rule_set.h"

namespace rightslint::cli {
namespace {

constexpr char kRulesExamples[] = R"(Examples:
  rightslint rules                          every rule
  rightslint rules --lang ru                rules that apply to Russian text
  rightslint rules --category stigma
  rightslint rules --format json)";

// The categories of DESIGN.md; their ids are stable.
const std::vector<std::string>& Categories() {
  static const std::vector<std::string> kCategories = {
      "stigma", "possession",    "propaganda", "compulsory-treatment",
      "family", "health-access", "penalty"};
  return kCategories;
}

struct RulesFlags {
  std::string language;
  std::string category;
  std::string format = "text";
};

void PrintTable(const std::vector<const RuleInfo*>& rules) {
  std::vector<std::vector<std::string>> rows = {
      {"ID", "CATEGORY", "SEVERITY", "LANGUAGES", "ENTRIES", "GUIDELINE"}};
  for (const RuleInfo* rule : rules) {
    rows.push_back({rule->id, rule->category, std::string(SeverityName(rule->severity)),
                    Join(rule->languages, ","), std::to_string(rule->entries),
                    rule->rationale.guideline});
  }
  std::vector<int> widths(rows[0].size(), 0);
  for (const auto& row : rows) {
    for (std::size_t c = 0; c < row.size(); ++c) {
      widths[c] = std::max(widths[c], DisplayWidth(row[c]));
    }
  }
  constexpr std::size_t kEntriesColumn = 4;  // numbers are right-aligned
  for (const auto& row : rows) {
    std::string line;
    for (std::size_t c = 0; c < row.size(); ++c) {
      const auto pad = static_cast<std::size_t>(widths[c] - DisplayWidth(row[c]));
      if (c > 0) line += "  ";
      if (c == kEntriesColumn) line.append(pad, ' ');
      line += row[c];
      if (c != kEntriesColumn && c + 1 < row.size()) line.append(pad, ' ');
    }
    while (!line.empty() && line.back() == ' ') line.pop_back();
    std::cout << line << '\n';
  }
  std::cout << rules.size() << (rules.size() == 1 ? " rule" : " rules") << '\n';
}

void PrintJson(const std::vector<const RuleInfo*>& rules) {
  using Json = nlohmann::ordered_json;
  Json list = Json::array();
  for (const RuleInfo* rule : rules) {
    Json messages = Json::object();
    for (const auto& [language, message] : rule->messages) messages[language] = message;
    Json json;
    json["id"] = rule->id;
    json["type"] = rule->type;
    json["category"] = rule->category;
    json["severity"] = std::string(SeverityName(rule->severity));
    json["languages"] = rule->languages;
    json["entries"] = rule->entries;
    json["messages"] = std::move(messages);
    json["guideline"] =
        rule->rationale.guideline.empty() ? Json(nullptr) : Json(rule->rationale.guideline);
    json["recommendation"] =
        rule->rationale.recommendation ? Json(*rule->rationale.recommendation) : Json(nullptr);
    json["url"] = rule->rationale.url.empty() ? Json(nullptr) : Json(rule->rationale.url);
    json["file"] = rule->file;
    list.push_back(std::move(json));
  }
  std::cout << Json{{"rules", std::move(list)}}.dump(2, ' ', false, Json::error_handler_t::replace)
            << '\n';
}

int RunRules(const RulesFlags& flags, const GlobalOptions& global) {
  const std::unique_ptr<Linter> linter = LoadLinter(global);
  if (!linter) return kExitError;
  std::vector<const RuleInfo*> rules;
  for (const RuleInfo& rule : linter->rules()) {
    if (!flags.language.empty() && std::find(rule.languages.begin(), rule.languages.end(),
                                             flags.language) == rule.languages.end()) {
      continue;
    }
    if (!flags.category.empty() && rule.category != flags.category) continue;
    rules.push_back(&rule);
  }
  std::sort(rules.begin(), rules.end(),
            [](const RuleInfo* a, const RuleInfo* b) { return a->id < b->id; });
  if (flags.format == "json") {
    PrintJson(rules);
  } else {
    PrintTable(rules);
  }
  return kExitClean;
}

}  // namespace

Command AddRulesCommand(CLI::App& app, const GlobalOptions& global) {
  auto flags = std::make_shared<RulesFlags>();
  CLI::App* rules = app.add_subcommand("rules", "List the loaded rules");
  rules->add_option("--lang", flags->language, "Only rules for this language")
      ->check(OneOf(SupportedLanguages()))
      ->type_name("en|ru|uk");
  rules
      ->add_option("--category", flags->category,
                   "Only rules of this category: " + Join(Categories(), ", "))
      ->check(OneOf(Categories()))
      ->type_name("CATEGORY");
  rules->add_option("--format", flags->format, "Output format")
      ->check(OneOf({"text", "json"}))
      ->type_name("text|json")
      ->capture_default_str();
  rules->footer(kRulesExamples);
  return Command{rules, [flags, &global] { return RunRules(*flags, global); }};
}

}  // namespace rightslint::cli
