// Recognises one heading or numbering token at the start of a line: "Статья 228¹.",
// "296-бап.", "259 straipsnis", "Chapter IV", "часть 2", "1.", "(1)", "1)", "а)". The grammars
// are Boost.Spirit X3, compiled in heading_grammar.cc only (the one translation unit of the
// project that includes Spirit). Internal to the structure stage.
#ifndef RIGHTSLINT_STRUCTURE_HEADING_GRAMMAR_H_
#define RIGHTSLINT_STRUCTURE_HEADING_GRAMMAR_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "structure/heading_keywords.h"
#include "structure/outline.h"

namespace rightslint {

struct HeadingMatch {
  // What the heading is outside an article, and what it is inside one. They differ only for
  // English "Part 2"/"Section 2" (see HeadingKeyword::division_or_part).
  OutlineLevel level = OutlineLevel::kArticle;
  OutlineLevel level_in_article = OutlineLevel::kArticle;
  std::string number;      // normalised: "228.1" for "228.1", "228-1", "228¹", "228/1"; "IV"; "а"
  std::size_t length = 0;  // bytes of the line the heading covers: "Статья 228¹", "(1)", "1."
  // Languages the heading word may be in (empty for bare numbering); the lowest is the default.
  LanguageMask languages = 0;
  // The keyword as written and the normalised number, in the document's order, separated by one
  // space or by the hyphen it was written with: "Статья 228.1", "296-бап", "9.1 straipsnis".
  // Empty for bare numbering.
  std::string name;
};

// Matches a heading at the very start of `line` (the caller strips indentation and Markdown
// marks; `line` has no line terminator). Returns nullopt for anything else, including a heading
// word without a number ("Статья", "Article .") and prose that merely starts with a number or a
// heading word ("228 человек задержаны", "Статья 228 предусматривает…"). Looks at a bounded
// prefix of the line plus the blanks after the heading, so a call is O(1) for ordinary lines
// and never worse than linear in the line. Thread-safe.
std::optional<HeadingMatch> MatchHeading(std::string_view line);

}  // namespace rightslint

#endif  // RIGHTSLINT_STRUCTURE_HEADING_GRAMMAR_H_
