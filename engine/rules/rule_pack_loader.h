// Loads rule packs: every *.yaml under <data>/rules, in sorted path order.
//
// Each file is parsed straight into RuleSpecs; unknown keys, missing required keys, bad values
// and duplicate ids are errors naming "file:line: field `x`: what was expected". On error nothing
// is returned (no half-loaded rule set).
#ifndef RIGHTSLINT_RULES_RULE_PACK_LOADER_H_
#define RIGHTSLINT_RULES_RULE_PACK_LOADER_H_

#include <filesystem>
#include <string>
#include <vector>

#include "rightslint/status.h"
#include "rules/specs.h"

namespace rightslint {

// Parses one rule pack given its text; `path` is only used in messages.
StatusOr<std::vector<RuleSpec>> ParseRulePack(const std::string& path, const std::string& yaml);

// All packs under `rules_dir` (recursively), checked together for duplicate ids.
StatusOr<std::vector<RuleSpec>> LoadRulePacks(const std::string& rules_dir);

// The pack files LoadRulePacks reads, in the order it reads them.
StatusOr<std::vector<std::filesystem::path>> RulePackFiles(const std::string& rules_dir);

// "in one sentence: all of [a, b]; none of [c]", for `explain`.
std::string DescribeClause(const ClauseSpec& clause);

// The categories of DESIGN.md, in their documented order.
const std::vector<std::string>& Categories();

}  // namespace rightslint

#endif  // RIGHTSLINT_RULES_RULE_PACK_LOADER_H_
