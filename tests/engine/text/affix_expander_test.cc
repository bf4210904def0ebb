// The affix expander against Hunspell itself: on a small dictionary with every feature the
// expander models, the forms it lists are exactly the words Hunspell accepts, with the
// derivations Hunspell's analysis names; files with features it does not model are refused with
// the line.
#include "text/affix_expander.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <hunspell/hunspell.hxx>
#include <map>
#include <set>

#include "document_fixtures.h"

namespace rightslint {
namespace {

class AffixExpanderTest : public ::testing::Test {
 protected:
  void Write(const std::string& name, const std::string& text) {
    std::ofstream(dir_ / name, std::ios::binary) << text;
  }
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }

  // form -> "stem:flags" of each derivation
  std::map<std::string, std::set<std::string>> Expand(const std::string& aff,
                                                      const std::string& dic, Status* status,
                                                      ExpandedDictionary* info) {
    Write("d.aff", aff);
    Write("d.dic", dic);
    std::map<std::string, std::set<std::string>> forms;
    *status = ExpandHunspellDictionary(
        Path("d.aff"), Path("d.dic"), {{"blog", "cat"}},
        [&](std::string_view form, const DictionaryStem& stem, std::string_view flags) {
          forms[std::string(form)].insert(stem.word + ":" + std::string(flags));
        },
        info);
    return forms;
  }

  testing::ScratchDirectory scratch_{"affix-expander"};
  const std::filesystem::path& dir_ = scratch_.path();
};

// Suffixes with strip and conditions (negated and positive classes), a prefix with cross
// product and one without, a suffix rule without a condition, IGNORE, a rule that would strip
// the whole stem, and an added word that inflects like its model.
constexpr const char* kAff =
    "SET UTF-8\n"
    "IGNORE \xCC\x81\n"  // U+0301, the stress mark
    "ICONV 1\n"
    "ICONV ’ '\n"
    "PFX U Y 1\n"
    "PFX U 0 un .\n"
    "PFX R N 1\n"
    "PFX R 0 re [^r]\n"
    "SFX S Y 3\n"
    "SFX S y ies [^aeiou]y\n"
    "SFX S 0 s [^y]\n"
    "SFX S 0 s [aeiou]y\n"
    "SFX D N 1\n"
    "SFX D 0 ed\n"
    "SFX W N 1\n"
    "SFX W go went go\n";

constexpr const char* kDic =
    "6\n"
    "cat/S\n"
    "fly/SUR\n"
    "day/SU\n"
    "ha\xCC\x81ppy/D\n"
    "go/W\n"
    "ring/R\n";

TEST_F(AffixExpanderTest, ListsExactlyWhatHunspellAccepts) {
  Status status;
  ExpandedDictionary info;
  const auto forms = Expand(kAff, kDic, &status, &info);
  ASSERT_TRUE(status.ok()) << status.message();
  EXPECT_EQ(info.encoding, "UTF-8");
  const std::set<std::string> expected = {"cat",     "cats", "fly",  "flies", "unfly",  "unflies",
                                          "refly",   "day",  "days", "unday", "undays", "happy",
                                          "happyed", "go",   "ring", "blog",  "blogs"};
  std::set<std::string> listed;
  for (const auto& [form, derivations] : forms) listed.insert(form);
  EXPECT_EQ(listed, expected);

  Hunspell hunspell(Path("d.aff").c_str(), Path("d.dic").c_str());
  hunspell.add_with_affix("blog", "cat");
  for (const std::string& form : expected) EXPECT_TRUE(hunspell.spell(form)) << form;
  // What the rules do not make: a prefix without cross product on a suffixed form, a prefix
  // whose condition fails, a suffix on a stem it would strip entirely ("went").
  for (const char* word : {"reflies", "rering", "rering", "went", "dayies", "catses", "unhappy"}) {
    EXPECT_FALSE(hunspell.spell(std::string(word))) << word;
    EXPECT_EQ(forms.count(word), 0u) << word;
  }
  // The derivations are those Hunspell's analysis names.
  EXPECT_EQ(forms.at("cats"), (std::set<std::string>{"cat:S"}));
  EXPECT_EQ(forms.at("unflies"), (std::set<std::string>{"fly:US"}));
  EXPECT_EQ(forms.at("refly"), (std::set<std::string>{"fly:R"}));
  EXPECT_EQ(forms.at("fly"), (std::set<std::string>{"fly:"}));
  for (const std::string& analysis : hunspell.analyze("unflies")) {
    EXPECT_NE(analysis.find("st:fly"), std::string::npos) << analysis;
  }
  EXPECT_EQ(info.input_changes, (std::vector<std::string>{"\xCC\x81", "’"}));
  EXPECT_FALSE(info.has_compound_rules);
}

TEST_F(AffixExpanderTest, ReadsOtherEncodings) {
  // ISO8859-13 (lt_LT): "ž" is 0xFE.
  Status status;
  ExpandedDictionary info;
  const auto forms =
      Expand("SET ISO8859-13\nSFX A Y 1\nSFX A 0 \xFE .\n", "1\nva/A\n", &status, &info);
  ASSERT_TRUE(status.ok()) << status.message();
  EXPECT_EQ(forms.count("va\xC5\xBE"), 1u);  // "važ" in UTF-8
}

TEST_F(AffixExpanderTest, CompoundRulesWithDigitPartsAreReported) {
  Status status;
  ExpandedDictionary info;
  const auto forms = Expand("SET UTF-8\nCOMPOUNDRULE 1\nCOMPOUNDRULE n*t\nONLYINCOMPOUND c\n",
                            "3\n1/n\nth/tc\ncat\n", &status, &info);
  EXPECT_FALSE(status.ok());  // "th" is a compound part that does not start with a digit
  EXPECT_NE(status.message().find("d.dic:3:"), std::string::npos) << status.message();

  const auto numbers = Expand("SET UTF-8\nCOMPOUNDRULE 1\nCOMPOUNDRULE n*t\nONLYINCOMPOUND c\n",
                              "3\n1/n\n1th/tc\ncat\n", &status, &info);
  ASSERT_TRUE(status.ok()) << status.message();
  EXPECT_TRUE(info.has_compound_rules);
  EXPECT_EQ(numbers.count("1th"), 0u);  // only in compounds
  EXPECT_EQ(numbers.count("cat"), 1u);
}

TEST_F(AffixExpanderTest, RefusesWhatItDoesNotModelNamingTheLine) {
  struct Case {
    std::string aff;
    std::string where;
  };
  const Case cases[] = {
      {"SET UTF-8\nFLAG long\n", "d.aff:2: FLAG"},
      {"SET UTF-8\nAF 1\nAF AB\n", "d.aff:2: AF"},
      {"SET UTF-8\nSFX A Y 1\nSFX A 0 s/B .\n", "d.aff:3: affixes with continuation flags"},
      {"SET UTF-8\nSFX AB Y 1\n", "d.aff:2: affix flag of more than one byte"},
      {"SET UTF-8\nSFX A Y 1\nSFX A 0 s [ab\n", "d.aff:3: condition without `]`"},
      {"SET UTF-8\nCOMPOUNDFLAG X\n", "d.aff:2: COMPOUNDFLAG"},
      {"SET UTF-8\nFORBIDDENWORD X\n", "d.aff:2: FORBIDDENWORD"},
      {"TRY abc\n", "no SET line"},
  };
  for (const Case& c : cases) {
    Status status;
    ExpandedDictionary info;
    Expand(c.aff, "1\ncat\n", &status, &info);
    EXPECT_FALSE(status.ok()) << c.aff;
    EXPECT_NE(status.message().find(c.where), std::string::npos) << status.message();
  }
}

TEST_F(AffixExpanderTest, MissingFilesAndBadBytesAreErrorsNotCrashes) {
  ExpandedDictionary info;
  Status status = ExpandHunspellDictionary(
      Path("none.aff"), Path("none.dic"), {},
      [](std::string_view, const DictionaryStem&, std::string_view) {}, &info);
  EXPECT_EQ(status.code(), StatusCode::kNotFound);
  // Binary garbage, invalid UTF-8 and truncated rule blocks read without crashing.
  const std::string garbage = testing::Garbage(4096);
  for (const std::string& aff :
       {"SET UTF-8\n" + garbage, std::string("SET UTF-8\nSFX A Y 5\nSFX A 0 \xFF\xFE ."),
        std::string("SET UTF-8\nSFX A Y 99999999999\n")}) {
    Expand(aff, "2\ncat/A\n\xC3\x28/A\n", &status, &info);
    SUCCEED();
  }
}

}  // namespace
}  // namespace rightslint
