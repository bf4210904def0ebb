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

// A finding of a pattern or clause rule over `span`: the rule's message in `language` (with
// {term} replaced by the span's text) followed by the concepts that made it fire, if any, and the
// rule's suggestion as the alternative.
Finding MakeRuleFinding(const RuleSpec& rule, ByteRange span, const std::string& language,
                        const std::vector<std::string>& concepts, bool quoted,
                        std::string_view text, const LineIndex& lines);

// `span` without leading and trailing whitespace (and a trailing ';').
ByteRange TrimSpan(std::string_view text, ByteRange span);

// The rule's message for `language` (else English, else any), with {term} replaced.
std::string RenderMessage(const RuleInfo& rule, const std::string& language, std::string_view term);

}  // namespace rightslint

#endif  // RIGHTSLINT_LINT_FINDINGS_H_
