#include "structure/outline.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <utility>

#include "structure/heading_grammar.h"
#include "structure/heading_keywords.h"

namespace rightslint {
namespace {

constexpr std::size_t kLevels = 5;

std::size_t Index(OutlineLevel level) { return static_cast<std::size_t>(level); }

bool IsDivision(OutlineLevel level) {
  return level == OutlineLevel::kChapter || level == OutlineLevel::kSection;
}

// Skips what may precede a heading on its line: indentation (spaces, tabs, U+00A0), a byte order
// mark, Markdown heading marks ("## ") and a Markdown bold or italic mark ("**Статья 5.**").
std::size_t SkipLinePrefix(std::string_view text, std::size_t p, std::size_t end) {
  auto skip_blanks = [&] {
    while (p < end) {
      if (text[p] == ' ' || text[p] == '\t') {
        ++p;
      } else if (end - p >= 2 && text[p] == '\xC2' && text[p + 1] == '\xA0') {
        p += 2;
      } else if (end - p >= 3 && text.compare(p, 3, "\xEF\xBB\xBF") == 0) {
        p += 3;
      } else {
        break;
      }
    }
  };
  skip_blanks();
  if (p < end && text[p] == '#') {
    std::size_t q = p;
    while (q < end && text[q] == '#' && q - p < 6) ++q;
    if (q == end || text[q] == ' ' || text[q] == '\t') {
      p = q;
      skip_blanks();
    }
  }
  if (p < end && (text[p] == '*' || text[p] == '_')) {
    std::size_t q = p;
    while (q < end && q - p < 3 && text[q] == text[p]) ++q;
    p = q;
  }
  return p;
}

// The words Describe() joins to the article's name.
struct PartWords {
  std::string_view part;
  std::string_view point;
};

PartWords WordsFor(std::string_view language) {
  if (language == "ru") return {"часть", "пункт"};
  if (language == "uk") return {"частина", "пункт"};
  if (language == "be") return {"частка", "пункт"};
  return {"part", "point"};
}

}  // namespace

Outline Outline::Parse(std::string_view text) {
  Outline outline;
  std::array<std::size_t, kLevels> open;
  open.fill(kNone);
  LanguageMask context_language = 0;  // of the last heading with an unambiguous word

  auto close = [&](std::size_t level, std::size_t at) {
    if (open[level] != kNone) {
      outline.nodes_[open[level]].scope.end = at;
      open[level] = kNone;
    }
  };

  const std::size_t size = text.size();
  std::size_t line_begin = 0;
  while (line_begin < size) {
    const void* newline = std::memchr(text.data() + line_begin, '\n', size - line_begin);
    const std::size_t line_end =
        newline != nullptr ? static_cast<const char*>(newline) - text.data() : size;
    std::size_t content_end = line_end;
    if (content_end > line_begin && text[content_end - 1] == '\r') --content_end;

    const std::size_t start = SkipLinePrefix(text, line_begin, content_end);
    if (start < content_end) {
      if (std::optional<HeadingMatch> match =
              MatchHeading(text.substr(start, content_end - start))) {
        const bool in_article = open[Index(OutlineLevel::kArticle)] != kNone;
        const OutlineLevel level = in_article ? match->level_in_article : match->level;
        const bool inside_only = level == OutlineLevel::kPart || level == OutlineLevel::kPoint;
        if (!inside_only || in_article) {
          for (std::size_t l = Index(level); l < kLevels; ++l) close(l, line_begin);
          if (IsDivision(level)) {
            close(Index(OutlineLevel::kChapter), line_begin);
            close(Index(OutlineLevel::kSection), line_begin);
          }

          LanguageMask language = match->languages;
          if (language != 0 && (language & (language - 1)) != 0) {  // shared word
            language = (context_language & language) != 0 ? context_language : language;
          } else if (language != 0) {
            context_language = language;
          }

          OutlineNode node;
          node.level = level;
          node.number = std::move(match->number);
          node.label = std::string(text.substr(start, match->length));
          node.language = std::string(LanguageCode(language));
          node.heading = {start, start + match->length};
          node.scope = {line_begin, size};
          const std::size_t index = outline.nodes_.size();
          outline.nodes_.push_back(std::move(node));
          outline.article_names_.emplace_back(
              level == OutlineLevel::kArticle ? std::move(match->name) : std::string());
          open[Index(level)] = index;
          outline.contexts_.push_back({open[Index(OutlineLevel::kArticle)],
                                       open[Index(OutlineLevel::kPart)],
                                       open[Index(OutlineLevel::kPoint)]});
        }
      }
    }
    line_begin = line_end + 1;
  }
  return outline;
}

const OutlineNode* Outline::ArticleAt(std::size_t offset) const {
  // The last node whose scope starts at or before `offset`; what was open after it still is.
  auto after = std::upper_bound(
      nodes_.begin(), nodes_.end(), offset,
      [](std::size_t value, const OutlineNode& node) { return value < node.scope.begin; });
  if (after == nodes_.begin()) return nullptr;
  const std::size_t article = contexts_[(after - nodes_.begin()) - 1].article;
  if (article == kNone || !nodes_[article].scope.Contains(offset)) return nullptr;
  return &nodes_[article];
}

std::optional<std::string> Outline::Describe(std::size_t offset) const {
  auto after = std::upper_bound(
      nodes_.begin(), nodes_.end(), offset,
      [](std::size_t value, const OutlineNode& node) { return value < node.scope.begin; });
  if (after == nodes_.begin()) return std::nullopt;
  const Context& context = contexts_[(after - nodes_.begin()) - 1];
  if (context.article == kNone || !nodes_[context.article].scope.Contains(offset)) {
    return std::nullopt;
  }
  const OutlineNode& article = nodes_[context.article];
  const PartWords words = WordsFor(article.language);
  std::string description = article_names_[context.article];
  if (context.part != kNone) {
    description.append(", ").append(words.part).append(" ").append(nodes_[context.part].number);
  }
  if (context.point != kNone) {
    description.append(", ").append(words.point).append(" ").append(nodes_[context.point].number);
  }
  return description;
}

}  // namespace rightslint
