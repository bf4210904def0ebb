// Baseline files: the format written, the parser's errors, and multiset matching.
#include "baseline.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "report/fingerprint.h"

namespace rightslint::cli {
namespace {

Finding FindingAt(std::string text, int line, std::string rule = "stigma.addict") {
  Finding finding;
  finding.rule = std::move(rule);
  finding.category = "stigma";
  finding.text = std::move(text);
  finding.start = {line, 5, 0};
  finding.end = {line, 12, 7};
  return finding;
}

FileResult FileWith(std::string path, std::vector<Finding> findings) {
  FileResult file;
  file.path = std::move(path);
  file.format = "txt";
  file.findings = std::move(findings);
  return file;
}

// A baseline's text with `findings` between the header and the closing bracket.
std::string Baseline(const std::string& findings) {
  return R"({"version": 1, "tool": "rightslint", "findings": [)" + findings + "]}";
}

std::string ErrorOf(std::string_view text) {
  const auto parsed = ParseBaseline(text, "base.json");
  if (parsed.ok()) return "parsed";
  EXPECT_EQ(parsed.status().code(), StatusCode::kInvalidArgument);
  EXPECT_TRUE(parsed.status().message().starts_with("base.json: ")) << parsed.status().message();
  return parsed.status().message();
}

TEST(BaselineTest, WrittenFileParsesBackSortedByPathOneFindingPerLine) {
  const FileResult b = FileWith("b.txt", {FindingAt("addicts", 3), FindingAt("наркоман", 9)});
  const FileResult a = FileWith("a.txt", {FindingAt("junkie", 1, "stigma.slang")});
  std::vector<BaselineEntry> entries = BaselineEntries(b, FindingFingerprints(b));
  const std::vector<BaselineEntry> from_a = BaselineEntries(a, FindingFingerprints(a));
  entries.insert(entries.end(), from_a.begin(), from_a.end());

  const std::string text = FormatBaseline(entries);
  EXPECT_TRUE(text.starts_with("{\"version\": 1, \"tool\": \"rightslint\", \"findings\": [\n"));
  EXPECT_TRUE(text.ends_with("\n]}\n"));
  EXPECT_EQ(std::count(text.begin(), text.end(), '\n'), 5) << text;
  EXPECT_NE(text.find("наркоман"), std::string::npos) << "not \\u-escaped";

  const auto parsed = ParseBaseline(text, "base.json");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  ASSERT_EQ(parsed->size(), 3u);
  EXPECT_EQ((*parsed)[0], from_a[0]);
  EXPECT_EQ((*parsed)[1], entries[0]);
  EXPECT_EQ((*parsed)[2], entries[1]);
  EXPECT_EQ((*parsed)[2].line, 9);
  EXPECT_EQ((*parsed)[2].fingerprint, FindingFingerprints(b)[1]);
}

TEST(BaselineTest, EmptyBaselineRoundTrips) {
  const auto parsed = ParseBaseline(FormatBaseline({}), "base.json");
  ASSERT_TRUE(parsed.ok()) << parsed.status().message();
  EXPECT_TRUE(parsed->empty());
}

TEST(BaselineTest, LongTextIsAbbreviatedAtACharacterBoundary) {
  std::string article;
  for (int i = 0; i < 100; ++i) article += "ж";  // two bytes each
  const FileResult file = FileWith("a.txt", {FindingAt(article + "x", 1)});
  const std::vector<BaselineEntry> entries = BaselineEntries(file, FindingFingerprints(file));
  EXPECT_TRUE(entries[0].text.ends_with("…"));
  EXPECT_LE(entries[0].text.size(), 120u + std::string("…").size());
  EXPECT_TRUE(ParseBaseline(FormatBaseline(entries), "base.json").ok()) << "still valid UTF-8";
}

TEST(BaselineTest, NotJsonNamesTheFileAndThePlace) {
  EXPECT_NE(ErrorOf("").find("empty"), std::string::npos);
  const std::string mid_string = ErrorOf(Baseline("").substr(0, 30));
  EXPECT_NE(mid_string.find("parse error at line 1, column 31"), std::string::npos) << mid_string;
  EXPECT_NE(mid_string.find("missing closing quote"), std::string::npos) << mid_string;
  const std::string full = Baseline("");
  const std::string truncated = ErrorOf(full.substr(0, full.size() - 2));
  EXPECT_NE(truncated.find("unexpected end of input; expected"), std::string::npos) << truncated;
  const std::string multiline = ErrorOf("{\n\"version\": 1,\n oops}");
  EXPECT_NE(multiline.find("line 3"), std::string::npos) << multiline;
}

TEST(BaselineTest, BinaryAndInvalidUtf8GiveAPrintableMessage) {
  for (const std::string& text :
       {std::string("\x00\x01\x02garbage", 10), std::string("\x89PNG\r\n\x1a\n"),
        Baseline(
            R"({"path": "a\xff.txt", "rule": "r", "fingerprint": "f", "text": "t", "line": 1})")}) {
    const std::string message = ErrorOf(text);
    EXPECT_NE(message.find("parse error"), std::string::npos) << message;
    for (const char c : message) {
      EXPECT_TRUE(static_cast<unsigned char>(c) >= 0x20) << "control byte in: " << message;
    }
    EXPECT_EQ(message.find('\xff'), std::string::npos) << message;
  }
}

TEST(BaselineTest, DeepNestingIsAnErrorNotACrash) {
  const std::string deep = std::string(200000, '[') + std::string(200000, ']');
  EXPECT_NE(ErrorOf(deep).find("expected an object"), std::string::npos);
}

TEST(BaselineTest, WrongVersionToolOrShape) {
  EXPECT_NE(ErrorOf("[]").find("expected an object"), std::string::npos);
  EXPECT_NE(ErrorOf(R"({"tool": "rightslint", "findings": []})").find("`version` is missing"),
            std::string::npos);
  EXPECT_NE(ErrorOf(R"({"version": 2, "tool": "rightslint", "findings": []})")
                .find("version 2 is not supported"),
            std::string::npos);
  EXPECT_NE(ErrorOf(R"({"version": "1", "tool": "rightslint", "findings": []})")
                .find("version \"1\" is not supported"),
            std::string::npos);
  EXPECT_NE(ErrorOf(R"({"version": 1, "tool": "vale", "findings": []})").find("`tool`"),
            std::string::npos);
  EXPECT_NE(ErrorOf(R"({"version": 1, "tool": "rightslint"})").find("`findings` is missing"),
            std::string::npos);
  EXPECT_NE(ErrorOf(R"({"version": 1, "tool": "rightslint", "findings": {}})")
                .find("`findings` must be an array, not object"),
            std::string::npos);
}

TEST(BaselineTest, MissingOrMistypedFindingKeysNameTheFinding) {
  const std::string good =
      R"({"path": "a", "rule": "r", "fingerprint": "f:1", "text": "t", "line": 1})";
  EXPECT_EQ(ErrorOf(Baseline(good)), "parsed");
  EXPECT_NE(ErrorOf(Baseline(good + ", 7")).find("findings[1]: expected an object, not number"),
            std::string::npos);
  EXPECT_NE(ErrorOf(Baseline(R"({"path": "a", "rule": "r", "text": "t", "line": 1})"))
                .find("findings[0]: key `fingerprint` is missing"),
            std::string::npos);
  EXPECT_NE(
      ErrorOf(Baseline(R"({"path": 3, "rule": "r", "fingerprint": "f", "text": "t", "line": 1})"))
          .find("`path` must be a string, not number"),
      std::string::npos);
  EXPECT_NE(
      ErrorOf(Baseline(R"({"path": "a", "rule": "r", "fingerprint": "", "text": "t", "line": 1})"))
          .find("`fingerprint` is empty"),
      std::string::npos);
  for (const char* line : {"-1", "\"3\"", "1.5", "null", "99999999999"}) {
    const std::string entry =
        std::string(R"({"path": "a", "rule": "r", "fingerprint": "f", "text": "t", "line": )") +
        line + "}";
    EXPECT_NE(ErrorOf(Baseline(entry)).find("`line` must be a whole number"), std::string::npos)
        << line;
  }
}

TEST(BaselineTest, UnknownKeysAreIgnored) {
  EXPECT_EQ(ErrorOf(R"({"version": 1, "tool": "rightslint", "generated": "today", "findings": [
      {"path": "a", "rule": "r", "fingerprint": "f", "text": "t", "line": 1, "note": "ok"}]})"),
            "parsed");
}

TEST(BaselineTest, MatcherCountsEntriesAsAMultiset) {
  BaselineEntry twice{"a.txt", "stigma.addict", "abc:1", "addicts", 1};
  BaselineMatcher matcher({twice, twice, BaselineEntry{"a.txt", "r", "def:1", "t", 2}});
  EXPECT_EQ(matcher.Hide({"abc:1", "xyz:1", "abc:1", "abc:1"}),
            (std::vector<bool>{true, false, true, false}));
  EXPECT_EQ(matcher.Hide({"abc:1", "def:1", "def:1"}), (std::vector<bool>{false, true, false}))
      << "entries once used stay used";
}

}  // namespace
}  // namespace rightslint::cli
