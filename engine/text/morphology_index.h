// MorphologyIndex: what Hunspell would answer about the words the lexicons can match, computed at
// build time, so that checking a text does not wait for a dictionary to load (uk_UA takes a
// third of a second, more than reading 10 MB of text).
//
// For one language it holds
//   - the lexicons' anchors at build time (PhraseSet::ExactWords and Prefixes): a folded word is
//     *covered* when it passes the prefilter with them;
//   - the analyses (as Morphology::Analyze makes them) of every covered word the dictionary
//     knows, found by listing the dictionary's forms with their derivations (affix_expander.h:
//     stem and affix flags, what Hunspell's analysis names); the words the lexicons match whole
//     and the forms of words added with add_with_affix are put to Hunspell itself. A covered
//     word not in the index has no analysis;
//   - optionally the 64-bit hashes of all the dictionary's forms, so that whether Hunspell knows
//     any word (the Russian/Ukrainian vote) is answered without it.
// Words Hunspell changes before lookup (IGNORE, ICONV, BREAK characters) and, in a dictionary
// with compound rules, words that start with a digit are answered from the index only when the
// lexicons match them whole. An index made for
// other dictionary files (size or time differ), other added words or noun flags is not used.
// The file is generated (tools/morphology_index/main.cc) and read with mmap; immutable after
// Open, so lookups are thread-safe.
#ifndef RIGHTSLINT_TEXT_MORPHOLOGY_INDEX_H_
#define RIGHTSLINT_TEXT_MORPHOLOGY_INDEX_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "base/string_hash.h"
#include "rightslint/status.h"

namespace rightslint {

struct Analysis;

// What an index must have been made from to be used.
struct MorphologyIndexKey {
  std::string language;
  std::string aff_path;
  std::string dic_path;
  std::string noun_flags;
  std::vector<std::pair<std::string, std::string>> extra_words;  // (word, model), as given
};

// The words an index answers for: folded words equal to one of its exact words or starting with
// one of its prefixes (the lexicons' PhraseSet prefilter when it was made).
class WordCoverage {
 public:
  void AddExact(std::string_view word) { exact_words_.emplace(word); }
  void AddPrefix(std::string_view prefix);
  bool Covers(std::string_view folded) const { return IsExact(folded) || HasPrefix(folded); }
  // The index holds what Hunspell itself said of each exact word, so it answers for them even
  // when Hunspell would change them before lookup.
  bool IsExact(std::string_view folded) const;
  bool HasPrefix(std::string_view folded) const;

 private:
  StringSet exact_words_;
  StringSet prefixes_;
  std::vector<std::size_t> prefix_lengths_;  // in code points, ascending
};

// Everything an index file holds; what the generator fills in.
struct MorphologyIndexContents {
  MorphologyIndexKey key;
  std::vector<std::string> input_changes;  // see ExpandedDictionary
  bool digits_bypass = false;            // compounds, which all start with a digit, are not listed
  std::vector<std::string> prefixes;     // folded anchors a covered word starts with
  std::vector<std::string> exact_words;  // folded words covered as a whole
  // Covered forms and their analyses, sorted by form, no empty analyses.
  std::vector<std::pair<std::string, std::vector<Analysis>>> entries;
  bool has_membership = false;
  std::vector<std::uint64_t> membership;  // FormHash of every form; sorted, unique
};

std::uint64_t FormHash(std::string_view form);

// Writes atomically; the dictionary files' sizes and times are read now.
Status WriteMorphologyIndex(const std::string& path, const MorphologyIndexContents& contents);

class MorphologyIndex {
 public:
  // Opens `path` and checks that it was made for `key` and for the dictionary files as they are
  // now; an error says why not (missing, malformed, stale).
  static StatusOr<std::unique_ptr<MorphologyIndex>> Open(const std::string& path,
                                                         const MorphologyIndexKey& key);
  ~MorphologyIndex();
  MorphologyIndex(const MorphologyIndex&) = delete;
  MorphologyIndex& operator=(const MorphologyIndex&) = delete;

  // Analyses of a folded word when the index can tell them (possibly none); nullopt when
  // Hunspell must be asked.
  std::optional<std::vector<Analysis>> Analyze(std::string_view folded) const;

  // Whether Hunspell knows the folded word, when the index can tell.
  std::optional<bool> Knows(std::string_view folded) const;

 private:
  MorphologyIndex() = default;
  Status Parse(const std::string& path, const MorphologyIndexKey& key);
  bool Bypassed(std::string_view folded) const;
  // The entries line for a form, or empty.
  std::string_view FindEntry(std::string_view folded) const;

  const char* data_ = nullptr;  // mmapped file
  std::size_t size_ = 0;
  std::vector<std::string> input_changes_;
  bool digits_bypass_ = false;
  WordCoverage coverage_;
  std::string_view entries_;
  const std::uint64_t* membership_ = nullptr;
  std::size_t membership_count_ = 0;
  bool has_membership_ = false;
};

}  // namespace rightslint

#endif  // RIGHTSLINT_TEXT_MORPHOLOGY_INDEX_H_
