// LexiconCache: a lexicon directory's specs as LoadLexicons returned them (paradigms linked to
// their terms), in a compact binary form with the size and modification time of every lexicon
// file, so that a run need not parse TSV: the project's 600 KB of lexicons took 17 M
// instructions, about 4 ms, at every start. The build writes one for the project's lexicons/
// (tools/data_cache); a cache that does not match the directory as it is now — a file added,
// removed, edited or touched, or other languages asked for — is not used.
#ifndef RIGHTSLINT_RULES_LEXICON_CACHE_H_
#define RIGHTSLINT_RULES_LEXICON_CACHE_H_

#include <optional>
#include <string>
#include <vector>

#include "rightslint/status.h"
#include "rules/specs.h"

namespace rightslint {

// Writes atomically the specs loaded from `lexicons_dir` for `languages`, with the stamps of its
// files now.
Status WriteLexiconCache(const std::string& path, const std::string& lexicons_dir,
                         const std::vector<std::string>& languages, const LexiconSpecs& specs);

// The specs of `lexicons_dir` for `languages` from the cache at `path`, or nullopt when there is
// none or it does not match the directory (or cannot be read: a damaged cache is as good as
// none).
std::optional<LexiconSpecs> ReadLexiconCache(const std::string& path,
                                             const std::string& lexicons_dir,
                                             const std::vector<std::string>& languages);

}  // namespace rightslint

#endif  // RIGHTSLINT_RULES_LEXICON_CACHE_H_
