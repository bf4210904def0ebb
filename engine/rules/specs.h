// Specs: rule packs and lexicons parsed into typed values, validated, not yet compiled.
// Every spec remembers the file and line it came from, for error messages.
#ifndef RIGHTSLINT_RULES_SPECS_H_
#define RIGHTSLINT_RULES_SPECS_H_

#include <optional>
#include <string>
#include <vector>

#include "rightslint/rule_set.h"

namespace rightslint {

enum class ClauseScope { kClause = 0, kSentence = 1, kArticle = 2 };

struct ClauseSpec {
  ClauseScope scope = ClauseScope::kSentence;
  int within = 0;  // > 0: every matched concept lies within this many words
  std::vector<std::string> all;
  std::vector<std::string> any;
  std::vector<std::string> none;
};

struct RuleSpec {
  RuleInfo info;
  std::string lexicon;  // term rules: the lexicon file stem, "stigma"
  std::string pattern;  // pattern rules: RE2 over the folded text
  ClauseSpec clause;    // clause rules
  int line = 0;
};

// A case and number a noun term's form can have (lexicons/<lang>/paradigms.tsv), with each of the
// entry's alternatives inflected to it, so a suggestion agrees with the matched form.
struct TermReading {
  std::string form;              // the term in this case and number, as written in paradigms.tsv
  std::string grammatical_case;  // nom gen dat acc ins prep (ru), nom gen dat acc ins loc voc (uk)
  std::string number;            // sg | pl
  // One per alternative, in the entry's order: its first form in this cell, or empty when the
  // alternative has no paradigm or no form in this cell («люди, употребляющие наркотики» has
  // no singular).
  std::vector<std::string> alternatives;
};

// One row of lexicons/<lang>/<lexicon>.tsv.
struct TermEntry {
  std::string language;
  std::string lexicon;  // the file stem: "stigma" for lexicons/<lang>/stigma.tsv
  std::string rule;
  std::string term;
  std::string pos;           // noun | adj | verb | phrase
  std::string inflect_like;  // empty unless the dictionary lacks the word
  std::string context;       // concept name, or empty
  std::vector<std::string> alternatives;
  std::string guideline;
  std::optional<int> recommendation;
  std::string source;
  std::string file;
  int line = 0;
  // Every form of the term's paradigm with its case and number, when paradigms.tsv has the term
  // (nouns only; a multi-word term's forms are whole phrases: "drug addicts"); empty otherwise.
  // Filled by LinkParadigms.
  std::vector<TermReading> readings;
  // One per alternative: whether paradigms.tsv has it (then a reading without its form is a
  // case or number it does not fit, and it is not suggested for that reading).
  std::vector<bool> alternative_inflects;
};

// One row of lexicons/<lang>/paradigms.tsv: a form of a person noun or of an alternative phrase.
struct ParadigmForm {
  std::string language;
  std::string lemma;  // a term or an alternative, exactly as stigma.tsv writes it
  std::string grammatical_case;
  std::string number;
  std::string form;
  std::string source;
  std::string file;
  int line = 0;
};

struct ConceptEntry {
  std::string language;
  std::string concept_name;
  std::string term;
  std::string source;
  std::string file;
  int line = 0;
};

// A phrase inside which no term is reported: a proper name ("National Institute on Drug Abuse",
// names.tsv) or accepted usage ("drug user organisation", allowed.tsv).
struct ExemptPhrase {
  std::string language;
  std::string phrase;
  std::string source;
  std::string file;
  int line = 0;
};

struct LexiconSpecs {
  std::vector<TermEntry> terms;
  std::vector<ConceptEntry> concepts;
  std::vector<ExemptPhrase> exempt;
  std::vector<ParadigmForm> paradigms;
};

}  // namespace rightslint

#endif  // RIGHTSLINT_RULES_SPECS_H_
