#include "text/language_id.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

#include <array>
#include <climits>
#include <cstdint>
#include <cstdio>  // compact_lang_det.h uses FILE without including it
#include <fstream>

#include "text/language.h"

// CLD2 and textcat are C/C++ libraries with their own conventions; they stay in this file.
#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>
extern "C" {
#include <libexttextcat/constants.h>
#include <libexttextcat/fingerprint.h>
}

namespace CLD2 {
const char* LanguageCode(Language lang);  // lang_script.h, not among the public headers
}

#ifndef RIGHTSLINT_TEXTCAT_DIR
#define RIGHTSLINT_TEXTCAT_DIR "/usr/share/libexttextcat"
#endif

namespace rightslint {
namespace {

enum Lang { kEn, kRu, kUk, kBe, kKk, kKy, kRo, kLt, kKa, kHy, kAz, kUz, kTg, kCount };

enum class Script { kLatin, kCyrillic, kGeorgian, kArmenian };

// Each candidate of a script: its alphabet in lower case (letters outside it count against it)
// and the letters of which it needs at least one to be considered at all (empty: the script's
// default language, which needs none).
struct Alphabet {
  Lang language;
  std::u32string letters;
  std::u32string distinctive;
};

const std::vector<Alphabet>& CyrillicAlphabets() {
  static const std::vector<Alphabet> kAlphabets = {
      {kRu, U"абвгдеёжзийклмнопрстуфхцчшщъыьэюя", U""},
      {kUk, U"абвгґдеєжзиіїйклмнопрстуфхцчшщьюя", U""},
      {kBe, U"абвгдеёжзійклмнопрстуўфхцчшыьэюя", U"іў"},
      {kKk, U"абвгдеёжзийклмнопрстуфхцчшщъыьэюяәғқңөұүһі", U"әғқңөұүһ"},
      {kKy, U"абвгдеёжзийклмнопрстуфхцчшщъыьэюяңөү", U"ңөү"},
      {kTg, U"абвгғдеёжзиӣйкқлмнопрстуӯфхҳцчҷшъэюя", U"ғӣқӯҳҷ"},
      {kUz, U"абвгдеёжзийклмнопрстуфхцчшъьэюяўқғҳ", U"ўқғҳ"},
  };
  return kAlphabets;
}

const std::vector<Alphabet>& LatinAlphabets() {
  static const std::vector<Alphabet> kAlphabets = {
      {kEn, U"abcdefghijklmnopqrstuvwxyz", U""},
      {kRo, U"abcdefghijklmnopqrstuvwxyzăâîșțşţ", U"ăâîșțşţ"},
      {kLt, U"abcdefghijklmnopqrstuvwxyząčęėįšųūž", U"ąčęėįšųūž"},
      {kAz, U"abcdefghijklmnopqrstuvwxyzçəğıöşü", U"əğı"},
      // Uzbek needs no diacritic; oʻ and gʻ are an apostrophe after a letter (below).
      {kUz, U"abcdefghijklmnopqrstuvwxyz", U""},
  };
  return kAlphabets;
}

constexpr std::array<const char*, kCount> kCodes = {"en", "ru", "uk", "be", "kk", "ky", "ro",
                                                    "lt", "ka", "hy", "az", "uz", "tg"};

int IndexOf(std::string_view code) {
  const std::string_view base = code.substr(0, code.find('-'));  // "uz-Cyrl" -> "uz"
  for (int i = 0; i < kCount; ++i) {
    if (base == kCodes[i]) return i;
  }
  return -1;
}

bool IsApostrophe(UChar32 c) {
  return c == '\'' || c == 0x02BB || c == 0x02BC || c == 0x2018 || c == 0x2019 || c == '`';
}

struct Letters {
  std::array<std::size_t, 4> by_script{};  // indexed by Script
  std::size_t total = 0;
  std::array<std::size_t, kCount> outside{};      // letters of the script outside its alphabet
  std::array<std::size_t, kCount> distinctive{};  // letters that only it (or few) use
  std::size_t uzbek_apostrophes = 0;              // oʻ gʻ
};

bool Contains(const std::u32string& set, UChar32 c) {
  return set.find(static_cast<char32_t>(c)) != std::u32string::npos;
}

// What Count() needs to know of one code point: whether it is a letter, its lower case (for the
// Uzbek apostrophe rule), its script, and for each language of that script whether the letter is
// outside its alphabet or one of its distinctive letters (bit i: Lang i).
struct LetterClass {
  bool letter = false;
  UChar32 lower = 0;
  int script = -1;  // a Script, or -1 for the scripts the identifier does not weigh
  std::uint32_t outside = 0;
  std::uint32_t distinctive = 0;
};

LetterClass Classify(UChar32 c) {
  LetterClass out;
  if (!u_isalpha(c)) return out;
  out.letter = true;
  out.lower = u_tolower(c);
  UErrorCode error = U_ZERO_ERROR;
  const UScriptCode script = uscript_getScript(c, &error);
  const std::vector<Alphabet>* alphabets = nullptr;
  if (script == USCRIPT_LATIN) {
    out.script = static_cast<int>(Script::kLatin);
    alphabets = &LatinAlphabets();
  } else if (script == USCRIPT_CYRILLIC) {
    out.script = static_cast<int>(Script::kCyrillic);
    alphabets = &CyrillicAlphabets();
  } else if (script == USCRIPT_GEORGIAN) {
    out.script = static_cast<int>(Script::kGeorgian);
  } else if (script == USCRIPT_ARMENIAN) {
    out.script = static_cast<int>(Script::kArmenian);
  }
  if (alphabets == nullptr) return out;
  for (const Alphabet& alphabet : *alphabets) {
    if (!Contains(alphabet.letters, out.lower)) out.outside |= 1u << alphabet.language;
    if (Contains(alphabet.distinctive, out.lower)) out.distinctive |= 1u << alphabet.language;
  }
  return out;
}

// Classify() of every code point below U+0500 (Latin with its extensions and IPA, where ə is, and
// all of Cyrillic), computed once: the identifier reads every letter of every paragraph, and ICU's
// property lookups and the alphabet searches cost far more than the rest of the pipeline per
// letter.
constexpr UChar32 kTableEnd = 0x500;
const std::array<LetterClass, kTableEnd>& LetterTable() {
  static const std::array<LetterClass, kTableEnd> kTable = [] {
    std::array<LetterClass, kTableEnd> table;
    for (UChar32 c = 0; c < kTableEnd; ++c) table[static_cast<std::size_t>(c)] = Classify(c);
    return table;
  }();
  return kTable;
}

Letters Count(std::string_view utf8) {
  static_assert(kCount <= 32, "a LetterClass mask has one bit per language");
  const std::array<LetterClass, kTableEnd>& table = LetterTable();
  Letters letters;
  const auto* bytes = reinterpret_cast<const uint8_t*>(utf8.data());
  const auto length = static_cast<int32_t>(utf8.size());
  UChar32 previous = 0;
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0) continue;
    if (IsApostrophe(c)) {
      if (previous == 'o' || previous == 'g') ++letters.uzbek_apostrophes;
      previous = 0;
      continue;
    }
    const LetterClass letter = c < kTableEnd ? table[static_cast<std::size_t>(c)] : Classify(c);
    if (!letter.letter) {
      previous = 0;
      continue;
    }
    ++letters.total;
    previous = letter.lower;
    if (letter.script >= 0) ++letters.by_script[static_cast<std::size_t>(letter.script)];
    for (std::uint32_t mask = letter.outside; mask != 0; mask &= mask - 1) {
      ++letters.outside[static_cast<std::size_t>(__builtin_ctz(mask))];
    }
    for (std::uint32_t mask = letter.distinctive; mask != 0; mask &= mask - 1) {
      ++letters.distinctive[static_cast<std::size_t>(__builtin_ctz(mask))];
    }
  }
  return letters;
}

// Letters outside a language's alphabet rule it out when they are at least 3 and 3% of the
// script's letters: a quoted foreign word or a name ("Chișinău" in English) does not, a written
// language does (и is 6% of Ukrainian text and absent from Belarusian).
bool RuledOut(std::size_t outside, std::size_t script_letters) {
  return outside >= 3 && outside * 100 >= 3 * script_letters;
}

LanguageId Settled(int language, std::size_t letters) {
  return {kCodes[language], true, false, letters};
}

}  // namespace

const std::vector<std::string>& IdentifiableLanguages() {
  static const std::vector<std::string> kLanguages(kCodes.begin(), kCodes.end());
  return kLanguages;
}

std::string LanguageIdentifier::DefaultFingerprintDir() { return RIGHTSLINT_TEXTCAT_DIR; }

namespace {

// The fingerprint files: (language index, file name without .lm). Uzbek is written in Latin and
// in Cyrillic letters; textcat has a fingerprint for each.
std::vector<std::pair<int, std::string>> FingerprintFiles() {
  std::vector<std::pair<int, std::string>> files;
  for (int i = 0; i < kCount; ++i) files.emplace_back(i, kCodes[i]);
  files.emplace_back(kUz, "uz-Cyrl");
  return files;
}

}  // namespace

StatusOr<std::unique_ptr<LanguageIdentifier>> LanguageIdentifier::Create(
    const std::string& fingerprint_dir) {
  std::unique_ptr<LanguageIdentifier> identifier(new LanguageIdentifier());
  // Only checked here: each is read when textcat first weighs its language (most texts never
  // need textcat, and a Latin-script text only the Latin-script languages).
  for (const auto& [language, name] : FingerprintFiles()) {
    const std::string path = fingerprint_dir + "/" + name + ".lm";
    if (!std::ifstream(path)) {
      return Status::NotFound(path + ": cannot read the language fingerprint (libexttextcat-data)");
    }
    identifier->fingerprints_.push_back({language, path});
  }
  return identifier;
}

LanguageIdentifier::~LanguageIdentifier() {
  for (const Fingerprint& fingerprint : fingerprints_) {
    if (fingerprint.handle != nullptr) fp_Done(fingerprint.handle);
  }
}

void* LanguageIdentifier::Fingerprint::Get() const {
  std::call_once(*loaded, [this] {
    void* read = fp_Init(path.c_str());
    fp_SetProperty(read, TCPROP_UTF8AWARE, TC_TRUE);
    // A file gone since Create(): that language is not a textcat candidate.
    if (fp_Read(read, path.c_str(), MAXNGRAMS) == 0) {
      fp_Done(read);
      return;
    }
    handle = read;
  });
  return handle;
}

int LanguageIdentifier::Textcat(std::string_view utf8, const std::vector<bool>& allowed) const {
  void* unknown = fp_Init(nullptr);
  fp_SetProperty(unknown, TCPROP_UTF8AWARE, TC_TRUE);
  int best = -1;
  if (fp_Create(unknown, utf8.data(), static_cast<uint4>(utf8.size()), MAXNGRAMS) != 0) {
    sint4 best_score = INT_MAX;
    for (const Fingerprint& fingerprint : fingerprints_) {
      if (!allowed[fingerprint.language]) continue;
      void* known = fingerprint.Get();
      if (known == nullptr) continue;
      const sint4 score = fp_Compare(known, unknown, best_score);
      if (score < best_score) {
        best_score = score;
        best = fingerprint.language;
      }
    }
  }
  fp_Done(unknown);
  return best;
}

namespace {

// CLD2's three best guesses, as indices into kCodes (-1 for a language outside them).
struct Cld2Guess {
  std::array<int, 3> languages{};
  bool reliable = false;
};

Cld2Guess Cld2(std::string_view utf8) {
  CLD2::Language language3[3];
  int percent3[3];
  double scores3[3];
  int text_bytes = 0;
  bool reliable = false;
  int valid_prefix = 0;
  const CLD2::CLDHints hints = {nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE};
  CLD2::ExtDetectLanguageSummaryCheckUTF8(utf8.data(), static_cast<int>(utf8.size()), true, &hints,
                                          0, language3, percent3, scores3, nullptr, &text_bytes,
                                          &reliable, &valid_prefix);
  Cld2Guess out;
  for (int i = 0; i < 3; ++i) out.languages[i] = IndexOf(CLD2::LanguageCode(language3[i]));
  out.reliable = reliable;
  return out;
}

}  // namespace

std::size_t LanguageIdentifier::LetterCount(std::string_view utf8) const {
  return Count(utf8).total;
}

LanguageId LanguageIdentifier::Identify(std::string_view utf8, Method method) const {
  const Letters letters = Count(utf8);
  if (letters.total == 0) return {};
  const std::vector<bool> all(kCount, true);
  if (method == Method::kTextcat) {
    const int best = Textcat(utf8, all);
    return {best < 0 ? "" : kCodes[best], false, false, letters.total};
  }
  const Cld2Guess cld2 = Cld2(utf8);
  if (method == Method::kCld2) {
    for (int guess : cld2.languages) {
      if (guess >= 0) return {kCodes[guess], false, false, letters.total};
    }
    return {"", false, false, letters.total};
  }

  // 1. The script.
  std::size_t most = 0;
  Script script = Script::kLatin;
  for (int s = 0; s < 4; ++s) {
    if (letters.by_script[s] > most) {
      most = letters.by_script[s];
      script = static_cast<Script>(s);
    }
  }
  if (most == 0) return {};  // letters of other scripts only
  if (script == Script::kGeorgian) return Settled(kKa, letters.total);
  if (script == Script::kArmenian) return Settled(kHy, letters.total);

  // 2. The alphabet.
  const bool cyrillic = script == Script::kCyrillic;
  const std::vector<Alphabet>& alphabets = cyrillic ? CyrillicAlphabets() : LatinAlphabets();
  const Lang fallback = cyrillic ? kRu : kEn;
  std::vector<bool> possible(kCount, false);  // has a letter it needs, if it needs one
  std::vector<bool> allowed(kCount, false);   // … and not too many it lacks
  int possible_count = 0;
  int allowed_count = 0;
  for (const Alphabet& alphabet : alphabets) {
    const Lang language = alphabet.language;
    // Without its letters a language is still possible when CLD2 is sure of it: a short
    // Kyrgyz sentence may lack ң ө ү, a Romanian one its diacritics.
    if (!alphabet.distinctive.empty() && letters.distinctive[language] == 0 &&
        !(cld2.reliable && cld2.languages[0] == language)) {
      continue;
    }
    possible[language] = true;
    ++possible_count;
    if (!RuledOut(letters.outside[language], most)) {
      allowed[language] = true;
      ++allowed_count;
    }
  }
  if (allowed_count == 0) {
    allowed = possible;
    allowed_count = possible_count;
  }

  if (cyrillic) {
    bool only_ru_uk = true;
    for (int i = 0; i < kCount; ++i) {
      if (allowed[i] && i != kRu && i != kUk) only_ru_uk = false;
    }
    if (only_ru_uk) {
      // Russian or Ukrainian: the letters only one of them uses, as before this identifier.
      const LanguageGuess guess = GuessLanguage(CountLetters(utf8));
      if (guess.decided) return Settled(IndexOf(guess.language), letters.total);
      const std::vector<bool> ru_uk = [] {
        std::vector<bool> both(kCount, false);
        both[kRu] = both[kUk] = true;
        return both;
      }();
      int pick = -1;
      for (int guess_index : cld2.languages) {
        if (guess_index == kRu || guess_index == kUk) {
          pick = guess_index;
          break;
        }
      }
      if (pick < 0) pick = Textcat(utf8, ru_uk);
      if (pick < 0) pick = kRu;
      return {kCodes[pick], false, true, letters.total};
    }
  }
  if (allowed_count == 1) {
    for (int i = 0; i < kCount; ++i) {
      if (allowed[i]) return Settled(i, letters.total);
    }
  }

  // 3. Statistics among the candidates left.
  int pick = -1;
  for (int guess : cld2.languages) {
    if (guess >= 0 && allowed[guess]) {
      pick = guess;
      break;
    }
  }
  if (pick < 0) pick = Textcat(utf8, allowed);
  // Latin text without any distinctive letter stays English unless CLD2's first guess says
  // otherwise: a short English heading must not be lost to a second guess or to textcat.
  if (!cyrillic && allowed[kEn] && pick >= 0 && pick != kEn && pick != cld2.languages[0] &&
      letters.distinctive[pick] == 0 && !(pick == kUz && letters.uzbek_apostrophes > 0)) {
    pick = kEn;
  }
  if (pick < 0) pick = fallback;
  return {kCodes[pick], false, false, letters.total};
}

}  // namespace rightslint
