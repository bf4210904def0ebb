// Safe fixes for terminology findings: when a suggestion can replace the matched words without a
// person checking the grammar.
//
// A fix is offered only when all of these hold:
//  - the rule is marked `fix: safe` in its pack and the lexicon entry is a noun;
//  - the finding is not inside quotation marks (quoted speech is not ours to change);
//  - every matched word is the entry's own form (folded): "addict", «наркоман», not "addicts" or
//    «наркоманами» — the suggestions are written for that form (nominative singular), and this
//    version cannot inflect them yet;
//  - the words are not all capitals ("ADDICT": the case of the replacement would be a guess), and
//    no letter, digit or apostrophe follows ("addict's").
// The replacement is the first suggestion with the first word's initial capital copied over, plus:
//  - English: a directly preceding article "a"/"an" is rewritten to agree with the replacement
//    ("an addict" -> "a person with a substance use disorder"): "an" before a, e, i, o;
//  - a suggestion with a comma in it (Russian/Ukrainian «человек, употребляющий наркотики»,
//  «людина,
//    яка вживає наркотики») is a participle or relative clause set off by commas, so a closing
//    comma is added when the sentence goes on after the span (the next non-space character is not
//    punctuation that already closes it).
#ifndef RIGHTSLINT_LINT_TERM_FIX_H_
#define RIGHTSLINT_LINT_TERM_FIX_H_

#include <optional>
#include <string_view>

#include "match/lexicon_matcher.h"
#include "rightslint/finding.h"
#include "text/text.h"

namespace rightslint {

std::optional<TextEdit> SafeTermFix(const TermEntry& entry, const TermMatch& match,
                                    const Block& block, std::string_view text);

}  // namespace rightslint

#endif  // RIGHTSLINT_LINT_TERM_FIX_H_
