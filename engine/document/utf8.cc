// A UTF-8 validator written for this stage rather than taken from ICU: ICU's U8_NEXT walks one code
// point at a time (this runs over every byte of every input), and it cannot say *why* a
// sequence is ill-formed, which the error message needs. The rules are exactly the well-formed
// byte sequences of the Unicode Standard, Table 3-7 (so overlongs, surrogates D800-DFFF and code
// points above U+10FFFF are rejected); sixteen bytes of ASCII and two-byte characters (all of
// English, Cyrillic, Greek, most Latin text) are checked at a time with SSE2, which every x86-64
// has.
#include "document/utf8.h"

#include <emmintrin.h>

#include <cstdint>
#include <cstdio>
#include <optional>

#include "document/extract.h"

namespace rightslint {
namespace {

// What a lead byte requires: the sequence length and the allowed range of the *second* byte (the
// only byte whose range depends on the lead: it excludes overlongs, surrogates and > U+10FFFF).
// The third and fourth bytes are always 0x80-0xBF. length 0: the byte cannot start a sequence.
struct LeadRule {
  int length;
  unsigned char second_min;
  unsigned char second_max;
};

constexpr LeadRule RuleFor(unsigned char lead) {
  if (lead < 0x80) return {1, 0, 0};
  if (lead < 0xC2) return {0, 0, 0};  // continuation byte, or C0/C1 (always overlong)
  if (lead < 0xE0) return {2, 0x80, 0xBF};
  if (lead == 0xE0) return {3, 0xA0, 0xBF};  // 80-9F would be overlong
  if (lead == 0xED) return {3, 0x80, 0x9F};  // A0-BF would encode surrogates
  if (lead < 0xF0) return {3, 0x80, 0xBF};
  if (lead == 0xF0) return {4, 0x90, 0xBF};  // 80-8F would be overlong
  if (lead < 0xF4) return {4, 0x80, 0xBF};
  if (lead == 0xF4) return {4, 0x80, 0x8F};  // 90-BF would be above U+10FFFF
  return {0, 0, 0};                          // F5-FF never occur
}

bool IsContinuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// How many bytes from `s` (at least 16 readable) are ASCII and well-formed two-byte sequences,
// ending at a character boundary: 16, 15 (a lead byte last: its sequence is checked with the next
// sixteen), or 0 when the sixteen hold anything else (left to the byte-by-byte rules).
std::size_t AsciiAndTwoByteRun(const unsigned char* s) {
  const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(s));
  // As signed bytes: ASCII is 0..127, continuations 80..BF are -128..-65, leads C2..DF -62..-33.
  const auto ascii = static_cast<unsigned>(_mm_movemask_epi8(v)) ^ 0xFFFFu;
  const auto continuation =
      static_cast<unsigned>(_mm_movemask_epi8(_mm_cmplt_epi8(v, _mm_set1_epi8(-64))));
  const auto lead = static_cast<unsigned>(_mm_movemask_epi8(
      _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-63)), _mm_cmplt_epi8(v, _mm_set1_epi8(-32)))));
  if ((ascii | continuation | lead) != 0xFFFFu) return 0;  // C0, C1, E0-FF: three bytes or more
  // Every continuation right after a lead, and every lead (but a last one) followed by one.
  if (continuation != ((lead << 1) & 0xFFFFu)) return 0;
  return (lead & 0x8000u) != 0 ? 15 : 16;
}

std::string Hex(unsigned char byte) {
  char buffer[8];
  std::snprintf(buffer, sizeof buffer, "0x%02X", byte);
  return buffer;
}

std::string HexRun(const unsigned char* bytes, std::size_t count) {
  std::string out;
  for (std::size_t i = 0; i < count; ++i) {
    if (i > 0) out += ' ';
    out += Hex(bytes[i]);
  }
  return out;
}

}  // namespace

std::optional<std::size_t> FindInvalidUtf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  std::size_t i = 0;
  while (i < n) {
    if (n - i >= 16) {
      if (const std::size_t run = AsciiAndTwoByteRun(s + i); run > 0) {
        i += run;
        continue;
      }
    }
    if (s[i] < 0x80) {
      ++i;
      continue;
    }
    // Runs of two-byte characters (Cyrillic, Greek, most of Latin-1) without the table.
    while (n - i >= 2 && s[i] >= 0xC2 && s[i] <= 0xDF && IsContinuation(s[i + 1])) i += 2;
    if (i == n) break;
    if (s[i] < 0x80) continue;
    const LeadRule rule = RuleFor(s[i]);
    if (rule.length == 0) return i;
    const std::size_t length = static_cast<std::size_t>(rule.length);
    if (n - i < length) return i;
    if (s[i + 1] < rule.second_min || s[i + 1] > rule.second_max) return i;
    for (std::size_t k = 2; k < length; ++k) {
      if (!IsContinuation(s[i + k])) return i;
    }
    i += length;
  }
  return std::nullopt;
}

std::string DescribeInvalidUtf8(std::string_view bytes, std::size_t offset) {
  const auto* s = reinterpret_cast<const unsigned char*>(bytes.data());
  const std::size_t n = bytes.size();
  if (offset >= n) return "no error at this offset";
  const unsigned char lead = s[offset];
  const LeadRule rule = RuleFor(lead);
  if (rule.length == 0) {
    if (IsContinuation(lead)) return "unexpected continuation byte " + Hex(lead);
    if (lead < 0xC2) return "overlong encoding (" + Hex(lead) + " is never valid in UTF-8)";
    return Hex(lead) + " is never valid in UTF-8";
  }
  const std::size_t length = static_cast<std::size_t>(rule.length);
  for (std::size_t k = 1; k < length; ++k) {
    if (offset + k >= n) {
      return "input ends inside a " + std::to_string(length) + "-byte sequence (" +
             HexRun(s + offset, k) + ")";
    }
    const unsigned char byte = s[offset + k];
    if (!IsContinuation(byte)) {
      return "expected a continuation byte after " + HexRun(s + offset, k) + ", found " + Hex(byte);
    }
    if (k == 1 && (byte < rule.second_min || byte > rule.second_max)) {
      const std::string pair = HexRun(s + offset, 2);
      if (lead == 0xED) return "encoded UTF-16 surrogate (" + pair + "): U+D800-U+DFFF";
      if (lead == 0xF4) return "code point above U+10FFFF (" + pair + ")";
      return "overlong encoding (" + pair + ")";
    }
  }
  return "no error at this offset";
}

}  // namespace rightslint
