// Structure stage: the legal outline of a document — chapters, sections, articles, parts and
// points — found from headings and numbering in English, Russian, Ukrainian, Belarusian,
// Romanian, Lithuanian, Georgian, Kazakh and Kyrgyz legal texts.
//
// Every node covers a byte range of the document text (its heading up to the next node of the
// same or a higher level), so any offset can be asked which article and part it is in. Parsing
// never fails: text without headings gives an empty outline; malformed numbering (a heading
// with no number, numbers that go backwards) is kept as written and never crashes or hangs.
// Grammars (Boost.Spirit X3) live in heading_grammar.cc, the only file that includes Spirit.
//
// What is a heading. A heading starts a line, after indentation (spaces, tabs, no-break spaces),
// Markdown heading marks ("## Статья 5") and a Markdown bold mark ("**Статья 5.**"):
//   * a heading word and a number, in the order the language writes them: "Статья 228.1.",
//     "Стаття 309", "Артыкул 328", "Article 6.13", "Articolul 217¹", "Art. 217/1", "მუხლი 260",
//     "Берене 20" but "20-берене.", "296-бап", "259 straipsnis", "Глава 25", "Chapter IV",
//     "Розділ XIII", "XII skyrius", "24-тарау", "I БӨЛҮМ". The word is matched as written in
//     lower case, Capitalised or in CAPITALS. Numbers are Arabic with dotted, hyphenated or
//     slashed sub-numbers and superscript digits, all normalised to dots ("228¹", "228-1",
//     "217/1" -> "228.1", "217.1"), or Roman (kept as written, Cyrillic І/Х read as I/X).
//     After the heading the line must end or continue with punctuation ("Статья 228. Незаконные
//     …") or, for full words, with a capitalised title; a sentence that merely starts with an
//     article reference ("Статья 228 предусматривает…", "Ст. 327 Уголовного кодекса…",
//     "296-бап бойынша…") and a number that starts a sentence ("228 человек задержаны") are not
//     headings. A heading quoted in an amending act (`"Статья 6.9. …`) is not one either.
//   * bare numbering, recognised only inside an article.
//
// Parts and points. Codes of the region number an article's parts "1. …" (часть, частина,
// бөлік, dalis, ნაწილი) and the points inside a part "1) …" or "а) …" (пункт, тармақ, punktas,
// literă); English statutes number subsections "(1)" and paragraphs "(a)"; Romanian alineate are
// "(1)" and litere "a)". So: "1.", "1.1." and "(1)" are parts; "1)", "a)", "а)", "ა)" and "(a)",
// "(ii)" are points; so are "часть 2", "частина 2", "частка 2", "ч. 2", "part 2" (parts) and
// "пункт 3", "п. 3" (points). English "Part 2"/"Section 2" with an Arabic number is a part inside
// an article (translations render "часть 1" so) and a section elsewhere; with a Roman number
// ("PART I", "SECTION I") it is always a section. Nested points ("1)" holding "а)") are one
// level: the later point ends the earlier one.
//
// Scopes. A node's scope starts at the beginning of its heading's line (so indentation and
// Markdown marks belong to the new node) and ends where the next node of the same or a higher
// level begins, or at the end of the text: an article ends at the next article, section or
// chapter; a part at the next part or article; a point at the next point, part or article.
// Chapters and sections nest differently across traditions (Раздел holds Главы, Capitolul holds
// Secțiuni), so each of them ends at the next chapter or section, whichever comes first.
//
// Languages. Each heading word knows its language; a word shared by several ("Ст.", "Глава",
// "Art.") takes the language of the last heading whose word was unambiguous, else its default
// (Russian for Cyrillic words, English for "Art.").
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
  std::string number;  // normalised: "228.1" for "228.1", "228-1", "228¹"; "2" for "часть 2"
  std::string label;   // the heading's own word and number as written: "Статья 228¹", "(1)"
  std::string language;  // language of the heading word: "ru", "uk", "en", "be", "ro", "lt",
                         // "ka", "kk", "ky"; empty for bare numbering ("1.", "а)")
  ByteRange heading;  // the heading or numbering token(s) on their line: "Статья 228¹", "1."
  ByteRange scope;    // from the heading's line to the next node of the same or higher level
};

class Outline {
 public:
  Outline() = default;

  // Parses the outline of `text` (UTF-8; other bytes are tolerated and never start a heading).
  // Headings are recognised at the start of a line (after indentation and Markdown heading
  // marks); lines end at "\n" or "\r\n". Parts ("1.", "(1)", "часть 2") and points ("1)", "а)",
  // "п. 3") are recognised only inside an article. Linear in the size of the text; the outline
  // does not keep a reference to `text`.
  static Outline Parse(std::string_view text);

  const std::vector<OutlineNode>& nodes() const { return nodes_; }  // in text order

  // The innermost article containing `offset`, if any. O(log nodes). The pointer is into
  // nodes() and lives as long as the outline.
  const OutlineNode* ArticleAt(std::size_t offset) const;

  // "Статья 228, часть 1", "Article 6.13, part 2", "Стаття 309, частина 1, пункт 3": the
  // article's label followed by the part and point containing `offset`, with the part/point words
  // in the article's language (English words for languages without a known word). The article
  // is named by its heading word as the document wrote it and its normalised number ("Статья
  // 228.1" for "Статья 228¹", "296-бап"); parts and points by their normalised numbers ("часть
  // 1" for "1." or "(1)", "пункт а" for "а)"). nullopt outside any article. O(log nodes).
  std::optional<std::string> Describe(std::size_t offset) const;

 private:
  static constexpr std::size_t kNone = static_cast<std::size_t>(-1);

  // What is open right after a node's heading, as indices into nodes_ (kNone if nothing): lets
  // ArticleAt and Describe answer with one binary search.
  struct Context {
    std::size_t article = kNone;
    std::size_t part = kNone;
    std::size_t point = kNone;
  };

  std::vector<OutlineNode> nodes_;
  std::vector<Context> contexts_;           // one per node
  std::vector<std::string> article_names_;  // one per node; empty except for articles
};

}  // namespace rightslint

#endif  // RIGHTSLINT_STRUCTURE_OUTLINE_H_
