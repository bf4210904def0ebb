// Micro-benchmarks, one group per pipeline stage, so that a regression shows where it is:
//   fold       FoldWord on the words of a 64 KiB block (normalise)
//   tokenize   Tokenizer::Analyze over a 64 KiB block, paragraph by paragraph (ICU)
//   morphology Morphology::Analyze with a warm memo, Hunspell's analyze() without one, the
//              build's morphology index without one (what a run now does instead), and the
//              Snowball stem (stem)
//   match      LexiconMatcher::Match on the tokenized block (lexicon terms, concepts, names)
//   linter     Linter::CheckText on 64 KiB of en/ru/uk prose (the whole pipeline), on a law with
//              and without clause rules (clause), and with two threads sharing one Linter
//   report     the JSON and text reporters on 1,000 findings
//
// Input: the first 64 KiB (cut at a line break) of en.txt, ru.txt and uk.txt in $BENCH_CORPUS
// (default bench/work/corpus, made by bench/run.sh); without a corpus, corpora/ texts repeated.
// Run from anywhere: bench/run.sh with MICRO=1, or build-bench/bench/micro/stages_benchmark.
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <hunspell/hunspell.hxx>
#include <iostream>
#include <map>
#include <memory>
#include <sstream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "match/candidate_filter.h"
#include "match/lexicon_matcher.h"
#include "match/phrase_set.h"
#include "rightslint/linter.h"
#include "rightslint/options.h"
#include "rightslint/reporter.h"
#include "rules/lexicon_loader.h"
#include "rules/rule_pack_loader.h"
#include "text/blocks.h"
#include "text/fold.h"
#include "text/morphology.h"
#include "text/morphology_index.h"
#include "text/text.h"
#include "text/tokenizer.h"

#ifndef RIGHTSLINT_SOURCE_DIR
#error "RIGHTSLINT_SOURCE_DIR must be defined by the build"
#endif

namespace rightslint {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kBlockBytes = 64 * 1024;
constexpr char kDictionaryDir[] = "/usr/share/hunspell";

std::string ReadFile(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream contents;
  contents << in.rdbuf();
  return contents.str();
}

// The first `bytes` of `text`, cut after a line break so no word or UTF-8 sequence is split.
std::string CutAtLine(const std::string& text, std::size_t bytes) {
  if (text.size() <= bytes) return text;
  const std::size_t line_end = text.rfind('\n', bytes);
  return text.substr(0, line_end == std::string::npos ? bytes : line_end + 1);
}

fs::path CorpusDir() {
  if (const char* dir = std::getenv("BENCH_CORPUS"); dir != nullptr && *dir != '\0') return dir;
  return fs::path(RIGHTSLINT_SOURCE_DIR) / "bench" / "work" / "corpus";
}

// 64 KiB of real prose in `language`: from the benchmark corpus, else corpora/ repeated (which
// repeats words, so memo and cache hit rates are higher than on real text).
const std::string& Prose(const std::string& language) {
  static std::map<std::string, std::string>* cache = new std::map<std::string, std::string>;
  auto found = cache->find(language);
  if (found != cache->end()) return found->second;
  std::string text;
  const fs::path corpus_file = CorpusDir() / (language + ".txt");
  if (fs::exists(corpus_file)) {
    text = ReadFile(corpus_file);
  } else {
    static bool warned = false;
    if (!warned) {
      std::cerr << "note: no corpus at " << CorpusDir()
                << " (run bench/run.sh or set BENCH_CORPUS); using corpora/ texts repeated\n";
      warned = true;
    }
    const fs::path source(RIGHTSLINT_SOURCE_DIR);
    const std::map<std::string, std::vector<std::string>> fallback = {
        {"en", {"corpora/demo/article-en.md", "corpora/laws/by-cc-328.en.txt"}},
        {"ru", {"corpora/demo/article-ru.txt", "corpora/laws/ru-cc-228.ru.txt"}},
        {"uk", {"corpora/demo/article-uk.txt", "corpora/laws/ua-cc-307.uk.txt"}}};
    std::string once;
    for (const std::string& name : fallback.at(language)) once += ReadFile(source / name) + "\n";
    while (!once.empty() && text.size() < kBlockBytes) text += once;
  }
  return cache->emplace(language, CutAtLine(text, kBlockBytes)).first->second;
}

// The paragraphs of a text, each tokenized as the linter does (one Block per paragraph).
std::vector<Block> Tokenize(const std::string& text) {
  std::unique_ptr<Tokenizer> tokenizer = std::move(Tokenizer::Create()).value();
  std::vector<Block> blocks;
  for (const ByteRange& range : SplitBlocks(text)) {
    Block& block = blocks.emplace_back();
    tokenizer->Analyze(text, range, &block);
  }
  return blocks;
}

// Every word of the prose, folded, in text order (repeats included, as the linter sees them).
std::vector<std::string> FoldedWords(const std::string& language) {
  std::vector<std::string> words;
  for (const Block& block : Tokenize(Prose(language))) {
    for (const Token& token : block.tokens) {
      if (!token.numeric) words.emplace_back(block.Key(token));
    }
  }
  return words;
}

const LexiconSpecs& Lexicons() {
  static const LexiconSpecs* lexicons =
      new LexiconSpecs(std::move(LoadLexicons(std::string(RIGHTSLINT_SOURCE_DIR) + "/lexicons",
                                              SupportedLanguages()))
                           .value());
  return *lexicons;
}

// A language's Morphology with the lexicon's extra words, loaded, as the linter builds it.
const Morphology& SharedMorphology(const std::string& language) {
  static std::map<std::string, std::unique_ptr<Morphology>>* morphologies =
      new std::map<std::string, std::unique_ptr<Morphology>>;
  std::unique_ptr<Morphology>& morphology = (*morphologies)[language];
  if (!morphology) {
    morphology = std::make_unique<Morphology>(*FindMorphologyProfile(language), kDictionaryDir,
                                              InflectLikeWords(Lexicons(), language));
    const Status status = morphology->Load();
    if (!status.ok()) std::cerr << "morphology: " << status.message() << '\n';
  }
  return *morphology;
}

const Linter& SharedLinter(LegalRules legal) {
  static std::map<LegalRules, std::unique_ptr<Linter>>* linters =
      new std::map<LegalRules, std::unique_ptr<Linter>>;
  std::unique_ptr<Linter>& linter = (*linters)[legal];
  if (!linter) {
    LinterOptions options;
    options.data_dir = RIGHTSLINT_SOURCE_DIR;
    options.legal_rules = legal;
    linter = std::move(Linter::Create(options)).value();
    // Dictionaries load on first use; that belongs to start-up, not to the stage.
    for (const std::string& language : SupportedLanguages()) linter->CheckText(Prose(language));
  }
  return *linter;
}

void SetBytes(benchmark::State& state, std::size_t bytes) {
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}

// --- normalise ----------------------------------------------------------------------------------

void BM_FoldWord(benchmark::State& state, const std::string& language) {
  // The words as written (not yet folded): from the tokenizer's spans into the text.
  const std::string& text = Prose(language);
  std::vector<std::string_view> words;
  for (const Block& block : Tokenize(text)) {
    for (const Token& token : block.tokens) {
      words.push_back(std::string_view(text).substr(token.begin, token.end - token.begin));
    }
  }
  std::string out;
  for (auto _ : state) {
    for (std::string_view word : words) {
      out.clear();
      AppendFoldedWord(word, &out);
      benchmark::DoNotOptimize(out.data());
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * words.size()));
}
BENCHMARK_CAPTURE(BM_FoldWord, en, std::string("en"));
BENCHMARK_CAPTURE(BM_FoldWord, ru, std::string("ru"));
BENCHMARK_CAPTURE(BM_FoldWord, uk, std::string("uk"));

// --- tokenise -----------------------------------------------------------------------------------

void BM_Tokenize(benchmark::State& state, const std::string& language) {
  const std::string& text = Prose(language);
  const std::vector<ByteRange> ranges = SplitBlocks(text);
  std::unique_ptr<Tokenizer> tokenizer = std::move(Tokenizer::Create()).value();
  Block block;
  for (auto _ : state) {
    for (const ByteRange& range : ranges) {
      tokenizer->Analyze(text, range, &block);
      benchmark::DoNotOptimize(block.tokens.data());
    }
  }
  SetBytes(state, text.size());
}
BENCHMARK_CAPTURE(BM_Tokenize, en, std::string("en"));
BENCHMARK_CAPTURE(BM_Tokenize, ru, std::string("ru"));
BENCHMARK_CAPTURE(BM_Tokenize, uk, std::string("uk"));

// Creating the break iterators: the linter pays this once per file.
void BM_TokenizerCreate(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(Tokenizer::Create());
}
BENCHMARK(BM_TokenizerCreate);

// --- stem (morphology) --------------------------------------------------------------------------

// Every word of the block through the memo; after the first pass every lookup is a hit, so this
// is the cost of the mutex, the key's allocation and the hash lookup.
void BM_AnalyzeMemoised(benchmark::State& state, const std::string& language) {
  const Morphology& morphology = SharedMorphology(language);
  const std::vector<std::string> words = FoldedWords(language);
  for (const std::string& word : words) morphology.Analyze(word);
  for (auto _ : state) {
    for (const std::string& word : words) benchmark::DoNotOptimize(&morphology.Analyze(word));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * words.size()));
}
BENCHMARK_CAPTURE(BM_AnalyzeMemoised, en, std::string("en"));
BENCHMARK_CAPTURE(BM_AnalyzeMemoised, ru, std::string("ru"));
BENCHMARK_CAPTURE(BM_AnalyzeMemoised, uk, std::string("uk"));

// Hunspell's analyze() itself on the same words: what a memo miss costs.
void BM_AnalyzeHunspell(benchmark::State& state, const std::string& language) {
  const MorphologyProfile& profile = *FindMorphologyProfile(language);
  const std::string base = std::string(kDictionaryDir) + "/" + profile.hunspell_name;
  Hunspell hunspell((base + ".aff").c_str(), (base + ".dic").c_str());
  std::vector<std::string> words = FoldedWords(language);
  if (words.size() > 2000) words.resize(2000);  // a few thousand words: ~10 ms an iteration
  for (auto _ : state) {
    for (const std::string& word : words) benchmark::DoNotOptimize(hunspell.analyze(word));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * words.size()));
}
BENCHMARK_CAPTURE(BM_AnalyzeHunspell, en, std::string("en"));
BENCHMARK_CAPTURE(BM_AnalyzeHunspell, ru, std::string("ru"));
BENCHMARK_CAPTURE(BM_AnalyzeHunspell, uk, std::string("uk"));

// The build's morphology index on the same words (each asked afresh): what a memo miss costs
// now. Words it does not cover count too (they are told apart, then left to Hunspell).
void BM_AnalyzeIndex(benchmark::State& state, const std::string& language) {
  const MorphologyProfile& profile = *FindMorphologyProfile(language);
  const std::string base = std::string(kDictionaryDir) + "/" + profile.hunspell_name;
  const MorphologyIndexKey key{language, base + ".aff", base + ".dic", profile.noun_flags,
                               InflectLikeWords(Lexicons(), language)};
  auto index = MorphologyIndex::Open(
      std::string(RIGHTSLINT_MORPHOLOGY_INDEX_DIR) + "/" + language + ".index", key);
  if (!index.ok()) {
    state.SkipWithError(index.status().message().c_str());
    return;
  }
  std::vector<std::string> words = FoldedWords(language);
  if (words.size() > 2000) words.resize(2000);
  for (auto _ : state) {
    for (const std::string& word : words) {
      benchmark::DoNotOptimize((*index)->Analyze(word));
      benchmark::DoNotOptimize((*index)->Knows(word));
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * words.size()));
}
BENCHMARK_CAPTURE(BM_AnalyzeIndex, en, std::string("en"));
BENCHMARK_CAPTURE(BM_AnalyzeIndex, ru, std::string("ru"));
BENCHMARK_CAPTURE(BM_AnalyzeIndex, uk, std::string("uk"));

// Snowball, for the words Hunspell does not know (not memoised).
void BM_Stem(benchmark::State& state, const std::string& language) {
  const Morphology& morphology = SharedMorphology(language);
  const std::vector<std::string> words = FoldedWords(language);
  for (auto _ : state) {
    for (const std::string& word : words) benchmark::DoNotOptimize(morphology.Stem(word));
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * words.size()));
}
BENCHMARK_CAPTURE(BM_Stem, en, std::string("en"));
BENCHMARK_CAPTURE(BM_Stem, ru, std::string("ru"));

// --- match --------------------------------------------------------------------------------------

// The language's lexicon (terms, concepts, exempt names) on the tokenized block, with the
// morphology memo warm: the steady state of a long file.
void BM_LexiconMatch(benchmark::State& state, const std::string& language) {
  const LexiconMatcher matcher(language, Lexicons(), &SharedMorphology(language));
  std::vector<Block> blocks = Tokenize(Prose(language));
  for (Block& block : blocks) block.language = language;
  MatchScratch scratch;
  std::vector<TermMatch> matches;
  std::vector<ConceptHit> concepts;
  for (auto _ : state) {
    for (const Block& block : blocks) {
      matches.clear();
      concepts.clear();
      matcher.Match(block, &scratch, &matches, &concepts);
      benchmark::DoNotOptimize(matches.data());
    }
  }
  SetBytes(state, Prose(language).size());
}
BENCHMARK_CAPTURE(BM_LexiconMatch, en, std::string("en"));
BENCHMARK_CAPTURE(BM_LexiconMatch, ru, std::string("ru"));
BENCHMARK_CAPTURE(BM_LexiconMatch, uk, std::string("uk"));

// The candidate filter on every paragraph's raw text, before anything is tokenised: what most of
// a long file costs (terms only, and with the legal rules' concepts and pattern atoms).
void BM_CandidateFilter(benchmark::State& state, const std::string& language, bool legal) {
  const std::vector<RuleSpec> rules =
      std::move(LoadRulePacks(std::string(RIGHTSLINT_SOURCE_DIR) + "/rules")).value();
  const std::unique_ptr<CandidateFilter> filter = CandidateFilter::Create(rules, Lexicons(), legal);
  const std::string& text = Prose(language);
  const std::vector<ByteRange> blocks = SplitBlocks(text);
  CandidateScratch scratch;
  std::size_t candidates = 0;
  for (auto _ : state) {
    candidates = 0;
    for (const ByteRange& range : blocks) {
      candidates +=
          filter->MayMatch(std::string_view(text).substr(range.begin, range.size()), &scratch);
    }
    benchmark::DoNotOptimize(candidates);
  }
  state.counters["candidates"] = static_cast<double>(candidates);
  state.counters["paragraphs"] = static_cast<double>(blocks.size());
  SetBytes(state, text.size());
}
BENCHMARK_CAPTURE(BM_CandidateFilter, en_terms, std::string("en"), false);
BENCHMARK_CAPTURE(BM_CandidateFilter, en_legal, std::string("en"), true);
BENCHMARK_CAPTURE(BM_CandidateFilter, ru_legal, std::string("ru"), true);
BENCHMARK_CAPTURE(BM_CandidateFilter, uk_legal, std::string("uk"), true);

// --- the whole pipeline, and clause rules -------------------------------------------------------

// All rules on (--legal always), language decided per paragraph, as `rightslint check` does.
void BM_CheckText(benchmark::State& state, const std::string& language) {
  const Linter& linter = SharedLinter(LegalRules::kAlways);
  const std::string& text = Prose(language);
  for (auto _ : state) benchmark::DoNotOptimize(linter.CheckText(text));
  SetBytes(state, text.size());
}
BENCHMARK_CAPTURE(BM_CheckText, en, std::string("en"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_CheckText, ru, std::string("ru"))->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_CheckText, uk, std::string("uk"))->Unit(benchmark::kMillisecond);

// Two threads sharing one Linter (what --jobs 2 does): per-thread throughput should stay close
// to one thread's on two cores; if it halves, something in Check() is serialised.
void BM_CheckTextShared(benchmark::State& state) {
  const Linter& linter = SharedLinter(LegalRules::kAlways);
  const std::string& text = Prose("en");
  for (auto _ : state) benchmark::DoNotOptimize(linter.CheckText(text));
  SetBytes(state, text.size());
}
BENCHMARK(BM_CheckTextShared)->Threads(1)->Threads(2)->UseRealTime()->Unit(benchmark::kMillisecond);

// A law (Russian Criminal Code art. 228, with its article headings) with and without the clause
// and pattern rules: the difference is the legal reading (outline, clause units, RE2 patterns).
void BM_CheckLaw(benchmark::State& state, LegalRules legal) {
  const Linter& linter = SharedLinter(legal);
  const std::string law =
      ReadFile(fs::path(RIGHTSLINT_SOURCE_DIR) / "corpora/laws/ru-cc-228.ru.txt");
  for (auto _ : state) benchmark::DoNotOptimize(linter.CheckText(law));
  SetBytes(state, law.size());
}
BENCHMARK_CAPTURE(BM_CheckLaw, clauses, LegalRules::kAlways)->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_CheckLaw, terms_only, LegalRules::kNever)->Unit(benchmark::kMillisecond);

// --- report -------------------------------------------------------------------------------------

// 1,000 real findings (positions, suggestions, guideline) in one file.
const FileResult& ThousandFindings() {
  static const FileResult* result = [] {
    std::string text;
    for (int i = 0; i < 1000; ++i) {
      text += "Paragraph " + std::to_string(i) + ": police arrested two addicts near the school.\n";
    }
    auto* checked = new FileResult(SharedLinter(LegalRules::kAlways).CheckText(text, "en"));
    checked->path = "findings.txt";
    return checked;
  }();
  return *result;
}

void BM_Report(benchmark::State& state, ReportFormat format) {
  const FileResult& result = ThousandFindings();
  const std::vector<RuleInfo>& rules = SharedLinter(LegalRules::kAlways).rules();
  std::size_t bytes = 0;
  for (auto _ : state) {
    std::ostringstream out;
    const std::unique_ptr<Reporter> reporter =
        MakeReporter(format, out, ReportOptions{.rules = &rules});
    reporter->AddFile(result);
    reporter->Finish();
    bytes = out.tellp();
    benchmark::DoNotOptimize(bytes);
  }
  state.counters["findings"] = static_cast<double>(result.findings.size());
  SetBytes(state, bytes);
}
BENCHMARK_CAPTURE(BM_Report, json, ReportFormat::kJson);
BENCHMARK_CAPTURE(BM_Report, text, ReportFormat::kText);

}  // namespace
}  // namespace rightslint

BENCHMARK_MAIN();
