#include "document/html_charset.h"

#include <unicode/ucnv.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "document/extract.h"
#include "document/utf8.h"

namespace rightslint {
namespace {

constexpr std::size_t kSniffBytes = 4096;
constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";
constexpr std::string_view kUtf16LeBom = "\xFF\xFE";
constexpr std::string_view kUtf16BeBom = "\xFE\xFF";

char AsciiLower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool IsLabelChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == '.' ||
         c == ':';
}

// The label after "charset" in one lowercased <meta …> tag, or "".
std::string CharsetInTag(std::string_view tag) {
  for (std::size_t at = tag.find("charset"); at != std::string_view::npos;
       at = tag.find("charset", at + 1)) {
    std::size_t i = at + 7;
    while (i < tag.size() && tag[i] == ' ') ++i;
    if (i == tag.size() || tag[i] != '=') continue;
    ++i;
    while (i < tag.size() && (tag[i] == ' ' || tag[i] == '"' || tag[i] == '\'')) ++i;
    const std::size_t begin = i;
    while (i < tag.size() && IsLabelChar(tag[i])) ++i;
    if (i > begin) return std::string(tag.substr(begin, i - begin));
  }
  return "";
}

// Browsers read these labels as windows-1252 (WHATWG Encoding, "Encodings"); ICU's ISO-8859-1
// would turn the bytes 0x80-0x9F (curly quotes, dashes) into control characters. The others are
// WHATWG labels ICU does not know.
std::string IcuName(const std::string& label) {
  if (label == "iso-8859-1" || label == "iso8859-1" || label == "latin1" || label == "l1" ||
      label == "us-ascii" || label == "ascii" || label == "cp819" || label == "ibm819") {
    return "windows-1252";
  }
  if (label == "x-cp1251") return "windows-1251";
  if (label == "koi8-ru") return "koi8-u";
  return label;
}

// A <meta> cannot switch a page to UTF-16 (its bytes would not hold the <meta> in ASCII), so
// browsers read such a declaration as UTF-8.
bool MeansUtf8(const std::string& label) {
  return label == "utf-8" || label == "utf8" || label == "unicode-1-1-utf-8" ||
         label.starts_with("utf-16") || label.starts_with("utf-32");
}

StatusOr<std::string> Convert(const std::string& path, std::string_view bytes,
                              const std::string& charset) {
  if (bytes.size() > static_cast<std::size_t>(INT32_MAX)) {
    return Status::Invalid(path + ": file too large to convert from " + charset);
  }
  UErrorCode status = U_ZERO_ERROR;
  const std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(
      ucnv_open(IcuName(charset).c_str(), &status), ucnv_close);
  if (U_FAILURE(status)) {
    return Status::Invalid(path + ": unknown charset \"" + charset + "\" declared in <meta>");
  }
  const icu::UnicodeString unicode(bytes.data(), static_cast<int32_t>(bytes.size()),
                                   converter.get(), status);
  if (U_FAILURE(status) || unicode.isBogus()) {
    return Status::Invalid(path + ": cannot convert from " + charset + ": " + u_errorName(status));
  }
  std::string utf8;
  unicode.toUTF8String(utf8);
  return utf8;
}

// `bytes` (after a `skipped`-byte BOM) is not UTF-8 at `bad`; `why` says what was declared.
Status InvalidUtf8(const std::string& path, std::string_view bytes, std::size_t skipped,
                   std::size_t bad, std::string_view why) {
  const std::size_t offset = skipped + bad;
  const auto line =
      1 + std::count(bytes.begin(), bytes.begin() + static_cast<std::ptrdiff_t>(bad), '\n');
  return Status::Invalid(path + ": invalid UTF-8 at byte " + std::to_string(offset) + " (line " +
                         std::to_string(line) + "): " + DescribeInvalidUtf8(bytes, bad) + "; " +
                         std::string(why));
}

}  // namespace

std::string DeclaredCharset(std::string_view bytes) {
  std::string head(bytes.substr(0, kSniffBytes));
  std::transform(head.begin(), head.end(), head.begin(), AsciiLower);
  const std::string_view view = head;
  for (std::size_t at = view.find("<meta"); at != std::string_view::npos;
       at = view.find("<meta", at + 5)) {
    const std::size_t end = std::min(view.find('>', at), view.size());
    std::string label = CharsetInTag(view.substr(at, end - at));
    if (!label.empty()) return label;
  }
  return "";
}

StatusOr<std::string> HtmlToUtf8(const std::string& path, std::string_view bytes) {
  if (bytes.starts_with(kUtf16LeBom)) {
    return Convert(path, bytes.substr(kUtf16LeBom.size()), "utf-16le");
  }
  if (bytes.starts_with(kUtf16BeBom)) {
    return Convert(path, bytes.substr(kUtf16BeBom.size()), "utf-16be");
  }
  const std::size_t bom = bytes.starts_with(kUtf8Bom) ? kUtf8Bom.size() : 0;
  const std::string_view body = bytes.substr(bom);
  const std::optional<std::size_t> bad = FindInvalidUtf8(body);
  if (!bad) return std::string(body);
  if (bom > 0) {
    return InvalidUtf8(path, body, bom, *bad, "the file starts with a UTF-8 byte order mark");
  }
  const std::string charset = DeclaredCharset(bytes);
  if (charset.empty()) {
    return InvalidUtf8(path, body, 0, *bad,
                       "no charset is declared (<meta charset=…>), so the page must be UTF-8");
  }
  if (MeansUtf8(charset)) {
    return InvalidUtf8(path, body, 0, *bad, "the page declares charset " + charset);
  }
  return Convert(path, bytes, charset);
}

}  // namespace rightslint
