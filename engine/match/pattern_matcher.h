// PatternMatcher: `pattern` rules — RE2 expressions over a block's folded text.
//
// The folded text is the block's folded word keys joined by a space where the words are joined
// (Token::joined) and by " . " elsewhere, so a pattern sees lower-case, ё-folded, look-alike-free
// words and sentence breaks but never code or URLs. A hit counts only where it starts at a word's
// first letter and ends at a word's last one (RE2's \b is ASCII-only). All patterns of a language
// run together in one RE2::Set pass; only the rules that hit are run again for positions, so text
// with no hit costs one linear scan. Immutable after construction; thread-safe.
#ifndef RIGHTSLINT_MATCH_PATTERN_MATCHER_H_
#define RIGHTSLINT_MATCH_PATTERN_MATCHER_H_

#include <memory>
#include <string>
#include <vector>

#include "rules/specs.h"
#include "text/text.h"

namespace rightslint {

struct PatternMatch {
  const RuleSpec* rule = nullptr;
  std::size_t first_token = 0;
  std::size_t last_token = 0;
};

class PatternMatcher {
 public:
  // Compiles the pattern rules that list `language` (the loader has checked they compile).
  PatternMatcher(const std::string& language, const std::vector<RuleSpec>& rules);
  ~PatternMatcher();

  // Appends the block's pattern matches in text order. `folded` is scratch space.
  void Match(const Block& block, std::string* folded, std::vector<PatternMatch>* out) const;

  bool empty() const;

 private:
  struct Impl;  // RE2 objects stay out of this header
  std::unique_ptr<Impl> impl_;
};

}  // namespace rightslint

#endif  // RIGHTSLINT_MATCH_PATTERN_MATCHER_H_
