#include "document/bare_links.h"

#include <emmintrin.h>

#include <array>
#include <bit>
#include <cstring>
#include <optional>

namespace rightslint {
namespace {

bool IsAsciiAlnum(unsigned char c) {
  return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

unsigned char AsciiLower(unsigned char c) { return (c >= 'A' && c <= 'Z') ? c + ('a' - 'A') : c; }

bool StartsWithNoCase(std::string_view text, std::size_t at, std::string_view prefix) {
  if (text.size() - at < prefix.size()) return false;
  for (std::size_t k = 0; k < prefix.size(); ++k) {
    if (AsciiLower(static_cast<unsigned char>(text[at + k])) != prefix[k]) return false;
  }
  return true;
}

struct CodePoint {
  char32_t value;
  std::size_t length;
};

// The text is valid UTF-8; a malformed sequence still decodes to U+FFFD so this never overreads.
CodePoint DecodeAt(std::string_view text, std::size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  if (lead < 0x80) return {lead, 1};
  const std::size_t length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
  if (length == 1 || text.size() - at < length) return {0xFFFD, 1};
  char32_t value = lead & (0x7F >> length);
  for (std::size_t k = 1; k < length; ++k) {
    value = (value << 6) | (static_cast<unsigned char>(text[at + k]) & 0x3F);
  }
  return {value, length};
}

// Non-ASCII characters that end a bare URL: spaces, quotation marks, dashes, the ellipsis and
// CJK punctuation. Anything else (Cyrillic path segments, IRIs) stays inside.
bool EndsUrl(char32_t c) {
  switch (c) {
    case 0x0085:
    case 0x00A0:
    case 0x00AB:
    case 0x00BB:
    case 0x1680:
    case 0x2013:
    case 0x2014:
    case 0x2026:
    case 0x2028:
    case 0x2029:
    case 0x202F:
    case 0x2039:
    case 0x203A:
    case 0x205F:
    case 0xFEFF:
    case 0xFFFD:
      return true;
    default:
      return (c >= 0x2000 && c <= 0x200B) || (c >= 0x2018 && c <= 0x201F) ||
             (c >= 0x3000 && c <= 0x3003) || (c >= 0x300C && c <= 0x300F);
  }
}

// ASCII characters that end a bare URL: controls, space, and <>"`.
constexpr auto kEndsUrlAscii = [] {
  std::array<bool, 128> table{};
  for (int c = 0; c <= 0x20; ++c) table[c] = true;
  for (unsigned char c : {'\x7F', '<', '>', '"', '`'}) table[c] = true;
  return table;
}();

// Trailing characters trimmed from a URL, as GitHub's autolink extension does.
bool IsTrailingPunctuation(unsigned char c) {
  return c != 0 && std::strchr(".,:;!?'*_~", c) != nullptr;
}

std::optional<ByteRange> UrlAt(std::string_view text, std::size_t at) {
  const auto prev = at > 0 ? static_cast<unsigned char>(text[at - 1]) : ' ';
  if (IsAsciiAlnum(prev)) return std::nullopt;
  std::size_t prefix = 0;
  if (StartsWithNoCase(text, at, "https://")) {
    prefix = 8;
  } else if (StartsWithNoCase(text, at, "http://")) {
    prefix = 7;
  } else if (StartsWithNoCase(text, at, "www.")) {
    if (at > 0 && std::strchr("._-@/", prev) != nullptr) return std::nullopt;
    if (at + 4 >= text.size()) return std::nullopt;
    const auto next = static_cast<unsigned char>(text[at + 4]);
    if (!IsAsciiAlnum(next) && next < 0x80) return std::nullopt;
    prefix = 4;
  } else {
    return std::nullopt;
  }

  // Brackets are counted so that only *unbalanced* closing ones are trimmed at the end.
  std::array<int, 3> open{}, close{};
  constexpr std::string_view kClose = ")]}";
  std::size_t end = at + prefix;
  while (end < text.size()) {
    const auto c = static_cast<unsigned char>(text[end]);
    if (c >= 0x80) {
      const CodePoint cp = DecodeAt(text, end);
      if (EndsUrl(cp.value)) break;
      end += cp.length;
      continue;
    }
    if (kEndsUrlAscii[c]) break;
    switch (c) {
      case '(':
        ++open[0];
        break;
      case '[':
        ++open[1];
        break;
      case '{':
        ++open[2];
        break;
      case ')':
        ++close[0];
        break;
      case ']':
        ++close[1];
        break;
      case '}':
        ++close[2];
        break;
      default:
        break;
    }
    ++end;
  }
  while (end > at + prefix) {
    const auto c = static_cast<unsigned char>(text[end - 1]);
    if (IsTrailingPunctuation(c)) {
      --end;
      continue;
    }
    if (auto k = kClose.find(static_cast<char>(c)); k != kClose.npos && close[k] > open[k]) {
      --close[k];
      --end;
      continue;
    }
    break;
  }
  if (end == at + prefix) return std::nullopt;
  return ByteRange{at, end};
}

bool IsLocalPartChar(unsigned char c) {
  return IsAsciiAlnum(c) || (c != 0 && std::strchr("._%+-", c) != nullptr);
}

// Length of a domain-label character at `at`: ASCII letter, digit or hyphen (1), a Cyrillic letter
// U+0400-U+0481 or U+048A-U+04FF (2), or 0 for anything else.
std::size_t DomainCharLength(std::string_view text, std::size_t at) {
  const auto c = static_cast<unsigned char>(text[at]);
  if (IsAsciiAlnum(c) || c == '-') return 1;
  if (c < 0xD0 || c > 0xD3 || at + 1 >= text.size()) return 0;
  const auto c2 = static_cast<unsigned char>(text[at + 1]);
  if ((c2 & 0xC0) != 0x80) return 0;
  if (c == 0xD2 && c2 >= 0x82 && c2 <= 0x89) return 0;  // U+0482-U+0489: signs, not letters
  return 2;
}

// An address around the '@' at `at`; the local part does not reach back before `floor`.
std::optional<ByteRange> EmailAt(std::string_view text, std::size_t at, std::size_t floor) {
  std::size_t begin = at;
  while (begin > floor && IsLocalPartChar(static_cast<unsigned char>(text[begin - 1]))) --begin;
  while (begin < at && text[begin] == '.') ++begin;
  if (begin == at) return std::nullopt;

  std::size_t end = at + 1;
  std::size_t cursor = at + 1;
  int labels = 0;
  while (cursor < text.size()) {
    const std::size_t label_begin = cursor;
    while (cursor < text.size()) {
      const std::size_t length = DomainCharLength(text, cursor);
      if (length == 0) break;
      cursor += length;
    }
    if (cursor == label_begin) break;
    ++labels;
    end = cursor;
    if (cursor + 1 < text.size() && text[cursor] == '.' && DomainCharLength(text, cursor + 1) > 0) {
      ++cursor;
      continue;
    }
    break;
  }
  while (end > at + 1 && text[end - 1] == '-') --end;
  if (labels < 2) return std::nullopt;
  return ByteRange{begin, end};
}

}  // namespace

namespace {

// Whether a link may start at bytes[i] ("ht" or "ww" in either case: "http", "www.") or an
// address sit around it ('@').
bool MayStartLink(const unsigned char* bytes, std::size_t i, std::size_t size) {
  if (bytes[i] == '@') return true;
  if (i + 1 >= size) return false;
  const int c = bytes[i] | 0x20;
  const int next = bytes[i + 1] | 0x20;
  return (c == 'h' && next == 't') || (c == 'w' && next == 'w');
}

// The first i' >= i at which MayStartLink holds, or `size`; sixteen bytes at a time (SSE2).
std::size_t NextLinkCandidate(const unsigned char* bytes, std::size_t i, std::size_t size) {
  const __m128i case_bit = _mm_set1_epi8(0x20);
  for (; i + 17 <= size; i += 16) {
    const __m128i here = _mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + i));
    const __m128i next =
        _mm_or_si128(_mm_loadu_si128(reinterpret_cast<const __m128i*>(bytes + i + 1)), case_bit);
    const __m128i lower = _mm_or_si128(here, case_bit);
    const __m128i http = _mm_and_si128(_mm_cmpeq_epi8(lower, _mm_set1_epi8('h')),
                                       _mm_cmpeq_epi8(next, _mm_set1_epi8('t')));
    const __m128i www = _mm_and_si128(_mm_cmpeq_epi8(lower, _mm_set1_epi8('w')),
                                      _mm_cmpeq_epi8(next, _mm_set1_epi8('w')));
    const __m128i at = _mm_cmpeq_epi8(here, _mm_set1_epi8('@'));
    const auto found =
        static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(_mm_or_si128(http, www), at)));
    if (found != 0) return i + static_cast<std::size_t>(std::countr_zero(found));
  }
  while (i < size && !MayStartLink(bytes, i, size)) ++i;
  return i;
}

}  // namespace

std::vector<ByteRange> FindBareLinks(std::string_view text) {
  std::vector<ByteRange> links;
  std::size_t floor = 0;  // end of the last link: an e-mail's local part must not reach into it
  std::size_t i = 0;
  const auto* bytes = reinterpret_cast<const unsigned char*>(text.data());
  while (i < text.size()) {
    // "http" and "www." only: most h and w begin other words ("the", "was").
    i = NextLinkCandidate(bytes, i, text.size());
    if (i == text.size()) break;
    const char c = text[i];
    std::optional<ByteRange> link;
    if (c == 'h' || c == 'H' || c == 'w' || c == 'W') {
      link = UrlAt(text, i);
    } else if (c == '@') {
      link = EmailAt(text, i, floor);
    }
    if (link) {
      links.push_back(*link);
      i = floor = link->end;
    } else {
      ++i;
    }
  }
  return links;
}

}  // namespace rightslint
