// The morphology index: on every word of the project's texts and lexicons it answers exactly as
// Hunspell does (Morphology without an index), spares the dictionary for the lexicons' words and
// the Russian/Ukrainian vote, and is not used when stale or damaged.
#include "text/morphology_index.h"

#include <gtest/gtest.h>
#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>

#include "document_fixtures.h"
#include "match/lexicon_matcher.h"
#include "rightslint/options.h"
#include "rules/lexicon_loader.h"
#include "text/fold.h"
#include "text/morphology.h"

namespace rightslint {
namespace {

constexpr const char* kDictionaries = "/usr/share/hunspell";

std::string IndexPath(const std::string& language) {
  return (std::filesystem::path(RIGHTSLINT_MORPHOLOGY_INDEX_DIR) / (language + ".index")).string();
}

// Languages the build makes an index for (tools/morphology_index/main.cc).
const std::vector<std::string>& IndexedLanguages() {
  static const std::vector<std::string> languages = {"en", "ru", "uk", "ro", "kk", "be"};
  return languages;
}

// Folded words of a text: runs of letters, digits, apostrophes and combining marks.
void AddWords(std::string_view text, std::set<std::string>* words) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto size = static_cast<int32_t>(text.size());
  std::string word;
  for (int32_t i = 0; i <= size;) {
    UChar32 c = 0;
    const int32_t start = i;
    if (i < size) U8_NEXT(bytes, i, size, c);
    const bool inside =
        i <= size && start < size && c > 0 &&
        (u_isalnum(c) || c == '\'' || c == 0x2019 || c == 0x2BC || u_getCombiningClass(c) != 0);
    if (inside) {
      word.append(
          text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
    } else {
      if (!word.empty()) words->insert(FoldWord(word));
      word.clear();
      if (start >= size) break;
    }
  }
}

bool IsCyrillicWord(std::string_view word) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(word.data());
  const auto size = static_cast<int32_t>(word.size());
  for (int32_t i = 0; i < size;) {
    UChar32 c;
    U8_NEXT(bytes, i, size, c);
    if (c != '\'' && (c < 0x400 || c > 0x4FF)) return false;
  }
  return size > 0;
}

const LexiconSpecs& Lexicons() {
  static const LexiconSpecs lexicons = [] {
    auto loaded =
        LoadLexicons(std::string(RIGHTSLINT_SOURCE_DIR) + "/lexicons", SupportedLanguages());
    EXPECT_TRUE(loaded.ok());
    return loaded.ok() ? loaded.value() : LexiconSpecs{};
  }();
  return lexicons;
}

// Every word of corpora/ and of the lexicons (terms, concepts, names, paradigm forms), and the
// lexicon words with their last letters replaced by common endings.
const std::set<std::string>& Words() {
  static const std::set<std::string> words = [] {
    std::set<std::string> all;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(
             std::string(RIGHTSLINT_SOURCE_DIR) + "/corpora")) {
      if (entry.is_regular_file()) AddWords(testing::ReadFileBytes(entry.path()), &all);
    }
    std::set<std::string> lexicon_words;
    for (const TermEntry& entry : Lexicons().terms) AddWords(entry.term, &lexicon_words);
    for (const ConceptEntry& entry : Lexicons().concepts) AddWords(entry.term, &lexicon_words);
    for (const ExemptPhrase& entry : Lexicons().exempt) AddWords(entry.phrase, &lexicon_words);
    for (const ParadigmForm& form : Lexicons().paradigms) AddWords(form.form, &lexicon_words);
    static const char* kEndings[] = {"а",  "и", "ів", "ом",  "ами", "ого",  "ав", "ли",  "ся",
                                     "ть", "s", "ed", "ing", "er",  "ului", "ii", "лар", "ды"};
    for (const std::string& word : lexicon_words) {
      all.insert(word);
      for (std::size_t cut = 1; cut <= 3 && cut < CodePointCount(word); ++cut) {
        const std::string stem(CodePointPrefix(word, CodePointCount(word) - cut));
        for (const char* ending : kEndings) all.insert(stem + ending);
      }
    }
    return all;
  }();
  return words;
}

std::set<std::pair<std::string, bool>> AsSet(const std::vector<Analysis>& analyses) {
  std::set<std::pair<std::string, bool>> out;
  for (const Analysis& analysis : analyses) out.emplace(analysis.lemma, analysis.noun_form);
  return out;
}

TEST(MorphologyIndexTest, TheBuildMadeAnIndexForEachLanguage) {
  for (const std::string& language : IndexedLanguages()) {
    EXPECT_TRUE(std::filesystem::exists(IndexPath(language))) << IndexPath(language);
  }
}

TEST(MorphologyIndexTest, AnswersAsHunspellDoesOnEveryWord) {
  ASSERT_GT(Words().size(), 20000u);
  for (const std::string& language : IndexedLanguages()) {
    const MorphologyProfile& profile = *FindMorphologyProfile(language);
    const auto extra = InflectLikeWords(Lexicons(), language);
    const Morphology indexed(profile, kDictionaries, extra, IndexPath(language));
    const Morphology reference(profile, kDictionaries, extra);
    std::size_t known = 0;
    for (const std::string& word : Words()) {
      const std::vector<Analysis>& truth = reference.Analyze(word);
      EXPECT_EQ(AsSet(indexed.Analyze(word)), AsSet(truth)) << language << " " << word;
      EXPECT_EQ(indexed.Knows(word), !truth.empty()) << language << " " << word;
      known += truth.empty() ? 0 : 1;
    }
    EXPECT_GT(known, 500u) << language;
  }
}

TEST(MorphologyIndexTest, SparesTheDictionaryForLexiconWordsAndTheVote) {
  for (const std::string& language : IndexedLanguages()) {
    const MorphologyProfile& profile = *FindMorphologyProfile(language);
    const auto extra = InflectLikeWords(Lexicons(), language);
    const Morphology indexed(profile, kDictionaries, extra, IndexPath(language));
    // Building the matcher analyses every lexicon word; matching analyses only words that pass
    // its prefilter: the index covers all of them.
    const LexiconMatcher matcher(language, Lexicons(), &indexed);
    for (const std::string& word : matcher.phrases().ExactWords()) indexed.Analyze(word);
    EXPECT_FALSE(indexed.dictionary_loaded()) << language;
    if (language != "ru" && language != "uk") continue;
    std::size_t asked = 0;
    for (const std::string& word : Words()) {
      // The vote's words, Cyrillic ones; not those that uk_UA converts before lookup (other
      // apostrophes, the stress mark, Latin letters: «нaркоман» with a Latin «a»).
      if (!IsCyrillicWord(word)) continue;
      indexed.Knows(word);
      ++asked;
    }
    EXPECT_GT(asked, 5000u);
    EXPECT_FALSE(indexed.dictionary_loaded()) << language;
  }
}

// A small dictionary and an index of it, written by hand.
class MorphologyIndexFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    std::ofstream(dir_ / "d.aff") << "SET UTF-8\nICONV 1\nICONV ’ '\nSFX S Y 1\nSFX S 0 s .\n";
    std::ofstream(dir_ / "d.dic") << "2\naddict/S\ncat/S\n";
    key_ = {"en", Path("d.aff"), Path("d.dic"), "S", {}};
    contents_.key = key_;
    contents_.input_changes = {"’"};
    contents_.prefixes = {"addi"};
    contents_.exact_words = {"18"};
    contents_.entries = {{"addict", {{"addict", true}}}, {"addicts", {{"addict", true}}}};
    contents_.has_membership = true;
    for (const char* form : {"addict", "addicts", "cat", "cats"}) {
      contents_.membership.push_back(FormHash(form));
    }
    std::sort(contents_.membership.begin(), contents_.membership.end());
    ASSERT_TRUE(WriteMorphologyIndex(Path("d.index"), contents_).ok());
  }
  std::string Path(const std::string& name) const { return (dir_ / name).string(); }

  testing::ScratchDirectory scratch_{"morphology-index"};
  const std::filesystem::path& dir_ = scratch_.path();
  MorphologyIndexKey key_;
  MorphologyIndexContents contents_;
};

TEST_F(MorphologyIndexFileTest, AnswersForCoveredWordsOnly) {
  auto index = MorphologyIndex::Open(Path("d.index"), key_);
  ASSERT_TRUE(index.ok()) << index.status().message();
  const MorphologyIndex& i = *index.value();
  ASSERT_TRUE(i.Analyze("addicts").has_value());
  EXPECT_EQ(i.Analyze("addicts")->at(0).lemma, "addict");
  ASSERT_TRUE(i.Analyze("addictz").has_value());  // covered, not a form: no analysis
  EXPECT_TRUE(i.Analyze("addictz")->empty());
  EXPECT_FALSE(i.Analyze("cats").has_value());    // not covered: ask Hunspell
  EXPECT_FALSE(i.Analyze("addi’s").has_value());  // Hunspell converts it first
  ASSERT_TRUE(i.Analyze("18").has_value());       // matched whole: what Hunspell said (nothing)
  EXPECT_TRUE(i.Analyze("18")->empty());
  EXPECT_EQ(i.Knows("cats"), std::optional<bool>(true));
  EXPECT_EQ(i.Knows("dogs"), std::optional<bool>(false));
  EXPECT_EQ(i.Knows("addictz"), std::optional<bool>(false));
  EXPECT_EQ(i.Knows("cat’s"), std::nullopt);
}

TEST_F(MorphologyIndexFileTest, IsNotUsedForOtherDictionaryFilesOrWords) {
  MorphologyIndexKey other = key_;
  other.extra_words = {{"blog", "cat"}};
  EXPECT_FALSE(MorphologyIndex::Open(Path("d.index"), other).ok());
  other = key_;
  other.noun_flags = "SM";
  EXPECT_FALSE(MorphologyIndex::Open(Path("d.index"), other).ok());
  // The dictionary changed after the index was made (a package upgrade).
  std::filesystem::last_write_time(
      Path("d.dic"), std::filesystem::last_write_time(Path("d.dic")) + std::chrono::seconds(5));
  auto stale = MorphologyIndex::Open(Path("d.index"), key_);
  ASSERT_FALSE(stale.ok());
  EXPECT_NE(stale.status().message().find("stale"), std::string::npos);

  // A Morphology with a stale index asks Hunspell, and answers right.
  const MorphologyProfile profile{"en", "d", "", "S"};
  const Morphology morphology(profile, dir_.string(), {}, Path("d.index"));
  EXPECT_EQ(morphology.Analyze("cats").at(0).lemma, "cat");
  EXPECT_TRUE(morphology.dictionary_loaded());
}

TEST_F(MorphologyIndexFileTest, DamagedFilesAreRefusedWithWhereAndNeverRead) {
  const std::string good = testing::ReadFileBytes(Path("d.index"));
  auto open = [&](const std::string& bytes) {
    std::ofstream(Path("bad.index"), std::ios::binary | std::ios::trunc) << bytes;
    return MorphologyIndex::Open(Path("bad.index"), key_);
  };
  // Every truncation of the file.
  for (std::size_t size = 0; size < good.size(); ++size) {
    EXPECT_FALSE(open(good.substr(0, size)).ok()) << size;
  }
  EXPECT_TRUE(open(good).ok());
  // Extra bytes, binary garbage, invalid UTF-8, an entries section claiming more than the file.
  EXPECT_FALSE(open(good + "x").ok());
  const std::string garbage = testing::Garbage(65536);
  EXPECT_FALSE(open(garbage).ok());
  EXPECT_FALSE(open(good.substr(0, good.find("entries")) + "\xFF\xFE\tx\n").ok());
  const std::size_t entries = good.find("entries\t");
  auto huge = open(good.substr(0, entries) + "entries\t99999999999999999999\n");
  ASSERT_FALSE(huge.ok());
  EXPECT_NE(huge.status().message().find("byte "), std::string::npos) << huge.status().message();
  EXPECT_EQ(MorphologyIndex::Open(Path("missing.index"), key_).status().code(),
            StatusCode::kNotFound);
  EXPECT_FALSE(MorphologyIndex::Open(dir_.string(), key_).ok());  // a directory
}

}  // namespace
}  // namespace rightslint
