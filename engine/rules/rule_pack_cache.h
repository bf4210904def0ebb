// RulePackCache: a rule directory's packs as LoadRulePacks returned them, kept in binary
// (base/binary_io.h) with the size and modification time of every pack file, so that a run can
// skip parsing YAML: yaml-cpp takes about 13 ms for the project's 80 KB of packs, more than
// checking a 1 KB file (and a JSON copy still 2 ms, nlohmann's DOM). The build
// writes one for the project's rules/ (tools/data_cache); a cache that does not match the
// directory as it is now — a pack added, removed, edited or touched — is not used.
#ifndef RIGHTSLINT_RULES_RULE_PACK_CACHE_H_
#define RIGHTSLINT_RULES_RULE_PACK_CACHE_H_

#include <optional>
#include <string>
#include <vector>

#include "rightslint/status.h"
#include "rules/specs.h"

namespace rightslint {

// Writes atomically the packs loaded from `rules_dir`, with the stamps of its pack files now.
Status WriteRulePackCache(const std::string& path, const std::string& rules_dir,
                          const std::vector<RuleSpec>& rules);

// The packs of `rules_dir` from the cache at `path`, or nullopt when there is none or it does
// not match the directory (or cannot be read: a damaged cache is as good as none).
std::optional<std::vector<RuleSpec>> ReadRulePackCache(const std::string& path,
                                                       const std::string& rules_dir);

}  // namespace rightslint

#endif  // RIGHTSLINT_RULES_RULE_PACK_CACHE_H_
