// rightslint-rule-cache: writes the rule pack cache (engine/rules/rule_pack_cache.h) of a rules
// directory. Run by the build; a directory whose packs do not load is an error, as it would be
// for `rightslint check`.
//
//   rightslint-rule-cache --rules-dir DIR --out FILE
#include <cstdio>
#include <string>

#include "rules/rule_pack_cache.h"
#include "rules/rule_pack_loader.h"

int main(int argc, char** argv) {
  std::string rules_dir;
  std::string out;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--rules-dir") rules_dir = argv[i + 1];
    if (flag == "--out") out = argv[i + 1];
  }
  if (rules_dir.empty() || out.empty()) {
    std::fprintf(stderr, "usage: rightslint-rule-cache --rules-dir DIR --out FILE\n");
    return 2;
  }
  auto rules = rightslint::LoadRulePacks(rules_dir);
  rightslint::Status status =
      rules.ok() ? rightslint::WriteRulePackCache(out, rules_dir, rules.value()) : rules.status();
  if (!status.ok()) {
    std::fprintf(stderr, "rightslint-rule-cache: %s\n", status.message().c_str());
    return 1;
  }
  return 0;
}
