// The heading grammars. This is the only file of the project that includes Spirit: X3 is all
// templates, so keeping it in one translation unit keeps the build fast.
//
// A line is tried against three small grammars, each anchored at the line start:
//   keyword first:  keyword blank* number         "Статья 228¹", "Art.2", "Chapter IV"
//   number first:   number ('-' | '.'? blank+) keyword   "296-бап", "259 straipsnis", "I БӨЛҮМ"
//   bare numbering: "(1)" "1." "1.1." | "(a)" "1)" "а)"
// and a match is then checked by what follows it on the line (see TailAccepts), which is what
// tells a heading from a sentence that starts with one.
#include "structure/heading_grammar.h"

#include <bitset>
#include <boost/spirit/home/x3.hpp>
#include <functional>
#include <tuple>

#include "structure/utf8.h"

namespace rightslint {
namespace {

namespace x3 = boost::spirit::x3;

using Iterator = const char*;

// ---- Character classes over code points -------------------------------------------------------

bool IsBlank(char32_t cp) {
  return cp == ' ' || cp == '\t' || cp == 0xA0 || cp == 0x2007 || cp == 0x2009 || cp == 0x202F;
}

// ⁰ ¹ ² ³ ⁴ … ⁹: how codes print inserted articles ("Статья 228¹", "Articolul 217¹").
int SuperscriptValue(char32_t cp) {
  switch (cp) {
    case 0xB9:
      return 1;
    case 0xB2:
      return 2;
    case 0xB3:
      return 3;
    case 0x2070:
      return 0;
    default:
      return cp >= 0x2074 && cp <= 0x2079 ? static_cast<int>(cp - 0x2070) : -1;
  }
}
bool IsSuperscriptDigit(char32_t cp) { return SuperscriptValue(cp) >= 0; }

// Roman numerals, also typed with the Cyrillic look-alikes І and Х ("Розділ ХІІІ").
bool IsRomanDigit(char32_t cp) {
  switch (cp) {
    case 'I':
    case 'V':
    case 'X':
    case 'L':
    case 'C':
    case 'D':
    case 'M':
    case 0x406:  // І
    case 0x425:  // Х
      return true;
    default:
      return false;
  }
}

// The letters that number points: "a)", "а)", "ә)", "ა)". Lower case only: "А)" or "I)" at the
// start of a line is more often an initial or a Roman numeral than a point.
bool IsPointLetter(char32_t cp) {
  if (cp >= 'a' && cp <= 'z') return true;
  if (cp >= 0x430 && cp <= 0x45F) return true;  // а–я, ё є і ї ў …
  switch (cp) {
    case 0x491:  // ґ
    case 0x493:  // ғ
    case 0x49B:  // қ
    case 0x4A3:  // ң
    case 0x4AF:  // ү
    case 0x4B1:  // ұ
    case 0x4BB:  // һ
    case 0x4D9:  // ә
    case 0x4E9:  // ө
      return true;
    default:
      return cp >= 0x10D0 && cp <= 0x10FA;  // Georgian
  }
}

bool IsLetter(char32_t cp) {
  if ((cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z')) return true;
  if (cp >= 0xC0 && cp <= 0x24F) return cp != 0xD7 && cp != 0xF7;           // Latin with diacritics
  if (cp >= 0x370 && cp <= 0x52F) return true;                              // Greek, Cyrillic
  return (cp >= 0x10A0 && cp <= 0x10FF) || (cp >= 0x1C90 && cp <= 0x1CBF);  // Georgian
}

// A letter that can start a title written after the number without punctuation ("I SKYRIUS
// BENDROSIOS NUOSTATOS", "Статья 328 УК", "თავი I კანონის"): a capital, or any Georgian letter
// since Georgian has no case.
bool StartsTitle(char32_t cp) {
  if (cp >= 'A' && cp <= 'Z') return true;
  if (cp >= 0xC0 && cp <= 0xDE) return cp != 0xD7;
  if (cp >= 0x100 && cp <= 0x17F) {
    const bool odd_upper = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
    return odd_upper ? cp % 2 == 1 : cp % 2 == 0;
  }
  if (cp >= 0x218 && cp <= 0x21B) return cp % 2 == 0;  // Ș Ț
  if (cp >= 0x400 && cp <= 0x42F) return true;         // Cyrillic capitals
  if ((cp >= 0x460 && cp <= 0x4BF) || (cp >= 0x4D0 && cp <= 0x4FF)) return cp % 2 == 0;
  return (cp >= 0x10A0 && cp <= 0x10FF) || (cp >= 0x1C90 && cp <= 0x1CBF);
}

// One code point of a class, as an X3 primitive parser over UTF-8 bytes. A malformed sequence
// never matches.
struct Utf8Class : x3::parser<Utf8Class> {
  using attribute_type = x3::unused_type;
  static bool const has_attribute = false;

  constexpr explicit Utf8Class(bool (*accepts)(char32_t)) : accepts(accepts) {}

  template <typename Context, typename RContext, typename Attribute>
  bool parse(Iterator& first, const Iterator& last, const Context&, RContext&, Attribute&) const {
    char32_t cp;
    const std::size_t length = DecodeUtf8(first, last, &cp);
    if (length == 0 || !accepts(cp)) return false;
    first += length;
    return true;
  }

  bool (*accepts)(char32_t);
};

// ---- Parse state shared with the semantic actions ---------------------------------------------

struct Span {
  Iterator begin = nullptr;
  Iterator end = nullptr;
};

struct ParseState {
  const HeadingKeyword* keyword = nullptr;
  Span keyword_span;
  Span number_span;
  Span separator_span;
  Span marker_span;  // bare numbering: "(1)", "1.", "а)"
  OutlineLevel bare_level = OutlineLevel::kPart;
};

struct StateTag;

ParseState& StateOf(auto& ctx) { return x3::get<StateTag>(ctx).get(); }

template <typename Range>
Span ToSpan(const Range& range) {
  return {range.begin(), range.end()};
}

// ---- The keyword table, compiled once ---------------------------------------------------------

using KeywordSymbols = x3::symbols<const HeadingKeyword*>;

const KeywordSymbols& Keywords() {
  static const KeywordSymbols symbols = [] {
    KeywordSymbols table;
    for (const HeadingKeyword& keyword : HeadingKeywords()) {
      for (const std::string& spelling : SpellingVariants(keyword.lower)) {
        table.add(spelling, &keyword);
      }
    }
    return table;
  }();
  return symbols;
}

// The first two bytes of every spelling of every keyword (first << 8 | second): a line that
// starts with no such pair starts with no keyword, and the parser need not run. (Every spelling
// is at least two bytes long; a test checks that the lines it passes over hold no heading.)
const std::bitset<1 << 16>& KeywordOpenings() {
  static const std::bitset<1 << 16> openings = [] {
    std::bitset<1 << 16> pairs;
    for (const HeadingKeyword& keyword : HeadingKeywords()) {
      for (const std::string& spelling : SpellingVariants(keyword.lower)) {
        if (spelling.size() < 2) {
          pairs.set();  // a one-byte keyword: every line is worth parsing
          return pairs;
        }
        pairs[static_cast<unsigned char>(spelling[0]) << 8 |
              static_cast<unsigned char>(spelling[1])] = true;
      }
    }
    return pairs;
  }();
  return openings;
}

// ---- Grammars ---------------------------------------------------------------------------------

constexpr Utf8Class kBlank(IsBlank);
constexpr Utf8Class kRomanDigit(IsRomanDigit);
constexpr Utf8Class kSuperscript(IsSuperscriptDigit);
constexpr Utf8Class kPointLetter(IsPointLetter);

const auto on_keyword = [](auto& ctx) { StateOf(ctx).keyword = x3::_attr(ctx); };
const auto on_keyword_span = [](auto& ctx) { StateOf(ctx).keyword_span = ToSpan(x3::_attr(ctx)); };
const auto on_number = [](auto& ctx) { StateOf(ctx).number_span = ToSpan(x3::_attr(ctx)); };
const auto on_separator = [](auto& ctx) { StateOf(ctx).separator_span = ToSpan(x3::_attr(ctx)); };
const auto on_part_marker = [](auto& ctx) {
  StateOf(ctx).marker_span = ToSpan(x3::_attr(ctx));
  StateOf(ctx).bare_level = OutlineLevel::kPart;
};
const auto on_point_marker = [](auto& ctx) {
  StateOf(ctx).marker_span = ToSpan(x3::_attr(ctx));
  StateOf(ctx).bare_level = OutlineLevel::kPoint;
};

// The three grammars, built on first use (thread-safe) rather than at static initialisation,
// so that no other translation unit's initialiser can see them half-built.
const auto& Grammars() {
  static const auto grammars = [] {
    const auto digit = x3::char_('0', '9');
    // Up to six digits: plain-text copies flatten "Articolul 152¹³" into "Articolul 15213".
    const auto arabic = x3::repeat(1, 6)[digit];
    const auto roman = x3::repeat(1, 8)[kRomanDigit];
    const auto number = (arabic >> x3::repeat(0, 3)[(x3::lit('.') | '-' | '/') >> arabic] >>
                         x3::repeat(0, 3)[kSuperscript]) |
                        roman;
    const auto keyword = x3::raw[Keywords()[on_keyword]][on_keyword_span];

    const auto keyword_first = keyword >> *kBlank >> x3::raw[number][on_number];

    // "9(1) straipsnis": Lithuanian prints an inserted article's index in brackets.
    const auto number_first = x3::raw[number >> -('(' >> arabic >> ')')][on_number] >>
                              x3::raw[x3::lit('-') | (-x3::lit('.') >> +kBlank)][on_separator] >>
                              keyword;

    const auto small_number = x3::repeat(1, 3)[digit];
    const auto bare_numbering =
        x3::raw['(' >> small_number >> x3::repeat(0, 3)[kSuperscript] >> ')'][on_part_marker] |
        x3::raw['(' >> x3::repeat(1, 4)[x3::char_('a', 'z')] >> ')'][on_point_marker] |
        x3::raw[small_number >> x3::repeat(0, 2)['.' >> small_number] >> '.'][on_part_marker] |
        x3::raw[small_number >> ')'][on_point_marker] |
        x3::raw[kPointLetter >> ')'][on_point_marker];

    return std::make_tuple(keyword_first, number_first, bare_numbering);
  }();
  return grammars;
}

template <typename Parser>
bool ParseFromStart(std::string_view line, const Parser& parser, ParseState* state) {
  Iterator first = line.data();
  const Iterator last = line.data() + line.size();
  return x3::parse(first, last, x3::with<StateTag>(std::ref(*state))[parser]);
}

// ---- Checks and normalisation in plain C++ ----------------------------------------------------

// Whether the heading may end at `p`: what follows is the end of the line, punctuation
// ("228. Незаконные", "1-берене.", "Art.2 - (1)", "**Статья 5.**"), or, unless `strict`, blanks
// and a title word ("Статья 328 УК", "I SKYRIUS BENDROSIOS"). Prose continues in lower case
// ("Статья 228 предусматривает", "Article 5 of the Constitution", "296-бап бойынша") and is
// turned away.
bool TailAccepts(Iterator p, Iterator end, bool strict) {
  bool blank_seen = false;
  char32_t cp = 0;
  std::size_t length;
  while ((length = DecodeUtf8(p, end, &cp)) != 0 && IsBlank(cp)) {
    p += length;
    blank_seen = true;
  }
  if (p == end) return true;
  if (length == 0) return false;
  switch (cp) {
    case '.':
    case ':':
    case ';':
    case '-':
    case 0x2013:  // –
    case 0x2014:  // —
    case '*':
    case '_':
      return true;
    default:
      return !strict && blank_seen && StartsTitle(cp);
  }
}

// Whether a number or keyword may end at `p`, i.e. no digit or letter follows.
bool EndsWord(Iterator p, Iterator end) {
  char32_t cp;
  if (DecodeUtf8(p, end, &cp) == 0) return true;  // end of line, or a byte that is no letter
  return !(cp >= '0' && cp <= '9') && !IsLetter(cp);
}

bool IsRoman(Span span) {
  char32_t cp;
  return DecodeUtf8(span.begin, span.end, &cp) != 0 && IsRomanDigit(cp);
}

// "228¹" -> "228.1", "228-1" and "217/1" -> "228.1"/"217.1", "9(1)" -> "9.1", "ХІІІ" -> "XIII".
std::string NormaliseNumber(Span span) {
  std::string out;
  bool in_superscript = false;
  for (Iterator p = span.begin; p < span.end;) {
    char32_t cp;
    std::size_t length = DecodeUtf8(p, span.end, &cp);
    if (length == 0) {  // cannot happen for what the grammar accepted; be safe
      ++p;
      continue;
    }
    p += length;
    if (const int value = SuperscriptValue(cp); value >= 0) {
      if (!in_superscript && !out.empty() && out.back() != '.') out.push_back('.');
      out.push_back(static_cast<char>('0' + value));
      in_superscript = true;
      continue;
    }
    in_superscript = false;
    switch (cp) {
      case '.':
      case '-':
      case '/':
      case '(':
        if (!out.empty()) out.push_back('.');
        break;
      case ')':
        break;
      case 0x406:
        out.push_back('I');
        break;
      case 0x425:
        out.push_back('X');
        break;
      default:
        AppendUtf8(cp, &out);
    }
  }
  while (!out.empty() && out.back() == '.') out.pop_back();
  return out;
}

std::string_view Text(Span span) {
  return {span.begin, static_cast<std::size_t>(span.end - span.begin)};
}

void SetLevels(const HeadingKeyword& keyword, bool roman, HeadingMatch* match) {
  if (keyword.division_or_part) {
    match->level = OutlineLevel::kSection;
    match->level_in_article = roman ? OutlineLevel::kSection : OutlineLevel::kPart;
  } else {
    match->level = match->level_in_article = keyword.level;
  }
}

bool IsDivision(OutlineLevel level) {
  return level == OutlineLevel::kChapter || level == OutlineLevel::kSection;
}

std::optional<HeadingMatch> MatchKeywordFirst(std::string_view line) {
  if (line.size() < 2 || !KeywordOpenings()[static_cast<unsigned char>(line[0]) << 8 |
                                            static_cast<unsigned char>(line[1])]) {
    return std::nullopt;
  }
  ParseState state;
  if (!ParseFromStart(line, std::get<0>(Grammars()), &state)) return std::nullopt;
  const HeadingKeyword& keyword = *state.keyword;
  if (keyword.before_number == 0) return std::nullopt;
  // "Статья228" is no heading; an abbreviation may touch its number ("Art.2", "ст.228").
  if (!keyword.abbreviation && state.number_span.begin == state.keyword_span.end) {
    return std::nullopt;
  }
  const bool roman = IsRoman(state.number_span);
  if (roman && (keyword.level == OutlineLevel::kPart || keyword.level == OutlineLevel::kPoint) &&
      !keyword.division_or_part) {
    return std::nullopt;  // "часть IV" is not how parts are numbered
  }
  const Iterator end = line.data() + line.size();
  if (!EndsWord(state.number_span.end, end)) return std::nullopt;
  if (!TailAccepts(state.number_span.end, end, keyword.abbreviation)) return std::nullopt;

  HeadingMatch match;
  SetLevels(keyword, roman, &match);
  match.number = NormaliseNumber(state.number_span);
  match.length = static_cast<std::size_t>(state.number_span.end - line.data());
  match.languages = keyword.before_number;
  match.name.reserve(state.keyword_span.end - state.keyword_span.begin + 1 + match.number.size());
  match.name.append(Text(state.keyword_span)).append(" ").append(match.number);
  return match;
}

std::optional<HeadingMatch> MatchNumberFirst(std::string_view line) {
  ParseState state;
  if (!ParseFromStart(line, std::get<1>(Grammars()), &state)) return std::nullopt;
  const HeadingKeyword& keyword = *state.keyword;
  if (keyword.after_number == 0) return std::nullopt;
  // A dot between number and word is Lithuanian ("44.1. STRAIPSNIS"); elsewhere "1. Глава …"
  // is a numbered line that happens to start with a heading word.
  const bool dotted = *state.separator_span.begin == '.';
  if (dotted && (keyword.after_number & kLithuanian) == 0) return std::nullopt;
  const bool roman = IsRoman(state.number_span);
  if (roman && !IsDivision(keyword.level)) return std::nullopt;  // "I бап" is no article
  const Iterator end = line.data() + line.size();
  if (!EndsWord(state.keyword_span.end, end)) return std::nullopt;  // "467-баптан"
  if (!TailAccepts(state.keyword_span.end, end, keyword.abbreviation)) return std::nullopt;

  HeadingMatch match;
  SetLevels(keyword, roman, &match);
  match.number = NormaliseNumber(state.number_span);
  match.length = static_cast<std::size_t>(state.keyword_span.end - line.data());
  match.languages = keyword.after_number;
  const bool hyphen = *state.separator_span.begin == '-';
  match.name.append(match.number).append(hyphen ? "-" : " ").append(Text(state.keyword_span));
  return match;
}

std::optional<HeadingMatch> MatchBareNumbering(std::string_view line) {
  ParseState state;
  if (!ParseFromStart(line, std::get<2>(Grammars()), &state)) return std::nullopt;
  const Iterator end = line.data() + line.size();
  char32_t cp;
  const Iterator after = state.marker_span.end;
  if (after != end && !(DecodeUtf8(after, end, &cp) != 0 && IsBlank(cp))) return std::nullopt;

  HeadingMatch match;
  match.level = match.level_in_article = state.bare_level;
  Span inner = state.marker_span;
  if (*inner.begin == '(') ++inner.begin;
  if (inner.end[-1] == ')' || inner.end[-1] == '.') --inner.end;
  match.number = NormaliseNumber(inner);
  match.length = static_cast<std::size_t>(state.marker_span.end - line.data());
  return match;
}

}  // namespace

std::optional<HeadingMatch> MatchHeading(std::string_view line) {
  if (line.empty()) return std::nullopt;
  const auto first = static_cast<unsigned char>(line.front());
  const bool digit_first = first >= '0' && first <= '9';
  if (!digit_first && first != '(') {
    if (auto match = MatchKeywordFirst(line)) return match;
  }
  if (digit_first || first >= 0x80 || (first >= 'A' && first <= 'Z')) {
    if (auto match = MatchNumberFirst(line)) return match;  // Arabic or Roman number first
  }
  if (digit_first || first == '(' || first >= 0x80 || (first >= 'a' && first <= 'z')) {
    return MatchBareNumbering(line);
  }
  return std::nullopt;
}

}  // namespace rightslint
