// rightslint-morphology-index: makes the morphology indexes (engine/text/morphology_index.h) for
// every language with a Hunspell dictionary, from the project's lexicons. Run by the build; a
// dictionary the affix expander cannot list exactly gets no index (and a line saying why), which
// only means that dictionary loads when a text needs it.
//
//   rightslint-morphology-index --data-dir DIR --dictionary-dir DIR --out DIR
#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <string>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "base/atomic_file.h"
#include "match/lexicon_matcher.h"
#include "rightslint/options.h"
#include "rules/lexicon_loader.h"
#include "text/affix_expander.h"
#include "text/fold.h"
#include "text/morphology.h"
#include "text/morphology_index.h"

namespace rightslint {
namespace {

// The Russian/Ukrainian vote asks whether a dictionary knows any word of a paragraph: only these
// indexes list every form.
bool NeedsMembership(const std::string& language) { return language == "ru" || language == "uk"; }

Status MakeIndex(const std::string& language, const LexiconSpecs& lexicons,
                 const std::string& dictionary_dir, const std::string& out_dir) {
  const MorphologyProfile* profile = FindMorphologyProfile(language);
  const std::filesystem::path base = std::filesystem::path(dictionary_dir) / profile->hunspell_name;
  MorphologyIndexContents contents;
  contents.key = {language, base.string() + ".aff", base.string() + ".dic", profile->noun_flags,
                  InflectLikeWords(lexicons, language)};
  const Morphology dictionary(*profile, dictionary_dir, contents.key.extra_words);
  if (Status status = dictionary.Load(); !status.ok()) return status;
  const LexiconMatcher matcher(language, lexicons, &dictionary);

  WordCoverage coverage;
  contents.exact_words = matcher.phrases().ExactWords();
  contents.prefixes = matcher.phrases().Prefixes();
  for (const std::string& word : contents.exact_words) coverage.AddExact(word);
  for (const std::string& prefix : contents.prefixes) coverage.AddPrefix(prefix);

  std::unordered_set<std::string> extra_stems;
  for (const auto& [word, model] : contents.key.extra_words) extra_stems.insert(word);
  // Covered forms and their analyses as Morphology::Analyze makes them from Hunspell's: the
  // folded stem, and whether only noun affixes made the form.
  std::unordered_map<std::string, std::vector<Analysis>> covered;
  std::unordered_map<std::string, std::string> folded_stems;
  std::unordered_set<std::string> extra_forms;
  contents.has_membership = NeedsMembership(language);
  ExpandedDictionary info;
  Status status = ExpandHunspellDictionary(
      contents.key.aff_path, contents.key.dic_path, contents.key.extra_words,
      [&](std::string_view form, const DictionaryStem& stem, std::string_view affix_flags) {
        // Hunspell gives an added word the flags of one of its model's stems: its forms are
        // put to Hunspell itself below.
        if (extra_stems.count(stem.word) > 0) {
          extra_forms.emplace(form);
          return;
        }
        if (contents.has_membership) contents.membership.push_back(FormHash(form));
        if (!coverage.Covers(form)) return;
        auto folded = folded_stems.find(stem.word);
        if (folded == folded_stems.end()) {
          folded = folded_stems.emplace(stem.word, FoldWord(stem.word)).first;
        }
        const bool noun_form = profile->noun_flags.empty() || affix_flags.empty() ||
                               std::all_of(affix_flags.begin(), affix_flags.end(), [&](char flag) {
                                 return profile->noun_flags.find(flag) != std::string::npos;
                               });
        std::vector<Analysis>& analyses = covered[std::string(form)];
        auto same = std::find_if(analyses.begin(), analyses.end(),
                                 [&](const Analysis& a) { return a.lemma == folded->second; });
        if (same == analyses.end()) {
          analyses.push_back({folded->second, noun_form});
        } else {
          same->noun_form = same->noun_form || noun_form;
        }
      },
      &info);
  if (!status.ok()) return status;
  // Short words the lexicons match whole are asked directly (numbers among them: "18").
  for (const std::string& word : contents.exact_words) extra_forms.insert(word);
  for (const std::string& form : extra_forms) {
    const std::vector<Analysis>& analyses = dictionary.Analyze(form);
    if (contents.has_membership && !analyses.empty()) {
      contents.membership.push_back(FormHash(form));
    }
    if (coverage.Covers(form)) covered[form] = analyses;
  }
  std::sort(contents.membership.begin(), contents.membership.end());
  contents.membership.erase(std::unique(contents.membership.begin(), contents.membership.end()),
                            contents.membership.end());

  contents.input_changes = info.input_changes;
  contents.digits_bypass = info.has_compound_rules;
  for (auto& [form, analyses] : covered) {
    // A form that folding changes is never asked about: the text's words are folded.
    if (analyses.empty() || FoldWord(form) != form) continue;
    contents.entries.emplace_back(form, std::move(analyses));
  }
  std::sort(contents.entries.begin(), contents.entries.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::fprintf(stderr, "%s: %zu covered forms with analyses, %zu forms in all\n", language.c_str(),
               contents.entries.size(), contents.membership.size());
  return WriteMorphologyIndex((std::filesystem::path(out_dir) / (language + ".index")).string(),
                              contents);
}

int Run(int argc, char** argv) {
  std::string data_dir;
  std::string dictionary_dir = "/usr/share/hunspell";
  std::string out_dir;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--data-dir") {
      data_dir = argv[i + 1];
    } else if (flag == "--dictionary-dir") {
      dictionary_dir = argv[i + 1];
    } else if (flag == "--out") {
      out_dir = argv[i + 1];
    }
  }
  if (data_dir.empty() || out_dir.empty()) {
    std::fprintf(stderr,
                 "usage: rightslint-morphology-index --data-dir DIR [--dictionary-dir DIR] "
                 "--out DIR\n");
    return 2;
  }
  StatusOr<LexiconSpecs> lexicons =
      LoadLexicons((std::filesystem::path(data_dir) / "lexicons").string(), SupportedLanguages());
  if (!lexicons.ok()) {
    std::fprintf(stderr, "rightslint-morphology-index: %s\n", lexicons.status().message().c_str());
    return 1;
  }
  std::error_code error;
  std::filesystem::create_directories(out_dir, error);
  // Not lt_LT: its prefixes (ne-, be-, nebe-, …) put nearly all of its three million forms under
  // the Lithuanian anchors: an index of 85 MB.
  for (const std::string& language : SupportedLanguages()) {
    if (FindMorphologyProfile(language) == nullptr) continue;
    const std::filesystem::path path = std::filesystem::path(out_dir) / (language + ".index");
    std::filesystem::remove(path, error);  // no stale index stays behind
    if (language == "lt") continue;
    if (Status status = MakeIndex(language, lexicons.value(), dictionary_dir, out_dir);
        !status.ok()) {
      std::fprintf(stderr, "%s: no index: %s\n", language.c_str(), status.message().c_str());
    }
  }
  // The build's witness that the indexes are up to date.
  return WriteFileAtomically((std::filesystem::path(out_dir) / "stamp").string(), "").ok() ? 0 : 1;
}

}  // namespace
}  // namespace rightslint

int main(int argc, char** argv) { return rightslint::Run(argc, argv); }
