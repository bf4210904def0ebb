// Full paradigms: every case and number form of Russian and Ukrainian noun entries, written out
// by hand in data/paradigms.tsv (independent of the Hunspell dictionary that does the matching),
// must be flagged, with the finding covering exactly that form.
#include <gtest/gtest.h>

#include <fstream>
#include <sstream>

#include "rules/lexicon_loader.h"
#include "test_linter.h"

namespace rightslint {
namespace {

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
  int per_language[2] = {0, 0};
  for (const Paradigm& paradigm : paradigms) {
    ++per_language[paradigm.language == "ru" ? 0 : 1];
    // Nine distinct forms at least: some endings coincide (наркоманки is genitive singular and
    // nominative plural).
    EXPECT_GE(paradigm.forms.size(), 9u) << paradigm.lemma;
    for (const std::string& form : paradigm.forms) {
      const std::string text = (paradigm.language == "ru" ? "Вчера о " : "Учора про ") + form +
                               (paradigm.language == "ru" ? " писали." : " писали.");
      FileResult result = ProjectLinter().CheckText(text, paradigm.language);
      bool exact = false;
      for (const Finding& finding : result.findings) exact = exact || finding.text == form;
      EXPECT_TRUE(exact) << "paradigms.tsv:" << paradigm.line << ": " << paradigm.lemma
                         << ": form `" << form << "` not flagged";
    }
  }
  EXPECT_GE(per_language[0], 10);
  EXPECT_GE(per_language[1], 10);
}

}  // namespace
}  // namespace rightslint
