#include "match/phrase_set.h"

#include <libstemmer.h>

#include <algorithm>

#include "text/fold.h"

namespace rightslint {
namespace {

// Key kinds share one hash table; the first byte says which kind a key is.
constexpr char kFolded = 'F';  // the word as written, folded
constexpr char kLemma = 'L';   // a Hunspell lemma of the word
constexpr char kNoun = 'N';    // a lemma reached through a noun form only
constexpr char kStem = 'S';    // Snowball stem, for words the dictionary does not know

std::string MakeKey(char kind, std::string_view text) {
  std::string key;
  key.reserve(text.size() + 1);
  key.push_back(kind);
  key.append(text);
  return key;
}

// Phrase words of up to this many letters are matched whole in the prefilter; longer ones by
// their first letters, which every inflected form shares.
constexpr std::size_t kShortWord = 3;

// Whether every text word whose keys can match an English noun or adjective starts with all of
// its letters. Its noun forms (en_US affixes S and M) add -s, -es, -'s, and strip only a final
// -y; a word the dictionary does not know matches by its Snowball stem, which is the word with a
// suffix deleted unless Porter2 rewrote the suffix — and every rewrite ends in one of
// kRewrittenEndings (-ational > -ate, -biliti > -ble, -y > -i, -ll > -l, -ies > -ie, …). So a
// word that is its own stem and ends in none of them is a prefix of every such word.
bool KeepsAllLetters(std::string_view folded, std::string_view language) {
  if (language != "en") return false;
  static constexpr std::string_view kRewrittenEndings[] = {"e",    "i",   "y",  "l", "s",
                                                           "tion", "ent", "og", "ic"};
  for (std::string_view ending : kRewrittenEndings) {
    if (folded.ends_with(ending)) return false;
  }
  sb_stemmer* stemmer = sb_stemmer_new("english", "UTF_8");
  if (stemmer == nullptr) return false;
  const sb_symbol* stem = sb_stemmer_stem(
      stemmer, reinterpret_cast<const sb_symbol*>(folded.data()), static_cast<int>(folded.size()));
  const bool same =
      stem != nullptr &&
      std::string_view(reinterpret_cast<const char*>(stem),
                       static_cast<std::size_t>(sb_stemmer_length(stemmer))) == folded;
  sb_stemmer_delete(stemmer);
  return same;
}

// Leading letters every form of a word shares: stable stems lose at most their last two letters
// (торчок/торчка, нарколига/нарколизі); other words only keep their first three (сидеть/сижу).
std::size_t PrefixLength(std::size_t letters, bool stable_stem, bool keeps_all_letters) {
  if (letters <= kShortWord) return letters;
  if (!stable_stem) return kShortWord;
  if (keeps_all_letters) return letters;
  if (letters == 4) return 3;
  return std::max<std::size_t>(4, letters - 2);
}

// Hash of a word's first kShortWord letters (all of it if shorter), for the lead bitmap.
std::size_t LeadHash(std::string_view folded) {
  const std::string_view lead = CodePointPrefix(folded, kShortWord);
  std::uint32_t hash = 2166136261u;  // FNV-1a
  for (unsigned char c : lead) hash = (hash ^ c) * 16777619u;
  return (hash ^ (hash >> 16)) & 0xFFFF;
}

}  // namespace

void PhraseScratch::Reset(std::size_t token_count) {
  tokens_.assign(token_count, Entry{});
  key_spans_.clear();
  arena_.clear();
}

PhraseSet::Word PhraseSet::CompileWord(const std::string& folded, WordForms forms) {
  Word word;
  word.keys.push_back(MakeKey(kFolded, folded));
  if (morphology_ != nullptr && forms != WordForms::kWritten) {
    for (const Analysis& analysis : morphology_->Analyze(folded)) {
      if (forms == WordForms::kNoun) {
        if (analysis.noun_form) word.keys.push_back(MakeKey(kNoun, analysis.lemma));
      } else {
        word.keys.push_back(MakeKey(kLemma, analysis.lemma));
      }
    }
    word.keys.push_back(MakeKey(kStem, morphology_->Stem(folded)));
  }
  std::sort(word.keys.begin(), word.keys.end());
  word.keys.erase(std::unique(word.keys.begin(), word.keys.end()), word.keys.end());
  return word;
}

std::string_view PrefilterAnchor(std::string_view folded, bool stable_stem,
                                 std::string_view language) {
  const std::size_t letters = CodePointCount(folded);
  const bool keeps_all = stable_stem && letters > kShortWord && KeepsAllLetters(folded, language);
  return CodePointPrefix(folded, PrefixLength(letters, stable_stem, keeps_all));
}

bool PrefilterMatchesWholeWord(std::string_view folded) {
  return CodePointCount(folded) <= kShortWord;
}

void PhraseSet::RememberPrefix(const std::string& folded, bool stable_stem) {
  lead_bits_[LeadHash(folded)] = true;
  if (PrefilterMatchesWholeWord(folded)) {
    exact_words_.insert(folded);
    return;
  }
  const std::string_view anchor = PrefilterAnchor(folded, stable_stem, language_);
  const std::size_t length = CodePointCount(anchor);
  prefixes_.emplace(anchor);
  if (std::find(prefix_lengths_.begin(), prefix_lengths_.end(), length) == prefix_lengths_.end()) {
    prefix_lengths_.push_back(length);
    std::sort(prefix_lengths_.begin(), prefix_lengths_.end());
  }
}

void PhraseSet::Add(std::string_view phrase, WordForms forms, bool stable_stem,
                    std::uint32_t payload) {
  Phrase compiled;
  compiled.payload = payload;
  std::size_t begin = 0;
  while (begin < phrase.size()) {
    std::size_t space = phrase.find(' ', begin);
    if (space == std::string_view::npos) space = phrase.size();
    const std::string folded = FoldWord(phrase.substr(begin, space - begin));
    if (!folded.empty()) {
      RememberPrefix(folded, stable_stem);
      compiled.words.push_back(CompileWord(folded, forms));
    }
    begin = space + 1;
  }
  if (compiled.words.empty()) return;
  const auto index = static_cast<std::uint32_t>(phrases_.size());
  for (const std::string& key : compiled.words.front().keys) {
    auto& list = by_first_key_[key];
    if (list.empty() || list.back() != index) list.push_back(index);
  }
  phrases_.push_back(std::move(compiled));
}

std::vector<std::string> PhraseSet::ExactWords() const {
  std::vector<std::string> words(exact_words_.begin(), exact_words_.end());
  std::sort(words.begin(), words.end());
  return words;
}

std::vector<std::string> PhraseSet::Prefixes() const {
  std::vector<std::string> prefixes(prefixes_.begin(), prefixes_.end());
  std::sort(prefixes.begin(), prefixes.end());
  return prefixes;
}

bool PhraseSet::MightMatch(std::string_view folded) const {
  if (!prefilter_) return true;
  if (!lead_bits_[LeadHash(folded)]) return false;
  if (exact_words_.find(folded) != exact_words_.end()) return true;
  const std::size_t letters = CodePointCount(folded);
  for (std::size_t length : prefix_lengths_) {
    if (length > letters) break;
    if (prefixes_.find(CodePointPrefix(folded, length)) != prefixes_.end()) return true;
  }
  return false;
}

std::pair<std::uint32_t, std::uint32_t> PhraseSet::TokenKeys(const Block& block, std::size_t index,
                                                             PhraseScratch* scratch) const {
  PhraseScratch::Entry& entry = scratch->tokens_[index];
  if (entry.state == PhraseScratch::State::kKeys) return {entry.keys_begin, entry.keys_end};
  if (entry.state == PhraseScratch::State::kNoMatch) return {0, 0};

  const Token& token = block.tokens[index];
  const std::string_view folded = block.Key(token);
  if (!MightMatch(folded)) {  // numbers too: "under 18", "18 лет"
    entry.state = PhraseScratch::State::kNoMatch;
    return {0, 0};
  }
  auto add = [&](char kind, std::string_view text) {
    const auto offset = static_cast<std::uint32_t>(scratch->arena_.size());
    scratch->arena_.push_back(kind);
    scratch->arena_.append(text);
    scratch->key_spans_.emplace_back(offset, static_cast<std::uint32_t>(text.size() + 1));
  };
  entry.keys_begin = static_cast<std::uint32_t>(scratch->key_spans_.size());
  add(kFolded, folded);
  if (morphology_ != nullptr) {
    const std::vector<Analysis>& analyses = morphology_->Analyze(folded);
    for (const Analysis& analysis : analyses) {
      add(kLemma, analysis.lemma);
      if (analysis.noun_form) add(kNoun, analysis.lemma);
    }
    // Only a word the dictionary does not know falls back to its stem: "наркомания" is known
    // (lemma наркомания), so its stem "наркоман" must not make it match "наркоман".
    if (analyses.empty()) add(kStem, morphology_->Stem(folded));
  }
  entry.keys_end = static_cast<std::uint32_t>(scratch->key_spans_.size());
  entry.state = PhraseScratch::State::kKeys;
  return {entry.keys_begin, entry.keys_end};
}

bool PhraseSet::WordMatches(const Word& word, const Block& block, std::size_t index,
                            PhraseScratch* scratch) const {
  auto [begin, end] = TokenKeys(block, index, scratch);
  for (std::uint32_t k = begin; k < end; ++k) {
    const auto [offset, size] = scratch->key_spans_[k];
    const std::string_view key(scratch->arena_.data() + offset, size);
    if (std::binary_search(word.keys.begin(), word.keys.end(), key, std::less<>())) return true;
  }
  return false;
}

void PhraseSet::Find(const Block& block, PhraseScratch* scratch,
                     std::vector<PhraseHit>* out) const {
  scratch->Reset(block.tokens.size());
  std::vector<std::uint32_t> candidates;
  for (std::size_t i = 0; i < block.tokens.size(); ++i) {
    auto [begin, end] = TokenKeys(block, i, scratch);
    if (begin == end) continue;
    candidates.clear();
    for (std::uint32_t k = begin; k < end; ++k) {
      const auto [offset, size] = scratch->key_spans_[k];
      auto found = by_first_key_.find(std::string_view(scratch->arena_.data() + offset, size));
      if (found == by_first_key_.end()) continue;
      candidates.insert(candidates.end(), found->second.begin(), found->second.end());
    }
    std::sort(candidates.begin(), candidates.end());
    candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
    for (std::uint32_t phrase_index : candidates) {
      const Phrase& phrase = phrases_[phrase_index];
      const std::size_t length = phrase.words.size();
      if (i + length > block.tokens.size()) continue;
      // A multi-word phrase does not start inside a compound: "get clean" is not in
      // "apt-get clean". (A single word may: "ex-addict" still contains "addict".)
      if (length > 1 && block.tokens[i].hyphenated) continue;
      bool matched = true;
      for (std::size_t w = 1; w < length && matched; ++w) {
        matched = block.tokens[i + w].joined && WordMatches(phrase.words[w], block, i + w, scratch);
      }
      if (matched) out->push_back({phrase.payload, i, i + length - 1});
    }
  }
}

}  // namespace rightslint
