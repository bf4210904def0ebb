#include "lint/term_fix.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <iterator>
#include <string>

#include "text/fold.h"

namespace rightslint {
namespace {

// The code point at `offset` (or -1 at the end / on a malformed byte) and its length.
UChar32 CodePointAt(std::string_view text, std::size_t offset, int32_t* length = nullptr) {
  if (offset >= text.size()) return -1;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data() + offset);
  const auto size = static_cast<int32_t>(std::min<std::size_t>(text.size() - offset, 4));
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(bytes, i, size, c);
  if (length != nullptr) *length = i;
  return c;
}

// Whether every word of `term` (split at spaces and hyphens) folds to the key of the matched
// token at the same place.
bool IsEntryForm(std::string_view term, const TermMatch& match, const Block& block) {
  std::size_t token = match.first_token;
  std::size_t at = 0;
  while (at < term.size()) {
    const std::size_t end = std::min(term.find_first_of(" -", at), term.size());
    if (end > at) {
      if (token > match.last_token ||
          block.Key(block.tokens[token]) != FoldWord(term.substr(at, end - at))) {
        return false;
      }
      ++token;
    }
    at = end + 1;
  }
  return token == match.last_token + 1;
}

// "ADDICT", «НАРКОМАН»: more than one letter and none lower case.
bool AllCapitals(std::string_view span) {
  int letters = 0;
  for (std::size_t at = 0; at < span.size();) {
    int32_t length = 1;
    const UChar32 c = CodePointAt(span, at, &length);
    if (u_islower(c)) return false;
    if (u_isalpha(c)) ++letters;
    at += static_cast<std::size_t>(std::max(length, 1));
  }
  return letters > 1;
}

std::string WithInitialCapital(const std::string& text) {
  int32_t length = 0;
  const UChar32 initial = CodePointAt(text, 0, &length);
  if (initial < 0 || !u_islower(initial)) return text;
  std::string capitalised;
  icu::UnicodeString(u_totitle(initial)).toUTF8String(capitalised);
  return capitalised + text.substr(static_cast<std::size_t>(length));
}

bool IsBlank(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// The first code point at or after `offset` that is not white space; -1 at the end of the text.
UChar32 NextNonBlank(std::string_view text, std::size_t offset) {
  while (offset < text.size() && IsBlank(text[offset])) ++offset;
  return CodePointAt(text, offset);
}

// . ! ? ; : closing brackets and quotes, an ellipsis: punctuation that ends a clause.
bool ClosesClause(UChar32 c) {
  switch (c) {
    case '.':
    case ';':
    case ':':
    case '!':
    case '?':
    case ')':
    case ']':
    case '"':
    case 0x00BB /* » */:
    case 0x201D /* ” */:
    case 0x2026 /* … */:
      return true;
    default:
      return false;
  }
}

// Whether the sentence goes on after `offset` with words, so that a clause set off by commas needs
// its closing comma (not before a comma or an apostrophe, which already close or continue it).
bool SentenceGoesOn(std::string_view text, std::size_t offset) {
  const UChar32 next = NextNonBlank(text, offset);
  return next >= 0 && !ClosesClause(next) && next != ',' && next != '\'' && next != 0x2019;
}

// Whether nothing that could agree with the term follows it in its clause: the clause ends there,
// or the text does. A comma does not end it: a relative clause may follow («наркоман, якого…»).
bool ClauseEndsAt(std::string_view text, std::size_t offset) {
  const UChar32 next = NextNonBlank(text, offset);
  return next < 0 || ClosesClause(next);
}

bool NextIsComma(std::string_view text, std::size_t offset) {
  return NextNonBlank(text, offset) == ',';
}

// "a" or "an" before `replacement`, in the case of `article` as written ("A", "An", "a", "an").
std::string ArticleFor(std::string_view article, std::string_view replacement) {
  const char first = replacement.empty() ? 'x' : static_cast<char>(replacement[0] | 0x20);
  const bool an = first == 'a' || first == 'e' || first == 'i' || first == 'o';
  std::string result = an ? "an" : "a";
  if (!article.empty() && article[0] >= 'A' && article[0] <= 'Z')
    result[0] = static_cast<char>(result[0] - 0x20);
  return result;
}

// The last `letters` code points of `word` (all of it when shorter).
std::string_view LastLetters(std::string_view word, std::size_t letters) {
  std::size_t at = word.size();
  for (std::size_t i = 0; i < letters && at > 0; ++i) {
    do {
      --at;
    } while (at > 0 && (static_cast<unsigned char>(word[at]) & 0xC0) == 0x80);
  }
  return word.substr(at);
}

enum class Gender { kMasculine, kFeminine, kCommon };

// The grammatical gender a Russian or Ukrainian person noun shows in agreement, from its
// dictionary form: a final consonant or ь is masculine (наркоман, наркопотребитель, человек), the
// feminine suffixes -ка, -ца, -ця and the heads женщина, жінка, людина are feminine; other nouns in
// -а/-я (наркоша, нарколыга) are common gender, masculine or feminine by the person meant.
Gender GenderOf(std::string_view noun) {
  const std::string_view last = LastLetters(noun, 1);
  static constexpr std::string_view kVowels[] = {"а", "я", "о", "е", "и", "ы", "і", "ї", "у", "ю"};
  if (std::find(std::begin(kVowels), std::end(kVowels), last) == std::end(kVowels)) {
    return Gender::kMasculine;
  }
  const std::string_view last_two = LastLetters(noun, 2);
  if (last_two == "ка" || last_two == "ца" || last_two == "ця" || noun == "женщина" ||
      noun == "жінка" || noun == "людина") {
    return Gender::kFeminine;
  }
  return Gender::kCommon;
}

// A masculine adjective or pronoun in any singular case: a word before a masculine term that
// would stop agreeing with a feminine head (uk «цей наркоман» -> «цей людина», «цього наркомана»
// -> «цього людини»). Endings: ru -ый -ий -ой -ого -его -ому -ему -ым -им, uk -ий -ій -ого -ому
// -им -ім, and the short pronouns below.
bool MasculineModifier(std::string_view key) {
  static constexpr std::string_view kPronouns[] = {
      "цей",   "той",  "мій", "твій",  "наш",  "ваш", "свій", "весь", "увесь",
      "кожен", "один", "сам", "жоден", "этот", "тот", "мой",  "твой", "свой"};
  for (std::string_view pronoun : kPronouns) {
    if (key == pronoun) return true;
  }
  static constexpr std::string_view kEndings[] = {"ый",  "ий",  "ій", "ой", "ого", "его",
                                                  "ому", "ему", "ым", "им", "ім"};
  for (std::string_view ending : kEndings) {
    if (key.size() > ending.size() && key.ends_with(ending)) return true;
  }
  return false;
}

// The word right before the match in the same sentence with only spaces between, or null.
const Token* AdjacentPrevious(const TermMatch& match, const Block& block, std::string_view text) {
  if (match.first_token == 0) return nullptr;
  const Token& previous = block.tokens[match.first_token - 1];
  if (previous.sentence != block.tokens[match.first_token].sentence) return nullptr;
  const std::string_view between = text.substr(previous.end, match.span.begin - previous.end);
  if (between.empty() || between.find_first_not_of(" \t") != std::string_view::npos) return nullptr;
  return &previous;
}

}  // namespace

std::optional<TextEdit> SafeTermFix(const TermEntry& entry, const TermMatch& match,
                                    const Block& block, std::string_view text,
                                    const InflectedSuggestions& inflected) {
  if (entry.pos != "noun" || entry.alternatives.empty()) return std::nullopt;
  // Agreement is only checked in English, Russian and Ukrainian: ro «un narcoman» must not become
  // «un persoană care consumă droguri». Other languages get suggestions and no fix.
  if (block.language != "en" && block.language != "ru" && block.language != "uk") {
    return std::nullopt;
  }
  if (block.Quoted(match.span)) return std::nullopt;
  // An inflected form is fixed when its reading is unambiguous; a form outside the paradigm only
  // when it is the entry's own (the form the alternatives are written in).
  if (inflected.found ? !inflected.unambiguous : !IsEntryForm(entry.term, match, block)) {
    return std::nullopt;
  }
  const std::string_view span = text.substr(match.span.begin, match.span.size());
  if (AllCapitals(span)) return std::nullopt;
  const UChar32 after = CodePointAt(text, match.span.end);
  if (after >= 0 && (u_isalnum(after) || after == '\'' || after == 0x2019)) return std::nullopt;

  const Token* previous = AdjacentPrevious(match, block, text);
  const std::size_t used = inflected.found ? inflected.first_alternative : 0;
  TextEdit edit{match.span.begin, match.span.end,
                inflected.found ? inflected.suggestions.front() : entry.alternatives.front()};
  // A singular modifier before the term agrees with the term's gender; the replacement's head may
  // have another (uk наркоман -> людина) or the term may have none (наркоша).
  // Words after a singular subject agree with it too (uk «наркоман пішов», «наркоман, якого…»):
  // where the head's gender differs, the fix is made only where the clause ends with the term.
  if ((block.language == "ru" || block.language == "uk") &&
      (!inflected.found || inflected.singular)) {
    const std::string& alternative = entry.alternatives[used];
    const std::string_view head =
        std::string_view(alternative).substr(0, alternative.find_first_of(" ,"));
    const Gender term = GenderOf(entry.term);
    if (previous != nullptr &&
        (term == Gender::kCommon ||
         (term != GenderOf(head) && MasculineModifier(block.Key(*previous))))) {
      return std::nullopt;
    }
    // A subject's verb or adjective agrees with it; after any singular form a relative clause
    // may (", якого…"). Without a paradigm the form is the dictionary form: a subject.
    const bool subject = !inflected.found || inflected.subject;
    if (term != GenderOf(head) &&
        (subject ? !ClauseEndsAt(text, match.span.end) : NextIsComma(text, match.span.end))) {
      return std::nullopt;
    }
  }
  if (block.tokens[match.first_token].capitalized) {
    edit.replacement = WithInitialCapital(edit.replacement);
  }
  if (edit.replacement.find(',') != std::string::npos && SentenceGoesOn(text, match.span.end)) {
    edit.replacement += ',';
  }
  if (block.language == "en" && previous != nullptr &&
      (block.Key(*previous) == "a" || block.Key(*previous) == "an")) {
    const std::string_view article = text.substr(previous->begin, previous->end - previous->begin);
    const std::string_view between = text.substr(previous->end, match.span.begin - previous->end);
    edit.replacement =
        ArticleFor(article, edit.replacement) + std::string(between) + edit.replacement;
    edit.begin = previous->begin;
  }
  return edit;
}

}  // namespace rightslint
