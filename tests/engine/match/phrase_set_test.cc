#include "match/phrase_set.h"

#include <gtest/gtest.h>

#include <string>

#include "text/tokenizer.h"

namespace rightslint {
namespace {

// Every hit of `set` in `text`, analysed as one block.
std::vector<PhraseHit> HitsIn(const PhraseSet& set, const std::string& text, Block* block) {
  auto tokenizer = Tokenizer::Create();
  (*tokenizer)->Analyze(text, {0, text.size()}, block);
  PhraseScratch scratch;
  std::vector<PhraseHit> hits;
  set.Find(*block, &scratch, &hits);
  return hits;
}

class MatchPhraseSetTest : public ::testing::Test {
 protected:
  static Morphology& Dictionary(const std::string& language) {
    static Morphology en(*FindMorphologyProfile("en"), "/usr/share/hunspell", {});
    static Morphology ru(*FindMorphologyProfile("ru"), "/usr/share/hunspell", {{"нарик", "чувак"}});
    static Morphology uk(*FindMorphologyProfile("uk"), "/usr/share/hunspell", {});
    return language == "en" ? en : language == "ru" ? ru : uk;
  }

  // Matched texts of `phrases` in `text`, with and without the prefilter (which must agree).
  std::vector<std::string> Find(const std::string& language,
                                const std::vector<std::pair<std::string, bool>>& phrases,
                                const std::string& text) {
    std::vector<std::string> results[2];
    for (int prefilter = 0; prefilter < 2; ++prefilter) {
      PhraseSet set(&Dictionary(language));
      set.set_prefilter(prefilter == 1);
      set.set_language(language);
      std::uint32_t payload = 0;
      for (const auto& [phrase, noun_only] : phrases) {
        set.Add(phrase, noun_only ? WordForms::kNoun : WordForms::kAny, true, payload++);
      }
      Block block;
      for (const PhraseHit& hit : HitsIn(set, text, &block)) {
        const std::size_t begin = block.tokens[hit.first_token].begin;
        results[prefilter].push_back(text.substr(begin, block.tokens[hit.last_token].end - begin));
      }
    }
    EXPECT_EQ(results[0], results[1]) << "prefilter changed the result on: " << text;
    return results[1];
  }
};

TEST_F(MatchPhraseSetTest, RussianNounInEveryCase) {
  const std::vector<std::string> forms = {"наркоман",    "наркомана", "наркоману",  "наркоманом",
                                          "наркомане",   "наркоманы", "наркоманов", "наркоманам",
                                          "наркоманами", "наркоманах"};
  for (const std::string& form : forms) {
    EXPECT_EQ(Find("ru", {{"наркоман", true}}, "Там был " + form + " вчера."),
              (std::vector<std::string>{form}));
  }
}

TEST_F(MatchPhraseSetTest, NearMissesDoNotMatch) {
  for (std::string word :
       {"наркология", "наркологический", "наркотик", "наркоз", "наркомания", "наркоманка"}) {
    EXPECT_TRUE(Find("ru", {{"наркоман", true}}, "Это " + word + ".").empty()) << word;
  }
}

TEST_F(MatchPhraseSetTest, SlangAddedWithAModelParadigm) {
  EXPECT_EQ(Find("ru", {{"нарик", true}}, "Нариками их звали."),
            (std::vector<std::string>{"Нариками"}));
}

TEST_F(MatchPhraseSetTest, EnglishNounFormsOnly) {
  EXPECT_EQ(
      Find("en", {{"addict", true}}, "An addict, two addicts, the addict's and addicts' car."),
      (std::vector<std::string>{"addict", "addicts", "addict's", "addicts"}));
  EXPECT_TRUE(
      Find("en", {{"addict", true}}, "She was addicted; it is addicting; addiction.").empty());
}

TEST(PrefilterAnchorTest, EnglishStemsThatOnlyGrowKeepAllTheirLetters) {
  EXPECT_EQ(PrefilterAnchor("addict", true, "en"), "addict");  // not "addition"
  EXPECT_EQ(PrefilterAnchor("stoner", true, "en"), "stoner");  // not "stone"
  EXPECT_EQ(PrefilterAnchor("drug", true, "en"), "drug");
  // Endings that noun forms or Porter2 rewrite: junkie/junky (stem junki), party/parties.
  EXPECT_EQ(PrefilterAnchor("junkie", true, "en"), "junk");
  EXPECT_EQ(PrefilterAnchor("party", true, "en"), "part");
  EXPECT_EQ(PrefilterAnchor("drugs", true, "en"), "drug");
  EXPECT_EQ(PrefilterAnchor("dependent", true, "en"), "depende");  // -ent: rewritten -entli
  // A word that is not its own stem: "user" -> "user"? Porter2 keeps it; "abuser" -> "abus".
  EXPECT_EQ(PrefilterAnchor("abuser", true, "en"), "abus");
  // Other languages and other parts of speech keep the general rule.
  EXPECT_EQ(PrefilterAnchor("addict", false, "en"), "add");
  EXPECT_EQ(PrefilterAnchor("addict", true, ""), "addi");
  EXPECT_EQ(PrefilterAnchor("наркоман", true, "ru"), "нарком");
  EXPECT_TRUE(PrefilterMatchesWholeWord("use"));
  EXPECT_FALSE(PrefilterMatchesWholeWord("addict"));
}

TEST_F(MatchPhraseSetTest, EnglishNounsWithWholeWordAnchorsStillMatchEveryForm) {
  // (en_US derives "stoners" from "stone", so it is no form of "stoner".)
  EXPECT_EQ(Find("en", {{"junkie", true}, {"stoner", true}},
                 "Junkies and a junkie's stash; stones, a stoner."),
            (std::vector<std::string>{"Junkies", "junkie's", "stoner"}));
}

TEST_F(MatchPhraseSetTest, MultiWordTermsAcrossSpacesHyphensAndLineBreaks) {
  EXPECT_EQ(Find("en", {{"drug abuser", true}},
                 "A drug abuser, two drug-abusers, drug\nabusers, drug, abuser."),
            (std::vector<std::string>{"drug abuser", "drug-abusers", "drug\nabusers"}));
}

TEST_F(MatchPhraseSetTest, MultiWordPhrasesDoNotStartInsideACompound) {
  EXPECT_TRUE(Find("en", {{"get clean", false}}, "Run apt-get clean first.").empty());
  EXPECT_EQ(Find("en", {{"get clean", false}}, "She wanted to get clean."),
            (std::vector<std::string>{"get clean"}));
  EXPECT_EQ(Find("en", {{"addict", true}}, "An ex-addict spoke."),
            (std::vector<std::string>{"addict"}));
}

TEST_F(MatchPhraseSetTest, LatinLookAlikeInsideCyrillic) {
  EXPECT_EQ(Find("ru", {{"наркоман", true}}, "Там нaркоманы."),
            (std::vector<std::string>{"нaркоманы"}));
}

TEST_F(MatchPhraseSetTest, UkrainianForms) {
  for (std::string form : {"наркоман", "наркомана", "наркоманові", "наркоманом", "наркоманів",
                           "наркоманам", "наркоманами", "наркоманах"}) {
    EXPECT_EQ(Find("uk", {{"наркоман", true}}, "Це " + form + "."),
              (std::vector<std::string>{form}));
  }
  EXPECT_TRUE(Find("uk", {{"наркоман", true}}, "Наркологія і наркотичний засіб.").empty());
}

TEST_F(MatchPhraseSetTest, VerbPhrasesWhoseStemChanges) {
  PhraseSet set(&Dictionary("ru"));
  set.Add("сидеть на игла", WordForms::kAny, /*stable_stem=*/false, 1);
  Block block;
  EXPECT_EQ(HitsIn(set, "Он сидит на игле, они сидели на игле.", &block).size(), 2u);
}

TEST_F(MatchPhraseSetTest, NoMorphologyMatchesFoldedFormsOnly) {
  PhraseSet set(nullptr);
  set.Add("junkie", WordForms::kNoun, true, 7);
  Block block;
  const std::vector<PhraseHit> hits = HitsIn(set, "JUNKIE junkies", &block);
  ASSERT_EQ(hits.size(), 1u);
  EXPECT_EQ(hits[0].payload, 7u);
}

}  // namespace
}  // namespace rightslint
