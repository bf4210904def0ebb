// Findings: term matches become Findings in the terms of the output contract — message in the
// block's language, suggestions, guideline and recommendation (the entry's, else the rule's),
// quotation flag, and line/column positions.
#ifndef RIGHTSLINT_LINT_FINDINGS_H_
#define RIGHTSLINT_LINT_FINDINGS_H_

#include <string_view>

#include "base/line_index.h"
#include "match/lexicon_matcher.h"
#include "rightslint/finding.h"
#include "rules/specs.h"
#include "text/text.h"

namespace rightslint {

Finding MakeFinding(const RuleSpec& rule, const TermMatch& match, const Block& block,
                    std::string_view text, const LineIndex& lines);

// The rule's message for `language` (else English, else any), with {term} replaced.
std::string RenderMessage(const RuleInfo& rule, const std::string& language, std::string_view term);

}  // namespace rightslint

#endif  // RIGHTSLINT_LINT_FINDINGS_H_
