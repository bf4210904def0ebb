// RuleInfo: the public description of a loaded rule, for `rightslint rules` and `explain`.
// The compiled form of the rules is internal to engine/match.
#ifndef RIGHTSLINT_RULE_SET_H_
#define RIGHTSLINT_RULE_SET_H_

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "rightslint/finding.h"

namespace rightslint {

struct RuleExample {
  std::string language;  // "en", "ru", "uk"
  std::string text;
  bool bad = true;  // bad: the rule must fire on `text`; good: it must not
};

struct Rationale {
  std::string guideline;  // "IGHRDP II.1 (ii)"
  std::optional<int> recommendation;
  std::string why;  // one or two sentences
  std::string url;
};

struct RuleInfo {
  std::string id;
  std::string type;  // "term", "pattern" or "clause"
  std::string category;
  Severity severity = Severity::kWarning;
  std::vector<std::string> languages;
  std::map<std::string, std::string> messages;     // language -> message template
  std::map<std::string, std::string> suggestions;  // language -> rights-based alternative
                                                   // (pattern and clause rules; term rules
                                                   // take theirs from the lexicon)
  std::string definition;  // what a pattern or clause rule looks for, for `explain`
  Rationale rationale;
  std::vector<RuleExample> examples;
  std::string file;  // the rule pack it came from
  int entries = 0;   // lexicon entries behind a term rule, summed over languages
  // `fix: safe` (term rules only): its suggestions may be applied by `check --fix` where they fit
  // the matched words as they stand (see Finding::fix).
  bool safe_fix = false;
};

}  // namespace rightslint

#endif  // RIGHTSLINT_RULE_SET_H_
