// A UTF-8 validator written for this stage rather than taken from ICU: ICU's U8_NEXT walks one code
// point at a time (this runs over every byte of every input), and it cannot say *why* a
// sequence is ill-formed, which the error message needs. The rules are exactly the well-formed
// byte sequences of the Unicode Standard, Table 3-7 (so overlongs, surrogates D800-DFFF and code
// points above U+10FFFF are rejected); ASCII, the bulk of most inputs, is skipped 16 bytes at a
// time.
#include "document/utf8.h"

#include <cstdint>
#include <cstdio>
#include <cstring>
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
  constexpr std::uint64_t kHighBits = 0x8080808080808080ull;
  std::size_t i = 0;
  while (i < n) {
    if (s[i] < 0x80) {
      while (n - i >= 16) {
        std::uint64_t a, b;
        std::memcpy(&a, s + i, 8);
        std::memcpy(&b, s + i + 8, 8);
        if ((a | b) & kHighBits) break;
        i += 16;
      }
      while (i < n && s[i] < 0x80) ++i;
      if (i == n) break;
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
