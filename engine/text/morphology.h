// Morphology: the lemmas of a folded word, from real dictionaries.
//
// Hunspell with Debian's dictionaries (en_US, ru_RU, uk_UA, ro_RO, kk_KZ, be_BY, lt_LT under
// /usr/share/hunspell) gives the dictionary form(s) of a word and the affix flag that produced it;
// Snowball (libstemmer) gives a stem for English, Russian, Romanian and Lithuanian words Hunspell
// does not know. Words that a lexicon needs but the
// dictionary lacks (slang such as "нарик") are added at load time with the affix flags of a model
// word of the same paradigm (Hunspell's add_with_affix), so they inflect like real entries.
//
// Loading a dictionary takes up to half a second (uk_UA), so it happens on first use, and only for
// words the build's morphology index (morphology_index.h) does not answer for. Analyses are
// memoised. Thread-safe: the memo is read under a shared lock, so threads that find a word
// there never wait for each other; only a word seen for the first time takes the dictionary's
// own mutex (Hunspell is not thread-safe).
#ifndef RIGHTSLINT_TEXT_MORPHOLOGY_H_
#define RIGHTSLINT_TEXT_MORPHOLOGY_H_

#include <memory>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "rightslint/status.h"

class Hunspell;
struct UConverter;
struct sb_stemmer;

namespace rightslint {

class MorphologyIndex;

struct Analysis {
  std::string lemma;       // folded dictionary form
  bool noun_form = false;  // the lemma itself or a form made by a noun affix (plural, possessive)
};

struct MorphologyProfile {
  std::string language;       // "en"
  std::string hunspell_name;  // "en_US": <dir>/<name>.aff and .dic
  std::string snowball_name;  // "english"; empty when Snowball has no stemmer for the language
  // Hunspell affix flags of the dictionary that make noun forms only (en_US: S plural, M
  // possessive), so "addicts" is a form of the noun "addict" and "addicted" is not. Empty: every
  // form counts as a noun form (Russian and Ukrainian nouns inflect only as nouns).
  std::string noun_flags;
};

// The profile for en, ru, uk, ro, kk, be or lt; nullptr for other languages (ky, ka).
const MorphologyProfile* FindMorphologyProfile(std::string_view language);

class Morphology {
 public:
  // `extra_words`: (word, model) pairs added with the model's affix flags once the dictionary
  // loads. `index_path`: a morphology index (morphology_index.h) answering for the words it
  // covers, so that the dictionary loads only for others; empty, missing or stale: none. Nothing
  // is read from disk until the first Analyze/Knows/Stem.
  Morphology(MorphologyProfile profile, std::string dictionary_dir,
             std::vector<std::pair<std::string, std::string>> extra_words,
             std::string index_path = "");
  ~Morphology();

  // Ensures the dictionary is loaded; an error names the missing file.
  Status Load() const;

  // Analyses of a folded word; empty when the dictionary does not know it (or failed to load).
  // The returned reference stays valid for the life of this object.
  const std::vector<Analysis>& Analyze(std::string_view folded) const;

  // Whether the dictionary knows a folded word: !Analyze(folded).empty(), from the index when it
  // can tell.
  bool Knows(std::string_view folded) const;

  // Whether the Hunspell dictionary has loaded (tests check that the index spares it).
  bool dictionary_loaded() const;

  // Snowball stem of a folded word; the word itself when the language has no Snowball stemmer.
  std::string Stem(std::string_view folded) const;

  const MorphologyProfile& profile() const { return profile_; }

 private:
  Status LoadLocked() const;
  // The index, opened on first use; null when there is none that fits.
  const MorphologyIndex* Index() const;
  // Stores and returns a word's analyses.
  const std::vector<Analysis>& Remember(std::string key, std::vector<Analysis> analyses) const;
  // A UTF-8 word in the dictionary's encoding (the word itself for UTF-8 dictionaries); nullopt
  // when the encoding has no place for one of its letters. Called with dictionary_mutex_ held.
  std::optional<std::string> Encode(std::string_view utf8) const;

  struct ConverterDeleter {
    void operator()(UConverter* converter) const;
  };

  MorphologyProfile profile_;
  std::string dictionary_dir_;
  std::vector<std::pair<std::string, std::string>> extra_words_;
  std::string index_path_;

  mutable std::mutex dictionary_mutex_;   // Hunspell, the stemmer and loading
  mutable std::shared_mutex memo_mutex_;  // memo_
  mutable bool loaded_ = false;
  mutable Status load_status_;
  mutable std::unique_ptr<Hunspell> hunspell_;
  // The dictionary's encoding when it is not UTF-8 (lt_LT: ISO8859-13); null otherwise.
  mutable std::unique_ptr<UConverter, ConverterDeleter> converter_;
  mutable sb_stemmer* stemmer_ = nullptr;
  mutable bool stemmer_tried_ = false;
  mutable std::once_flag index_once_;
  mutable std::unique_ptr<MorphologyIndex> index_;
  mutable std::unordered_map<std::string, std::vector<Analysis>> memo_;
};

}  // namespace rightslint

#endif  // RIGHTSLINT_TEXT_MORPHOLOGY_H_
