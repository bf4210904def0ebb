#include "text/fold.h"

#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>
#include <unicode/utf8.h>

#include <algorithm>

namespace rightslint {
namespace {

bool IsCyrillic(UChar32 c) { return c >= 0x0400 && c <= 0x052F; }

// Latin letters (already case-folded) that are drawn like a Cyrillic letter, in either case.
UChar32 CyrillicLookAlike(UChar32 c) {
  switch (c) {
    case 'a':
      return 0x0430;  // а
    case 'b':
      return 0x0432;  // в (capital B looks like В)
    case 'c':
      return 0x0441;  // с
    case 'e':
      return 0x0435;  // е
    case 'h':
      return 0x043D;  // н (capital H looks like Н)
    case 'i':
      return 0x0456;  // і
    case 'k':
      return 0x043A;  // к
    case 'm':
      return 0x043C;  // м
    case 'o':
      return 0x043E;  // о
    case 'p':
      return 0x0440;  // р
    case 't':
      return 0x0442;  // т
    case 'x':
      return 0x0445;  // х
    case 'y':
      return 0x0443;  // у
    case 0x00EF:
      return 0x0457;  // ï -> ї
    default:
      return c;
  }
}

UChar32 FoldApostropheAndYo(UChar32 c) {
  switch (c) {
    case 0x2019:  // ’ right single quotation mark
    case 0x2018:  // ‘
    case 0x02BC:  // ʼ modifier letter apostrophe (Ukrainian orthography)
    case 0x0060:  // ` grave accent used as apostrophe
    case 0x2032:  // ′ prime
    case 0x00B4:  // ´ acute accent
      return '\'';
    case 0x0451:  // ё
      return 0x0435;
    // Romanian: s and t with cedilla (ş ţ, the legacy code points most Moldovan and older
    // Romanian texts use) are the letters ș ț with comma below, which ro_RO spells.
    case 0x015F:
      return 0x0219;
    case 0x0163:
      return 0x021B;
    default:
      return c;
  }
}

bool IsStressMark(UChar32 c) { return c == 0x0301 || c == 0x0300; }

// Folds one code point of the fast path (see FoldSimpleWord); -1 when `c` needs ICU.
UChar32 LowerSimple(UChar32 c) {
  if (c < 0x80) return c == '`' ? -1 : (c >= 'A' && c <= 'Z' ? c + 32 : c);
  if (c >= 0x0410 && c <= 0x042F) return c + 0x20;  // А-Я
  if (c >= 0x0400 && c <= 0x040F) return c + 0x50;  // Ѐ-Џ (Ё, Є, І, Ї, …)
  if (c >= 0x0430 && c <= 0x045F) return c;         // а-я, ѐ-џ
  if (c == 0x0490 || c == 0x0491) return 0x0491;    // Ґ ґ
  if (c == 0x2019 || c == 0x02BC) return c;         // apostrophes, unified below
  return -1;
}

// The common case without ICU: words made only of ASCII and basic Cyrillic letters and
// apostrophes, for which NFKC with case folding is a plain lower-casing. Returns false (and
// appends nothing) for any other word. A test checks it against the ICU path letter by letter.
bool FoldSimpleWord(std::string_view word, std::string* out) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(word.data());
  const auto length = static_cast<int32_t>(word.size());
  bool has_cyrillic = false;
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0 || LowerSimple(c) < 0) return false;
    has_cyrillic = has_cyrillic || IsCyrillic(c);
  }
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    c = FoldApostropheAndYo(LowerSimple(c));
    if (has_cyrillic) c = CyrillicLookAlike(c);
    char buffer[U8_MAX_LENGTH];
    int32_t size = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(buffer), size, U8_MAX_LENGTH, c, error);
    if (!error) out->append(buffer, static_cast<std::size_t>(size));
  }
  return true;
}

}  // namespace

void AppendFoldedWord(std::string_view word, std::string* out) {
  bool ascii = true;
  for (unsigned char ch : word) {
    if (ch >= 0x80 || ch == '`') {
      ascii = false;
      break;
    }
  }
  if (ascii) {
    for (unsigned char ch : word)
      out->push_back(static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch));
    return;
  }
  if (FoldSimpleWord(word, out)) return;
  AppendFoldedWordWithIcu(word, out);
}

void AppendFoldedWordWithIcu(std::string_view word, std::string* out) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  icu::UnicodeString source = icu::UnicodeString::fromUTF8(
      icu::StringPiece(word.data(), static_cast<int32_t>(word.size())));
  icu::UnicodeString folded;
  if (U_SUCCESS(status)) {
    nfkc_cf->normalize(source, folded, status);
  }
  if (U_FAILURE(status)) folded = source.foldCase();

  bool has_cyrillic = false;
  for (int32_t i = 0; i < folded.length(); i = folded.moveIndex32(i, 1)) {
    if (IsCyrillic(folded.char32At(i))) {
      has_cyrillic = true;
      break;
    }
  }
  for (int32_t i = 0; i < folded.length(); i = folded.moveIndex32(i, 1)) {
    UChar32 c = FoldApostropheAndYo(folded.char32At(i));
    if (IsStressMark(c)) continue;
    if (has_cyrillic) c = CyrillicLookAlike(c);
    char buffer[U8_MAX_LENGTH];
    int32_t length = 0;
    UBool error = false;
    U8_APPEND(reinterpret_cast<uint8_t*>(buffer), length, U8_MAX_LENGTH, c, error);
    if (!error) out->append(buffer, static_cast<std::size_t>(length));
  }
}

namespace {

// A symbol, punctuation mark or space (no letter, digit or mark) whose NFKC case fold is not empty
// and has no letter, digit, mark or apostrophe either: it only ever stands between words.
bool IsInertSymbol(char32_t c) {
  switch (u_charType(static_cast<UChar32>(c))) {
    case U_DASH_PUNCTUATION:
    case U_START_PUNCTUATION:
    case U_END_PUNCTUATION:
    case U_CONNECTOR_PUNCTUATION:
    case U_OTHER_PUNCTUATION:
    case U_INITIAL_PUNCTUATION:
    case U_FINAL_PUNCTUATION:
    case U_MATH_SYMBOL:
    case U_CURRENCY_SYMBOL:
    case U_MODIFIER_SYMBOL:
    case U_OTHER_SYMBOL:
    case U_SPACE_SEPARATOR:
      break;
    default:
      return false;
  }
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc_cf = icu::Normalizer2::getNFKCCasefoldInstance(status);
  if (U_FAILURE(status)) return false;
  const icu::UnicodeString folded =
      nfkc_cf->normalize(icu::UnicodeString(static_cast<UChar32>(c)), status);
  if (U_FAILURE(status) || folded.isEmpty()) return false;
  for (int32_t i = 0; i < folded.length(); i = folded.moveIndex32(i, 1)) {
    const UChar32 f = folded.char32At(i);
    if (u_isalnum(f) || FoldApostropheAndYo(f) == '\'' || u_getCombiningClass(f) != 0 ||
        (U_GET_GC_MASK(f) & U_GC_M_MASK) != 0) {
      return false;
    }
  }
  return true;
}

}  // namespace

bool FoldsSimply(char32_t c) {
  if (c < 0x80) return true;
  if (c <= 0xBF) {
    switch (c) {
      case 0xA8:  // ¨ ¯ ´ ¸: NFKC gives a space and a combining mark
      case 0xAF:
      case 0xB4:
      case 0xB8:
      case 0xAA:  // ª º: letters a o
      case 0xBA:
      case 0xB2:  // ² ³ ¹ ¼ ½ ¾: digits
      case 0xB3:
      case 0xB9:
      case 0xBC:
      case 0xBD:
      case 0xBE:
      case 0xB5:  // µ: Greek mu
      case 0xAD:  // soft hyphen: removed
        return false;
      default:
        return c >= 0xA0;  // C1 controls are not text
    }
  }
  if (c <= 0xFF) return c != 0xDF;  // ß folds to ss
  if (c <= 0x17F) {
    // İ ı (dotted and dotless i), Ĳ ĳ, Ŀ ŀ, ŉ, ſ expand or fold outside their pair.
    return c != 0x130 && c != 0x131 && c != 0x132 && c != 0x133 && c != 0x13F && c != 0x140 &&
           c != 0x149 && c != 0x17F;
  }
  if (c >= 0x218 && c <= 0x21B) return true;  // Ș ș Ț ț
  // Greek letters (formulas and units in technical prose: Σ, α, β): not final sigma ς, nor ΐ ΰ,
  // which case folding expands.
  if (c >= 0x386 && c <= 0x3CE) {
    return c != 0x387 && c != 0x38B && c != 0x38D && c != 0x390 && c != 0x3A2 && c != 0x3B0 &&
           c != 0x3C2;
  }
  if (c == 0x2BC) return true;                                  // ʼ Ukrainian apostrophe
  if (c >= 0x400 && c <= 0x4FF) return c < 0x483 || c > 0x489;  // not the combining marks
  if (c >= 0x10D0 && c <= 0x10FA) return true;                  // Georgian Mkhedruli letters
  // Spaces, dashes, quotation marks, bullets, primes, guillemets; not the zero-width and bidi
  // marks (removed), nor the leaders, multiple primes and doubled marks (expanded).
  if (c >= 0x2000 && c <= 0x200A) return true;
  // The leaders and doubled marks (… ‼ ⁇) fold to several marks, never into a word.
  if (c >= 0x2010 && c <= 0x2029) return c != 0x2017;  // ‗ is a space and a combining mark
  if (c >= 0x202F && c <= 0x205F) {
    return c != 0x2033 && c != 0x2034 && c != 0x2036 && c != 0x2037 && c != 0x203E && c != 0x2057;
  }
  // Any other symbol, punctuation mark or space (arrows, box drawing, ≥, €, emoji, U+FFFD …)
  // that folds to nothing a word is made of.
  return c >= 0x500 && IsInertSymbol(c);
}

void AppendFoldPreimages(char32_t folded, std::vector<char32_t>* out) {
  const auto add = [out](UChar32 c) {
    const auto code = static_cast<char32_t>(c);
    if (FoldsSimply(code) && std::find(out->begin(), out->end(), code) == out->end()) {
      out->push_back(code);
    }
  };
  const auto f = static_cast<UChar32>(folded);
  add(f);
  add(u_toupper(f));
  add(u_totitle(f));
  for (UChar32 c : {0x2019, 0x2018, 0x02BC, 0x0060, 0x2032, 0x00B4, 0x0451, 0x015F, 0x0163}) {
    if (FoldApostropheAndYo(c) == f) {
      add(c);
      add(u_toupper(c));
    }
  }
  for (UChar32 latin = 'a'; latin <= 'z'; ++latin) {
    if (latin != f && CyrillicLookAlike(latin) == f) {
      add(latin);
      add(u_toupper(latin));
    }
  }
  if (CyrillicLookAlike(0xEF) == f) {  // ï in a Cyrillic word is ї
    add(0xEF);
    add(0xCF);
  }
}

std::string CodePointToUtf8(char32_t c) {
  char buffer[U8_MAX_LENGTH];
  int32_t size = 0;
  UBool error = false;
  U8_APPEND(reinterpret_cast<uint8_t*>(buffer), size, U8_MAX_LENGTH, static_cast<UChar32>(c),
            error);
  return error ? std::string() : std::string(buffer, static_cast<std::size_t>(size));
}

std::vector<char32_t> CodePoints(std::string_view utf8) {
  std::vector<char32_t> out;
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto size = static_cast<int32_t>(utf8.size());
  for (int32_t i = 0; i < size;) {
    UChar32 c;
    U8_NEXT(bytes, i, size, c);
    out.push_back(c < 0 ? 0xFFFD : static_cast<char32_t>(c));
  }
  return out;
}

std::size_t CodePointCount(std::string_view utf8) {
  std::size_t count = 0;
  for (unsigned char ch : utf8) {
    if ((ch & 0xC0) != 0x80) ++count;
  }
  return count;
}

std::string_view CodePointPrefix(std::string_view utf8, std::size_t count) {
  std::size_t seen = 0;
  for (std::size_t i = 0; i < utf8.size(); ++i) {
    if ((static_cast<unsigned char>(utf8[i]) & 0xC0) != 0x80) {
      if (seen == count) return utf8.substr(0, i);
      ++seen;
    }
  }
  return utf8;
}

}  // namespace rightslint
