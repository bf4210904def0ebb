// Folding: the key under which a word is looked up.
//
// A folded key is: Unicode NFKC with case folding and default-ignorable characters removed (soft
// hyphen, zero-width space/joiner, BOM), then `ё`→`е`, `ї` kept, apostrophe variants (’ ʼ ‘ ` ′)
// unified to ', stress marks (combining acute/grave) removed, and — only inside a word that has
// at least one Cyrillic letter — Latin letters that look like Cyrillic ones replaced by them, so
// "нaркоман" typed with a Latin `a` folds like "наркоман".
#ifndef RIGHTSLINT_TEXT_FOLD_H_
#define RIGHTSLINT_TEXT_FOLD_H_

#include <string>
#include <string_view>
#include <vector>

namespace rightslint {

// Appends the folded key of `word` (valid UTF-8) to `out`.
void AppendFoldedWord(std::string_view word, std::string* out);

// The same through ICU for every word, without the fast paths for ASCII and basic Cyrillic:
// the reference the fast paths are tested against.
void AppendFoldedWordWithIcu(std::string_view word, std::string* out);

inline std::string FoldWord(std::string_view word) {
  std::string out;
  AppendFoldedWord(word, &out);
  return out;
}

// For matching folded keys against raw text without folding it (match/candidate_filter.h).
//
// FoldsSimply(c): the folded key of any word made of such code points is the concatenation of
// each one's fold, and each folds to exactly one code point or, for a few punctuation marks
// (… ‼), to marks only — so a folded string of letters, digits and apostrophes can be searched
// in the raw text letter by letter through FoldPreimages. True for ASCII, most Latin-1 and Latin
// Extended-A letters, Romanian ș ț, Greek, Cyrillic U+0400–U+04FF without combining marks,
// Georgian Mkhedruli, and symbols, punctuation and spaces whose fold has no letter, digit, mark
// or apostrophe (arrows, box drawing, ≥, €, emoji …); false for what NFKC or case folding
// expands into letters, removes or composes (ß, ﬁ, superscripts, ″, soft hyphen, zero-width and
// bidi marks, combining marks, İ ı ſ ŉ, final ς …) and for every script not listed.
bool FoldsSimply(char32_t c);

// Appends every code point x with FoldsSimply(x) whose fold is `folded` (in a Latin or in a
// Cyrillic word), `folded` itself first: its upper case, ё for е, Latin look-alikes for
// Cyrillic letters, apostrophe variants for ', ş ţ for ș ț.
void AppendFoldPreimages(char32_t folded, std::vector<char32_t>* out);

// The UTF-8 encoding of one code point (empty for a surrogate or a value beyond U+10FFFF).
std::string CodePointToUtf8(char32_t c);

// The code points of UTF-8 text; U+FFFD for each ill-formed sequence.
std::vector<char32_t> CodePoints(std::string_view utf8);

// Number of code points in valid UTF-8.
std::size_t CodePointCount(std::string_view utf8);

// The first `count` code points of `utf8` (all of it if shorter).
std::string_view CodePointPrefix(std::string_view utf8, std::size_t count);

}  // namespace rightslint

#endif  // RIGHTSLINT_TEXT_FOLD_H_
