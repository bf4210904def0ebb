#include "document/pdf_text.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <climits>
#include <cstddef>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <vector>

#include "base/running_program.h"
#include "base/shared_library.h"
#include "document/extract.h"
#include "document/pdf_module.h"

#ifndef RIGHTSLINT_PDF_MODULE
#error "RIGHTSLINT_PDF_MODULE (the path of the build's rightslint-pdf.so) must be defined"
#endif

namespace rightslint {
namespace {

// Adobe's readers, and poppler, accept a header anywhere in the first 1024 bytes.
constexpr std::size_t kHeaderWindow = 1024;

constexpr std::string_view kHyphens[] = {"-", "\u2010", "\u00AD"};

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

Status CheckHeader(const std::string& path, std::string_view bytes) {
  if (bytes.substr(0, kHeaderWindow).find("%PDF-") != std::string_view::npos) return Status::Ok();
  if (bytes.empty()) return Status::Invalid(path + ": not a PDF (the file is empty)");
  return Status::Invalid(path + ": not a PDF (no %PDF- header in its first 1024 bytes)");
}

// Where rightslint-pdf.so is: next to the running program (an installed copy), else where the
// build wrote it.
std::string PdfModulePath() {
  const StatusOr<std::string> beside = BesideRunningProgram("rightslint-pdf.so");
  std::error_code error;
  if (beside.ok() && std::filesystem::exists(*beside, error)) return *beside;
  return RIGHTSLINT_PDF_MODULE;
}

struct PdfModule {
  SharedLibrary library;
  decltype(&rightslint_pdf_read_v1) read = nullptr;
};

StatusOr<PdfModule> LoadPdfModule() {
  StatusOr<SharedLibrary> library = SharedLibrary::Open(PdfModulePath());
  if (!library.ok()) return library.status();
  auto read = library->Find<decltype(rightslint_pdf_read_v1)>("rightslint_pdf_read_v1");
  if (!read.ok()) return read.status();
  return PdfModule{std::move(*library), *read};
}

// The module's reading function, loaded by the first PDF (static initialisation is thread-safe)
// and shared read-only after.
StatusOr<decltype(&rightslint_pdf_read_v1)> PdfReader() {
  static const StatusOr<PdfModule> module = LoadPdfModule();
  if (!module.ok()) return module.status();
  return module->read;
}

// What the page function of ExtractPdf fills in.
struct PdfPages {
  ExtractedText out;
  std::size_t max_text_bytes = 0;
  int pages_read = 0;

  // Appends one page; false once the text is over the limit.
  bool Add(std::string_view page_text) {
    if (pages_read++ > 0) out.text += "\f\n";
    out.page_starts.push_back(out.text.size());
    out.text += NormalizePdfPage(page_text);
    return out.text.size() <= max_text_bytes;
  }
};

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
  if (Status header = CheckHeader(path, bytes); !header.ok()) return header;
  if (bytes.size() > static_cast<std::size_t>(INT_MAX)) {
    return Status::Invalid(path + ": PDF too large (over 2 GiB)");
  }
  StatusOr<decltype(&rightslint_pdf_read_v1)> read = PdfReader();
  if (!read.ok()) {
    return Status::Io(path + ": PDF support is missing: " + read.status().message() +
                      " (built with rightslint as the target rightslint_pdf)");
  }
  PdfPages pages;
  pages.max_text_bytes = limits.max_text_bytes;
  int page_count = 0;
  const int result = (*read)(
      bytes.data(), bytes.size(), limits.max_pages, &page_count,
      [](void* context, const char* utf8, std::size_t size) -> int {
        return static_cast<PdfPages*>(context)->Add(std::string_view(utf8, size)) ? 0 : 1;
      },
      &pages);
  switch (result) {
    case kRightslintPdfOk:
      return std::move(pages.out);
    case kRightslintPdfLocked:
      return Status::Invalid(path + ": encrypted (password-protected) PDF");
    case kRightslintPdfTooManyPages:
      return Status::Invalid(path + ": " + std::to_string(page_count) +
                             " pages, more than the limit of " + std::to_string(limits.max_pages));
    case kRightslintPdfStopped:
      return Status::Invalid(path + ": more than " + std::to_string(limits.max_text_bytes) +
                             " bytes of text (at page " + std::to_string(pages.pages_read) + ")");
    default:
      return Status::Invalid(path + ": not a PDF or damaged beyond repair");
  }
}

}  // namespace rightslint
