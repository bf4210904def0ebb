// Linter: the one object front ends talk to. It loads and compiles the rule packs and lexicons
// once; Check() then runs the pipeline (Document -> Text -> Matches -> Findings) on one source.
//
// Thread safety: a Linter is immutable after Create(); Check() may be called from several threads
// at once.
#ifndef RIGHTSLINT_LINTER_H_
#define RIGHTSLINT_LINTER_H_

#include <memory>
#include <string>
#include <vector>

#include "rightslint/finding.h"
#include "rightslint/options.h"
#include "rightslint/rule_set.h"
#include "rightslint/source.h"
#include "rightslint/status.h"

namespace rightslint {

class Linter {
 public:
  // Loads rules/**/*.yaml and lexicons/<lang>/*.tsv under the data directory. A malformed pack
  // is an error naming the file, line and field; nothing is half-loaded.
  static StatusOr<std::unique_ptr<Linter>> Create(const LinterOptions& options);

  ~Linter();
  Linter(const Linter&) = delete;
  Linter& operator=(const Linter&) = delete;

  // Checks one source. Never fails as a whole: an unreadable document comes back with `error`
  // set and no findings. With `threads` above 1 a large text's paragraphs are filtered on that
  // many threads; the result is the same.
  FileResult Check(Source source, std::size_t threads = 1) const;

  // Checks a plain-text file too large to hold whole (`rightslint check` does so above 64 MiB)
  // piece by piece (document/text_chunks.h): memory stays the size of one piece, and findings
  // are as if the file were checked whole, except that nothing reads across a piece boundary —
  // a legal outline's article, an unclosed rightslint-disable — and the result has no `text`
  // (reporters show no source lines). Pieces are `chunk_bytes` long, cut at a paragraph break.
  FileResult CheckLargeTextFile(const std::string& path,
                                std::size_t chunk_bytes = kTextChunkBytes) const;
  static constexpr std::size_t kTextChunkBytes = 8 << 20;

  // Convenience for tests and the web page: checks `text` as a plain-text document.
  FileResult CheckText(std::string text, const std::string& language = "auto") const;

  const std::vector<RuleInfo>& rules() const;
  const RuleInfo* FindRule(const std::string& id) const;

  // The directory rules and lexicons were read from.
  const std::string& data_dir() const;

 private:
  struct Impl;
  explicit Linter(std::unique_ptr<Impl> impl);
  std::unique_ptr<Impl> impl_;
};

}  // namespace rightslint

#endif  // RIGHTSLINT_LINTER_H_
