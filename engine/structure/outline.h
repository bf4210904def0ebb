// Structure stage: the legal outline of a document — chapters, sections, articles, parts and
// points — found from headings and numbering in English, Russian, Ukrainian, Belarusian,
// Romanian, Lithuanian, Georgian, Kazakh and Kyrgyz legal texts.
//
// Every node covers a byte range of the document text (its heading up to the next node of the
// same or a higher level), so any offset can be asked which article and part it is in. Parsing
// never fails: text without headings gives an empty outline; malformed numbering (a heading
// with no number, numbers that go backwards) is kept as written and never crashes or hangs.
// Grammars (Boost.Spirit X3) live in heading_grammar.cc, the only file that includes Spirit.
#ifndef RIGHTSLINT_STRUCTURE_OUTLINE_H_
#define RIGHTSLINT_STRUCTURE_OUTLINE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "rightslint/source.h"

namespace rightslint {

enum class OutlineLevel { kChapter = 0, kSection = 1, kArticle = 2, kPart = 3, kPoint = 4 };

struct OutlineNode {
  OutlineLevel level = OutlineLevel::kArticle;
  std::string number;   // normalised: "228.1" for "228.1", "228-1", "228¹"; "2" for "часть 2"
  std::string label;    // the heading's own word and number as written: "Статья 228¹", "(1)"
  std::string language; // language of the heading word: "ru", "uk", "en", "be", "ro", "lt",
                        // "ka", "kk", "ky"; empty for bare numbering ("1.", "а)")
  ByteRange heading;    // the heading or numbering token(s) on their line
  ByteRange scope;      // from the heading to the next node of the same or higher level
};

class Outline {
 public:
  Outline() = default;

  // Parses the outline of `text` (UTF-8). Headings are recognised at the start of a line
  // (after indentation and Markdown heading marks). Parts ("1.", "(1)", "часть 2") and points
  // ("1)", "а)", "п. 3") are recognised only inside an article.
  static Outline Parse(std::string_view text);

  const std::vector<OutlineNode>& nodes() const { return nodes_; }  // in text order

  // The innermost article containing `offset`, if any.
  const OutlineNode* ArticleAt(std::size_t offset) const;

  // "Статья 228, часть 1", "Article 6.13, part 2", "Стаття 309, частина 1, пункт 3": the
  // article's label followed by the part and point containing `offset`, with the part/point words
  // in the article's language (English words for languages without a known word). nullopt
  // outside any article.
  std::optional<std::string> Describe(std::size_t offset) const;

 private:
  std::vector<OutlineNode> nodes_;
};

}  // namespace rightslint

#endif  // RIGHTSLINT_STRUCTURE_OUTLINE_H_
