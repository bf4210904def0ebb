#include "match/lexicon_matcher.h"

#include <algorithm>

namespace rightslint {
namespace {

// Nouns match their noun forms. In a language whose dictionary marks noun affixes (English),
// adjectives match only as written: en_US derives "cleaner" (a person) from "clean".
WordForms FormsOf(const TermEntry& entry, const Morphology* morphology) {
  if (entry.pos == "noun") return WordForms::kNoun;
  const bool marks_nouns = morphology != nullptr && !morphology->profile().noun_flags.empty();
  if (entry.pos == "adj" && marks_nouns) return WordForms::kWritten;
  return WordForms::kAny;
}

}  // namespace

std::vector<std::pair<std::string, std::string>> InflectLikeWords(const LexiconSpecs& lexicons,
                                                                  const std::string& language) {
  std::vector<std::pair<std::string, std::string>> words;
  for (const TermEntry& entry : lexicons.terms) {
    if (entry.language == language && !entry.inflect_like.empty()) {
      words.emplace_back(entry.term, entry.inflect_like);
    }
  }
  return words;
}

LexiconMatcher::LexiconMatcher(const std::string& language, const LexiconSpecs& lexicons,
                               const Morphology* morphology, bool prefilter)
    : phrases_(morphology) {
  phrases_.set_prefilter(prefilter);
  phrases_.set_language(language);
  for (const TermEntry& entry : lexicons.terms) {
    if (entry.language != language) continue;
    const auto index = static_cast<std::uint32_t>(terms_.size());
    terms_.push_back(&entry);
    phrases_.Add(entry.term, FormsOf(entry, morphology), HasStableStem(entry),
                 (kTerm << kKindShift) | index);
  }
  for (const ConceptEntry& entry : lexicons.concepts) {
    if (entry.language != language) continue;
    const auto index = static_cast<std::uint32_t>(concept_of_.size());
    int id = ConceptId(entry.concept_name);
    if (id < 0) {
      id = static_cast<int>(concept_names_.size());
      concept_names_.push_back(entry.concept_name);
    }
    concept_of_.push_back(static_cast<std::uint32_t>(id));
    phrases_.Add(entry.term, WordForms::kAny, /*stable_stem=*/false,
                 (kConcept << kKindShift) | index);
  }
  for (const ExemptPhrase& entry : lexicons.exempt) {
    if (entry.language != language) continue;
    phrases_.Add(entry.phrase, WordForms::kAny, /*stable_stem=*/false, kName << kKindShift);
  }
}

int LexiconMatcher::ConceptId(const std::string& name) const {
  auto found = std::find(concept_names_.begin(), concept_names_.end(), name);
  return found == concept_names_.end() ? -1 : static_cast<int>(found - concept_names_.begin());
}

void LexiconMatcher::Match(const Block& block, MatchScratch* scratch, std::vector<TermMatch>* out,
                           std::vector<ConceptHit>* concepts) const {
  scratch->hits.clear();
  phrases_.Find(block, &scratch->phrases, &scratch->hits);
  if (scratch->hits.empty()) return;

  constexpr std::uint32_t kIndexMask = (1u << kKindShift) - 1;
  auto kind = [](const PhraseHit& hit) { return hit.payload >> kKindShift; };
  auto overlaps = [](const PhraseHit& a, const PhraseHit& b) {
    return a.first_token <= b.last_token && b.first_token <= a.last_token;
  };

  if (concepts != nullptr) {
    for (const PhraseHit& hit : scratch->hits) {
      if (kind(hit) != kConcept) continue;
      const bool inside_longer =
          std::any_of(scratch->hits.begin(), scratch->hits.end(), [&](const PhraseHit& other) {
            return kind(other) == kConcept && other.first_token <= hit.first_token &&
                   hit.last_token <= other.last_token &&
                   other.last_token - other.first_token > hit.last_token - hit.first_token;
          });
      if (inside_longer) continue;
      const std::uint32_t id = concept_of_[hit.payload & kIndexMask];
      const bool duplicate =
          std::any_of(concepts->begin(), concepts->end(), [&](const ConceptHit& seen) {
            return seen.concept_id == id && seen.first_token == hit.first_token &&
                   seen.last_token == hit.last_token;
          });
      if (!duplicate) concepts->push_back({id, hit.first_token, hit.last_token});
    }
  }

  std::vector<const PhraseHit*> candidates;
  for (const PhraseHit& hit : scratch->hits) {
    if (kind(hit) != kTerm) continue;
    const TermEntry& entry = *terms_[hit.payload & kIndexMask];
    const bool in_name = std::any_of(
        scratch->hits.begin(), scratch->hits.end(),
        [&](const PhraseHit& other) { return kind(other) == kName && overlaps(hit, other); });
    if (in_name) continue;
    if (!entry.context.empty()) {
      const std::size_t sentence = block.tokens[hit.first_token].sentence;
      const bool in_context =
          std::any_of(scratch->hits.begin(), scratch->hits.end(), [&](const PhraseHit& other) {
            if (kind(other) != kConcept) return false;
            if (concept_names_[concept_of_[other.payload & kIndexMask]] != entry.context) {
              return false;
            }
            if (block.tokens[other.first_token].sentence != sentence) return false;
            if (overlaps(hit, other)) return false;  // "clean" is not its own context
            const std::size_t distance = other.first_token > hit.last_token
                                             ? other.first_token - hit.last_token
                                             : hit.first_token - other.last_token;
            return distance <= kContextWindow;
          });
      if (!in_context) continue;
    }
    candidates.push_back(&hit);
  }

  // Longest first, then earliest, then lexicon order; keep those that overlap nothing kept.
  std::stable_sort(candidates.begin(), candidates.end(),
                   [](const PhraseHit* a, const PhraseHit* b) {
                     const std::size_t length_a = a->last_token - a->first_token;
                     const std::size_t length_b = b->last_token - b->first_token;
                     if (length_a != length_b) return length_a > length_b;
                     if (a->first_token != b->first_token) return a->first_token < b->first_token;
                     return (a->payload & kIndexMask) < (b->payload & kIndexMask);
                   });
  std::vector<const PhraseHit*> kept;
  for (const PhraseHit* hit : candidates) {
    const bool clashes = std::any_of(
        kept.begin(), kept.end(), [&](const PhraseHit* other) { return overlaps(*hit, *other); });
    if (!clashes) kept.push_back(hit);
  }
  std::sort(kept.begin(), kept.end(),
            [](const PhraseHit* a, const PhraseHit* b) { return a->first_token < b->first_token; });
  for (const PhraseHit* hit : kept) {
    TermMatch match;
    match.entry = terms_[hit->payload & kIndexMask];
    match.first_token = hit->first_token;
    match.last_token = hit->last_token;
    match.span = {block.tokens[hit->first_token].begin, block.tokens[hit->last_token].end};
    out->push_back(match);
  }
}

}  // namespace rightslint
