// Every word form a Hunspell dictionary accepts, listed by applying its affix rules to its stems.
//
// Used at build time to make the morphology index (morphology_index.h): Hunspell has no way to
// list its forms, and unmunch (hunspell-tools) misses some (ru_RU «беру» from «брать»). The
// expander reads the subset of the affix format Debian's dictionaries use here: single-character
// flags, SFX and PFX rules with strip, append and condition, cross products of one prefix and one
// suffix, IGNORE, ICONV, BREAK, and COMPOUNDRULE (reported, not expanded: see
// ExpandedDictionary). A file with anything else that changes which words are accepted (flag
// aliases, long flags, affixes on affixes, circumfixes, compound flags, forbidden words) is
// refused with a Status naming the line, so that no index is made for it rather than a wrong
// one.
#ifndef RIGHTSLINT_TEXT_AFFIX_EXPANDER_H_
#define RIGHTSLINT_TEXT_AFFIX_EXPANDER_H_

#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "rightslint/status.h"

namespace rightslint {

// What a caller must know about words the expansion does not cover.
struct ExpandedDictionary {
  std::string encoding;  // SET (a file without it is refused)
  // Characters Hunspell removes from words before looking them up (IGNORE), and the left-hand
  // sides of ICONV conversions: a word containing any is changed before lookup, so the listed
  // forms say nothing about it.
  std::vector<std::string> input_changes;
  // COMPOUNDRULE is present: compounds are not listed. Every compound then starts with a digit
  // (en_US: "21st"): a dictionary with a compound part that does not is refused.
  bool has_compound_rules = false;
  std::string compound_flags;  // the flags COMPOUNDRULE and ONLYINCOMPOUND name
};

// A stem of the .dic file as the affix rules see it: the word in UTF-8 and its flags.
struct DictionaryStem {
  std::string word;
  std::string flags;
};

// One way the dictionary accepts a form: from `stem`, with the affixes of `affix_flags` (none for
// the stem itself; a prefix's and a suffix's for a cross product). Hunspell's analysis of a form
// lists exactly its derivations: " st:<stem> fl:<flag>".
using DerivationCallback = std::function<void(std::string_view form, const DictionaryStem& stem,
                                              std::string_view affix_flags)>;

// Reads `aff_path` and `dic_path` and calls `callback` for every derivation of every form the
// dictionary accepts, in UTF-8, the stems' own included. `extra_stems` are the (word, model)
// pairs Hunspell's add_with_affix adds: each is derived with the flags of every stem spelt like
// its model (Hunspell takes one of them), so the caller must check their forms with Hunspell.
Status ExpandHunspellDictionary(const std::string& aff_path, const std::string& dic_path,
                                const std::vector<std::pair<std::string, std::string>>& extra_stems,
                                const DerivationCallback& callback, ExpandedDictionary* info);

}  // namespace rightslint

#endif  // RIGHTSLINT_TEXT_AFFIX_EXPANDER_H_
