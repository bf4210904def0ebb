// Language of a block among the languages of version 1 (en, ru, uk), from the script and the
// letters only one of the Cyrillic languages uses (і ї є ґ for Ukrainian; ы э ъ ё for Russian).
// This is deliberately simple and certain where it answers; a statistical identifier for the
// region's other languages comes with the languages issue.
#ifndef RIGHTSLINT_TEXT_LANGUAGE_H_
#define RIGHTSLINT_TEXT_LANGUAGE_H_

#include <string>
#include <string_view>

namespace rightslint {

struct LetterCounts {
  std::size_t latin = 0;
  std::size_t cyrillic = 0;
  std::size_t ukrainian_only = 0;  // і ї є ґ
  std::size_t russian_only = 0;    // ы э ъ ё

  void Add(const LetterCounts& other);
};

LetterCounts CountLetters(std::string_view utf8);

struct LanguageGuess {
  std::string language;  // "en", "ru", "uk", or empty when there are no letters
  // False for Cyrillic text with as many Russian-only as Ukrainian-only letters (usually none:
  // "Полиция задержала наркоманов."): the caller should look at the words themselves.
  bool decided = false;
};

LanguageGuess GuessLanguage(const LetterCounts& counts);

// "en", "ru" or "uk"; `fallback` when the letters do not decide.
std::string GuessLanguage(const LetterCounts& counts, const std::string& fallback);

}  // namespace rightslint

#endif  // RIGHTSLINT_TEXT_LANGUAGE_H_
