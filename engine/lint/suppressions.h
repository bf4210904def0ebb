// Inline suppressions: directives in the checked text that silence findings.
//
//   rightslint-disable [RULE…]            from the end of the directive on, until
//   rightslint-enable [RULE…]             re-enables them (no RULE: everything)
//   rightslint-disable-next-line [RULE…]  findings that start on the next line that is neither
//                                         blank nor a directive of its own
//   rightslint-disable-line [RULE…]       findings that start on the directive's line
//
// RULE is a rule id ("stigma.addict") or a category ("stigma"), separated by commas or spaces; no
// RULE means every rule. Where a directive may stand:
//  - Markdown: only inside an HTML comment ("<!-- rightslint-disable stigma -->") that the
//    Markdown parser saw as HTML (its "<!--" lies in a non-prose range) and that is not inside a
//    fenced code block or an inline code span: a directive shown as an example in code is code.
//    Limitation: the fences are found by a line scan (CommonMark fences, any indentation, after
//    any "> " quote markers), and an HTML comment in an *indented* code block still counts.
//  - Plain text: as a line of its own, optionally after a comment marker "#", "//", "%" or
//    "<!--" (a trailing "-->" is dropped); rightslint-disable-line also at the end of a line of
//    text, after white space or a comment marker ("He was an addict. # rightslint-disable-line").
// Anything after "rightslint-" that is not one of the four keywords, and every name that is
// neither a rule id nor a category, yields a note; a directive whose names are all unknown
// suppresses nothing. A finding that starts inside a directive itself is always dropped.
//
// Positions used: rightslint-disable/-enable compare Finding::start.offset with the byte just
// after the directive (its comment, or its line in plain text); the -line forms compare the 1-based
// Finding::start.line. Lines end at "\n"; a "\r" before it is white space.
//
// Parsing is one linear pass with plain string search (no regular expressions); malformed or
// truncated directives and unterminated comments are ignored or noted, never an error.
#ifndef RIGHTSLINT_LINT_SUPPRESSIONS_H_
#define RIGHTSLINT_LINT_SUPPRESSIONS_H_

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>
#include <vector>

#include "rightslint/finding.h"
#include "rightslint/source.h"

namespace rightslint {

class Suppressions {
 public:
  // True when `finding` is suppressed; records which directive suppressed it (for unused-disable
  // notes). Cheapest when called in order of Finding::start.offset, as the linter's findings are
  // sorted; any order gives the same answers.
  bool Suppressed(const Finding& finding);

  // File-level notes, sorted by line, each "<line>: <message>" (line 1-based): unknown keywords
  // and names, and, when `report_unused`, "unused rightslint-disable for stigma.addict" for every
  // name (or whole directive, when it named none) that has suppressed nothing so far.
  std::vector<std::string> Notes(bool report_unused) const;

  bool empty() const { return directives_.empty() && notes_.empty(); }

 private:
  friend Suppressions ParseSuppressions(std::string_view, Format, const std::vector<ByteRange>&,
                                        const std::function<bool(std::string_view)>&);

  enum class Kind { kDisable, kEnable, kDisableLine, kDisableNextLine };
  struct Directive {
    Kind kind = Kind::kDisable;
    int line = 0;                    // where the directive starts
    int target_line = 0;             // -line, -next-line: the line it covers; 0 for none
    std::size_t effective = 0;       // disable, enable: the byte after the directive
    bool all = false;                // no names given: every rule
    std::vector<std::string> names;  // the known names only
    std::vector<bool> used;          // per name; used[0] alone when `all`
  };
  // One entry of the disable/enable state: the last entry that matches a finding decides.
  struct StateEntry {
    std::size_t directive = 0;
    std::size_t name = 0;  // index into the directive's names; unused when `all`
    bool all = false;
    bool disabled = true;
  };
  struct Note {
    int line = 0;
    std::string message;
  };

  void Advance(std::size_t offset);
  bool Matches(const Directive& directive, std::size_t name, const Finding& finding) const;

  std::vector<Directive> directives_;  // in text order
  std::vector<ByteRange> spans_;       // the directives' own text, sorted
  std::vector<Note> notes_;
  std::vector<std::size_t> ranged_;  // indices of disable/enable directives, by `effective`
  std::vector<std::size_t> lined_;   // indices of -line/-next-line directives, by target line
  // Cursor over `ranged_` for Suppressed().
  std::size_t next_ranged_ = 0;
  std::size_t last_offset_ = 0;
  std::vector<StateEntry> state_;
};

// Finds the directives in `text`. `non_prose` is Document::non_prose (sorted, disjoint);
// `is_known` says whether a name is a rule id or a category.
Suppressions ParseSuppressions(std::string_view text, Format format,
                               const std::vector<ByteRange>& non_prose,
                               const std::function<bool(std::string_view)>& is_known);

}  // namespace rightslint

#endif  // RIGHTSLINT_LINT_SUPPRESSIONS_H_
