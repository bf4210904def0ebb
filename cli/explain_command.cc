// rightslint explain RULE: what one rule flags, why, and examples.
#include <algorithm>
#include <iostream>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "commands.h"
#include "load_linter.h"
#include "rightslint/linter.h"
#include "rightslint/rule_set.h"

namespace rightslint::cli {
namespace {

constexpr char kExplainExamples[] = R"(Examples:
  rightslint explain stigma.addict
  rightslint rules                          list the rule ids to explain)";

constexpr std::size_t kMaxSuggestions = 5;

// Edit distance between two (ASCII) rule ids.
std::size_t EditDistance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// Ids that a mistyped or shortened `wanted` probably meant, closest first: a small edit
// distance, or one contains the other ("addict" -> "stigma.addict").
std::vector<std::string> CloseIds(const std::vector<RuleInfo>& rules, std::string_view wanted) {
  std::vector<std::pair<std::size_t, std::string>> scored;
  const std::size_t limit = std::max<std::size_t>(2, wanted.size() / 3);
  for (const RuleInfo& rule : rules) {
    std::size_t distance = EditDistance(wanted, rule.id);
    const bool contains = !wanted.empty() && (rule.id.find(wanted) != std::string::npos ||
                                              wanted.find(rule.id) != std::string_view::npos);
    if (contains) distance = std::min(distance, limit);
    if (distance <= limit) scored.emplace_back(distance, rule.id);
  }
  std::sort(scored.begin(), scored.end());
  std::vector<std::string> ids;
  for (const auto& [distance, id] : scored) {
    if (ids.size() == kMaxSuggestions) break;
    ids.push_back(id);
  }
  return ids;
}

void PrintRule(const RuleInfo& rule) {
  std::cout << rule.id << ": " << rule.category << ", " << SeverityName(rule.severity) << '\n';
  std::cout << "  " << (rule.type.empty() ? "rule" : rule.type + " rule") << " for "
            << Join(rule.languages, ", ");
  if (rule.entries > 0) {
    std::cout << "; " << rule.entries
              << (rule.entries == 1 ? " lexicon entry" : " lexicon entries");
  }
  if (!rule.file.empty()) std::cout << "; from " << rule.file;
  std::cout << "\n\n";

  if (!rule.messages.empty()) {
    std::cout << "Message:\n";
    for (const auto& [language, message] : rule.messages) {
      std::cout << "  " << language << ": " << message << '\n';
    }
    std::cout << '\n';
  }

  if (!rule.definition.empty()) std::cout << "Looks for:\n  " << rule.definition << "\n\n";
  if (!rule.suggestions.empty()) {
    std::cout << "Rights-based alternative:\n";
    for (const auto& [language, suggestion] : rule.suggestions) {
      std::cout << "  " << language << ": " << suggestion << '\n';
    }
    std::cout << '\n';
  }

  const Rationale& rationale = rule.rationale;
  std::cout << "Why:\n";
  if (!rationale.why.empty()) std::cout << "  " << rationale.why << '\n';
  if (!rationale.guideline.empty()) {
    std::cout << "  Guideline: " << rationale.guideline
              << " (International Guidelines on Human Rights and Drug Policy, 2019)\n";
  }
  if (rationale.recommendation) {
    std::cout << "  Recommendation: " << *rationale.recommendation
              << " (EECA regional dialogue report, 2021)\n";
  }
  if (!rationale.url.empty()) std::cout << "  More: " << rationale.url << '\n';

  if (!rule.examples.empty()) {
    std::cout << "\nExamples:\n";
    // Bad examples first, then good ones; within each, the rule's own order.
    for (const bool bad : {true, false}) {
      for (const RuleExample& example : rule.examples) {
        if (example.bad != bad) continue;
        std::cout << "  " << (bad ? "bad " : "good") << " (" << example.language
                  << "): " << example.text << '\n';
      }
    }
  }
}

int RunExplain(const std::string& id, const GlobalOptions& global) {
  const std::unique_ptr<Linter> linter = LoadLinter(global);
  if (!linter) return kExitError;
  if (const RuleInfo* rule = linter->FindRule(id)) {
    PrintRule(*rule);
    return kExitClean;
  }
  std::cerr << "rightslint explain: unknown rule '" << id << "'\n";
  const std::vector<std::string> close = CloseIds(linter->rules(), id);
  if (!close.empty()) {
    std::cerr << "did you mean: " << Join(close, ", ") << "?\n";
  } else {
    std::cerr << "run 'rightslint rules' to list the rules\n";
  }
  return kExitError;
}

}  // namespace

Command AddExplainCommand(CLI::App& app, const GlobalOptions& global) {
  auto id = std::make_shared<std::string>();
  CLI::App* explain = app.add_subcommand("explain", "Explain one rule: rationale and examples");
  explain->add_option("rule", *id, "Rule id, e.g. stigma.addict")->required()->type_name("RULE");
  explain->footer(kExplainExamples);
  return Command{explain, [id, &global] { return RunExplain(*id, global); }};
}

}  // namespace rightslint::cli
