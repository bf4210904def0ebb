// Inline suppressions (rightslint-disable…), end to end on the project's rules and lexicons, and
// the parser on its own for malformed input.
#include "lint/suppressions.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <iostream>
#include <memory>
#include <string>
#include <vector>

#include "document/extract.h"
#include "rightslint/linter.h"
#include "test_linter.h"

namespace rightslint {
namespace {

const Linter& ReportingUnusedLinter() {
  static const std::unique_ptr<Linter> linter = [] {
    LinterOptions options;
    options.data_dir = RIGHTSLINT_SOURCE_DIR;
    options.report_unused_disables = true;
    auto created = Linter::Create(options);
    if (!created.ok()) {
      std::cerr << created.status().message() << "\n";
      std::abort();
    }
    return std::move(created).value();
  }();
  return *linter;
}

FileResult CheckAs(const std::string& text, Format format, const Linter& linter = ProjectLinter()) {
  Source source;
  source.path = format == Format::kMarkdown ? "doc.md" : "doc.txt";
  source.bytes = text;
  source.format = format;
  FileResult result = linter.Check(std::move(source));
  EXPECT_FALSE(result.error) << *result.error;
  return result;
}

FileResult Text(const std::string& text, const Linter& linter = ProjectLinter()) {
  return CheckAs(text, Format::kText, linter);
}
FileResult Markdown(const std::string& text, const Linter& linter = ProjectLinter()) {
  return CheckAs(text, Format::kMarkdown, linter);
}

// "rule@line" for each finding, in order.
std::vector<std::string> Reported(const FileResult& result) {
  std::vector<std::string> out;
  for (const Finding& finding : result.findings) {
    out.push_back(finding.rule + "@" + std::to_string(finding.start.line));
  }
  return out;
}

using Lines = std::vector<std::string>;

TEST(LintSuppressionsTest, WithoutDirectivesEverythingIsReported) {
  const FileResult result = Text("The addict left.\nA junkie stayed.\n");
  EXPECT_EQ(Reported(result), (Lines{"stigma.addict@1", "stigma.slang@2"}));
  EXPECT_TRUE(result.notes.empty());
}

TEST(LintSuppressionsTest, DisableAndEnableInPlainText) {
  const std::string text =
      "The addict left.\n"
      "# rightslint-disable stigma.addict\n"
      "The addict stayed with a junkie.\n"
      "rightslint-enable stigma.addict\n"
      "The addict returned.\n";
  EXPECT_EQ(Reported(Text(text)), (Lines{"stigma.addict@1", "stigma.slang@3", "stigma.addict@5"}));
}

TEST(LintSuppressionsTest, DisableAndEnableInMarkdown) {
  const std::string text =
      "The addict left.\n\n"
      "<!-- rightslint-disable stigma.addict -->\n\n"
      "The addict stayed with a junkie.\n\n"
      "<!-- rightslint-enable -->\n\n"
      "The addict returned.\n";
  EXPECT_EQ(Reported(Markdown(text)),
            (Lines{"stigma.addict@1", "stigma.slang@5", "stigma.addict@9"}));
}

TEST(LintSuppressionsTest, DisableTakesEffectAfterTheDirectiveOnItsLine) {
  const std::string text = "An addict <!-- rightslint-disable --> and an addict.\n";
  const FileResult result = Markdown(text);
  ASSERT_EQ(result.findings.size(), 1u);
  EXPECT_EQ(result.findings[0].start.offset, text.find("addict"));
}

TEST(LintSuppressionsTest, RuleCategoryOrAll) {
  const std::string body = "The addict met a junkie.\n";
  EXPECT_EQ(Reported(Text("// rightslint-disable stigma.addict\n" + body)),
            (Lines{"stigma.slang@2"}));
  EXPECT_EQ(Reported(Text("// rightslint-disable stigma\n" + body)), Lines{});
  EXPECT_EQ(Reported(Text("// rightslint-disable\n" + body)), Lines{});
  EXPECT_EQ(Reported(Text("// rightslint-disable penalty\n" + body)),
            (Lines{"stigma.addict@2", "stigma.slang@2"}));
  // Comma- or space-separated.
  EXPECT_EQ(Reported(Text("% rightslint-disable stigma.slang,stigma.addict\n" + body)), Lines{});
  EXPECT_EQ(Reported(Text("rightslint-disable stigma.slang , stigma.addict\n" + body)), Lines{});
}

TEST(LintSuppressionsTest, EnableOneRuleWhileEverythingIsDisabled) {
  const std::string text =
      "<!-- rightslint-disable -->\n"
      "<!-- rightslint-enable stigma.addict -->\n\n"
      "The addict met a junkie.\n\n"
      "<!-- rightslint-disable stigma.addict -->\n\n"
      "The addict met a junkie.\n\n"
      "<!-- rightslint-enable stigma -->\n\n"
      "The addict met a junkie.\n";
  EXPECT_EQ(Reported(Markdown(text)),
            (Lines{"stigma.addict@4", "stigma.addict@12", "stigma.slang@12"}));
}

TEST(LintSuppressionsTest, NextLineSkipsBlankLinesAndOtherDirectives) {
  const std::string text =
      "# rightslint-disable-next-line stigma.addict\n"
      "\n"
      "   \n"
      "# rightslint-disable-next-line stigma.slang\n"
      "The addict met a junkie.\n"
      "The addict met a junkie.\n";
  EXPECT_EQ(Reported(Text(text)), (Lines{"stigma.addict@6", "stigma.slang@6"}));

  const std::string markdown =
      "<!-- rightslint-disable-next-line -->\n\n"
      "The addict left.\n"
      "The addict stayed.\n\n"
      "The addict returned.\n";
  EXPECT_EQ(Reported(Markdown(markdown)), (Lines{"stigma.addict@4", "stigma.addict@6"}));
}

TEST(LintSuppressionsTest, DisableLine) {
  EXPECT_EQ(Reported(Text("The addict left. # rightslint-disable-line stigma.addict\n"
                          "The addict stayed.  rightslint-disable-line stigma.slang\n"
                          "The addict returned. // rightslint-disable-line\n")),
            (Lines{"stigma.addict@2"}));
  EXPECT_EQ(Reported(Markdown("The addict left. <!-- rightslint-disable-line stigma -->\n"
                              "The addict stayed.\n")),
            (Lines{"stigma.addict@2"}));
  // Mentioned in prose, not at the end of a line: not a directive.
  EXPECT_EQ(Reported(Text("The addict; rightslint-disable-lines are explained below.\n")),
            (Lines{"stigma.addict@1"}));
}

TEST(LintSuppressionsTest, DirectiveInCodeIsCode) {
  const std::string fenced =
      "```markdown\n"
      "<!-- rightslint-disable -->\n"
      "```\n\n"
      "The addict left.\n";
  EXPECT_EQ(Reported(Markdown(fenced)), (Lines{"stigma.addict@5"}));
  const std::string tilde =
      "> ~~~~\n"
      "> <!-- rightslint-disable-next-line -->\n"
      "> ~~~~\n"
      "The addict left.\n";
  EXPECT_EQ(Reported(Markdown(tilde)), (Lines{"stigma.addict@4"}));
  EXPECT_EQ(Reported(Markdown("Write `<!-- rightslint-disable-line -->` after the addict.\n")),
            (Lines{"stigma.addict@1"}));
  // Escaped, so text and not HTML.
  EXPECT_EQ(Reported(Markdown("The addict \\<!-- rightslint-disable-line -->\n")),
            (Lines{"stigma.addict@1"}));
  // Markdown directives live in comments only; a plain line is prose.
  EXPECT_EQ(Reported(Markdown("rightslint-disable\n\nThe addict left.\n")),
            (Lines{"stigma.addict@3"}));
  // After the fence closes, directives count again.
  EXPECT_EQ(Reported(Markdown(fenced + "\n<!-- rightslint-disable -->\n\nThe addict.\n")),
            (Lines{"stigma.addict@5"}));
}

TEST(LintSuppressionsTest, UnknownNamesAreNotedAndSuppressNothing) {
  const FileResult result = Markdown(
      "<!-- rightslint-disable stigma.nonexistent -->\n\n"
      "The addict left.\n\n"
      "<!-- rightslint-disable-next-line drugs, stigma.addict -->\n"
      "The addict stayed.\n\n"
      "<!-- rightslint-disabled -->\n");
  EXPECT_EQ(Reported(result), (Lines{"stigma.addict@3"}));
  ASSERT_EQ(result.notes.size(), 3u);
  EXPECT_EQ(result.notes[0],
            "1: unknown rule or category `stigma.nonexistent` in rightslint-disable");
  EXPECT_EQ(result.notes[1], "5: unknown rule or category `drugs` in rightslint-disable-next-line");
  EXPECT_TRUE(result.notes[2].starts_with("8: unknown directive `rightslint-disabled`"))
      << result.notes[2];
}

TEST(LintSuppressionsTest, UnusedDisablesAreNotedOnlyWithTheOption) {
  const std::string text =
      "# rightslint-disable-next-line stigma.addict stigma.slang\n"
      "The addict left.\n"
      "# rightslint-disable-next-line\n"
      "Nothing to see.\n"
      "The addict stayed. # rightslint-disable-line\n"
      "rightslint-disable penalty\n";
  const FileResult quiet = Text(text);
  EXPECT_EQ(Reported(quiet), Lines{});
  EXPECT_TRUE(quiet.notes.empty());
  const FileResult noisy = Text(text, ReportingUnusedLinter());
  EXPECT_EQ(Reported(noisy), Lines{});
  EXPECT_EQ(noisy.notes, (Lines{"1: unused rightslint-disable-next-line for stigma.slang",
                                "3: unused rightslint-disable-next-line",
                                "6: unused rightslint-disable for penalty"}));
}

TEST(LintSuppressionsTest, CrlfLineEnds) {
  const std::string text =
      "The addict left.\r\n"
      "# rightslint-disable-next-line stigma.addict\r\n"
      "\r\n"
      "The addict stayed.\r\n"
      "The addict returned. # rightslint-disable-line stigma.addict\r\n"
      "The addict came back.\r\n";
  EXPECT_EQ(Reported(Text(text)), (Lines{"stigma.addict@1", "stigma.addict@6"}));
  const std::string markdown =
      "<!-- rightslint-disable-next-line stigma.addict -->\r\n"
      "\r\n"
      "The addict stayed.\r\n"
      "The addict returned.\r\n";
  EXPECT_EQ(Reported(Markdown(markdown)), (Lines{"stigma.addict@4"}));
}

TEST(LintSuppressionsTest, CyrillicTextBeforeTheDirective) {
  EXPECT_EQ(Reported(Text("Полиция задержала наркомана. // rightslint-disable-line stigma.addict\n"
                          "Наркоман ушёл.\n")),
            (Lines{"stigma.addict@2"}));
  EXPECT_EQ(Reported(Markdown("Полиция задержала наркомана. <!-- rightslint-disable-line -->\n"
                              "Наркоман ушёл.\n")),
            (Lines{"stigma.addict@2"}));
  EXPECT_EQ(Reported(Text("Наркоман пришёл.\n# rightslint-disable stigma\nНаркоман ушёл.\n")),
            (Lines{"stigma.addict@1"}));
}

TEST(LintSuppressionsTest, MalformedAndTruncatedDirectivesNeverCrash) {
  const std::vector<std::string> inputs = {
      "rightslint-",
      "rightslint-disable",
      "rightslint-disable-next-line",
      "rightslint-disable-next-line\n",
      "rightslint-disable!!!\nThe addict.",
      "rightslint-disable,,, ,\nThe addict.",
      "<!-- rightslint-disable",
      "<!-- rightslint-disable stigma.addict\n\nThe addict.\n",
      "<!---->rightslint-disable\nThe addict.",
      "<!-- rightslint-disable-line -->",
      "-->rightslint-disable-line",
      "The addict rightslint-disable-line",
      "# rightslint-enable stigma\nThe addict.",
      "<!-- rightslint-disable-next-line --><!-- rightslint-enable -->\nThe addict.",
      "```\n<!-- rightslint-disable -->\nThe addict.",
      "`` <!-- rightslint-disable-line --> ` The addict.",
      "\xD0\x9D <!-- rightslint-disable " + std::string(200, 'x') + " -->",
  };
  for (const std::string& input : inputs) {
    for (Format format : {Format::kText, Format::kMarkdown}) {
      const FileResult result = CheckAs(input, format, ReportingUnusedLinter());
      for (const std::string& note : result.notes) {
        EXPECT_NE(note.find(": "), std::string::npos) << note;
      }
    }
  }
  // An unterminated inline comment is text: nothing is suppressed.
  EXPECT_EQ(Reported(Markdown("The addict <!-- rightslint-disable-line stigma.addict\n")),
            (Lines{"stigma.addict@1"}));
  // A long unknown name is shortened in the note, at a character boundary.
  const FileResult noted =
      Text("rightslint-disable " + std::string(59, 'x') + "\xD0\x96" + std::string(40, 'y'));
  ASSERT_EQ(noted.notes.size(), 1u);
  EXPECT_NE(noted.notes[0].find(std::string(59, 'x') + "…"), std::string::npos) << noted.notes[0];
  EXPECT_FALSE(FindInvalidUtf8(noted.notes[0]));
}

TEST(LintSuppressionsTest, ParserAnswersTheSameInAnyOrder) {
  const std::string text = "alpha\n# rightslint-disable stigma\nbeta\n# rightslint-enable\ngamma\n";
  Suppressions suppressions = ParseSuppressions(
      text, Format::kText, {}, [](std::string_view name) { return name == "stigma"; });
  auto finding_at = [&](const std::string& what) {
    Finding finding;
    finding.rule = "stigma.addict";
    finding.category = "stigma";
    finding.start.offset = text.find(what);
    finding.start.line =
        1 + static_cast<int>(std::count(text.begin(), text.begin() + finding.start.offset, '\n'));
    return finding;
  };
  for (int round = 0; round < 2; ++round) {
    EXPECT_TRUE(suppressions.Suppressed(finding_at("beta")));
    EXPECT_FALSE(suppressions.Suppressed(finding_at("alpha")));
    EXPECT_FALSE(suppressions.Suppressed(finding_at("gamma")));
    EXPECT_TRUE(suppressions.Suppressed(finding_at("beta")));
  }
  EXPECT_TRUE(suppressions.Notes(true).empty());
}

}  // namespace
}  // namespace rightslint
