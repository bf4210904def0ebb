#include "document/utf8.h"

#include <gtest/gtest.h>

#include <optional>
#include <random>
#include <string>

#include "document/extract.h"

namespace rightslint {
namespace {

// A deliberately naive reference: decode by the bit patterns, then reject what the standard
// forbids (overlong forms, surrogates, values above U+10FFFF). It shares no code or table with
// the validator.
std::optional<std::size_t> ReferenceFindInvalid(std::string_view bytes) {
  std::size_t i = 0;
  while (i < bytes.size()) {
    const auto lead = static_cast<unsigned char>(bytes[i]);
    std::size_t length;
    char32_t value;
    if (lead < 0x80) {
      ++i;
      continue;
    } else if ((lead & 0xE0) == 0xC0) {
      length = 2;
      value = lead & 0x1F;
    } else if ((lead & 0xF0) == 0xE0) {
      length = 3;
      value = lead & 0x0F;
    } else if ((lead & 0xF8) == 0xF0) {
      length = 4;
      value = lead & 0x07;
    } else {
      return i;
    }
    if (i + length > bytes.size()) return i;
    for (std::size_t k = 1; k < length; ++k) {
      const auto next = static_cast<unsigned char>(bytes[i + k]);
      if ((next & 0xC0) != 0x80) return i;
      value = (value << 6) | (next & 0x3F);
    }
    const char32_t minimum = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
    if (value < minimum || (value >= 0xD800 && value <= 0xDFFF) || value > 0x10FFFF) return i;
    i += length;
  }
  return std::nullopt;
}

TEST(DocumentUtf8Test, AcceptsValidText) {
  EXPECT_EQ(FindInvalidUtf8(""), std::nullopt);
  EXPECT_EQ(FindInvalidUtf8("plain ASCII text, long enough for the 16-byte fast path"),
            std::nullopt);
  EXPECT_EQ(FindInvalidUtf8("наркотики, ნარკოტიკები, 麻药, \xF0\x9F\x98\x80 \xF4\x8F\xBF\xBF"),
            std::nullopt);
  EXPECT_EQ(FindInvalidUtf8("\xEF\xBB\xBF\xED\x9F\xBF\xEE\x80\x80"), std::nullopt);  // D7FF E000
}

TEST(DocumentUtf8Test, FindsEachKindOfErrorAtItsSequenceStart) {
  struct Case {
    std::string bytes;
    std::size_t offset;
    std::string reason;
  };
  const Case cases[] = {
      {"ab\x80", 2, "unexpected continuation byte 0x80"},
      {"a\xC0\xAF", 1, "overlong encoding (0xC0 is never valid in UTF-8)"},
      {"a\xC1\xBF", 1, "overlong encoding (0xC1 is never valid in UTF-8)"},
      {"\xE0\x80\xAF", 0, "overlong encoding (0xE0 0x80)"},
      {"\xF0\x8F\xBF\xBF", 0, "overlong encoding (0xF0 0x8F)"},
      {"x\xED\xA0\x80", 1, "encoded UTF-16 surrogate (0xED 0xA0): U+D800-U+DFFF"},
      {"x\xED\xBF\xBF", 1, "encoded UTF-16 surrogate (0xED 0xBF): U+D800-U+DFFF"},
      {"\xF4\x90\x80\x80", 0, "code point above U+10FFFF (0xF4 0x90)"},
      {"\xF5\x80\x80\x80", 0, "0xF5 is never valid in UTF-8"},
      {"\xFF", 0, "0xFF is never valid in UTF-8"},
      {"д\xD0(", 2, "expected a continuation byte after 0xD0, found 0x28"},
      {"\xE2\x82(", 0, "expected a continuation byte after 0xE2 0x82, found 0x28"},
      {"\xF0\x9F\x98 ", 0, "expected a continuation byte after 0xF0 0x9F 0x98, found 0x20"},
      {"ok \xE2\x82", 3, "input ends inside a 3-byte sequence (0xE2 0x82)"},
      {"ok \xF0", 3, "input ends inside a 4-byte sequence (0xF0)"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(FindInvalidUtf8(c.bytes), c.offset) << c.reason;
    EXPECT_EQ(DescribeInvalidUtf8(c.bytes, c.offset), c.reason);
  }
}

TEST(DocumentUtf8Test, FastPathReportsTheExactOffset) {
  for (std::size_t at = 0; at < 70; ++at) {
    std::string text(80, 'a');
    text[at] = '\x80';
    EXPECT_EQ(FindInvalidUtf8(text), at);
    text[at] = 'a';
    text.replace(at, 2, "\xD0\xB4");  // valid two-byte letter anywhere
    EXPECT_EQ(FindInvalidUtf8(text), std::nullopt);
  }
}

// Every string of one to three bytes, and every four-byte string whose last two bytes come from
// a set of boundary values, against the reference.
TEST(DocumentUtf8Test, AgreesWithReferenceExhaustively) {
  std::string s;
  for (int a = 0; a < 256; ++a) {
    s.assign(1, static_cast<char>(a));
    ASSERT_EQ(FindInvalidUtf8(s), ReferenceFindInvalid(s)) << a;
    for (int b = 0; b < 256; ++b) {
      s.assign({static_cast<char>(a), static_cast<char>(b)});
      ASSERT_EQ(FindInvalidUtf8(s), ReferenceFindInvalid(s)) << a << " " << b;
      for (int c = 0; c < 256; ++c) {
        s.assign({static_cast<char>(a), static_cast<char>(b), static_cast<char>(c)});
        ASSERT_EQ(FindInvalidUtf8(s), ReferenceFindInvalid(s)) << a << " " << b << " " << c;
      }
    }
  }
  const unsigned char edges[] = {0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xFF};
  for (int a = 0xC0; a < 256; ++a) {
    for (int b = 0; b < 256; ++b) {
      for (unsigned char c : edges) {
        for (unsigned char d : edges) {
          s.assign({static_cast<char>(a), static_cast<char>(b), static_cast<char>(c),
                    static_cast<char>(d)});
          ASSERT_EQ(FindInvalidUtf8(s), ReferenceFindInvalid(s)) << a << " " << b;
        }
      }
    }
  }
}

// Sixteen bytes at a time: text of two-byte letters, spaces and ASCII, in every alignment, with
// one byte replaced by each kind of trouble at every position, against the reference.
TEST(DocumentUtf8Test, SixteenByteBlocksAgreeWithReferenceAtEveryPosition) {
  const unsigned char replacements[] = {0x41, 0x80, 0xBF, 0xC0, 0xC1, 0xC2, 0xD0,
                                        0xDF, 0xE0, 0xE2, 0xED, 0xF0, 0xF4, 0xFF};
  for (std::size_t shift = 0; shift < 3; ++shift) {
    std::string base = std::string(shift, 'x');
    for (int k = 0; k < 12; ++k) base += k % 4 == 3 ? " " : "д";  // 2-byte letters, a space
    base += "ab ÑÐ.";
    base += base;
    ASSERT_EQ(FindInvalidUtf8(base), std::nullopt);
    for (std::size_t at = 0; at < base.size(); ++at) {
      for (unsigned char byte : replacements) {
        std::string text = base;
        text[at] = static_cast<char>(byte);
        ASSERT_EQ(FindInvalidUtf8(text), ReferenceFindInvalid(text))
            << "shift " << shift << " at " << at << " byte " << int{byte};
      }
      // Cut short: the last sequence may be left open.
      const std::string cut = base.substr(0, at);
      ASSERT_EQ(FindInvalidUtf8(cut), ReferenceFindInvalid(cut)) << "cut at " << at;
    }
  }
}

TEST(DocumentUtf8Test, AgreesWithReferenceOnRandomMixedText) {
  std::mt19937 random(42);
  const std::string pieces[] = {"a",
                                "plain text ",
                                "д",
                                "ё",
                                "\xE2\x80\x94",
                                "\xF0\x9F\x98\x80",
                                "\x80",
                                "\xC3",
                                "\xE2\x82",
                                "\xED\xA0\x80",
                                "\xF4\x90\x80\x80",
                                "\xFE"};
  std::uniform_int_distribution<std::size_t> pick(0, std::size(pieces) - 1);
  std::bernoulli_distribution valid_only(0.5);
  for (int round = 0; round < 20000; ++round) {
    std::string text;
    const bool clean = valid_only(random);
    for (int n = 0; n < 40; ++n) {
      const std::size_t k = pick(random);
      if (clean && k >= 6) continue;
      text += pieces[k];
    }
    ASSERT_EQ(FindInvalidUtf8(text), ReferenceFindInvalid(text)) << text;
  }
}

}  // namespace
}  // namespace rightslint
