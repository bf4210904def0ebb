// The Linter: loads specs once, compiles each language's lexicon on first use, and runs
// Document -> Text -> Matches -> Findings for one source at a time.
#include "rightslint/linter.h"

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <mutex>

#include "base/line_index.h"
#include "document/extract.h"
#include "lint/findings.h"
#include "match/lexicon_matcher.h"
#include "rules/lexicon_loader.h"
#include "rules/rule_pack_loader.h"
#include "text/blocks.h"
#include "text/language.h"
#include "text/morphology.h"
#include "text/tokenizer.h"

#ifndef RIGHTSLINT_DATA_DIR
#define RIGHTSLINT_DATA_DIR "."
#endif

namespace rightslint {
namespace {

std::string ResolveDataDir(const LinterOptions& options) {
  if (!options.data_dir.empty()) return options.data_dir;
  if (const char* env = std::getenv("RIGHTSLINT_DATA"); env != nullptr && *env != '\0') {
    return env;
  }
  return RIGHTSLINT_DATA_DIR;
}

bool IsSupported(const std::string& language) {
  const auto& languages = SupportedLanguages();
  return std::find(languages.begin(), languages.end(), language) != languages.end();
}

// One language's compiled lexicon, built the first time a block of that language is seen:
// loading a Hunspell dictionary costs up to half a second, which a 1 KB English file should
// not pay for Ukrainian.
struct CompiledLanguage {
  std::once_flag once;
  std::unique_ptr<Morphology> morphology;
  std::unique_ptr<LexiconMatcher> matcher;
};

}  // namespace

struct Linter::Impl {
  LinterOptions options;
  std::string data_dir;
  std::vector<RuleSpec> rules;
  std::vector<RuleInfo> infos;
  std::map<std::string, std::size_t> rule_index;  // id -> index into rules
  LexiconSpecs lexicons;
  std::map<std::string, std::unique_ptr<CompiledLanguage>> languages;

  CompiledLanguage& Compiled(const std::string& language) const {
    CompiledLanguage& compiled = *languages.at(language);
    std::call_once(compiled.once, [&] {
      std::vector<std::pair<std::string, std::string>> extra_words;
      for (const TermEntry& entry : lexicons.terms) {
        if (entry.language == language && !entry.inflect_like.empty()) {
          extra_words.emplace_back(entry.term, entry.inflect_like);
        }
      }
      if (const MorphologyProfile* profile = FindMorphologyProfile(language)) {
        compiled.morphology =
            std::make_unique<Morphology>(*profile, options.dictionary_dir, std::move(extra_words));
      }
      compiled.matcher =
          std::make_unique<LexiconMatcher>(language, lexicons, compiled.morphology.get());
    });
    return compiled;
  }

  // Russian or Ukrainian for a Cyrillic block whose letters do not tell: the language whose
  // dictionary knows more of its words ("задержала" is Russian, "затримала" Ukrainian).
  std::string CyrillicByDictionary(const Block& block, const std::string& fallback) const {
    int known[2] = {0, 0};
    const char* candidates[2] = {"ru", "uk"};
    for (int i = 0; i < 2; ++i) {
      const Morphology* morphology = Compiled(candidates[i]).morphology.get();
      if (morphology == nullptr) continue;
      for (const Token& token : block.tokens) {
        if (!token.numeric && !morphology->Analyze(block.Key(token)).empty()) ++known[i];
      }
    }
    if (known[0] == known[1]) return fallback == "uk" ? "uk" : "ru";
    return known[0] > known[1] ? "ru" : "uk";
  }

  void Lint(const Document& document, const std::string& forced_language, FileResult* result) const;
};

void Linter::Impl::Lint(const Document& document, const std::string& forced_language,
                        FileResult* result) const {
  const std::string_view text = document.text;
  const std::vector<ByteRange> blocks = SplitBlocks(text, kMaxBlockBytes, document.non_prose);
  const std::string document_language =
      forced_language != "auto" ? forced_language : GuessLanguage(CountLetters(text), "en");

  auto tokenizer = Tokenizer::Create();
  if (!tokenizer.ok()) {
    result->error = tokenizer.status().message();
    return;
  }
  const LineIndex lines(document.text);
  Block block;
  MatchScratch scratch;
  std::vector<TermMatch> matches;
  std::map<std::string, std::size_t> letters_by_language;
  for (const ByteRange& range : blocks) {
    (*tokenizer)->Analyze(text, range, &block, &document.non_prose);
    const LetterCounts counts = CountLetters((*tokenizer)->prose());
    if (forced_language != "auto") {
      block.language = forced_language;
    } else {
      const LanguageGuess guess = GuessLanguage(counts);
      block.language = guess.language.empty() ? document_language
                       : guess.decided        ? guess.language
                                              : CyrillicByDictionary(block, document_language);
    }
    letters_by_language[block.language] += counts.latin + counts.cyrillic;
    matches.clear();
    Compiled(block.language).matcher->Match(block, &scratch, &matches);
    for (const TermMatch& match : matches) {
      const RuleSpec& rule = rules[rule_index.at(match.entry->rule)];
      result->findings.push_back(MakeFinding(rule, match, block, document.text, lines));
    }
  }
  std::string main_language;
  std::size_t most_letters = 0;
  for (const auto& [language, letters] : letters_by_language) {
    if (letters > most_letters) {
      most_letters = letters;
      main_language = language;
    }
  }
  if (!main_language.empty()) result->language = main_language;
}

StatusOr<std::unique_ptr<Linter>> Linter::Create(const LinterOptions& options) {
  if (options.language != "auto" && !IsSupported(options.language)) {
    return Status::Invalid("unknown language `" + options.language +
                           "` (expected auto, en, ru or uk)");
  }
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->data_dir = ResolveDataDir(options);
  const std::filesystem::path root(impl->data_dir);

  auto rules = LoadRulePacks((root / "rules").string());
  if (!rules.ok()) return rules.status();
  impl->rules = std::move(rules).value();

  auto lexicons = LoadLexicons((root / "lexicons").string(), SupportedLanguages());
  if (!lexicons.ok()) return lexicons.status();
  impl->lexicons = std::move(lexicons).value();
  if (Status status = ValidateLexicons(impl->rules, impl->lexicons); !status.ok()) return status;

  for (std::size_t i = 0; i < impl->rules.size(); ++i) {
    impl->rule_index[impl->rules[i].info.id] = i;
  }
  for (const TermEntry& entry : impl->lexicons.terms) {
    ++impl->rules[impl->rule_index.at(entry.rule)].info.entries;
  }
  for (const RuleSpec& rule : impl->rules) impl->infos.push_back(rule.info);
  for (const std::string& language : SupportedLanguages()) {
    impl->languages[language] = std::make_unique<CompiledLanguage>();
  }
  return std::unique_ptr<Linter>(new Linter(std::move(impl)));
}

Linter::Linter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Linter::~Linter() = default;

FileResult Linter::Check(Source source) const {
  FileResult result;
  result.path = source.path;
  result.format = std::string(FormatName(source.format));
  auto document = ExtractDocument(std::move(source));
  if (!document.ok()) {
    result.error = document.status().message();
    return result;
  }
  impl_->Lint(*document, impl_->options.language, &result);
  result.text = std::move(document->text);
  return result;
}

FileResult Linter::CheckText(std::string text, const std::string& language) const {
  Source source;
  source.path = "<text>";
  source.bytes = std::move(text);
  source.format = Format::kText;
  FileResult result;
  result.path = source.path;
  result.format = "txt";
  auto document = ExtractDocument(std::move(source));
  if (!document.ok()) {
    result.error = document.status().message();
    return result;
  }
  const std::string forced = language == "auto" ? impl_->options.language : language;
  if (forced != "auto" && !IsSupported(forced)) {
    result.error = "unknown language `" + forced + "`";
    return result;
  }
  impl_->Lint(*document, forced, &result);
  result.text = std::move(document->text);
  return result;
}

const std::vector<RuleInfo>& Linter::rules() const { return impl_->infos; }

const RuleInfo* Linter::FindRule(const std::string& id) const {
  auto found = impl_->rule_index.find(id);
  return found == impl_->rule_index.end() ? nullptr : &impl_->infos[found->second];
}

const std::string& Linter::data_dir() const { return impl_->data_dir; }

}  // namespace rightslint
