// Markdown inline syntax that is not prose, found in the source bytes of one paragraph or heading.
//
// cmark parses the blocks and gives them reliable source positions, but the positions of its
// inline nodes are not reliable in cmark 0.30 (they ignore stripped indentation, container markers
// and consumed link reference definitions). So the inline constructs are located here by scanning
// the paragraph's bytes with the CommonMark 0.30 rules as cmark 0.30 implements them (precedence
// of code spans, autolinks and raw HTML over link brackets; the bracket stack for links and
// images; its HTML, destination and title grammars). The tests check this scanner against the
// inline nodes cmark itself builds. One deliberate difference: after a backtick run with no
// closing run, cmark 0.30 misses later code spans of the same paragraph ("`` `a` `b`": only `a`),
// a bug in its backtick cache; here `b` is code too, as the specification says.
#ifndef RIGHTSLINT_DOCUMENT_MARKDOWN_INLINE_H_
#define RIGHTSLINT_DOCUMENT_MARKDOWN_INLINE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "rightslint/source.h"

namespace rightslint::markdown {

enum class InlineKind {
  kCodeSpan,         // `code`, backticks included
  kAutolink,         // <https://example.org> or <name@example.org>, angle brackets included
  kRawHtml,          // <b>, </b>, <!-- comment -->, <?pi?>, <!DECLARATION x>, <![CDATA[x]]>
  kLinkDestination,  // (destination "title") after a link's or image's text, parentheses included
  kLinkLabel,        // [label] of a full reference link [text][label], or [] of [text][]
};

struct InlineSpan {
  InlineKind kind;
  ByteRange range;
  friend bool operator==(const InlineSpan&, const InlineSpan&) = default;
};

// Link labels as CommonMark matches them: trimmed, inner whitespace collapsed, case-folded.
// The case folding covers ASCII, Latin-1, Latin Extended-A and Cyrillic (cmark folds all of
// Unicode); a label differing only in the case of other scripts' letters will not match.
std::string NormalizeLabel(std::string_view raw_label);

// The labels of a document's link reference definitions.
class LinkLabels {
 public:
  void Add(std::string_view raw_label) { labels_.insert(NormalizeLabel(raw_label)); }
  bool Contains(std::string_view raw_label) const;

 private:
  std::unordered_set<std::string> labels_;
};

// A link reference definition: [label]: destination "optional title".
struct ReferenceDefinition {
  ByteRange range;         // from '[' to the end of the destination or title
  std::string_view label;  // between the brackets, raw
  std::size_t next = 0;    // start of the line after the definition
};

// Parses a definition starting with the '[' at `pos`, reading no further than `end` (the end of
// the paragraph including its line ending). nullopt if there is none.
std::optional<ReferenceDefinition> ParseReferenceDefinition(std::string_view text, std::size_t pos,
                                                            std::size_t end);

// The constructs in text[range.begin, range.end), in order, disjoint. `labels` decides which
// bracketed text is a reference link.
std::vector<InlineSpan> ScanInlines(std::string_view text, ByteRange range,
                                    const LinkLabels& labels);

}  // namespace rightslint::markdown

#endif  // RIGHTSLINT_DOCUMENT_MARKDOWN_INLINE_H_
