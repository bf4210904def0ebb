#include "document/bare_links.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace rightslint {
namespace {

std::vector<std::string> Links(const std::string& text) {
  std::vector<std::string> out;
  for (const ByteRange& range : FindBareLinks(text)) {
    out.push_back(text.substr(range.begin, range.size()));
  }
  return out;
}

using Texts = std::vector<std::string>;

TEST(DocumentBareLinksTest, Urls) {
  EXPECT_EQ(Links("See https://example.org/report.pdf."), Texts{"https://example.org/report.pdf"});
  EXPECT_EQ(Links("HTTP://EXAMPLE.ORG/A and www.unaids.org/en, ok"),
            (Texts{"HTTP://EXAMPLE.ORG/A", "www.unaids.org/en"}));
  EXPECT_EQ(Links("(see https://en.wikipedia.org/wiki/Harm_(reduction))."),
            Texts{"https://en.wikipedia.org/wiki/Harm_(reduction)"});
  EXPECT_EQ(Links("https://example.org/?q=a&b=c#top!"), Texts{"https://example.org/?q=a&b=c#top"});
}

TEST(DocumentBareLinksTest, UrlsInCyrillicTextStopAtPunctuationAndSpaces) {
  EXPECT_EQ(Links("сайт «https://ru.wikipedia.org/wiki/Наркотики» — читать"),
            Texts{"https://ru.wikipedia.org/wiki/Наркотики"});
  EXPECT_EQ(Links("ссылка:https://example.org/путь\xC2\xA0дальше"),
            Texts{"https://example.org/путь"});
  EXPECT_EQ(Links("https://example.org/a—b"), Texts{"https://example.org/a"});
}

TEST(DocumentBareLinksTest, NotUrls) {
  EXPECT_EQ(Links("https:// alone, xhttp://a, the www. prefix, awww.x, http"), Texts{});
}

TEST(DocumentBareLinksTest, EmailAddresses) {
  EXPECT_EQ(Links("Write to info@example.org, or ivan.petrov+news@mail.example.co.uk."),
            (Texts{"info@example.org", "ivan.petrov+news@mail.example.co.uk"}));
  // Cyrillic domains are recognised, non-ASCII local parts are not.
  EXPECT_EQ(Links("почта: приёмная@минздрав.рф или help@нко.орг"), Texts{"help@нко.орг"});
  EXPECT_EQ(Links("@handle, a@b, user@localhost, .@x.org"), Texts{});
}

// The scan reads sixteen bytes at a time: links at every offset around a block boundary, after
// runs of the letters that start them (h, w) and at the very end of the text, are all found.
TEST(DocumentBareLinksTest, EveryOffsetAndTheEndOfTheText) {
  for (std::size_t pad = 0; pad < 40; ++pad) {
    for (const std::string filler : {"h", "w", "H", "x", "д"}) {
      std::string before;
      for (std::size_t k = 0; k < pad; ++k) before += filler;
      const std::string text = before + " HTTP://EXAMPLE.ORG/A, www.example.com and me@example.org";
      EXPECT_EQ(Links(text), (Texts{"HTTP://EXAMPLE.ORG/A", "www.example.com", "me@example.org"}))
          << text;
      EXPECT_EQ(Links(before + " http://x.org"), Texts{"http://x.org"}) << before;
      EXPECT_TRUE(Links(before + "h").empty()) << before;
    }
  }
}

TEST(DocumentBareLinksTest, UrlWithAtSignIsOneRange) {
  EXPECT_EQ(Links("https://user@example.org/x then a@b.org"),
            (Texts{"https://user@example.org/x", "a@b.org"}));
}

}  // namespace
}  // namespace rightslint
