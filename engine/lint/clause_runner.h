// ClauseRunner: applies clause rules to one document as its blocks go by. Clause- and
// sentence-scope rules are judged inside each block; article-scope rules collect concept
// occurrences over all the blocks of one article of the legal outline (or one block where the
// text has no articles) and are judged when the article ends.
#ifndef RIGHTSLINT_LINT_CLAUSE_RUNNER_H_
#define RIGHTSLINT_LINT_CLAUSE_RUNNER_H_

#include <string>
#include <string_view>
#include <vector>

#include "base/line_index.h"
#include "match/clause_matcher.h"
#include "match/lexicon_matcher.h"
#include "rightslint/finding.h"
#include "structure/outline.h"
#include "text/text.h"

namespace rightslint {

class ClauseRunner {
 public:
  // All arguments must outlive the runner; findings are appended to `out`.
  ClauseRunner(std::string_view text, const Outline& outline, const LineIndex& lines,
               std::vector<Finding>* out);

  // One block, in document order, with its concept hits and its language's matchers.
  // `word_base` is the document-wide ordinal of the block's first token.
  void AddBlock(const Block& block, const std::vector<ConceptHit>& hits,
                const LexiconMatcher& lexicon, const ClauseMatcher& clauses, std::size_t word_base);

  // Judges the last article. Call once after the last block.
  void Finish();

 private:
  void Report(const FiredClause& fired, ByteRange span, const std::string& language,
              const LexiconMatcher& lexicon, bool quoted);
  void JudgeUnits(ClauseScope scope, const std::vector<ByteRange>& units, const Block& block,
                  const LexiconMatcher& lexicon, const ClauseMatcher& clauses);
  void FlushArticle();

  std::string_view text_;
  const Outline& outline_;
  const LineIndex& lines_;
  std::vector<Finding>* out_;

  std::vector<ConceptOccurrence> block_occurrences_;
  std::vector<ConceptOccurrence> unit_;
  std::vector<FiredClause> fired_;

  // The last unit that fired inside an article, for a later part of the same article that
  // refers back to it ("Ті самі дії, вчинені повторно, …", "То же деяние …"): such a unit is
  // judged with the referent's concepts added.
  const OutlineNode* referent_article_ = nullptr;
  std::string referent_language_;
  std::vector<ConceptOccurrence> referent_;

  // The article being collected.
  const OutlineNode* article_ = nullptr;
  ByteRange article_fallback_;  // the block, when the text has no article here
  std::string article_language_;
  const LexiconMatcher* article_lexicon_ = nullptr;
  const ClauseMatcher* article_clauses_ = nullptr;
  std::vector<ConceptOccurrence> article_occurrences_;
};

}  // namespace rightslint

#endif  // RIGHTSLINT_LINT_CLAUSE_RUNNER_H_
