// rightslint-data-cache: writes the build-time caches of the project's data — the rule packs
// (engine/rules/rule_pack_cache.h) and the lexicons of every supported language
// (engine/rules/lexicon_cache.h). Run by the build; data that do not load are an error, as they
// would be for `rightslint check`.
//
//   rightslint-data-cache --rules-dir DIR --rules-out FILE --lexicons-dir DIR --lexicons-out FILE
#include <cstdio>
#include <map>
#include <string>

#include "rightslint/options.h"
#include "rules/lexicon_cache.h"
#include "rules/lexicon_loader.h"
#include "rules/rule_pack_cache.h"
#include "rules/rule_pack_loader.h"

namespace {

rightslint::Status WriteCaches(const std::map<std::string, std::string>& flags) {
  using namespace rightslint;
  auto rules = LoadRulePacks(flags.at("--rules-dir"));
  if (!rules.ok()) return rules.status();
  if (Status written = WriteRulePackCache(flags.at("--rules-out"), flags.at("--rules-dir"), *rules);
      !written.ok()) {
    return written;
  }
  const std::vector<std::string>& languages = SupportedLanguages();
  auto lexicons = LoadLexicons(flags.at("--lexicons-dir"), languages);
  if (!lexicons.ok()) return lexicons.status();
  return WriteLexiconCache(flags.at("--lexicons-out"), flags.at("--lexicons-dir"), languages,
                           *lexicons);
}

}  // namespace

int main(int argc, char** argv) {
  std::map<std::string, std::string> flags;
  for (int i = 1; i + 1 < argc; i += 2) flags[argv[i]] = argv[i + 1];
  for (const char* required : {"--rules-dir", "--rules-out", "--lexicons-dir", "--lexicons-out"}) {
    if (flags.count(required) == 0) {
      std::fprintf(stderr,
                   "usage: rightslint-data-cache --rules-dir DIR --rules-out FILE "
                   "--lexicons-dir DIR --lexicons-out FILE\n");
      return 2;
    }
  }
  const rightslint::Status status = WriteCaches(flags);
  if (!status.ok()) {
    std::fprintf(stderr, "rightslint-data-cache: %s\n", status.message().c_str());
    return 1;
  }
  return 0;
}
