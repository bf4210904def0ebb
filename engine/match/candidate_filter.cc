#include "match/candidate_filter.h"

#include <re2/filtered_re2.h>
#include <re2/re2.h>
#include <re2/set.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <bit>
#include <cstdio>
#include <map>
#include <string>

#include "match/anchor_scanner.h"
#include "match/lexicon_matcher.h"
#include "match/phrase_set.h"
#include "rightslint/options.h"
#include "text/fold.h"
#include "text/tokenizer.h"

namespace rightslint {
namespace {

// A regular expression over raw text for a folded string: each code point as the class of the
// code points that fold to it.
std::string RawTextPattern(std::string_view folded) {
  std::string pattern;
  std::vector<char32_t> preimages;
  for (char32_t c : CodePoints(folded)) {
    preimages.clear();
    AppendFoldPreimages(c, &preimages);
    pattern += '[';
    for (char32_t p : preimages) {
      char escaped[16];
      std::snprintf(escaped, sizeof escaped, "\\x{%X}", static_cast<unsigned>(p));
      pattern += escaped;
    }
    pattern += ']';
  }
  return pattern;
}

// A phrase word's anchor: what a text word passing the prefilter for it starts with, or, for a
// short word, is.
struct WordAnchor {
  std::string folded;
  bool whole_word = false;
};

// The anchors of a phrase's words: a phrase can match only where all of them are in the text.
std::vector<WordAnchor> PhraseAnchors(std::string_view phrase, bool stable_stem,
                                      std::string_view language) {
  std::vector<WordAnchor> anchors;
  std::size_t begin = 0;
  while (begin < phrase.size()) {
    std::size_t space = phrase.find(' ', begin);
    if (space == std::string_view::npos) space = phrase.size();
    const std::string folded = FoldWord(phrase.substr(begin, space - begin));
    const std::string_view anchor = PrefilterAnchor(folded, stable_stem, language);
    if (!anchor.empty()) {
      anchors.push_back({std::string(anchor), PrefilterMatchesWholeWord(folded)});
    }
    begin = space + 1;
  }
  return anchors;
}

// What joins two words of a block: what the tokeniser joins them by, and the line breaks inside a
// paragraph, which its copy of the block has as spaces (CopyProse). The filter reads the block's
// own bytes.
bool IsGap(char32_t c) {
  if (c < 0x80) return c == ' ' || c == '\t' || c == '-' || c == '\n' || c == '\r';
  return IsJoiningGapCharacter(c);
}

// An atom made only of what folded words are made of lies inside one word of the folded text a
// pattern rule reads.
bool IsWordInternal(std::string_view atom) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(atom.data());
  const auto length = static_cast<int32_t>(atom.size());
  for (int32_t i = 0; i < length;) {
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c < 0 || !IsAnchorCharacter(static_cast<char32_t>(c))) return false;
  }
  return length > 0;
}

// Where the next word after the one starting at `offset` may start if the two are joined: after
// the first run of joining characters (space, tab, hyphen). A joined word cannot start sooner:
// ICU's words do not contain those characters, and two words of text that folds simply are
// never split without some character between them.
std::size_t NextJoinedWord(std::string_view text, std::size_t offset) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto size = static_cast<int32_t>(text.size());
  auto i = static_cast<int32_t>(offset);
  bool in_gap = false;
  while (i < size) {
    const int32_t at = i;
    UChar32 c;
    U8_NEXT(bytes, i, size, c);
    const bool gap = c >= 0 && IsGap(static_cast<char32_t>(c));
    if (in_gap && !gap) return static_cast<std::size_t>(at);
    in_gap = in_gap || gap;
  }
  return std::string_view::npos;
}

// The word starts p with NextJoinedWord(text, p) == offset: those in the run of characters other
// than joining ones that ends where the run of joining characters before `offset` begins.
void PreviousJoinedWords(std::string_view text, std::size_t offset,
                         std::vector<std::size_t>* starts) {
  starts->clear();
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  auto i = static_cast<int32_t>(offset);
  auto previous = [&](int32_t* at) {
    UChar32 c;
    U8_PREV(bytes, 0, *at, c);
    return c;
  };
  const int32_t gap_end = i;
  while (i > 0) {
    int32_t at = i;
    const UChar32 c = previous(&at);
    if (c < 0 || !IsGap(static_cast<char32_t>(c))) break;
    i = at;
  }
  if (i == gap_end) return;  // no joining character just before: no word is joined to it
  const int32_t run_end = i;
  while (i > 0) {
    int32_t at = i;
    const UChar32 c = previous(&at);
    if (c >= 0 && IsGap(static_cast<char32_t>(c))) break;
    i = at;
  }
  const auto size = static_cast<int32_t>(text.size());
  bool previous_word = false;
  for (int32_t j = i; j < run_end;) {
    const int32_t start = j;
    UChar32 c;
    U8_NEXT(bytes, j, size, c);
    const bool word = c >= 0 && IsWordCharacter(static_cast<char32_t>(c));
    if (word && !previous_word) starts->push_back(static_cast<std::size_t>(start));
    previous_word = word;
  }
}

// One bit per language of SupportedLanguages().
constexpr std::size_t kLanguageBits = 32;

// A term or concept phrase: present where the anchors of its words occur word after word as the
// tokeniser joins them. Only the rarest of them, the key, is scanned for; the others are read in
// the text next to it.
struct FilterPhrase {
  std::vector<WordAnchor> words;  // normalised (AnchorScanner::Normalized), in order
  std::size_t key_word = 0;
  int key = -1;                // AnchorScanner id of words[key_word]
  int concept_id = -1;         // -1: a term
  int context_id = -1;         // a term that fires only next to this concept
  std::uint32_t language = 0;  // LanguageBit
};

// Whether the phrase's words before `word` occur, word after word, before the word starting at
// `offset`.
bool WordsBefore(const AnchorScanner& scanner, std::string_view text, const FilterPhrase& phrase,
                 std::size_t word, std::size_t offset, bool has_cyrillic) {
  if (word == 0) return true;
  std::vector<std::size_t> starts;
  PreviousJoinedWords(text, offset, &starts);
  const WordAnchor& anchor = phrase.words[word - 1];
  for (std::size_t start : starts) {
    if (scanner.AnchorAt(text, start, anchor.folded, anchor.whole_word, has_cyrillic) &&
        WordsBefore(scanner, text, phrase, word - 1, start, has_cyrillic)) {
      return true;
    }
  }
  return false;
}

// Whether the phrase occurs around an occurrence of its key (a phrase of one word: whether the key
// occurs at all).
bool PhraseOccurs(const AnchorScanner& scanner, std::string_view text, const FilterPhrase& phrase,
                  bool has_cyrillic, const std::vector<AnchorScanner::Occurrence>& occurrences) {
  if (phrase.words.size() == 1) return true;
  for (const AnchorScanner::Occurrence& occurrence : occurrences) {
    if (occurrence.id != phrase.key) continue;
    std::size_t offset = occurrence.offset;
    std::size_t w = phrase.key_word + 1;
    for (; w < phrase.words.size(); ++w) {
      offset = NextJoinedWord(text, offset);
      const WordAnchor& anchor = phrase.words[w];
      if (offset == std::string_view::npos ||
          !scanner.AnchorAt(text, offset, anchor.folded, anchor.whole_word, has_cyrillic)) {
        break;
      }
    }
    if (w == phrase.words.size() &&
        WordsBefore(scanner, text, phrase, phrase.key_word, occurrence.offset, has_cyrillic)) {
      return true;
    }
  }
  return false;
}

}  // namespace

struct CandidateFilter::Impl {
  using Phrase = FilterPhrase;
  // Clause rules as concept ids: each of `all`, and one of `any` when `any` is not empty.
  struct Clause {
    std::vector<std::uint32_t> all;
    std::vector<std::uint32_t> any;
  };

  bool pass_all = false;  // every block is a candidate (a rule without anchors)
  AnchorScanner scanner;
  std::vector<Phrase> phrases;
  std::vector<std::vector<std::uint32_t>> phrases_of_anchor;  // anchor id -> phrase indexes
  std::vector<Clause> clauses;
  std::size_t concept_count = 0;
  // Pattern rules: FilteredRE2 and the raw-text patterns of its atoms (atom id = set index).
  std::unique_ptr<re2::FilteredRE2> patterns;
  std::unique_ptr<RE2::Set> atoms;
  // Atoms of ASCII digits one of which every pattern needs ("18", "21"), or empty: a block
  // without any of them is not read by the set at all.
  std::vector<std::string> required_numbers;
  std::vector<std::uint32_t> pattern_languages;  // per pattern rule: the languages it lists
};

CandidateFilter::CandidateFilter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
CandidateFilter::~CandidateFilter() = default;

std::unique_ptr<CandidateFilter> CandidateFilter::Create(const std::vector<RuleSpec>& rules,
                                                         const LexiconSpecs& lexicons, bool legal) {
  auto impl = std::make_unique<Impl>();
  // One bit per language in a std::uint32_t.
  if (SupportedLanguages().size() > kLanguageBits) impl->pass_all = true;
  std::map<std::string, std::uint32_t> concept_ids;
  auto concept_id = [&](const std::string& name) {
    return concept_ids.emplace(name, static_cast<std::uint32_t>(concept_ids.size())).first->second;
  };
  auto add_phrase = [&impl](const std::vector<WordAnchor>& anchors, const std::string& language,
                            int concept_of, int context) {
    Impl::Phrase phrase;
    phrase.concept_id = concept_of;
    phrase.context_id = context;
    phrase.language = LanguageBit(language);
    if (phrase.language == 0) return;  // lexicons exist only for SupportedLanguages()
    for (const WordAnchor& anchor : anchors) {
      WordAnchor normalized{AnchorScanner::Normalized(anchor.folded, anchor.whole_word),
                            anchor.whole_word};
      if (normalized.folded.empty()) {  // an anchor the scanner cannot look for
        impl->pass_all = true;
        return;
      }
      phrase.words.push_back(std::move(normalized));
    }
    if (phrase.words.empty()) return;
    // The rarest word: a prefix rather than a short whole word ("of", "не"), the longest.
    auto rarity = [](const WordAnchor& anchor) {
      return std::make_pair(!anchor.whole_word, CodePointCount(anchor.folded));
    };
    for (std::size_t w = 1; w < phrase.words.size(); ++w) {
      if (rarity(phrase.words[w]) > rarity(phrase.words[phrase.key_word])) phrase.key_word = w;
    }
    const WordAnchor& key = phrase.words[phrase.key_word];
    phrase.key = impl->scanner.Add(key.folded, key.whole_word);
    impl->phrases.push_back(std::move(phrase));
  };
  // A term with a context fires only with a word of that concept in the same sentence.
  for (const TermEntry& entry : lexicons.terms) {
    const int context = entry.context.empty() ? -1 : static_cast<int>(concept_id(entry.context));
    add_phrase(PhraseAnchors(entry.term, HasStableStem(entry), entry.language), entry.language, -1,
               context);
  }
  if (legal) {
    std::vector<std::string> patterns;
    for (const RuleSpec& rule : rules) {
      if (rule.info.type == "pattern") {
        patterns.push_back(rule.pattern);
        std::uint32_t languages = 0;
        for (const std::string& language : rule.info.languages) languages |= LanguageBit(language);
        impl->pattern_languages.push_back(languages);
      }
      if (rule.info.type != "clause") continue;
      const ClauseSpec& clause = rule.clause;
      if (clause.all.empty() && clause.any.empty()) impl->pass_all = true;
      Impl::Clause compiled;
      for (const std::string& name : clause.all) compiled.all.push_back(concept_id(name));
      for (const std::string& name : clause.any) compiled.any.push_back(concept_id(name));
      impl->clauses.push_back(std::move(compiled));
    }
    if (!patterns.empty() && !AddPatterns(patterns, impl.get())) impl->pass_all = true;
  }
  impl->concept_count = concept_ids.size();
  // Concept phrases of every language, prefiltered as LexiconMatcher adds them (no stable
  // stems): the contexts, and with the legal rules the clause rules' concepts.
  for (const ConceptEntry& entry : lexicons.concepts) {
    auto id = concept_ids.find(entry.concept_name);
    if (id == concept_ids.end()) continue;
    add_phrase(PhraseAnchors(entry.term, /*stable_stem=*/false, entry.language), entry.language,
               static_cast<int>(id->second), -1);
  }
  impl->phrases_of_anchor.resize(impl->scanner.size());
  for (std::size_t p = 0; p < impl->phrases.size(); ++p) {
    impl->phrases_of_anchor[static_cast<std::size_t>(impl->phrases[p].key)].push_back(
        static_cast<std::uint32_t>(p));
  }
  return std::unique_ptr<CandidateFilter>(new CandidateFilter(std::move(impl)));
}

bool CandidateFilter::AddPatterns(const std::vector<std::string>& patterns, Impl* impl) {
  impl->patterns = std::make_unique<re2::FilteredRE2>(/*min_atom_len=*/2);
  RE2::Options options;
  options.set_log_errors(false);
  for (const std::string& pattern : patterns) {
    int id = 0;
    if (impl->patterns->Add(pattern, options, &id) != RE2::NoError) return false;
  }
  std::vector<std::string> atoms;
  impl->patterns->Compile(&atoms);
  std::vector<int> unfiltered;
  impl->patterns->AllPotentials({}, &unfiltered);
  if (!unfiltered.empty() || atoms.empty()) return false;
  auto set = std::make_unique<RE2::Set>(options, RE2::UNANCHORED);
  for (const std::string& atom : atoms) {
    // Inside one word of the folded text the rule reads, anywhere in it.
    if (!IsWordInternal(atom) || set->Add(RawTextPattern(atom), nullptr) < 0) return false;
  }
  if (!set->Compile()) return false;
  impl->atoms = std::move(set);

  // In text the scanner could read (every code point folds simply), an ASCII digit is the only
  // code point that folds to it — other digits and number forms do not fold simply — so a
  // byte search for a number atom is exact.
  std::vector<int> others;
  std::vector<std::string> numbers;
  for (std::size_t i = 0; i < atoms.size(); ++i) {
    const bool number =
        std::all_of(atoms[i].begin(), atoms[i].end(), [](char c) { return c >= '0' && c <= '9'; });
    if (number) {
      numbers.push_back(atoms[i]);
    } else {
      others.push_back(static_cast<int>(i));
    }
  }
  std::vector<int> without_numbers;
  impl->patterns->AllPotentials(others, &without_numbers);
  if (!numbers.empty() && without_numbers.empty()) impl->required_numbers = std::move(numbers);
  return true;
}

void CandidateFilter::MarkNeededConcepts(CandidateScratch* scratch) const {
  const Impl& impl = *impl_;
  const std::size_t slots = impl.concept_count * kLanguageBits;
  scratch->possible.assign(slots, false);
  scratch->needed.assign(slots, false);
  std::uint32_t possible_languages = 0;
  for (int anchor : scratch->anchors) {
    for (std::uint32_t p : impl.phrases_of_anchor[static_cast<std::size_t>(anchor)]) {
      const Impl::Phrase& phrase = impl.phrases[p];
      const auto language = static_cast<std::size_t>(std::countr_zero(phrase.language));
      if (phrase.concept_id >= 0) {
        scratch->possible[static_cast<std::size_t>(phrase.concept_id) * kLanguageBits + language] =
            true;
        possible_languages |= phrase.language;
      } else if (phrase.context_id >= 0) {
        scratch->needed[static_cast<std::size_t>(phrase.context_id) * kLanguageBits + language] =
            true;
      }
    }
  }
  for (std::uint32_t rest = possible_languages; rest != 0; rest &= rest - 1) {
    const auto language = static_cast<std::size_t>(std::countr_zero(rest));
    const auto possible = [&](std::uint32_t id) {
      return scratch->possible[id * kLanguageBits + language];
    };
    for (const Impl::Clause& clause : impl.clauses) {
      if (!std::all_of(clause.all.begin(), clause.all.end(), possible) ||
          !(clause.any.empty() || std::any_of(clause.any.begin(), clause.any.end(), possible))) {
        continue;
      }
      for (const std::vector<std::uint32_t>* ids : {&clause.all, &clause.any}) {
        for (std::uint32_t id : *ids) scratch->needed[id * kLanguageBits + language] = true;
      }
    }
  }
}

bool CandidateFilter::MayMatch(std::string_view text, CandidateScratch* scratch) const {
  const Impl& impl = *impl_;
  scratch->languages = ~std::uint32_t{0};
  if (impl.pass_all) return true;
  scratch->present.assign(impl.scanner.size(), false);
  scratch->anchors.clear();
  scratch->occurrences.clear();
  if (!impl.scanner.Scan(text, &scratch->present, &scratch->anchors, &scratch->occurrences)) {
    return true;
  }
  std::sort(scratch->occurrences.begin(), scratch->occurrences.end());
  // Concepts present, per language; the terms present, by language and context. (Read only
  // where some anchor was found: most paragraphs have none.)
  if (!scratch->anchors.empty()) {
    scratch->concepts.assign(impl.concept_count * kLanguageBits, false);
    MarkNeededConcepts(scratch);
  }
  scratch->contexts.clear();
  std::uint32_t languages = 0;
  std::uint32_t concept_languages = 0;  // languages with some concept present
  const bool has_cyrillic = !scratch->anchors.empty() && AnchorScanner::HasCyrillic(text);
  for (int anchor : scratch->anchors) {
    for (std::uint32_t p : impl.phrases_of_anchor[static_cast<std::size_t>(anchor)]) {
      const Impl::Phrase& phrase = impl.phrases[p];
      const std::size_t language = static_cast<std::size_t>(std::countr_zero(phrase.language));
      if (phrase.concept_id >= 0 &&
          !scratch
               ->needed[static_cast<std::size_t>(phrase.concept_id) * kLanguageBits + language]) {
        continue;  // no clause or context can use it here: not worth reading
      }
      if (!PhraseOccurs(impl.scanner, text, phrase, has_cyrillic, scratch->occurrences)) continue;
      if (phrase.concept_id >= 0) {
        scratch->concepts[static_cast<std::size_t>(phrase.concept_id) * kLanguageBits + language] =
            true;
        concept_languages |= phrase.language;
      } else if (phrase.context_id < 0) {
        languages |= phrase.language;
      } else {
        scratch->contexts.push_back(static_cast<std::uint32_t>(phrase.context_id) * kLanguageBits +
                                    language);
      }
    }
  }
  // A context concept counts in the term's own language, as LexiconMatcher looks for it.
  for (std::uint32_t slot : scratch->contexts) {
    if (scratch->concepts[slot]) languages |= std::uint32_t{1} << (slot % kLanguageBits);
  }
  for (std::uint32_t rest = concept_languages; rest != 0; rest &= rest - 1) {
    const auto language = static_cast<std::size_t>(std::countr_zero(rest));
    const auto present = [&](std::uint32_t id) {
      return scratch->concepts[id * kLanguageBits + language];
    };
    for (const Impl::Clause& clause : impl.clauses) {
      if (std::all_of(clause.all.begin(), clause.all.end(), present) &&
          (clause.any.empty() || std::any_of(clause.any.begin(), clause.any.end(), present))) {
        languages |= std::uint32_t{1} << language;
      }
    }
  }
  const bool has_number =
      impl.required_numbers.empty() ||
      std::any_of(impl.required_numbers.begin(), impl.required_numbers.end(),
                  [&](const std::string& number) { return text.find(number) != text.npos; });
  if (impl.atoms != nullptr && has_number) {
    RE2::Set::ErrorInfo error{};
    if (impl.atoms->Match(text, &scratch->atoms, &error)) {
      impl.patterns->AllPotentials(scratch->atoms, &scratch->potentials);
      for (int pattern : scratch->potentials) {
        languages |= impl.pattern_languages[static_cast<std::size_t>(pattern)];
      }
    } else if (error.kind != RE2::Set::kNoError) {
      languages = ~std::uint32_t{0};  // out of memory: keep the block for every language
    }
  }
  scratch->languages = languages;
  return languages != 0;
}

std::uint32_t LanguageBit(std::string_view language) {
  const std::vector<std::string>& languages = SupportedLanguages();
  const auto found = std::find(languages.begin(), languages.end(), language);
  return found == languages.end() ? 0 : std::uint32_t{1} << (found - languages.begin());
}

}  // namespace rightslint
