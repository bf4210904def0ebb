#include "lint/clause_runner.h"

#include <algorithm>

#include "lint/findings.h"
#include "rules/specs.h"

namespace rightslint {
namespace {

// Quotations of up to this many words are titles and names ("О мерах принудительного
// воздействия …" cited in an amending law), not provisions; longer ones (an amendment's new
// wording) are read as text.
constexpr std::size_t kTitleWords = 25;

bool InShortQuotation(const Block& block, ByteRange span) {
  for (const ByteRange& quote : block.quotations) {
    if (!(quote.begin <= span.begin && span.end <= quote.end)) continue;
    const auto first = std::lower_bound(
        block.tokens.begin(), block.tokens.end(), quote.begin,
        [](const Token& token, std::size_t offset) { return token.begin < offset; });
    const auto last = std::lower_bound(
        block.tokens.begin(), block.tokens.end(), quote.end,
        [](const Token& token, std::size_t offset) { return token.begin < offset; });
    return static_cast<std::size_t>(last - first) <= kTitleWords;
  }
  return false;
}

}  // namespace

ClauseRunner::ClauseRunner(std::string_view text, const Outline& outline, const LineIndex& lines,
                           std::vector<Finding>* out)
    : text_(text), outline_(outline), lines_(lines), out_(out) {}

void ClauseRunner::Report(const FiredClause& fired, ByteRange span, const std::string& language,
                          const LexiconMatcher& lexicon, bool quoted) {
  std::vector<std::string> concepts;
  for (std::uint32_t id : fired.seen) concepts.push_back(lexicon.ConceptName(id));
  out_->push_back(MakeRuleFinding(*fired.rule, TrimSpan(text_, span), language, concepts, quoted,
                                  text_, lines_));
}

void ClauseRunner::JudgeUnits(ClauseScope scope, const std::vector<ByteRange>& units,
                              const Block& block, const LexiconMatcher& lexicon,
                              const ClauseMatcher& clauses) {
  const int back_reference = lexicon.ConceptId("back_reference");
  for (const ByteRange& unit : units) {
    unit_.clear();
    for (const ConceptOccurrence& occurrence : block_occurrences_) {
      if (unit.begin <= occurrence.span.begin && occurrence.span.end <= unit.end) {
        unit_.push_back(occurrence);
      }
    }
    if (unit_.empty()) continue;
    const OutlineNode* article = outline_.ArticleAt(unit.begin);
    const bool refers_back =
        back_reference >= 0 && article != nullptr && article == referent_article_ &&
        block.language == referent_language_ &&
        std::any_of(unit_.begin(), unit_.end(), [&](const ConceptOccurrence& o) {
          return o.concept_id == static_cast<std::uint32_t>(back_reference);
        });
    const std::size_t own = unit_.size();
    if (refers_back) unit_.insert(unit_.begin(), referent_.begin(), referent_.end());
    fired_.clear();
    clauses.Evaluate(scope, unit_, &fired_);
    if (!fired_.empty() && !refers_back && article != nullptr) {
      referent_article_ = article;
      referent_language_ = block.language;
      referent_.assign(unit_.end() - static_cast<std::ptrdiff_t>(own), unit_.end());
    }
    for (const FiredClause& fired : fired_) {
      Report(fired, unit, block.language, lexicon, block.Quoted(TrimSpan(text_, unit)));
    }
  }
}

void ClauseRunner::AddBlock(const Block& block, const std::vector<ConceptHit>& hits,
                            const LexiconMatcher& lexicon, const ClauseMatcher& clauses,
                            std::size_t word_base) {
  if (clauses.empty()) return;
  block_occurrences_.clear();
  for (const ConceptHit& hit : hits) {
    const ByteRange span{block.tokens[hit.first_token].begin, block.tokens[hit.last_token].end};
    if (InShortQuotation(block, span)) continue;
    block_occurrences_.push_back(
        {hit.concept_id, span, word_base + hit.first_token, word_base + hit.last_token});
  }
  if (clauses.HasScope(ClauseScope::kClause)) {
    JudgeUnits(ClauseScope::kClause, ClauseUnits(text_, block), block, lexicon, clauses);
  }
  if (clauses.HasScope(ClauseScope::kSentence)) {
    JudgeUnits(ClauseScope::kSentence, block.sentences, block, lexicon, clauses);
  }
  if (!clauses.HasScope(ClauseScope::kArticle)) return;

  const OutlineNode* article = outline_.ArticleAt(block.range.begin);
  const bool same_article =
      article != nullptr && article == article_ && block.language == article_language_;
  if (!same_article) {
    FlushArticle();
    article_ = article;
    article_fallback_ = block.range;
    article_language_ = block.language;
    article_lexicon_ = &lexicon;
    article_clauses_ = &clauses;
  }
  article_occurrences_.insert(article_occurrences_.end(), block_occurrences_.begin(),
                              block_occurrences_.end());
}

void ClauseRunner::FlushArticle() {
  if (article_clauses_ != nullptr && !article_occurrences_.empty()) {
    fired_.clear();
    article_clauses_->Evaluate(ClauseScope::kArticle, article_occurrences_, &fired_);
    for (const FiredClause& fired : fired_) {
      // The finding spans the concepts that made the rule fire, from the first to the last.
      ByteRange span{text_.size(), 0};
      for (const ConceptOccurrence& occurrence : article_occurrences_) {
        if (std::find(fired.seen.begin(), fired.seen.end(), occurrence.concept_id) ==
            fired.seen.end()) {
          continue;
        }
        span.begin = std::min(span.begin, occurrence.span.begin);
        span.end = std::max(span.end, occurrence.span.end);
      }
      if (span.begin >= span.end) span = article_ != nullptr ? article_->scope : article_fallback_;
      Report(fired, span, article_language_, *article_lexicon_, /*quoted=*/false);
    }
  }
  article_occurrences_.clear();
  article_ = nullptr;
  article_clauses_ = nullptr;
  article_lexicon_ = nullptr;
}

void ClauseRunner::Finish() { FlushArticle(); }

}  // namespace rightslint
