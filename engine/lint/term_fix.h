// Safe fixes for terminology findings: when a suggestion can replace the matched words without a
// person checking the grammar.
//
// A fix is offered only when all of these hold:
//  - the rule is marked `fix: safe` in its pack and the lexicon entry is a noun;
//  - the finding is not inside quotation marks (quoted speech is not ours to change);
//  - the matched form has one reading: either it is in the term's paradigm (paradigms.tsv) and
//    every case and number it can be inflects the suggestion alike («наркоманам», «наркомана»:
//    genitive = accusative; not «наркоманки», genitive singular or nominative plural), or the term
//    has no paradigm and every matched word is the entry's own form (folded): "addict", not
//    "addicts";
//  - the words are not all capitals ("ADDICT": the case of the replacement would be a guess), and
//    no letter, digit or apostrophe follows ("addict's");
//  - Russian and Ukrainian, singular readings: the word right before the term may be a modifier
//    that agrees with the term's gender. No fix after a masculine adjective or pronoun (any case)
//    when the replacement's head has another gender (uk «цей наркоман», «цього наркомана»:
//    «людина» is feminine), and none after any adjacent word for a common-gender term (наркоша,
//    нарколыга: «эта наркоша» or «этот наркоша»). Plural modifiers show no gender («ці наркомани»
//    -> «ці люди, які вживають наркотики» is fixed). And where the heads' genders differ, a
//    singular term is fixed only where its clause ends with it («Він наркоман.»), since a verb, a
//    short adjective or a relative pronoun after it would agree with the old gender («наркоман
//    пішов»
//    -> «людина, яка вживає наркотики, пішов»; «наркоман, якого затримали»).
// The replacement is the first (inflected) suggestion with the first word's initial capital copied
// over, plus:
//  - English: a directly preceding article "a"/"an" is rewritten to agree with the replacement
//    ("an addict" -> "a person with a substance use disorder"): "an" before a, e, i, o;
//  - a suggestion with a comma in it (Russian/Ukrainian «человек, употребляющий наркотики»,
//    «людям, які вживають наркотики») is a participle or relative clause set off by commas, so a
//    closing comma is added when the sentence goes on after the span (the next non-space character
//    is not punctuation that already closes it).
#ifndef RIGHTSLINT_LINT_TERM_FIX_H_
#define RIGHTSLINT_LINT_TERM_FIX_H_

#include <optional>
#include <string_view>

#include "lint/inflection.h"
#include "match/lexicon_matcher.h"
#include "rightslint/finding.h"
#include "text/text.h"

namespace rightslint {

std::optional<TextEdit> SafeTermFix(const TermEntry& entry, const TermMatch& match,
                                    const Block& block, std::string_view text,
                                    const InflectedSuggestions& inflected);

}  // namespace rightslint

#endif  // RIGHTSLINT_LINT_TERM_FIX_H_
