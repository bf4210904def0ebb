#include "structure/outline.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace rightslint {
namespace {

constexpr OutlineLevel kChapter = OutlineLevel::kChapter;
constexpr OutlineLevel kSection = OutlineLevel::kSection;
constexpr OutlineLevel kArticle = OutlineLevel::kArticle;
constexpr OutlineLevel kPart = OutlineLevel::kPart;
constexpr OutlineLevel kPoint = OutlineLevel::kPoint;

// "level:number" for each node, to compare whole outlines at a glance.
std::vector<std::string> Shape(const Outline& outline) {
  static constexpr std::string_view kNames[] = {"chapter", "section", "article", "part", "point"};
  std::vector<std::string> shape;
  for (const OutlineNode& node : outline.nodes()) {
    shape.push_back(std::string(kNames[static_cast<int>(node.level)]) + ":" + node.number);
  }
  return shape;
}

std::size_t OffsetOf(std::string_view text, std::string_view needle) {
  const std::size_t offset = text.find(needle);
  EXPECT_NE(offset, std::string_view::npos) << needle;
  return offset;
}

// The naive reference: the last article (in text order) whose scope contains `offset`, found
// by scanning every node, and the same for parts and points.
const OutlineNode* NaiveInnermost(const Outline& outline, std::size_t offset, OutlineLevel level) {
  const OutlineNode* found = nullptr;
  for (const OutlineNode& node : outline.nodes()) {
    if (node.level == level && node.scope.Contains(offset)) found = &node;
  }
  return found;
}

// Every scope lies inside the text and starts at its heading's line; nodes come in text order;
// an article's scope ends where the next article or division starts.
void ExpectWellFormed(const Outline& outline, std::string_view text) {
  const std::vector<OutlineNode>& nodes = outline.nodes();
  for (std::size_t i = 0; i < nodes.size(); ++i) {
    const OutlineNode& node = nodes[i];
    ASSERT_LE(node.scope.begin, node.heading.begin);
    ASSERT_LE(node.heading.end, text.size());
    ASSERT_LE(node.heading.end, node.scope.end);
    ASSERT_LE(node.scope.end, text.size());
    ASSERT_EQ(node.label, text.substr(node.heading.begin, node.heading.size()));
    if (i > 0) {
      ASSERT_LT(nodes[i - 1].scope.begin, node.scope.begin);
    }
    if (node.level == kArticle) {
      std::size_t expected_end = text.size();
      for (std::size_t j = i + 1; j < nodes.size(); ++j) {
        if (nodes[j].level <= kArticle) {
          expected_end = nodes[j].scope.begin;
          break;
        }
      }
      ASSERT_EQ(node.scope.end, expected_end) << node.label;
    }
  }
}

// ---- Layouts of real codes --------------------------------------------------------------------

// Criminal Code of the Russian Federation: section, chapter, articles with parts and points.
// Headings from https://base.garant.ru/5755966/… and https://detegocenter.ru/downloads/uk/228.htm;
// the points of the 1996 wording of art. 228 as quoted at
// https://e1.ru/talk/forum/read.php?f=67&i=5655772&t=5655772; art. 228.1 from
// http://stykrf.ru/228-1.
constexpr std::string_view kRussianCode =
    "Раздел IX. Преступления против общественной безопасности и общественного порядка\n"
    "Глава 25. Преступления против здоровья населения и общественной нравственности\n"
    "Статья 228. Незаконные приобретение, хранение, перевозка, изготовление, переработка "
    "наркотических средств, психотропных веществ или их аналогов\n"
    "1. Незаконные приобретение или хранение без цели сбыта наркотических средств или "
    "психотропных веществ в крупном размере - наказывается лишением свободы до 3-х лет.\n"
    "2. Незаконное приобретение или хранение в целях сбыта, изготовление, переработка, "
    "перевозка, пересылка или сбыт наркотических средств или психотропных веществ -\n"
    "3. Деяние, предусмотренное частью 2-й настоящей статьи, совершенные:\n"
    "а) по предварительному сговору;\n"
    "б) неоднократно;\n"
    "в) в крупном размере;\n"
    "- от 5 до 10 лет с конфискацией имущества.\n"
    "Статья 228.1. Незаконные производство, сбыт или пересылка наркотических средств, "
    "психотропных веществ или их аналогов\n"
    "1. Незаконные производство, сбыт или пересылка наркотических средств, психотропных "
    "веществ или их аналогов, —\n"
    "наказываются лишением свободы на срок от четырех до восьми лет.\n"
    "2. Сбыт наркотических средств, психотропных веществ или их аналогов, совершенный:\n"
    "а) в следственном изоляторе, исправительном учреждении, административном здании\n";

TEST(StructureOutlineTest, RussianCodeLayout) {
  const Outline outline = Outline::Parse(kRussianCode);
  EXPECT_EQ(Shape(outline),
            (std::vector<std::string>{"section:IX", "chapter:25", "article:228", "part:1", "part:2",
                                      "part:3", "point:а", "point:б", "point:в", "article:228.1",
                                      "part:1", "part:2", "point:а"}));
  ExpectWellFormed(outline, kRussianCode);
  EXPECT_EQ(outline.nodes()[2].label, "Статья 228");
  EXPECT_EQ(outline.nodes()[2].language, "ru");
  EXPECT_EQ(outline.nodes()[6].label, "а)");
  EXPECT_EQ(outline.nodes()[6].language, "");

  EXPECT_EQ(outline.Describe(OffsetOf(kRussianCode, "Незаконные приобретение, хранение")),
            "Статья 228");
  EXPECT_EQ(outline.Describe(OffsetOf(kRussianCode, "в крупном размере -")), "Статья 228, часть 1");
  EXPECT_EQ(outline.Describe(OffsetOf(kRussianCode, "неоднократно")),
            "Статья 228, часть 3, пункт б");
  // The trailing sanction line still belongs to the last point: points end at the next node.
  EXPECT_EQ(outline.Describe(OffsetOf(kRussianCode, "от 5 до 10 лет")),
            "Статья 228, часть 3, пункт в");
  EXPECT_EQ(outline.Describe(OffsetOf(kRussianCode, "от четырех до восьми")),
            "Статья 228.1, часть 1");
  EXPECT_EQ(outline.Describe(OffsetOf(kRussianCode, "в следственном изоляторе")),
            "Статья 228.1, часть 2, пункт а");
  EXPECT_EQ(outline.Describe(OffsetOf(kRussianCode, "Преступления против здоровья")), std::nullopt);
  EXPECT_EQ(outline.Describe(0), std::nullopt);
}

// Criminal Code of Ukraine, https://legalexpert.in.ua/komkodeks/uk/81-uky/2018-309.html
constexpr std::string_view kUkrainianCode =
    "Розділ XIII\n"
    "Стаття 309. Незаконне виробництво, виготовлення, придбання, зберігання, перевезення чи "
    "пересилання наркотичних засобів, психотропних речовин або їх аналогів без мети збуту\n"
    "1. Незаконне виробництво, виготовлення, придбання, зберігання, перевезення чи пересилання "
    "наркотичних засобів, психотропних речовин або їх аналогів без мети збуту - караються "
    "штрафом від п'ятдесяти до ста неоподатковуваних мінімумів доходів громадян.\n"
    "2. Ті самі дії, вчинені повторно або за попередньою змовою групою осіб - караються "
    "позбавленням волі на строк від двох до п'яти років.\n";

TEST(StructureOutlineTest, UkrainianCodeLayout) {
  const Outline outline = Outline::Parse(kUkrainianCode);
  EXPECT_EQ(Shape(outline),
            (std::vector<std::string>{"section:XIII", "article:309", "part:1", "part:2"}));
  ExpectWellFormed(outline, kUkrainianCode);
  EXPECT_EQ(outline.Describe(OffsetOf(kUkrainianCode, "Ті самі дії")), "Стаття 309, частина 2");
  EXPECT_EQ(outline.nodes()[1].language, "uk");
}

// Criminal Code of the Kyrgyz Republic in English, http://www.derechos.org/intlaw/doc/kgz1.html
constexpr std::string_view kEnglishCode =
    "GENERAL PART\n"
    "SECTION I. CRIMINAL LAW\n"
    "Chapter 1. OBJECTIVES AND PRINCIPLES OF THE KYRGYZ REPUBLIC CRIMINAL CODE\n"
    "Article 1. Criminal Laws of the Kyrgyz Republic\n"
    "(1) Criminal laws of the Kyrgyz Republic includes this Code based on the Kyrgyz Republic "
    "Constitution.\n"
    "(2) New laws envisaging criminal responsibility are subject to incorporation into this "
    "Code.\n"
    "Article 2. Goals and Objectives of the Kyrgyz Republic Criminal Code\n"
    "(1) Goals of the Kyrgyz Republic Criminal Code include crime prevention, protecting:\n"
    "(a) individuals, rights and freedoms of individuals and entities;\n"
    "(b) property, natural environment, public order and security.\n";

TEST(StructureOutlineTest, EnglishStatuteLayout) {
  const Outline outline = Outline::Parse(kEnglishCode);
  EXPECT_EQ(Shape(outline),
            (std::vector<std::string>{"section:I", "chapter:1", "article:1", "part:1", "part:2",
                                      "article:2", "part:1", "point:a", "point:b"}));
  ExpectWellFormed(outline, kEnglishCode);
  EXPECT_EQ(outline.Describe(OffsetOf(kEnglishCode, "New laws")), "Article 1, part 2");
  EXPECT_EQ(outline.Describe(OffsetOf(kEnglishCode, "property, natural")),
            "Article 2, part 1, point b");
}

// Criminal Code of Belarus in English, where "Section N" numbers an article's parts:
// https://legalizebelarus.org/en/press/article-328-of-the-criminal-code-of-republic-of-belarus/
TEST(StructureOutlineTest, EnglishSectionsInsideAnArticleAreParts) {
  constexpr std::string_view text =
      "Article 328. Illicit traffic in narcotic drugs, psychotropic substances, their precursors "
      "and analogues\n"
      "Section 1\n"
      "Illegal production, processing, acquisition, possession, storage, transportation or "
      "transfer of narcotic drugs for non-distribution purposes shall be punishable.\n"
      "Section 2\n"
      "Illegal production, processing, acquisition for distribution purposes.\n";
  const Outline outline = Outline::Parse(text);
  EXPECT_EQ(Shape(outline), (std::vector<std::string>{"article:328", "part:1", "part:2"}));
  EXPECT_EQ(outline.Describe(OffsetOf(text, "for distribution purposes")), "Article 328, part 2");
}

// Criminal Code of Kazakhstan, art. 135, https://massaget.kz/qaarc/qa/19210
TEST(StructureOutlineTest, KazakhLayoutUsesEnglishWords) {
  constexpr std::string_view text =
      "135-бап. Кәмелетке толмағандар саудасы\n"
      "1. Кәмелетке толмаған адамды сатып алу-сату немесе оған қатысты өзге де мәмілелер "
      "жасасу –\n"
      "мүлкі тәркіленіп, бес жылдан жеті жылға дейінгі мерзімге бас бостандығынан айыруға "
      "жазаланады.\n"
      "2. Мынадай:\n"
      "1) адамдар тобының алдын ала сөз байласуымен;\n"
      "2) бірнеше рет;\n";
  const Outline outline = Outline::Parse(text);
  EXPECT_EQ(Shape(outline),
            (std::vector<std::string>{"article:135", "part:1", "part:2", "point:1", "point:2"}));
  EXPECT_EQ(outline.nodes()[0].language, "kk");
  EXPECT_EQ(outline.Describe(OffsetOf(text, "бірнеше рет")), "135-бап, part 2, point 2");
}

// Criminal Code of the Kyrgyz Republic (2017), http://cbd.minjust.gov.kg/act/view/ky-kg/111527
TEST(StructureOutlineTest, KyrgyzLayout) {
  constexpr std::string_view text =
      "ЖАЛПЫ БӨЛҮК\n"
      "\n"
      "I БӨЛҮМ. ЖАЗЫК МЫЙЗАМЫ\n"
      "\n"
      "1-глава. Жазык мыйзамы, анын максаттары жана принциптери\n"
      "\n"
      "1-берене. Жазык мыйзамы жана анын максаттары\n"
      "\n"
      "1. Кыргыз Республикасынын жазык мыйзамы Кыргыз Республикасынын Конституциясына "
      "негизделет.\n";
  const Outline outline = Outline::Parse(text);
  EXPECT_EQ(Shape(outline),
            (std::vector<std::string>{"section:I", "chapter:1", "article:1", "part:1"}));
  EXPECT_EQ(outline.Describe(OffsetOf(text, "Конституциясына")), "1-берене, part 1");
  // The section ends at the chapter (see the header on chapters and sections).
  EXPECT_EQ(outline.nodes()[0].scope.end, outline.nodes()[1].scope.begin);
  EXPECT_EQ(outline.nodes()[1].scope.end, text.size());
}

// Georgian Criminal Code art. 261 (text at https://fantasticsearch.net/law/ge/en?article=1&id=…),
// under a heading in matsne's form "მუხლი N. Title".
TEST(StructureOutlineTest, GeorgianLayout) {
  constexpr std::string_view text =
      "მუხლი 261. ფსიქოტროპული ნივთიერების, მისი ანალოგის ან ძლიერმოქმედი ნივთიერების უკანონო "
      "შეძენა ან/და შენახვა\n"
      "1. ფსიქოტროპული ნივთიერების ან მისი ანალოგის უკანონო შეძენა ან/და შენახვა – ისჯება "
      "ჯარიმით.\n"
      "2. იგივე ქმედება, ჩადენილი:\n"
      "    ა) დიდი ოდენობით;\n"
      "    ბ) წინასწარი შეთანხმებით ჯგუფის მიერ;\n";
  const Outline outline = Outline::Parse(text);
  EXPECT_EQ(Shape(outline),
            (std::vector<std::string>{"article:261", "part:1", "part:2", "point:ა", "point:ბ"}));
  EXPECT_EQ(outline.Describe(OffsetOf(text, "წინასწარი")), "მუხლი 261, part 2, point ბ");
}

// Law "Аб мовах у Рэспублiцы Беларусь",
// http://zakonby.net/zakon/62695-zakon-respubliki-belarus-ot-26011990-n-3094-xi-…
TEST(StructureOutlineTest, BelarusianWordsAndSharedChapterWord) {
  constexpr std::string_view text =
      "ГЛАВА 1\n"
      "АГУЛЬНЫЯ ПАЛАЖЭННI\n"
      "Артыкул 1. Мэты заканадаўства аб мовах у Рэспублiцы Беларусь\n"
      "1. Заканадаўства Рэспублiкi Беларусь аб мовах мае на мэце ўрэгуляванне адносiн.\n"
      "2. Другая частка.\n"
      "ГЛАВА 2\n";
  const Outline outline = Outline::Parse(text);
  EXPECT_EQ(Shape(outline),
            (std::vector<std::string>{"chapter:1", "article:1", "part:1", "part:2", "chapter:2"}));
  EXPECT_EQ(outline.nodes()[0].language, "ru");  // nothing yet tells "ГЛАВА" apart
  EXPECT_EQ(outline.nodes()[1].language, "be");
  EXPECT_EQ(outline.nodes()[4].language, "be");  // after "Артыкул", the shared word is Belarusian
  EXPECT_EQ(outline.Describe(OffsetOf(text, "Другая")), "Артыкул 1, частка 2");
  EXPECT_EQ(outline.ArticleAt(OffsetOf(text, "ГЛАВА 2")), nullptr);
}

// Romanian Law 143/2000, https://www.cdep.ro/pls/legis/legis_pck.htp_act_text?idt=23825
TEST(StructureOutlineTest, RomanianAbbreviationTakesTheLanguageOfTheDocument) {
  constexpr std::string_view text =
      "CAPITOLUL I\n"
      "Dispoziții generale\n"
      "Art. 1. - În prezenta lege termenii și expresiile de mai jos au următorul înțeles:\n"
      "a) substanțe aflate sub control național - drogurile și precursorii;\n"
      "b) droguri - plantele și substanțele stupefiante ori psihotrope;\n";
  const Outline outline = Outline::Parse(text);
  EXPECT_EQ(Shape(outline),
            (std::vector<std::string>{"chapter:I", "article:1", "point:a", "point:b"}));
  EXPECT_EQ(outline.nodes()[1].language, "ro");
  EXPECT_EQ(outline.Describe(OffsetOf(text, "droguri -")), "Art. 1, point b");
}

TEST(StructureOutlineTest, SharedAbbreviationFollowsTheLastLanguage) {
  constexpr std::string_view text =
      "Стаття 1. Перша\n"
      "Ст. 2\n"
      "1. Текст.\n";
  const Outline outline = Outline::Parse(text);
  ASSERT_EQ(outline.nodes().size(), 3u);
  EXPECT_EQ(outline.nodes()[1].language, "uk");
  EXPECT_EQ(outline.Describe(OffsetOf(text, "Текст")), "Ст. 2, частина 1");
}

// ---- Describe ---------------------------------------------------------------------------------

TEST(StructureOutlineTest, DescribeStrings) {
  constexpr std::string_view text =
      "Статья 228¹. Незаконные производство\n"
      "Часть 1\n"
      "Текст первой части.\n"
      "п. 3\n"
      "Текст третьего пункта.\n"
      "ч. 2\n"
      "Текст второй части.\n"
      "Article 6.13. Propaganda\n"
      "(2) Second part.\n"
      "Стаття 309\n"
      "частина 2\n"
      "1) перший пункт;\n"
      "3) третій пункт.\n";
  const Outline outline = Outline::Parse(text);
  EXPECT_EQ(outline.Describe(OffsetOf(text, "Незаконные")), "Статья 228.1");
  EXPECT_EQ(outline.Describe(OffsetOf(text, "первой")), "Статья 228.1, часть 1");
  EXPECT_EQ(outline.Describe(OffsetOf(text, "третьего")), "Статья 228.1, часть 1, пункт 3");
  EXPECT_EQ(outline.Describe(OffsetOf(text, "второй")), "Статья 228.1, часть 2");
  EXPECT_EQ(outline.Describe(OffsetOf(text, "Second")), "Article 6.13, part 2");
  EXPECT_EQ(outline.Describe(OffsetOf(text, "третій")), "Стаття 309, частина 2, пункт 3");
  EXPECT_EQ(outline.nodes()[0].label, "Статья 228¹");
  EXPECT_EQ(outline.Describe(text.size()), std::nullopt);
  EXPECT_EQ(outline.Describe(text.size() + 100), std::nullopt);
}

TEST(StructureOutlineTest, PointsDirectlyInAnArticle) {
  constexpr std::string_view text =
      "1-бап. Негiзгi ұғымдар\n"
      "1) бөлшек сауда - дәрiгердің рецептi бойынша жеке тұтыну үшiн сату;\n"
      "2) есiрткiлер – есiрткi, психотроптық заттар;\n";
  const Outline outline = Outline::Parse(text);
  EXPECT_EQ(outline.Describe(OffsetOf(text, "есiрткiлер")), "1-бап, point 2");
}

// ---- ArticleAt --------------------------------------------------------------------------------

TEST(StructureOutlineTest, ArticleAtBoundaries) {
  constexpr std::string_view text =
      "Преамбула.\n"
      "Статья 1. Первая\n"
      "Текст.\n"
      "Статья 2. Вторая\n"
      "Текст.";
  const Outline outline = Outline::Parse(text);
  ASSERT_EQ(outline.nodes().size(), 2u);
  const OutlineNode* first = &outline.nodes()[0];
  const OutlineNode* second = &outline.nodes()[1];
  const std::size_t first_begin = OffsetOf(text, "Статья 1");
  const std::size_t second_begin = OffsetOf(text, "Статья 2");
  EXPECT_EQ(outline.ArticleAt(0), nullptr);
  EXPECT_EQ(outline.ArticleAt(first_begin - 1), nullptr);  // the preamble's newline
  EXPECT_EQ(outline.ArticleAt(first_begin), first);
  EXPECT_EQ(outline.ArticleAt(second_begin - 1), first);  // the newline before "Статья 2"
  EXPECT_EQ(outline.ArticleAt(second_begin), second);
  EXPECT_EQ(outline.ArticleAt(text.size() - 1), second);
  EXPECT_EQ(outline.ArticleAt(text.size()), nullptr);
  EXPECT_EQ(first->scope, (ByteRange{first_begin, second_begin}));
  EXPECT_EQ(second->scope, (ByteRange{second_begin, text.size()}));
  EXPECT_EQ(first->heading,
            (ByteRange{first_begin, first_begin + std::string_view("Статья 1").size()}));
}

TEST(StructureOutlineTest, DivisionEndsTheArticleAndPartsOutsideArticlesAreIgnored) {
  constexpr std::string_view text =
      "1. Вступление без статьи.\n"
      "а) и пункт без статьи.\n"
      "Статья 1\n"
      "1. Часть.\n"
      "Глава 2\n"
      "1. Снова без статьи.\n"
      "часть 3\n";
  const Outline outline = Outline::Parse(text);
  EXPECT_EQ(Shape(outline), (std::vector<std::string>{"article:1", "part:1", "chapter:2"}));
  EXPECT_EQ(outline.ArticleAt(OffsetOf(text, "Снова")), nullptr);
  EXPECT_EQ(outline.Describe(OffsetOf(text, "Снова")), std::nullopt);
  EXPECT_EQ(outline.nodes()[1].scope.end, OffsetOf(text, "Глава 2"));
}

TEST(StructureOutlineTest, MatchesTheNaiveReferenceEverywhere) {
  const std::string text = std::string(kRussianCode) + std::string(kEnglishCode) +
                           std::string(kUkrainianCode) + "Глава 3\nтекст\n";
  const Outline outline = Outline::Parse(text);
  ExpectWellFormed(outline, text);
  for (std::size_t offset = 0; offset <= text.size(); ++offset) {
    const OutlineNode* article = NaiveInnermost(outline, offset, kArticle);
    ASSERT_EQ(outline.ArticleAt(offset), article) << offset;
    if (article == nullptr) {
      ASSERT_EQ(outline.Describe(offset), std::nullopt);
    } else {
      const std::optional<std::string> description = outline.Describe(offset);
      ASSERT_TRUE(description.has_value());
      const OutlineNode* part = NaiveInnermost(outline, offset, kPart);
      const OutlineNode* point = NaiveInnermost(outline, offset, kPoint);
      ASSERT_EQ(description->find(", "),
                part == nullptr && point == nullptr ? std::string::npos : description->find(", "));
      if (part != nullptr) {
        ASSERT_NE(description->find(" " + part->number), std::string::npos) << *description;
      }
      if (point != nullptr) {
        ASSERT_TRUE(description->ends_with(" " + point->number)) << *description;
      }
    }
  }
}

// ---- Line endings and Markdown ----------------------------------------------------------------

TEST(StructureOutlineTest, CrlfLinesGiveTheSameOutline) {
  std::string crlf;
  for (char c : kRussianCode) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  const Outline unix_outline = Outline::Parse(kRussianCode);
  const Outline crlf_outline = Outline::Parse(crlf);
  EXPECT_EQ(Shape(crlf_outline), Shape(unix_outline));
  ExpectWellFormed(crlf_outline, crlf);
  for (const OutlineNode& node : crlf_outline.nodes()) {
    EXPECT_EQ(node.label.find('\r'), std::string::npos);
  }
  EXPECT_EQ(crlf_outline.Describe(OffsetOf(crlf, "неоднократно")), "Статья 228, часть 3, пункт б");
  EXPECT_EQ(Shape(Outline::Parse("Статья 5\r\n1.\r\n2.\r")),
            (std::vector<std::string>{"article:5", "part:1", "part:2"}));
}

TEST(StructureOutlineTest, MarkdownHeadingsAndIndentation) {
  constexpr std::string_view text =
      "# Закон\n"
      "## Статья 5\n"
      "   1. Часть с отступом.\n"
      "\t2) пункт после табуляции\n"
      "**Статья 6.** Название\n"
      "\xC2\xA0\xC2\xA0"
      "1. Часть после неразрывных пробелов.\n"
      "####### Статья 7\n";  // seven marks are no Markdown heading
  const Outline outline = Outline::Parse(text);
  EXPECT_EQ(Shape(outline),
            (std::vector<std::string>{"article:5", "part:1", "point:2", "article:6", "part:1"}));
  const OutlineNode& article = outline.nodes()[0];
  EXPECT_EQ(article.label, "Статья 5");
  EXPECT_EQ(article.heading.begin, OffsetOf(text, "Статья 5"));
  EXPECT_EQ(article.scope.begin, OffsetOf(text, "## Статья 5"));
  EXPECT_EQ(outline.nodes()[3].label, "Статья 6");
  EXPECT_EQ(outline.Describe(OffsetOf(text, "неразрывных")), "Статья 6, часть 1");
}

TEST(StructureOutlineTest, ByteOrderMarkBeforeTheFirstHeading) {
  const Outline outline = Outline::Parse("\xEF\xBB\xBFСтатья 1\nТекст\n");
  EXPECT_EQ(Shape(outline), (std::vector<std::string>{"article:1"}));
  EXPECT_EQ(outline.nodes()[0].heading.begin, 3u);
}

// ---- Malformed input --------------------------------------------------------------------------

TEST(StructureOutlineTest, HeadingWordsWithoutNumbers) {
  EXPECT_TRUE(Outline::Parse("Статья\nArticle .\nГлава\n-бап\nСтатья .\n").nodes().empty());
}

TEST(StructureOutlineTest, NumberingThatGoesBackwardsIsKeptAsWritten) {
  constexpr std::string_view text = "Article 5\nfive\nArticle 3\nthree\nArticle 3\nagain\n";
  const Outline outline = Outline::Parse(text);
  EXPECT_EQ(Shape(outline), (std::vector<std::string>{"article:5", "article:3", "article:3"}));
  ExpectWellFormed(outline, text);
  EXPECT_EQ(outline.ArticleAt(OffsetOf(text, "three")), &outline.nodes()[1]);
  EXPECT_EQ(outline.ArticleAt(OffsetOf(text, "again")), &outline.nodes()[2]);
}

TEST(StructureOutlineTest, TenThousandNestedPointsDoNotRecurse) {
  std::string text = "Article 1\n";
  for (int depth = 0; depth < 10000; ++depth) {
    text.append(static_cast<std::size_t>(depth), ' ').append("1) nested\n");
  }
  text.append(std::string(10000, '(')).append("1) ").append(std::string(10000, ')')).append("\n");
  const Outline outline = Outline::Parse(text);
  ASSERT_EQ(outline.nodes().size(), 10001u);
  EXPECT_EQ(outline.Describe(text.size() - 2), "Article 1, point 1");
  ExpectWellFormed(outline, text);
}

TEST(StructureOutlineTest, EmptyText) {
  const Outline outline = Outline::Parse("");
  EXPECT_TRUE(outline.nodes().empty());
  EXPECT_EQ(outline.ArticleAt(0), nullptr);
  EXPECT_EQ(outline.Describe(0), std::nullopt);
  EXPECT_TRUE(Outline().nodes().empty());
  EXPECT_EQ(Outline().Describe(5), std::nullopt);
  EXPECT_TRUE(Outline::Parse("\n\n\r\n\r").nodes().empty());
}

TEST(StructureOutlineTest, BinaryGarbageAndInvalidUtf8) {
  std::string garbage;
  std::uint32_t state = 12345;
  for (int i = 0; i < (1 << 20); ++i) {
    state = state * 1664525u + 1013904223u;
    garbage.push_back(static_cast<char>(state >> 24));
  }
  // Sprinkle real headings and numbering between the noise.
  std::string text = "Статья 1.\n" + garbage.substr(0, 1000) + "\n1. часть\n\xFF\xFE\n" + garbage +
                     "\nСтатья 2\xC2\n\xD0\xA1\xD1\n1)\xFF\n(\xC0\xAF)\nСтатья 3";
  const Outline outline = Outline::Parse(text);
  ExpectWellFormed(outline, text);
  ASSERT_GE(outline.nodes().size(), 2u);
  EXPECT_EQ(outline.nodes().front().label, "Статья 1");
  EXPECT_EQ(outline.nodes().back().label, "Статья 3");
  for (std::size_t offset = 0; offset <= text.size(); offset += 997) {
    const OutlineNode* article = outline.ArticleAt(offset);
    ASSERT_EQ(article, NaiveInnermost(outline, offset, kArticle)) << offset;
    (void)outline.Describe(offset);
  }
}

TEST(StructureOutlineTest, MegabyteLineWithoutNewline) {
  const std::string letters = "Статья 5. " + std::string(1 << 20, 'x');
  const Outline outline = Outline::Parse(letters);
  ASSERT_EQ(outline.nodes().size(), 1u);
  EXPECT_EQ(outline.ArticleAt(letters.size() - 1), &outline.nodes()[0]);
  EXPECT_TRUE(Outline::Parse(std::string(1 << 20, '1')).nodes().empty());
  EXPECT_TRUE(Outline::Parse(std::string(1 << 20, ' ')).nodes().empty());
  EXPECT_TRUE(Outline::Parse(std::string(1 << 20, '#')).nodes().empty());
  EXPECT_TRUE(Outline::Parse(std::string(1 << 20, '\r')).nodes().empty());
}

// ---- Prose ------------------------------------------------------------------------------------

TEST(StructureOutlineTest, OrdinaryProseHasNoOutline) {
  constexpr std::string_view paragraph =
      "In 2019, 5 people were detained for possession of small amounts.\n"
      "1990-е годы стали временем перемен в наркополитике.\n"
      "228 человек задержаны за неделю, сообщает полиция.\n"
      "Статья 228 предусматривает наказание до 15 лет.\n"
      "Article 5 of the Constitution guarantees the right to health.\n"
      "12.5 грамма героина нашли у задержанного.\n"
      "Ст. 327 Уголовного кодекса Республики Беларусь «Хищение наркотических средств».\n"
      "296-бап бойынша іс қозғалды.\n"
      "Šiuo metu 259 Baudžiamojo kodekso straipsnis numato baudžiamąją atsakomybę.\n"
      "1. Это нумерованный список вне статьи.\n"
      "а) и его пункт.\n";
  EXPECT_TRUE(Outline::Parse(paragraph).nodes().empty());
  // Accepted on purpose: a capital after the number reads as a heading followed by its code's
  // name (http://stykrf.ru/228-1 writes "Статья 228.1 УК РФ (действующая редакция). …"), and
  // numbering after it then belongs to that article.
  EXPECT_EQ(Shape(Outline::Parse(std::string("Статья 228 УК РФ предусматривает наказание\n") +
                                 std::string(paragraph))),
            (std::vector<std::string>{"article:228", "part:1", "point:а"}));

  std::string prose;
  constexpr std::string_view kProse =
      "In 2019, 5 people were detained for possession of small amounts of cannabis.\n"
      "1990-е годы стали временем перемен в наркополитике, пишет издание.\n"
      "228 человек задержаны за неделю, сообщает полиция; 12.5 грамма изъято.\n"
      "Статья 228 предусматривает наказание до 15 лет, напоминают юристы.\n"
      "Article 5 of the Constitution guarantees the right to health.\n"
      "Ст. 327 Уголовного кодекса Республики Беларусь «Хищение наркотических средств».\n"
      "\n";
  while (prose.size() < 5 * 1024 * 1024) prose += kProse;
  const Outline outline = Outline::Parse(prose);
  EXPECT_TRUE(outline.nodes().empty());
  EXPECT_EQ(outline.ArticleAt(prose.size() / 2), nullptr);
}

TEST(StructureOutlineTest, LargeCodeIsLinear) {
  // ~5 MB of articles with parts and points: every heading found, scopes chained end to end.
  std::string text;
  int articles = 0;
  while (text.size() < 5 * 1024 * 1024) {
    ++articles;
    text += "Статья " + std::to_string(articles) + ". Заголовок статьи\n";
    text += "1. Первая часть статьи, довольно длинная, чтобы было похоже на настоящий кодекс.\n";
    text += "2. Вторая часть:\nа) первый пункт;\nб) второй пункт.\n";
  }
  const Outline outline = Outline::Parse(text);
  ASSERT_EQ(outline.nodes().size(), static_cast<std::size_t>(articles) * 5);
  const OutlineNode* previous = nullptr;
  for (const OutlineNode& node : outline.nodes()) {
    if (node.level != kArticle) continue;
    if (previous != nullptr) {
      ASSERT_EQ(previous->scope.end, node.scope.begin);
    }
    previous = &node;
  }
  EXPECT_EQ(outline.Describe(text.size() - 3),
            "Статья " + std::to_string(articles) + ", часть 2, пункт б");
}

}  // namespace
}  // namespace rightslint
