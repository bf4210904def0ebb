#include "lint/term_fix.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <cstdint>
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

// Whether the sentence goes on after `offset` with words, so that a clause set off by commas needs
// its closing comma.
bool SentenceGoesOn(std::string_view text, std::size_t offset) {
  while (offset < text.size() && IsBlank(text[offset])) ++offset;
  const UChar32 next = CodePointAt(text, offset);
  if (next < 0) return false;
  switch (next) {
    case '.':
    case ',':
    case ';':
    case ':':
    case '!':
    case '?':
    case ')':
    case ']':
    case '"':
    case '\'':
    case 0x00BB /* » */:
    case 0x201D /* ” */:
    case 0x2019 /* ’ */:
    case 0x2026 /* … */:
      return false;
    default:
      return true;
  }
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

// Ukrainian suggestions start with «людина» (feminine) where the term is masculine (наркоман): a
// masculine modifier before the term would stop agreeing («цей наркоман» -> «цей людина»). True
// for a preceding word that is a masculine adjective or pronoun: ends in -ий/-ій or is one of the
// short pronouns below.
bool UkrainianModifier(std::string_view key) {
  static constexpr std::string_view kPronouns[] = {"цей",  "той",  "мій",   "твій",   "наш",
                                                   "ваш",  "свій", "весь",  "увесь",  "кожен",
                                                   "один", "сам",  "жоден", "якийсь", "котрийсь"};
  for (std::string_view pronoun : kPronouns) {
    if (key == pronoun) return true;
  }
  return key.ends_with("ий") || key.ends_with("ій");
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
                                    const Block& block, std::string_view text) {
  if (entry.pos != "noun" || entry.alternatives.empty()) return std::nullopt;
  if (block.Quoted(match.span) || !IsEntryForm(entry.term, match, block)) return std::nullopt;
  const std::string_view span = text.substr(match.span.begin, match.span.size());
  if (AllCapitals(span)) return std::nullopt;
  const UChar32 after = CodePointAt(text, match.span.end);
  if (after >= 0 && (u_isalnum(after) || after == '\'' || after == 0x2019)) return std::nullopt;

  const Token* previous = AdjacentPrevious(match, block, text);
  TextEdit edit{match.span.begin, match.span.end, entry.alternatives.front()};
  if (block.language == "uk" && edit.replacement.starts_with("людина") && previous != nullptr &&
      UkrainianModifier(block.Key(*previous))) {
    return std::nullopt;
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
