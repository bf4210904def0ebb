// Russian and Ukrainian multi-word person terms («бывший наркоман», «потребитель наркотик», uk
// «колишній наркоман», «споживач наркотик»…) are `noun` entries whose case and number forms are
// whole phrases in lexicons/<lang>/paradigms.tsv: every form is flagged, its suggestions agree
// with it («бывших наркоманов» -> «людей в ремиссии»), and it is fixed where README "Fixes"
// allows.
#include <gtest/gtest.h>

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "rules/lexicon_loader.h"
#include "test_linter.h"

namespace rightslint {
namespace {

const LexiconSpecs& Lexicons() {
  static const LexiconSpecs specs = [] {
    auto loaded = LoadLexicons(std::string(RIGHTSLINT_SOURCE_DIR) + "/lexicons", {"ru", "uk"});
    if (!loaded.ok()) {
      ADD_FAILURE() << loaded.status().message();
      return LexiconSpecs{};
    }
    return std::move(loaded).value();
  }();
  return specs;
}

// The ru and uk entries of more than one word that have a paradigm.
std::vector<const TermEntry*> MultiWordNouns() {
  std::vector<const TermEntry*> entries;
  for (const TermEntry& entry : Lexicons().terms) {
    if (entry.term.find(' ') != std::string::npos && !entry.readings.empty()) {
      entries.push_back(&entry);
    }
  }
  return entries;
}

const Finding* FindingFor(const FileResult& result, const std::string& form) {
  for (const Finding& finding : result.findings) {
    if (finding.text == form) return &finding;
  }
  return nullptr;
}

// The first alternative that has a form in this cell.
std::string FirstAlternative(const TermReading& reading) {
  for (const std::string& alternative : reading.alternatives) {
    if (!alternative.empty()) return alternative;
  }
  return "";
}

// The person terms written as several words; each must be a linked noun.
TEST(MultiWordParadigmTest, PersonTermsAreNounsWithEveryCell) {
  const std::map<std::string, std::vector<std::string>> expected = {
      {"ru",
       {"бывший наркоман", "бывший наркоманка", "экс наркоман", "завязавший наркоман",
        "бывший наркозависимый", "потребитель наркотик", "потребитель инъекционный наркотик"}},
      {"uk",
       {"колишній наркоман", "колишній наркоманка", "екс наркоман", "колишній наркозалежний",
        "споживач наркотик", "споживачка наркотик", "споживач ін'єкційний наркотик"}},
  };
  for (const auto& [language, terms] : expected) {
    const std::size_t cases = language == "ru" ? 6 : 7;
    for (const std::string& term : terms) {
      const TermEntry* found = nullptr;
      for (const TermEntry& entry : Lexicons().terms) {
        if (entry.language == language && entry.term == term) found = &entry;
      }
      ASSERT_NE(found, nullptr) << language << " " << term;
      EXPECT_EQ(found->pos, "noun") << language << " " << term;
      std::set<std::pair<std::string, std::string>> cells;
      for (const TermReading& reading : found->readings) {
        cells.emplace(reading.grammatical_case, reading.number);
      }
      EXPECT_EQ(cells.size(), cases * 2) << language << " " << term;
      ASSERT_EQ(found->alternative_inflects.size(), found->alternatives.size()) << term;
      for (std::size_t i = 0; i < found->alternatives.size(); ++i) {
        EXPECT_TRUE(found->alternative_inflects[i])
            << language << " " << term << ": no paradigm for `" << found->alternatives[i] << "`";
      }
    }
  }
  // Verb phrases and abstract nouns stay phrases.
  for (const TermEntry& entry : Lexicons().terms) {
    if (entry.term == "сидеть на игле" || entry.term == "пристрастие к наркотик" ||
        entry.term == "сидіти на голці" || entry.term == "пристрасть до наркотик") {
      EXPECT_EQ(entry.pos, "phrase") << entry.term;
      EXPECT_TRUE(entry.readings.empty()) << entry.term;
    }
  }
}

// Every form of every multi-word term with readings: flagged by its rule with exactly that span,
// its first suggestion the first alternative in the form's first cell, and fixed (after a colon, at
// the end of the sentence: nothing before or after it to agree with) exactly when all the form's
// cells inflect the alternatives alike.
TEST(MultiWordParadigmTest, EveryFormIsFlaggedAndGetsItsInflectedAlternative) {
  std::map<std::string, int> terms;
  int forms_checked = 0;
  for (const TermEntry* entry : MultiWordNouns()) {
    ++terms[entry->language];
    std::vector<std::string> order;                                   // forms, paradigm order
    std::map<std::string, std::vector<const TermReading*>> cells_of;  // form -> its cells
    for (const TermReading& reading : entry->readings) {
      if (!cells_of.count(reading.form)) order.push_back(reading.form);
      cells_of[reading.form].push_back(&reading);
    }
    for (const std::string& form : order) {
      const auto& cells = cells_of[form];
      std::set<std::vector<std::string>> distinct;
      for (const TermReading* reading : cells) distinct.insert(reading->alternatives);
      const std::string expected = FirstAlternative(*cells.front());
      ASSERT_FALSE(expected.empty()) << entry->term << ": " << form;
      ++forms_checked;

      const std::string about = entry->language == "ru" ? "Вчера о " + form + " писали."
                                                        : "Учора про " + form + " писали.";
      const FileResult in_sentence = ProjectLinter().CheckText(about, entry->language);
      const Finding* finding = FindingFor(in_sentence, form);
      if (finding == nullptr) {
        ADD_FAILURE() << entry->language << " " << entry->term << ": `" << form
                      << "` not flagged in: " << about;
        continue;
      }
      EXPECT_EQ(finding->rule, entry->rule) << form;
      ASSERT_FALSE(finding->suggestions.empty()) << form;
      EXPECT_EQ(finding->suggestions.front(), expected) << entry->language << " " << form;

      const std::string said = entry->language == "ru" ? "В отчёте сказано: " + form + "."
                                                       : "У звіті сказано: " + form + ".";
      const FileResult at_end = ProjectLinter().CheckText(said, entry->language);
      const Finding* last = FindingFor(at_end, form);
      ASSERT_NE(last, nullptr) << said;
      ASSERT_FALSE(last->suggestions.empty()) << said;
      EXPECT_EQ(last->suggestions.front(), expected) << said;
      if (distinct.size() == 1) {
        ASSERT_TRUE(last->fix.has_value()) << said;
        EXPECT_EQ(last->fix->replacement, expected) << said;
      } else {
        EXPECT_FALSE(last->fix.has_value()) << said;
        // Each reading's first alternative is offered.
        std::set<std::string> offered(last->suggestions.begin(), last->suggestions.end());
        for (const TermReading* reading : cells) {
          EXPECT_TRUE(offered.count(FirstAlternative(*reading))) << said;
        }
      }
    }
  }
  EXPECT_GE(terms["ru"], 7);
  EXPECT_GE(terms["uk"], 7);
  EXPECT_GE(forms_checked, 140);  // distinct forms of the 14 terms
}

struct Checked {
  std::string suggestion;            // the first suggestion of the finding on `form`
  std::optional<std::string> fixed;  // the text with its fix applied; nullopt: no fix
};

// The finding on `form` in `text` (which must have exactly one finding).
Checked Check(const std::string& text, const std::string& language, const std::string& form) {
  const FileResult result = ProjectLinter().CheckText(text, language);
  EXPECT_EQ(result.findings.size(), 1u) << text;
  const Finding* finding = FindingFor(result, form);
  if (finding == nullptr || finding->suggestions.empty()) {
    ADD_FAILURE() << "`" << form << "` not flagged in: " << text;
    return {};
  }
  Checked checked{finding->suggestions.front(), std::nullopt};
  if (finding->fix) {
    std::string fixed = text;
    fixed.replace(finding->fix->begin, finding->fix->end - finding->fix->begin,
                  finding->fix->replacement);
    checked.fixed = fixed;
  }
  return checked;
}

TEST(MultiWordParadigmTest, RussianSentences) {
  Checked c = Check("Полиция задержала бывших наркоманов.", "ru", "бывших наркоманов");
  EXPECT_EQ(c.suggestion, "людей в ремиссии");
  EXPECT_EQ(c.fixed, "Полиция задержала людей в ремиссии.");

  c = Check("Фонд помогает потребителям наркотиков.", "ru", "потребителям наркотиков");
  EXPECT_EQ(c.suggestion, "людям, употребляющим наркотики");
  EXPECT_EQ(c.fixed, "Фонд помогает людям, употребляющим наркотики.");

  // The participle gets its closing comma when the sentence goes on.
  c = Check("Центр для потребителей инъекционных наркотиков открылся.", "ru",
            "потребителей инъекционных наркотиков");
  EXPECT_EQ(c.suggestion, "людей, употребляющих инъекционные наркотики");
  EXPECT_EQ(c.fixed, "Центр для людей, употребляющих инъекционные наркотики, открылся.");

  // A hyphenated form: two words for the tokenizer, one finding, capital kept.
  c = Check("Экс-наркоман ушёл домой.", "ru", "Экс-наркоман");
  EXPECT_EQ(c.suggestion, "человек в ремиссии");
  EXPECT_EQ(c.fixed, "Человек в ремиссии ушёл домой.");

  c = Check("Бывшая наркоманка сидела у двери.", "ru", "Бывшая наркоманка");
  EXPECT_EQ(c.suggestion, "женщина в ремиссии");
  EXPECT_EQ(c.fixed, "Женщина в ремиссии сидела у двери.");

  c = Check("Завязавшие наркоманы пришли.", "ru", "Завязавшие наркоманы");
  EXPECT_EQ(c.suggestion, "люди в ремиссии");
  EXPECT_EQ(c.fixed, "Люди в ремиссии пришли.");

  // A plural modifier before the term shows no gender.
  c = Check("Этим бывшим наркоманам помогли.", "ru", "бывшим наркоманам");
  EXPECT_EQ(c.suggestion, "людям в ремиссии");
  EXPECT_EQ(c.fixed, "Этим людям в ремиссии помогли.");

  // «бывшим наркозависимым»: instrumental singular or dative plural: both, and no fix.
  c = Check("Он помог бывшим наркозависимым.", "ru", "бывшим наркозависимым");
  EXPECT_EQ(c.suggestion, "человеком в ремиссии");
  EXPECT_EQ(c.fixed, std::nullopt);
  const FileResult both = ProjectLinter().CheckText("Он помог бывшим наркозависимым.", "ru");
  ASSERT_EQ(both.findings.size(), 1u);
  ASSERT_GE(both.findings[0].suggestions.size(), 2u);
  EXPECT_EQ(both.findings[0].suggestions[1], "людям в ремиссии");

  c = Check("Он работает с бывшими наркозависимыми.", "ru", "бывшими наркозависимыми");
  EXPECT_EQ(c.fixed, "Он работает с людьми в ремиссии.");

  // The feminine of the substantivised adjective has no rows: the dictionary form, no fix.
  c = Check("Она бывшая наркозависимая.", "ru", "бывшая наркозависимая");
  EXPECT_EQ(c.suggestion, "человек в ремиссии");
  EXPECT_EQ(c.fixed, std::nullopt);

  // Quoted and capitals: inflected suggestion, no fix.
  c = Check("Газета назвала его «бывшим наркоманом».", "ru", "бывшим наркоманом");
  EXPECT_EQ(c.suggestion, "человеком в ремиссии");
  EXPECT_EQ(c.fixed, std::nullopt);
  c = Check("БЫВШИЕ НАРКОМАНЫ пришли.", "ru", "БЫВШИЕ НАРКОМАНЫ");
  EXPECT_EQ(c.suggestion, "люди в ремиссии");
  EXPECT_EQ(c.fixed, std::nullopt);
}

TEST(MultiWordParadigmTest, UkrainianSentences) {
  Checked c = Check("Поліція затримала колишніх наркоманів.", "uk", "колишніх наркоманів");
  EXPECT_EQ(c.suggestion, "людей в ремісії");
  EXPECT_EQ(c.fixed, "Поліція затримала людей в ремісії.");

  c = Check("Фонд допомагає споживачам наркотиків.", "uk", "споживачам наркотиків");
  EXPECT_EQ(c.suggestion, "людям, які вживають наркотики");
  EXPECT_EQ(c.fixed, "Фонд допомагає людям, які вживають наркотики.");

  c = Check("Програма для споживачів ін'єкційних наркотиків працює.", "uk",
            "споживачів ін'єкційних наркотиків");
  EXPECT_EQ(c.suggestion, "людей, які вживають ін'єкційні наркотики");
  EXPECT_EQ(c.fixed, "Програма для людей, які вживають ін'єкційні наркотики, працює.");

  c = Check("Він екс-наркоман.", "uk", "екс-наркоман");
  EXPECT_EQ(c.suggestion, "людина в ремісії");
  EXPECT_EQ(c.fixed, "Він людина в ремісії.");

  c = Check("Сусідка назвала її колишньою наркоманкою.", "uk", "колишньою наркоманкою");
  EXPECT_EQ(c.suggestion, "жінкою в ремісії");
  EXPECT_EQ(c.fixed, "Сусідка назвала її жінкою в ремісії.");

  c = Check("Вона споживачка наркотиків.", "uk", "споживачка наркотиків");
  EXPECT_EQ(c.suggestion, "жінка, яка вживає наркотики");
  EXPECT_EQ(c.fixed, "Вона жінка, яка вживає наркотики.");

  c = Check("Колишні наркозалежні прийшли.", "uk", "Колишні наркозалежні");
  EXPECT_EQ(c.suggestion, "люди в ремісії");
  EXPECT_EQ(c.fixed, "Люди в ремісії прийшли.");

  // «людина» is feminine: a singular subject followed by its verb, or after a masculine
  // modifier, is not fixed.
  c = Check("Колишній наркоман пішов додому.", "uk", "Колишній наркоман");
  EXPECT_EQ(c.suggestion, "людина в ремісії");
  EXPECT_EQ(c.fixed, std::nullopt);
  c = Check("Цей колишній наркоман пішов.", "uk", "колишній наркоман");
  EXPECT_EQ(c.fixed, std::nullopt);

  // «колишнього наркомана»: genitive «людини» or accusative «людину»: both, and no fix.
  c = Check("Бачили колишнього наркомана.", "uk", "колишнього наркомана");
  EXPECT_EQ(c.suggestion, "людини в ремісії");
  EXPECT_EQ(c.fixed, std::nullopt);
  const FileResult both = ProjectLinter().CheckText("Бачили колишнього наркомана.", "uk");
  ASSERT_EQ(both.findings.size(), 1u);
  ASSERT_GE(both.findings[0].suggestions.size(), 2u);
  EXPECT_EQ(both.findings[0].suggestions[1], "людину в ремісії");
}

}  // namespace
}  // namespace rightslint
