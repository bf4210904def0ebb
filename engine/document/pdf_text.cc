#include "document/pdf_text.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <climits>
#include <cstddef>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "document/extract.h"

namespace rightslint {
namespace {

// Adobe's readers, and poppler, accept a header anywhere in the first 1024 bytes.
constexpr std::size_t kHeaderWindow = 1024;

constexpr std::string_view kHyphens[] = {"-", "\u2010", "\u00AD"};

void IgnorePopplerMessage(const std::string&, void*) {}

// Poppler reports damaged files on stderr through one callback shared by the whole process, and
// a message cannot be told apart from another thread's; ExtractPdf reports failures itself.
void SilencePoppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(IgnorePopplerMessage, nullptr); });
}

// The first code point of `s`, or a negative value for none.
UChar32 FirstCodePoint(std::string_view s) {
  if (s.empty()) return -1;
  int32_t i = 0;
  UChar32 c;
  U8_NEXT(s.data(), i, static_cast<int32_t>(s.size()), c);
  return c;
}

// The last code point of `s`, or a negative value for none.
UChar32 LastCodePoint(std::string_view s) {
  if (s.empty()) return -1;
  int32_t i = static_cast<int32_t>(s.size());
  UChar32 c;
  U8_PREV(s.data(), 0, i, c);
  return c;
}

// The length of the hyphen ending `line` after a letter, or 0.
std::size_t BreakingHyphenLength(std::string_view line) {
  for (std::string_view hyphen : kHyphens) {
    if (line.ends_with(hyphen) &&
        u_isalpha(LastCodePoint(line.substr(0, line.size() - hyphen.size())))) {
      return hyphen.size();
    }
  }
  return 0;
}

bool IsBlank(char c) { return c == ' ' || c == '\t'; }

// See NormalizePdfPage: moves the rest of a hyphenated word from `next` up to `line`.
void JoinHyphenated(std::string* line, std::string* next) {
  const std::size_t hyphen = BreakingHyphenLength(*line);
  if (hyphen == 0 || !u_islower(FirstCodePoint(*next))) return;
  std::size_t word_end = 0;
  while (word_end < next->size() && !IsBlank((*next)[word_end])) ++word_end;
  std::size_t rest = word_end;
  while (rest < next->size() && IsBlank((*next)[rest])) ++rest;
  line->resize(line->size() - hyphen);
  line->append(*next, 0, word_end);
  next->erase(0, rest);
}

// Control characters become spaces (poppler ends some pages with "\f", which in our text
// separates pages); trailing white space goes.
std::string CleanLine(std::string_view raw) {
  std::string line(raw);
  for (char& c : line) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte < 0x20 && c != '\t') || byte == 0x7F) c = ' ';
  }
  while (!line.empty() && IsBlank(line.back())) line.pop_back();
  return line;
}

// `bytes` with every ill-formed UTF-8 sequence replaced by U+FFFD, one per bad byte.
std::string ValidUtf8(std::string_view bytes) {
  std::string out;
  while (std::optional<std::size_t> bad = FindInvalidUtf8(bytes)) {
    out.append(bytes.substr(0, *bad));
    out.append("\uFFFD");
    bytes.remove_prefix(*bad + 1);
  }
  out.append(bytes);
  return out;
}

std::string PageText(const poppler::document& document, int index) {
  const std::unique_ptr<poppler::page> page(document.create_page(index));
  if (page == nullptr) return {};
  const poppler::byte_array utf8 =
      page->text(poppler::rectf(), poppler::page::raw_order_layout).to_utf8();
  return std::string(utf8.data(), utf8.size());
}

Status CheckHeader(const std::string& path, std::string_view bytes) {
  if (bytes.substr(0, kHeaderWindow).find("%PDF-") != std::string_view::npos) return Status::Ok();
  if (bytes.empty()) return Status::Invalid(path + ": not a PDF (the file is empty)");
  return Status::Invalid(path + ": not a PDF (no %PDF- header in its first 1024 bytes)");
}

StatusOr<std::unique_ptr<poppler::document>> Open(const std::string& path, std::string_view bytes) {
  if (Status header = CheckHeader(path, bytes); !header.ok()) return header;
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    return Status::Invalid(path + ": PDF too large (over 2 GiB)");
  }
  SilencePoppler();
  std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (document == nullptr) {
    return Status::Invalid(path + ": not a PDF or damaged beyond repair");
  }
  if (document->is_locked()) {
    return Status::Invalid(path + ": encrypted (password-protected) PDF");
  }
  return document;
}

}  // namespace

std::string NormalizePdfPage(std::string_view page_text) {
  const std::string utf8 = ValidUtf8(page_text);
  const std::string_view text = utf8;
  std::vector<std::string> lines;
  for (std::size_t begin = 0; begin < text.size();) {
    const std::size_t end = std::min(text.find('\n', begin), text.size());
    lines.push_back(CleanLine(text.substr(begin, end - begin)));
    begin = end + 1;
  }
  for (std::size_t i = 0; i + 1 < lines.size(); ++i) JoinHyphenated(&lines[i], &lines[i + 1]);
  while (!lines.empty() && lines.back().empty()) lines.pop_back();

  std::string out;
  for (const std::string& line : lines) {
    out += line;
    out += '\n';
  }
  return out;
}

StatusOr<ExtractedText> ExtractPdf(const std::string& path, std::string_view bytes,
                                   const ExtractLimits& limits) {
  auto document = Open(path, bytes);
  if (!document.ok()) return document.status();
  const int pages = (*document)->pages();
  if (pages < 0 || static_cast<std::size_t>(pages) > limits.max_pages) {
    return Status::Invalid(path + ": " + std::to_string(pages) + " pages, more than the limit of " +
                           std::to_string(limits.max_pages));
  }

  ExtractedText out;
  for (int i = 0; i < pages; ++i) {
    if (i > 0) out.text += "\f\n";
    out.page_starts.push_back(out.text.size());
    out.text += NormalizePdfPage(PageText(**document, i));
    if (out.text.size() > limits.max_text_bytes) {
      return Status::Invalid(path + ": more than " + std::to_string(limits.max_text_bytes) +
                             " bytes of text (at page " + std::to_string(i + 1) + ")");
    }
  }
  return out;
}

}  // namespace rightslint
