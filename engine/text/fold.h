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

// Number of code points in valid UTF-8.
std::size_t CodePointCount(std::string_view utf8);

// The first `count` code points of `utf8` (all of it if shorter).
std::string_view CodePointPrefix(std::string_view utf8, std::size_t count);

}  // namespace rightslint

#endif  // RIGHTSLINT_TEXT_FOLD_H_
