#include "structure/heading_grammar.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "structure/heading_keywords.h"

namespace rightslint {
namespace {

// What MatchHeading made of a line, flattened for comparison.
struct Heading {
  OutlineLevel level;
  std::string number;
  std::string label;     // the matched prefix of the line
  std::string language;  // default language of the word; empty for bare numbering
  friend bool operator==(const Heading&, const Heading&) = default;
};

std::ostream& operator<<(std::ostream& os, const Heading& h) {
  return os << "{level " << static_cast<int>(h.level) << ", number \"" << h.number << "\", label \""
            << h.label << "\", language \"" << h.language << "\"}";
}

std::optional<Heading> Match(std::string_view line) {
  std::optional<HeadingMatch> match = MatchHeading(line);
  if (!match) return std::nullopt;
  EXPECT_LE(match->length, line.size());
  return Heading{match->level, match->number, std::string(line.substr(0, match->length)),
                 std::string(LanguageCode(match->languages))};
}

constexpr OutlineLevel kChapter = OutlineLevel::kChapter;
constexpr OutlineLevel kSection = OutlineLevel::kSection;
constexpr OutlineLevel kArticle = OutlineLevel::kArticle;
constexpr OutlineLevel kPart = OutlineLevel::kPart;
constexpr OutlineLevel kPoint = OutlineLevel::kPoint;

// ---- Real headings, one test per language -----------------------------------------------------

TEST(StructureGrammarTest, RussianHeadingsFromCodes) {
  // Criminal Code of the Russian Federation, art. 228 as published by Garant
  // (https://base.garant.ru/5755966/e105bca11c9907fc3c0b2c78485b46b1).
  EXPECT_EQ(Match("Статья 228. Незаконные приобретение, хранение, перевозка, изготовление, "
                  "переработка наркотических средств, психотропных веществ или их аналогов"),
            (Heading{kArticle, "228", "Статья 228", "ru"}));
  // Code of Administrative Offences of the Russian Federation, art. 6.9 (https://klerk.ru/cdoc/
  // codex/kodeks-ob-administrativnyh-pravonaruseniah-koap-rf/stata-69-…).
  EXPECT_EQ(Match("Статья 6.9. Потребление наркотических средств или психотропных веществ без "
                  "назначения врача либо новых потенциально опасных психоактивных веществ"),
            (Heading{kArticle, "6.9", "Статья 6.9", "ru"}));
  // Criminal Code of Belarus (Russian text),
  // https://30brest.schools.by/pages/st328uk-rb-i-dekret-no6
  EXPECT_EQ(Match("Статья 328. Незаконный оборот наркотических средств, психотропных веществ, "
                  "их прекурсоров и аналогов"),
            (Heading{kArticle, "328", "Статья 328", "ru"}));
  // Administrative Code of the Kazakh SSR, https://pavlodar.com/zakon/?dok=00146&noraz=188-4
  EXPECT_EQ(Match("Статья 188-4. Действия, провоцирующие нарушение правопорядка в условиях "
                  "чрезвычайного положения"),
            (Heading{kArticle, "188.4", "Статья 188-4", "ru"}));
  // http://stykrf.ru/228-1: a heading with the code's name before the title.
  EXPECT_EQ(Match("Статья 228.1 УК РФ (действующая редакция). Незаконные производство, сбыт"),
            (Heading{kArticle, "228.1", "Статья 228.1", "ru"}));
  // Chapter heading of the Criminal Code, as in the breadcrumb of
  // https://detegocenter.ru/downloads/uk/228.htm.
  EXPECT_EQ(Match("Глава 25. Преступления против здоровья населения и общественной нравственности"),
            (Heading{kChapter, "25", "Глава 25", "ru"}));
  // Penal Enforcement Code of Belarus, http://kodeksy.by/ugolovno-ispolnitelnyy-kodeks/…-glava-9
  EXPECT_EQ(Match("ГЛАВА 9. ПОРЯДОК И УСЛОВИЯ ИСПОЛНЕНИЯ НАКАЗАНИЯ В ВИДЕ АРЕСТА"),
            (Heading{kChapter, "9", "ГЛАВА 9", "ru"}));
  // Criminal Code of Ukraine in Russian, http://pravodnik.com/ru/law/7372/
  EXPECT_EQ(Match("Раздел XIII. Преступления в сфере оборота наркотических средств, психотропных "
                  "веществ, их аналогов или прекурсоров и другие преступления против здоровья "
                  "населения"),
            (Heading{kSection, "XIII", "Раздел XIII", "ru"}));
  // The forms of the brief.
  EXPECT_EQ(Match("Статья 228¹"), (Heading{kArticle, "228.1", "Статья 228¹", "ru"}));
  EXPECT_EQ(Match("Статья 228.1."), (Heading{kArticle, "228.1", "Статья 228.1", "ru"}));
  EXPECT_EQ(Match("Ст. 6.9"), (Heading{kArticle, "6.9", "Ст. 6.9", "ru"}));
  EXPECT_EQ(Match("Раздел IX"), (Heading{kSection, "IX", "Раздел IX", "ru"}));
}

TEST(StructureGrammarTest, UkrainianHeadingsFromCodes) {
  // Criminal Code of Ukraine, https://legalexpert.in.ua/komkodeks/uk/81-uky/2018-309.html
  EXPECT_EQ(Match("Стаття 309. Незаконне виробництво, виготовлення, придбання, зберігання, "
                  "перевезення чи пересилання наркотичних засобів, психотропних речовин або їх "
                  "аналогів без мети збуту"),
            (Heading{kArticle, "309", "Стаття 309", "uk"}));
  // https://legalexpert.in.ua/komkodeks/uk/81-uky/2014-305.html
  EXPECT_EQ(Match("Стаття 305. Контрабанда наркотичних засобів, психотропних речовин, їх "
                  "аналогів або прекурсорів"),
            (Heading{kArticle, "305", "Стаття 305", "uk"}));
  // http://abz.lviv.ua/kriminalnij-kodeks-ukrayini/13/ (section word alone on its line)
  EXPECT_EQ(Match("Розділ XII"), (Heading{kSection, "XII", "Розділ XII", "uk"}));
  EXPECT_EQ(Match("Стаття 293. Групове порушення громадського порядку"),
            (Heading{kArticle, "293", "Стаття 293", "uk"}));
  // Editorial notes quoting an article are not headings (same page; https://docs.dtkt.ua/doc/…).
  EXPECT_EQ(Match("{Стаття 293 із змінами, внесеними згідно із Законом 767-VII від 23.02.2014}"),
            std::nullopt);
  EXPECT_EQ(Match("( Стаття 290 із змінами, внесеними згідно із Законом № 586-VI від 24.09.2008 )"),
            std::nullopt);
  // Roman numerals typed with Cyrillic І and Х, as many copies of the Code do.
  EXPECT_EQ(Match("Розділ ХІІІ"), (Heading{kSection, "XIII", "Розділ ХІІІ", "uk"}));
  EXPECT_EQ(Match("РОЗДІЛ XIII"), (Heading{kSection, "XIII", "РОЗДІЛ XIII", "uk"}));
}

TEST(StructureGrammarTest, BelarusianHeadingsFromLaws) {
  // Law "Аб мовах у Рэспублiцы Беларусь" (its text writes Latin "i" for "і"),
  // http://zakonby.net/zakon/62695-zakon-respubliki-belarus-ot-26011990-n-3094-xi-…
  EXPECT_EQ(Match("ГЛАВА 1"), (Heading{kChapter, "1", "ГЛАВА 1", "ru"}));
  EXPECT_EQ(Match("Артыкул 1. Мэты заканадаўства аб мовах у Рэспублiцы Беларусь"),
            (Heading{kArticle, "1", "Артыкул 1", "be"}));
  // Law on historical and cultural heritage, http://be.convdocs.org/docs/index-124645.html?page=6
  EXPECT_EQ(Match("Артыкул 44. Ахоўныя абавязацельствы"),
            (Heading{kArticle, "44", "Артыкул 44", "be"}));
  EXPECT_EQ(Match("Артыкул 328"), (Heading{kArticle, "328", "Артыкул 328", "be"}));
}

TEST(StructureGrammarTest, RomanianHeadingsFromLaws) {
  // Romanian Law 143/2000 on drug trafficking and use,
  // https://www.cdep.ro/pls/legis/legis_pck.htp_act_text?idt=23825
  EXPECT_EQ(Match("CAPITOLUL I"), (Heading{kChapter, "I", "CAPITOLUL I", "ro"}));
  EXPECT_EQ(Match("Art. 1. - În prezenta lege termenii și expresiile de mai jos au următorul "
                  "înțeles:"),
            (Heading{kArticle, "1", "Art. 1", "en"}));  // "Art." is shared; Outline resolves it
  // The same law quoted at http://gsicm-antidrog.uv.ro/legislatie.htm
  EXPECT_EQ(Match("Art.2 - (1) Cultivarea, producerea, fabricarea, experimentarea"),
            (Heading{kArticle, "2", "Art.2", "en"}));
  // Moldovan Law 277/2005, http://lex.justice.md/md/312286/: a Roman article number, and an
  // inserted article whose superscript the plain text flattened ("152¹³" -> "15213").
  EXPECT_EQ(Match("Art.I. - Codul cu privire la contravenţiile administrative"),
            (Heading{kArticle, "I", "Art.I", "en"}));
  EXPECT_EQ(Match("Articolul 15213. Circulaţia ilegală a precursorilor"),
            (Heading{kArticle, "15213", "Articolul 15213", "ro"}));
  // Moldovan Criminal Code as printed (legis.md), superscript kept; and the slash form.
  EXPECT_EQ(Match("Articolul 217¹. Circulaţia ilegală a drogurilor"),
            (Heading{kArticle, "217.1", "Articolul 217¹", "ro"}));
  EXPECT_EQ(Match("Art. 217/1"), (Heading{kArticle, "217.1", "Art. 217/1", "en"}));
  EXPECT_EQ(Match("SECŢIUNEA a II-a"), std::nullopt);  // ordinal sections are not recognised
  EXPECT_EQ(Match("Secţiunea I"), (Heading{kSection, "I", "Secţiunea I", "ro"}));
}

TEST(StructureGrammarTest, LithuanianHeadingsPutTheNumberFirst) {
  // Criminal Code of Lithuania,
  // http://www.lithuanialaw.eu/lt/pradzia/baudziamoji-teise/baudziamasis-kodeksas/?show=html
  EXPECT_EQ(Match("I SKYRIUS BENDROSIOS NUOSTATOS"), (Heading{kChapter, "I", "I SKYRIUS", "lt"}));
  EXPECT_EQ(Match("1 straipsnis. Lietuvos Respublikos baudžiamojo kodekso paskirtis"),
            (Heading{kArticle, "1", "1 straipsnis", "lt"}));
  EXPECT_EQ(Match("9(1) straipsnis. Asmens perdavimas pagal Europos arešto orderį"),
            (Heading{kArticle, "9.1", "9(1) straipsnis", "lt"}));
  // https://www.kodeksai.lt/baudziamasis-kodeksas/specialioji-dalis/
  EXPECT_EQ(Match("XV skyrius. Nusikaltimai žmoniškumui ir karo nusikaltimai."),
            (Heading{kChapter, "XV", "XV skyrius", "lt"}));
  EXPECT_EQ(Match("99 straipsnis. Genocidas"), (Heading{kArticle, "99", "99 straipsnis", "lt"}));
  // Title on the next line, https://medis.ntakd.lt/…/atsakomybe/
  EXPECT_EQ(Match("266 straipsnis"), (Heading{kArticle, "266", "266 straipsnis", "lt"}));
  // Old Code of Administrative Offences in capitals,
  // http://narkomanija0.tripod.com/baudz_atsakomybe.htm
  EXPECT_EQ(Match("44 STRAIPSNIS. NETEISĖTAS PSICHOTROPINIŲ AR NARKOTINIŲ MEDŽIAGŲ ĮGIJIMAS"),
            (Heading{kArticle, "44", "44 STRAIPSNIS", "lt"}));
  EXPECT_EQ(Match("44.1. STRAIPSNIS. NETEISĖTA FARMACINĖ VEIKLA"),
            (Heading{kArticle, "44.1", "44.1. STRAIPSNIS", "lt"}));
  EXPECT_EQ(Match("XII skyrius"), (Heading{kChapter, "XII", "XII skyrius", "lt"}));
  // The dotted separator is Lithuanian only: elsewhere this is part 1 starting with a word.
  EXPECT_EQ(Match("1. Глава Администрации"), (Heading{kPart, "1", "1.", ""}));
  EXPECT_EQ(Match("259 straipsnis"), (Heading{kArticle, "259", "259 straipsnis", "lt"}));
  // Prose that names an article (https://m.delfi.lt/ringas/article.php?id=86948781).
  EXPECT_EQ(Match("259 Baudžiamojo kodekso straipsnis numato, jog tas, kas neteisėtai gamino"),
            std::nullopt);
}

TEST(StructureGrammarTest, GeorgianHeadingsFromLaws) {
  // Law on combating drug crime, https://matsne.gov.ge/ka/document/view/22132?publication=4
  EXPECT_EQ(Match("მუხლი 1. კანონის მიზანი"), (Heading{kArticle, "1", "მუხლი 1", "ka"}));
  // Georgian has no capitals, so a title may follow the number directly
  // (http://www.forms.ge/sakartvelos-kanoni-litsenziebisa-da-nebartvebis-shesakheb/…).
  EXPECT_EQ(Match("თავი I კანონის რეგულირების სფერო. ტერმინთა განმარტება"),
            (Heading{kChapter, "I", "თავი I", "ka"}));
  // Civil Code, http://www.forms.ge/sakartvelos-samokalako-kodeksi/mukhli-52-…
  EXPECT_EQ(Match("მუხლი 52. ნების გამოვლენის განმარტება"),
            (Heading{kArticle, "52", "მუხლი 52", "ka"}));
  EXPECT_EQ(Match("მუხლი 260"), (Heading{kArticle, "260", "მუხლი 260", "ka"}));
}

TEST(StructureGrammarTest, KazakhHeadingsPutTheNumberFirst) {
  // Law on narcotic drugs, https://www.adilet.zan.kz/kaz/docs/Z980000279_
  EXPECT_EQ(Match("1-тарау. Жалпы ережелер"), (Heading{kChapter, "1", "1-тарау", "kk"}));
  EXPECT_EQ(Match("1-бап. Негiзгi ұғымдар"), (Heading{kArticle, "1", "1-бап", "kk"}));
  // Criminal Code, https://massaget.kz/qaarc/qa/19210 and
  // https://continent-online.com/Document/?doc_id=37244611&mode=p&page=12
  EXPECT_EQ(Match("135-бап. Кәмелетке толмағандар саудасы"),
            (Heading{kArticle, "135", "135-бап", "kk"}));
  EXPECT_EQ(Match("171-бап. Жалдамалыларды дайындайтын базалар (лагерьлер) құру"),
            (Heading{kArticle, "171", "171-бап", "kk"}));
  EXPECT_EQ(Match("296-бап"), (Heading{kArticle, "296", "296-бап", "kk"}));
  EXPECT_EQ(Match("296 бап"), (Heading{kArticle, "296", "296 бап", "kk"}));
  EXPECT_EQ(Match("24-тарау"), (Heading{kChapter, "24", "24-тарау", "kk"}));
  // References in running text (same adilet pages): inflected, or followed by lower case.
  EXPECT_EQ(Match("467-баптан қараңыз"), std::nullopt);
  EXPECT_EQ(Match("2-бапты қараңыз"), std::nullopt);
  EXPECT_EQ(Match("296-бап бойынша іс қозғалды"), std::nullopt);
}

TEST(StructureGrammarTest, KyrgyzHeadingsPutTheNumberFirst) {
  // Criminal Code of 2017 (Kyrgyz text), http://cbd.minjust.gov.kg/act/view/ky-kg/111527 — real
  // Kyrgyz codes write "1-берене.", never "Берене 1"; the keyword-first order is accepted too.
  EXPECT_EQ(Match("I БӨЛҮМ. ЖАЗЫК МЫЙЗАМЫ"), (Heading{kSection, "I", "I БӨЛҮМ", "ky"}));
  EXPECT_EQ(Match("1-глава. Жазык мыйзамы, анын максаттары жана принциптери"),
            (Heading{kChapter, "1", "1-глава", "ky"}));
  EXPECT_EQ(Match("1-берене. Жазык мыйзамы жана анын максаттары"),
            (Heading{kArticle, "1", "1-берене", "ky"}));
  // Criminal Code of 2021 quoted at https://msmk.kg/novosti/42936-…
  EXPECT_EQ(Match("28-берене. Кылмыш-жаза жоопкерчилигине тартылуу курагы"),
            (Heading{kArticle, "28", "28-берене", "ky"}));
  // Older laws: "1-статья." (http://cbd.minjust.gov.kg/act/preview/ky-kg/202027/20?mode=tekst),
  // "I бөлүм." (http://cbd.minjust.gov.kg/act/view/ky-kg/74),
  // "I глава. Жалпы жоболор" (https://medialaw.asia/book/export/html/1355).
  EXPECT_EQ(Match("1-статья."), (Heading{kArticle, "1", "1-статья", "ky"}));
  EXPECT_EQ(Match("I бөлүм."), (Heading{kSection, "I", "I бөлүм", "ky"}));
  EXPECT_EQ(Match("I глава. Жалпы жоболор"), (Heading{kChapter, "I", "I глава", "ky"}));
  EXPECT_EQ(Match("Берене 20"), (Heading{kArticle, "20", "Берене 20", "ky"}));
  EXPECT_EQ(Match("20-берене"), (Heading{kArticle, "20", "20-берене", "ky"}));
  EXPECT_EQ(Match("Бөлүм 2"), (Heading{kSection, "2", "Бөлүм 2", "ky"}));
  // An article quoted in an amending law (same page) is content, not a heading.
  EXPECT_EQ(Match("\"172-2-статья. Турак-жай жана (же) турак-жай эмес имараттарды"), std::nullopt);
  EXPECT_EQ(Match("172-2-статья. Турак-жай жана (же) турак-жай эмес имараттарды"),
            (Heading{kArticle, "172.2", "172-2-статья", "ky"}));
}

TEST(StructureGrammarTest, EnglishHeadingsFromTranslations) {
  // Criminal Code of the Kyrgyz Republic, http://www.derechos.org/intlaw/doc/kgz1.html
  EXPECT_EQ(Match("SECTION I. CRIMINAL LAW"), (Heading{kSection, "I", "SECTION I", "en"}));
  EXPECT_EQ(Match("Chapter 1. OBJECTIVES AND PRINCIPLES OF THE KYRGYZ REPUBLIC CRIMINAL CODE"),
            (Heading{kChapter, "1", "Chapter 1", "en"}));
  EXPECT_EQ(Match("Article 1. Criminal Laws of the Kyrgyz Republic"),
            (Heading{kArticle, "1", "Article 1", "en"}));
  // Criminal Code of Belarus,
  // https://legalizebelarus.org/en/press/article-328-of-the-criminal-code-of-republic-of-belarus/
  EXPECT_EQ(Match("Article 328. Illicit traffic in narcotic drugs, psychotropic substances, their "
                  "precursors and analogues"),
            (Heading{kArticle, "328", "Article 328", "en"}));
  // There "Section 1" numbers the article's parts: a section outside an article, a part inside.
  std::optional<HeadingMatch> section = MatchHeading("Section 1");
  ASSERT_TRUE(section.has_value());
  EXPECT_EQ(section->level, kSection);
  EXPECT_EQ(section->level_in_article, kPart);
  // Penal Code of Kazakhstan, https://adilet.zan.kz/eng/docs/K1400000226/compare
  EXPECT_EQ(Match("Article 1. Criminal legislation of the Republic of Kazakhstan"),
            (Heading{kArticle, "1", "Article 1", "en"}));
  EXPECT_EQ(Match("Article 228.1"), (Heading{kArticle, "228.1", "Article 228.1", "en"}));
  EXPECT_EQ(Match("Art. 6.13"), (Heading{kArticle, "6.13", "Art. 6.13", "en"}));
  EXPECT_EQ(Match("ARTICLE 5"), (Heading{kArticle, "5", "ARTICLE 5", "en"}));
  EXPECT_EQ(Match("Chapter IV"), (Heading{kChapter, "IV", "Chapter IV", "en"}));
  std::optional<HeadingMatch> part = MatchHeading("PART II");
  ASSERT_TRUE(part.has_value());
  EXPECT_EQ(part->level_in_article, kSection);  // a Roman "PART" is a division everywhere
}

// ---- Number forms -----------------------------------------------------------------------------

TEST(StructureGrammarTest, NumberFormsNormaliseToDots) {
  const std::vector<std::pair<std::string_view, std::string_view>> cases = {
      {"Статья 228", "228"},         {"Статья 228.1", "228.1"},  {"Статья 228-1", "228.1"},
      {"Статья 228¹", "228.1"},      {"Статья 105³", "105.3"},   {"Статья 6.13", "6.13"},
      {"Articolul 217/1", "217.1"},  {"Статья 217¹⁰", "217.10"}, {"Статья 12²", "12.2"},
      {"Статья 1⁰", "1.0"},          {"Статья 5⁴⁵", "5.45"},     {"Статья 228.1.", "228.1"},
      {"Статья 228.1.2", "228.1.2"}, {"Стаття 209-1", "209.1"},  {"Article 15.1-2", "15.1.2"},
      {"Статья 228¹.", "228.1"},     {"Chapter XIV", "XIV"},     {"Глава ХІV", "XIV"},
  };
  for (const auto& [line, number] : cases) {
    std::optional<HeadingMatch> match = MatchHeading(line);
    ASSERT_TRUE(match.has_value()) << line;
    EXPECT_EQ(match->number, number) << line;
  }
}

TEST(StructureGrammarTest, NameUsesTheNormalisedNumberInTheDocumentsOrder) {
  EXPECT_EQ(MatchHeading("Статья 228¹. Незаконные")->name, "Статья 228.1");
  EXPECT_EQ(MatchHeading("Art.2 - (1) Cultivarea")->name, "Art. 2");
  EXPECT_EQ(MatchHeading("296-бап")->name, "296-бап");
  EXPECT_EQ(MatchHeading("9(1) straipsnis. Asmens")->name, "9.1 straipsnis");
  EXPECT_EQ(MatchHeading("44.1. STRAIPSNIS. NETEISĖTA")->name, "44.1 STRAIPSNIS");
}

// ---- Case -------------------------------------------------------------------------------------

TEST(StructureGrammarTest, KeywordsMatchLowerCapitalisedAndUpperCase) {
  for (std::string_view line :
       {"статья 5", "Статья 5", "СТАТЬЯ 5", "стаття 5", "СТАТТЯ 5", "артыкул 5", "АРТЫКУЛ 5",
        "article 5", "ARTICLE 5", "articolul 5", "ARTICOLUL 5", "5 STRAIPSNIS", "5-БАП", "5-БЕРЕНЕ",
        "ст. 5", "СТ. 5", "ART. 5"}) {
    std::optional<HeadingMatch> match = MatchHeading(line);
    ASSERT_TRUE(match.has_value()) << line;
    EXPECT_EQ(match->level, kArticle) << line;
  }
  EXPECT_EQ(Match("sTaTья 5"), std::nullopt);  // mixed case is not a spelling
}

TEST(StructureGrammarTest, SpellingVariantsMapTheTablesScripts) {
  EXPECT_EQ(SpellingVariants("статья"), (std::vector<std::string>{"СТАТЬЯ", "Статья", "статья"}));
  EXPECT_EQ(SpellingVariants("бөлүм"), (std::vector<std::string>{"БӨЛҮМ", "Бөлүм", "бөлүм"}));
  EXPECT_EQ(SpellingVariants("розділ"), (std::vector<std::string>{"РОЗДІЛ", "Розділ", "розділ"}));
  EXPECT_EQ(SpellingVariants("secțiunea"),
            (std::vector<std::string>{"SECȚIUNEA", "Secțiunea", "secțiunea"}));
  EXPECT_EQ(SpellingVariants("secţiunea"),
            (std::vector<std::string>{"SECŢIUNEA", "Secţiunea", "secţiunea"}));
  EXPECT_EQ(SpellingVariants("ч."), (std::vector<std::string>{"Ч.", "ч."}));
  EXPECT_EQ(SpellingVariants("მუხლი"), (std::vector<std::string>{"მუხლი"}));
  // Every word of the table has distinct spellings that all round-trip through the grammar.
  for (const HeadingKeyword& keyword : HeadingKeywords()) {
    EXPECT_FALSE(SpellingVariants(keyword.lower).empty()) << keyword.lower;
  }
}

// MatchHeading passes over lines whose first two bytes begin no spelling of any heading word:
// every spelling of every word written before its number still heads a line.
TEST(StructureGrammarTest, EverySpellingBeforeItsNumberIsAHeading) {
  std::size_t spellings = 0;
  for (const HeadingKeyword& keyword : HeadingKeywords()) {
    if (keyword.before_number == 0) continue;
    for (const std::string& spelling : SpellingVariants(keyword.lower)) {
      const std::string line = spelling + " 12";
      const std::optional<HeadingMatch> match = MatchHeading(line);
      ASSERT_TRUE(match.has_value()) << line;
      EXPECT_EQ(match->number, "12") << line;
      ++spellings;
    }
  }
  EXPECT_GT(spellings, 80u);
}

// ---- Parts and points -------------------------------------------------------------------------

TEST(StructureGrammarTest, BareNumberingIsPartsAndPoints) {
  // Russian and Ukrainian codes: "1." is a part, "1)" and "а)" are points (e1.ru quoting the
  // 1996 art. 228: "а) по предварительному сговору;"; http://referatu.net.ua/referats/135/22571/
  // on art. 309 of the Ukrainian code: "1) добровільний характер звернення…").
  EXPECT_EQ(Match("1. Незаконные приобретение, хранение"), (Heading{kPart, "1", "1.", ""}));
  EXPECT_EQ(Match("1.1. Те же деяния"), (Heading{kPart, "1.1", "1.1.", ""}));
  EXPECT_EQ(Match("а) по предварительному сговору;"), (Heading{kPoint, "а", "а)", ""}));
  EXPECT_EQ(Match("1) добровільний характер звернення"), (Heading{kPoint, "1", "1)", ""}));
  // English statutes: "(1)" subsection = part, "(a)" paragraph = point
  // (http://www.derechos.org/intlaw/doc/kgz1.html; Misuse of Drugs Act 1971, s. 1(2), at
  // http://www.palad.talktalk.net/dd/mdatext.htm).
  EXPECT_EQ(Match("(1) Criminal laws of the Kyrgyz Republic includes this Code"),
            (Heading{kPart, "1", "(1)", ""}));
  EXPECT_EQ(Match("(a) for restricting the availability of such drugs"),
            (Heading{kPoint, "a", "(a)", ""}));
  EXPECT_EQ(Match("(ii) on conviction on indictment"), (Heading{kPoint, "ii", "(ii)", ""}));
  // Romanian "a)" litera (Law 143/2000), Kazakh "1)" тармақ (https://massaget.kz/qaarc/qa/19210),
  // Georgian "ა)" (Criminal Code art. 261 at https://fantasticsearch.net/law/ge/en?…).
  EXPECT_EQ(Match("a) substanțe aflate sub control național"), (Heading{kPoint, "a", "a)", ""}));
  EXPECT_EQ(Match("1) адамдар тобының алдын ала сөз байласуымен;"),
            (Heading{kPoint, "1", "1)", ""}));
  EXPECT_EQ(Match("ა) დიდი ოდენობით;"), (Heading{kPoint, "ა", "ა)", ""}));
  EXPECT_EQ(Match("ә) бірнеше рет"), (Heading{kPoint, "ә", "ә)", ""}));
  EXPECT_EQ(Match("(1¹) Alineat introdus"), (Heading{kPart, "1.1", "(1¹)", ""}));
  EXPECT_EQ(Match("2."), (Heading{kPart, "2", "2.", ""}));
}

TEST(StructureGrammarTest, PartAndPointWords) {
  EXPECT_EQ(Match("часть 2"), (Heading{kPart, "2", "часть 2", "ru"}));
  EXPECT_EQ(Match("Часть 2. Те же деяния"), (Heading{kPart, "2", "Часть 2", "ru"}));
  EXPECT_EQ(Match("частина 2"), (Heading{kPart, "2", "частина 2", "uk"}));
  EXPECT_EQ(Match("Частка 3"), (Heading{kPart, "3", "Частка 3", "be"}));
  EXPECT_EQ(Match("ч. 2"), (Heading{kPart, "2", "ч. 2", "ru"}));
  EXPECT_EQ(Match("п. 3"), (Heading{kPoint, "3", "п. 3", "ru"}));
  EXPECT_EQ(Match("пункт 3"), (Heading{kPoint, "3", "пункт 3", "ru"}));
  std::optional<HeadingMatch> part = MatchHeading("part 2");
  ASSERT_TRUE(part.has_value());
  EXPECT_EQ(part->level_in_article, kPart);
  // Running text that starts with a part reference.
  EXPECT_EQ(Match("часть 2 статьи 228 предусматривает"), std::nullopt);
  EXPECT_EQ(Match("ч. 2 ст. 228 УК РФ"), std::nullopt);
  EXPECT_EQ(Match("часть IV"), std::nullopt);
}

// ---- What is not a heading --------------------------------------------------------------------

TEST(StructureGrammarTest, HeadingWordWithoutNumber) {
  for (std::string_view line :
       {"Статья", "Статья ", "Статья .", "Article .", "Article", "Art.", "Глава", "бап", "-бап",
        "straipsnis", "Статья —", "მუხლი", "Статья228", "Article5"}) {
    EXPECT_EQ(Match(line), std::nullopt) << line;
  }
}

TEST(StructureGrammarTest, ProseIsNotAHeading) {
  for (std::string_view line : {
           "In 2019, 5 people were detained.",
           "1990-е годы стали временем перемен.",
           "228 человек задержаны за неделю.",
           "2019 год",
           "12.5 грамма героина",
           "Статья 228 предусматривает наказание",
           "Article 5 of the Constitution guarantees",
           "Статьями 327, 329 предусмотрено",
           "Глава администрации заявил",
           "Chapter Introduction",
           "Ст. 327 Уголовного кодекса Республики Беларусь «Хищение наркотических средств»",
           "Ст. 328-1 УК Республики Беларусь «Незаконное перемещение»",
           "«Статья 6.9. Потребление наркотических средств»",
           "I think so.",
           "Partea generală",
           "100500 рублей",
           "1.5 million people",
           "A) initial",
       }) {
    EXPECT_EQ(Match(line), std::nullopt) << line;
  }
}

TEST(StructureGrammarTest, InvalidUtf8NeverMatchesOrCrashes) {
  for (std::string_view line :
       {std::string_view("\xD0"), std::string_view("\xFF\xFE"), std::string_view("\xC0\xAF)"),
        std::string_view("Статья \xFF"), std::string_view("1)\xFF"), std::string_view("1.\x80"),
        std::string_view("\xD0\xA1\xD1"), std::string_view("5-\xD0\xB1\xD0"),
        std::string_view("Статья 5\xE2\x81"), std::string_view("(\xE2\x81\xB9)"),
        std::string_view("\0\0\0", 3)}) {
    EXPECT_EQ(Match(line), std::nullopt);
  }
  // A truncated superscript ends the number; the tail then decides.
  EXPECT_EQ(Match("Статья 5\xC2"), std::nullopt);
}

TEST(StructureGrammarTest, LongLinesAreCheap) {
  // A number too long for a heading, a megabyte of blanks after a heading word, a megabyte of
  // letters after a heading: each answered by looking at a bounded prefix (plus the blanks).
  EXPECT_EQ(Match(std::string(1 << 20, '1')), std::nullopt);
  EXPECT_EQ(Match("Статья" + std::string(1 << 20, ' ')), std::nullopt);
  std::optional<Heading> heading = Match("Статья 5. " + std::string(1 << 20, 'a'));
  ASSERT_TRUE(heading.has_value());
  EXPECT_EQ(heading->number, "5");
  EXPECT_EQ(Match(std::string(1 << 20, '(')), std::nullopt);
}

}  // namespace
}  // namespace rightslint
