// rightslint-lexicon-cache: writes the lexicon cache (engine/rules/lexicon_cache.h) of a lexicons
// directory for every supported language. Run by the build; lexicons that do not load are an
// error, as they would be for `rightslint check`.
//
//   rightslint-lexicon-cache --lexicons-dir DIR --out FILE
#include <cstdio>
#include <string>

#include "rightslint/options.h"
#include "rules/lexicon_cache.h"
#include "rules/lexicon_loader.h"

int main(int argc, char** argv) {
  std::string lexicons_dir;
  std::string out;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--lexicons-dir") lexicons_dir = argv[i + 1];
    if (flag == "--out") out = argv[i + 1];
  }
  if (lexicons_dir.empty() || out.empty()) {
    std::fprintf(stderr, "usage: rightslint-lexicon-cache --lexicons-dir DIR --out FILE\n");
    return 2;
  }
  const std::vector<std::string>& languages = rightslint::SupportedLanguages();
  auto specs = rightslint::LoadLexicons(lexicons_dir, languages);
  rightslint::Status status =
      specs.ok() ? rightslint::WriteLexiconCache(out, lexicons_dir, languages, specs.value())
                 : specs.status();
  if (!status.ok()) {
    std::fprintf(stderr, "rightslint-lexicon-cache: %s\n", status.message().c_str());
    return 1;
  }
  return 0;
}
