// Suggestions that agree with the matched form: «наркоманам» -> «людям, употребляющим
// наркотики», «з наркоманами» -> «з людьми, які вживають наркотики».
//
// A noun term with a paradigm (lexicons/<lang>/paradigms.tsv, linked into TermEntry::readings) is
// looked up by the matched words' folded forms ("drug addicts" -> plural, «наркоманам» -> dative
// plural). The form may be several
// cells: «наркомана» is genitive and accusative singular, «наркоманки» genitive singular and
// nominative plural. Where every such cell inflects the alternatives alike (the animate accusative
// is the genitive), the reading is unambiguous and a fix may use it; otherwise the suggestions
// list each distinct inflected reading and no fix is offered (which one is meant needs the
// sentence, and a person).
#ifndef RIGHTSLINT_LINT_INFLECTION_H_
#define RIGHTSLINT_LINT_INFLECTION_H_

#include <cstddef>
#include <string>
#include <vector>

#include "match/lexicon_matcher.h"
#include "text/text.h"

namespace rightslint {

struct InflectedSuggestions {
  // False when the term has no paradigm or the matched form is not in it: then `suggestions`
  // are the alternatives as written (dictionary form).
  bool found = false;
  // Inflected alternatives first (alternative by alternative, each distinct reading in turn),
  // then the alternatives that have no paradigm, as written. An alternative whose paradigm lacks
  // the matched cell is left out: «люди, употребляющие наркотики» for a singular «наркомана».
  // No duplicates.
  std::vector<std::string> suggestions;
  // Every cell of the matched form gives the same inflections, and suggestions.front() is one.
  bool unambiguous = false;
  // Some cell of the matched form is singular (the gender of a modifier may then show).
  bool singular = false;
  // Some cell of the matched form is nominative (or vocative) singular: the form may be a subject
  // that a verb or adjective after it agrees with.
  bool subject = false;
  // Index into TermEntry::alternatives of suggestions.front() (when unambiguous).
  std::size_t first_alternative = 0;
};

InflectedSuggestions InflectSuggestions(const TermEntry& entry, const TermMatch& match,
                                        const Block& block);

}  // namespace rightslint

#endif  // RIGHTSLINT_LINT_INFLECTION_H_
