// Full paradigms: every case and number form of Russian, Ukrainian and Belarusian noun entries,
// written out by hand in data/paradigms.tsv (independent of the Hunspell dictionary that does the
// matching), must be flagged, with the finding covering exactly that form. And the suggestions
// agree with it: every person noun of the ru, uk and be lexicons has every case and number in
// lexicons/<lang>/paradigms.tsv, each form is suggested its inflected alternative, and the
// hand-written data/inflected_suggestions.tsv pins the expected suggestion and fix of each case of
// the main nouns.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "rules/lexicon_loader.h"
#include "test_linter.h"

namespace rightslint {
namespace {

// The languages whose person nouns have paradigms (lexicons/<lang>/paradigms.tsv).
const std::vector<std::string> kLanguages = {"ru", "uk", "be"};

// A sentence around `form` in which no word before it could be a modifier: "Yesterday they wrote
// about <form>." (the preposition's case does not matter to the matcher).
std::string AboutSentence(const std::string& language, const std::string& form) {
  if (language == "ru") return "Вчера о " + form + " писали.";
  if (language == "be") return "Учора пра " + form + " пісалі.";
  return "Учора про " + form + " писали.";
}

// "Said: <form>." for the suggestion test.
std::string SaidSentence(const std::string& language, const std::string& form) {
  return (language == "be" ? "Сказана: " : "Сказано: ") + form + ".";
}

// Russian has six cases; Ukrainian and Belarusian are written with seven (Belarusian as Ukrainian,
// the vocative repeating the nominative: lexicons/be/paradigms.tsv).
std::set<std::string> CasesOf(const std::string& language) {
  if (language == "ru") return {"nom", "gen", "dat", "acc", "ins", "prep"};
  return {"nom", "gen", "dat", "acc", "ins", "loc", "voc"};
}

struct Paradigm {
  std::string language;
  std::string lemma;
  std::vector<std::string> forms;
  int line = 0;
};

std::vector<Paradigm> LoadParadigms() {
  const std::string path = std::string(RIGHTSLINT_TEST_DATA_DIR) + "/paradigms.tsv";
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  auto table = ParseTsv(path, buffer.str(), {"lang", "lemma", "forms"}, {});
  std::vector<Paradigm> paradigms;
  if (!table.ok()) {
    ADD_FAILURE() << table.status().message();
    return paradigms;
  }
  for (const auto& row : table->rows) {
    Paradigm paradigm{row.cells[0], row.cells[1], {}, row.line};
    std::stringstream forms(row.cells[2]);
    std::string form;
    while (std::getline(forms, form, ',')) {
      form.erase(0, form.find_first_not_of(' '));
      if (!form.empty()) paradigm.forms.push_back(form);
    }
    paradigms.push_back(std::move(paradigm));
  }
  return paradigms;
}

TEST(LintParadigmTest, EveryFormOfEveryParadigmIsFlagged) {
  const std::vector<Paradigm> paradigms = LoadParadigms();
  std::map<std::string, int> per_language;
  for (const Paradigm& paradigm : paradigms) {
    ++per_language[paradigm.language];
    // Nine distinct forms at least: some endings coincide (наркоманки is genitive singular and
    // nominative plural; be наркаманам is instrumental singular and dative plural).
    EXPECT_GE(paradigm.forms.size(), 9u) << paradigm.lemma;
    for (const std::string& form : paradigm.forms) {
      const std::string text = AboutSentence(paradigm.language, form);
      FileResult result = ProjectLinter().CheckText(text, paradigm.language);
      bool exact = false;
      for (const Finding& finding : result.findings) exact = exact || finding.text == form;
      EXPECT_TRUE(exact) << "paradigms.tsv:" << paradigm.line << ": " << paradigm.lemma
                         << ": form `" << form << "` not flagged";
    }
  }
  EXPECT_GE(per_language["ru"], 10);
  EXPECT_GE(per_language["uk"], 10);
  EXPECT_GE(per_language["be"], 7);
}

const LexiconSpecs& ProjectLexicons() {
  static const LexiconSpecs specs = [] {
    auto loaded = LoadLexicons(std::string(RIGHTSLINT_SOURCE_DIR) + "/lexicons", kLanguages);
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status().message();
      return LexiconSpecs{};
    }
    return std::move(loaded).value();
  }();
  return specs;
}

// Noun entries of the rules that name people (not stigma.condition: наркомания).
std::vector<const TermEntry*> PersonNouns() {
  std::vector<const TermEntry*> nouns;
  for (const TermEntry& entry : ProjectLexicons().terms) {
    if (entry.pos == "noun" && entry.rule != "stigma.condition") nouns.push_back(&entry);
  }
  return nouns;
}

const Finding* FindingFor(const FileResult& result, const std::string& form) {
  for (const Finding& finding : result.findings) {
    if (finding.text == form) return &finding;
  }
  return nullptr;
}

TEST(LintParadigmTest, EveryPersonNounHasEveryCaseAndNumberAndItsAlternativesInflect) {
  std::map<std::string, int> nouns;
  for (const TermEntry* entry : PersonNouns()) {
    ++nouns[entry->language];
    const std::set<std::string> cases = CasesOf(entry->language);
    // A term that is itself a plural has the plural cells only: be_BY gives спажыўцы its own
    // entry, so be наркаспажыўцы (inflect_like спажыўцы) is a term of its own next to
    // наркаспажывец, which has both numbers.
    bool plural_term = false;
    for (const TermReading& reading : entry->readings) {
      plural_term = plural_term || (reading.grammatical_case == "nom" && reading.number == "pl" &&
                                    reading.form == entry->term);
    }
    std::set<std::pair<std::string, std::string>> cells;
    for (const TermReading& reading : entry->readings) {
      cells.emplace(reading.grammatical_case, reading.number);
      // Every cell has a suggestion in that case and number.
      bool any = false;
      for (const std::string& alternative : reading.alternatives) any = any || !alternative.empty();
      EXPECT_TRUE(any) << entry->language << " " << entry->term << ": no alternative in "
                       << reading.grammatical_case << "." << reading.number;
    }
    EXPECT_EQ(cells.size(), cases.size() * (plural_term ? 1 : 2))
        << entry->language << " " << entry->term;
    for (const auto& [grammatical_case, number] : cells) {
      EXPECT_TRUE(cases.count(grammatical_case)) << entry->term << ": " << grammatical_case;
      EXPECT_TRUE(!plural_term || number == "pl") << entry->term << ": " << number;
    }
    ASSERT_EQ(entry->alternative_inflects.size(), entry->alternatives.size()) << entry->term;
    for (std::size_t i = 0; i < entry->alternatives.size(); ++i) {
      EXPECT_TRUE(entry->alternative_inflects[i])
          << entry->language << " " << entry->term << ": no paradigm for `"
          << entry->alternatives[i] << "`";
    }
  }
  EXPECT_GE(nouns["ru"], 17);
  EXPECT_GE(nouns["uk"], 17);
  EXPECT_GE(nouns["be"], 8);
}

// Each form of each person noun, in a sentence where no word before it could be a modifier: the
// finding covers the form, its first suggestion is the first alternative inflected to one of the
// form's cells, and the fix is that suggestion exactly when all the form's cells agree (Russian and
// Ukrainian: Belarusian gets suggestions and no fix, as SafeTermFix checks agreement only in en,
// ru and uk).
TEST(LintParadigmTest, EveryFormIsSuggestedItsInflectedAlternative) {
  for (const TermEntry* entry : PersonNouns()) {
    std::map<std::string, std::set<std::vector<std::string>>> readings_of;  // form -> distinct
    for (const TermReading& reading : entry->readings) {
      readings_of[reading.form].insert(reading.alternatives);
    }
    for (const auto& [form, readings] : readings_of) {
      const std::string text = SaidSentence(entry->language, form);
      const FileResult result = ProjectLinter().CheckText(text, entry->language);
      const Finding* finding = FindingFor(result, form);
      if (finding == nullptr) {
        ADD_FAILURE() << entry->language << " " << entry->term << ": `" << form << "` not flagged";
        continue;
      }
      ASSERT_FALSE(finding->suggestions.empty()) << form;
      std::set<std::string> firsts;
      for (const auto& alternatives : readings) {
        for (const std::string& alternative : alternatives) {
          if (!alternative.empty()) {
            firsts.insert(alternative);
            break;
          }
        }
      }
      EXPECT_TRUE(firsts.count(finding->suggestions.front()))
          << entry->language << " " << form << ": " << finding->suggestions.front();
      if (entry->language == "be") {
        EXPECT_FALSE(finding->fix.has_value()) << entry->language << " " << form;
        EXPECT_GE(finding->suggestions.size(), readings.size()) << form;
      } else if (readings.size() == 1) {
        ASSERT_TRUE(finding->fix.has_value()) << entry->language << " " << form;
        EXPECT_EQ(finding->fix->replacement, finding->suggestions.front()) << form;
      } else {
        EXPECT_FALSE(finding->fix.has_value()) << entry->language << " " << form;
        EXPECT_GE(finding->suggestions.size(), readings.size()) << form;
      }
    }
  }
}

// The independent hand-written forms of data/paradigms.tsv are all in the lexicons' paradigms.
TEST(LintParadigmTest, HandWrittenFormsAreInTheLexiconParadigms) {
  std::map<std::pair<std::string, std::string>, std::set<std::string>> lexicon_forms;
  for (const ParadigmForm& form : ProjectLexicons().paradigms) {
    lexicon_forms[{form.language, form.lemma}].insert(form.form);
  }
  for (const Paradigm& paradigm : LoadParadigms()) {
    const auto found = lexicon_forms.find({paradigm.language, paradigm.lemma});
    if (found == lexicon_forms.end()) {
      ADD_FAILURE() << paradigm.language << " " << paradigm.lemma << ": not in paradigms.tsv";
      continue;
    }
    for (const std::string& form : paradigm.forms) {
      EXPECT_TRUE(found->second.count(form)) << paradigm.lemma << ": " << form;
    }
  }
}

TEST(LintParadigmTest, HandWrittenSuggestionsAndFixes) {
  const std::string path = std::string(RIGHTSLINT_TEST_DATA_DIR) + "/inflected_suggestions.tsv";
  std::ifstream in(path, std::ios::binary);
  std::stringstream buffer;
  buffer << in.rdbuf();
  auto table = ParseTsv(path, buffer.str(), {"lang", "text", "form", "suggestion", "fixed"}, {});
  ASSERT_TRUE(table.ok()) << table.status().message();
  EXPECT_GE(table->rows.size(), 40u);
  for (const auto& row : table->rows) {
    const std::string& language = row.cells[0];
    const std::string& text = row.cells[1];
    const FileResult result = ProjectLinter().CheckText(text, language);
    const Finding* finding = FindingFor(result, row.cells[2]);
    if (finding == nullptr) {
      ADD_FAILURE() << "line " << row.line << ": `" << row.cells[2] << "` not flagged";
      continue;
    }
    ASSERT_FALSE(finding->suggestions.empty());
    EXPECT_EQ(finding->suggestions.front(), row.cells[3]) << "line " << row.line << ": " << text;
    std::string fixed = "-";
    if (finding->fix) {
      fixed = text;
      fixed.replace(finding->fix->begin, finding->fix->end - finding->fix->begin,
                    finding->fix->replacement);
    }
    EXPECT_EQ(fixed, row.cells[4]) << "line " << row.line << ": " << text;
  }
}

}  // namespace
}  // namespace rightslint
