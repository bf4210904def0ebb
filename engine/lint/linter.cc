// The Linter: loads specs once, compiles each language's lexicon on first use, and runs
// Document -> Text -> Matches -> Findings for one source at a time.
#include "rightslint/linter.h"

#include <algorithm>
#include <atomic>
#include <charconv>
#include <cstdlib>
#include <exception>
#include <filesystem>
#include <functional>
#include <iterator>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <system_error>
#include <thread>

#include "base/line_index.h"
#include "document/extract.h"
#include "document/text_chunks.h"
#include "lint/clause_runner.h"
#include "lint/findings.h"
#include "lint/origin.h"
#include "lint/suppressions.h"
#include "match/candidate_filter.h"
#include "match/clause_matcher.h"
#include "match/lexicon_matcher.h"
#include "match/pattern_matcher.h"
#include "rules/lexicon_cache.h"
#include "rules/lexicon_loader.h"
#include "rules/rule_pack_cache.h"
#include "rules/rule_pack_loader.h"
#include "structure/outline.h"
#include "text/blocks.h"
#include "text/language.h"
#include "text/language_id.h"
#include "text/morphology.h"
#include "text/tokenizer.h"

#ifndef RIGHTSLINT_LEXICON_CACHE
#define RIGHTSLINT_LEXICON_CACHE ""
#endif
#ifndef RIGHTSLINT_RULE_PACK_CACHE
#define RIGHTSLINT_RULE_PACK_CACHE ""
#endif
#ifndef RIGHTSLINT_MORPHOLOGY_INDEX_DIR
#define RIGHTSLINT_MORPHOLOGY_INDEX_DIR ""
#endif
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

// One language's compiled lexicon, built the first time a block of that language is seen:
// loading a Hunspell dictionary costs up to half a second, which a 1 KB English file should
// not pay for Ukrainian.
struct CompiledLanguage {
  std::once_flag once;
  std::unique_ptr<Morphology> morphology;
  std::unique_ptr<LexiconMatcher> matcher;
  std::unique_ptr<ClauseMatcher> clauses;
  std::unique_ptr<PatternMatcher> patterns;
};

// A block in which no rule can find anything (CandidateFilter) is not identified on its own;
// the file's language counts such blocks from an even sample of at most this many bytes (all of
// them in smaller files), so a large file is not read by CLD2 in full. 64 KiB is some 10,000
// words: a file's main language does not hinge on more, and CLD2 reads ~300 instructions a
// byte, more than the rest of the pipeline on a skipped paragraph.
constexpr std::size_t kLanguageSampleBytes = 64 * 1024;

// The CandidateFilter for terms only or for all rules, built the first time it is needed.
struct LazyFilter {
  std::once_flag once;
  std::unique_ptr<CandidateFilter> filter;
};

// Below this many bytes a text is filtered on one thread: starting threads would cost more.
constexpr std::size_t kParallelFilterBytes = 256 * 1024;

// What the filter keeps each block for (CandidateScratch::languages; 0: nothing), the blocks
// shared out among `threads` threads in batches taken in turn. The filter is immutable and each
// thread has its own scratch, so the answers are those of one thread.
std::vector<std::uint32_t> FilterBlocks(const CandidateFilter& filter, const Document& document,
                                        const std::vector<ByteRange>& blocks, std::size_t threads) {
  constexpr std::size_t kBatch = 16;
  std::vector<std::uint32_t> verdicts(blocks.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    CandidateScratch scratch;
    std::string prose;
    for (std::size_t start; (start = next.fetch_add(kBatch)) < blocks.size();) {
      for (std::size_t b = start; b < std::min(start + kBatch, blocks.size()); ++b) {
        filter.MayMatch(ProseInPlace(document.text, blocks[b], document.non_prose, &prose),
                        &scratch);
        verdicts[b] = scratch.languages;
      }
    }
  };
  // An exception (out of memory) stops every thread and is rethrown here once all have ended.
  std::mutex failure_mutex;
  std::exception_ptr failure;
  auto guarded = [&] {
    try {
      work();
    } catch (...) {
      std::lock_guard lock(failure_mutex);
      if (!failure) failure = std::current_exception();
      next = blocks.size();
    }
  };
  std::vector<std::thread> helpers;
  for (std::size_t t = 1; t < threads; ++t) {
    try {
      helpers.emplace_back(guarded);
    } catch (const std::system_error&) {
      break;  // no more threads to be had: the ones running share the work
    }
  }
  guarded();
  for (std::thread& helper : helpers) helper.join();
  if (failure) std::rethrow_exception(failure);
  return verdicts;
}

// The language with the most letters; nullopt when there are none.
std::optional<std::string> MainLanguage(const std::map<std::string, std::size_t>& letters) {
  std::optional<std::string> main;
  std::size_t most = 0;
  for (const auto& [language, count] : letters) {
    if (count > most) {
      most = count;
      main = language;
    }
  }
  return main;
}

// Whether the language with the most letters stays ahead whatever language `remaining` more
// letters turn out to be (MainLanguage would then name it already).
bool Decided(const std::map<std::string, std::size_t>& letters, std::size_t remaining) {
  std::size_t first = 0;
  std::size_t second = 0;
  for (const auto& [language, count] : letters) {
    if (count > first) {
      second = first;
      first = count;
    } else if (count > second) {
      second = count;
    }
  }
  return first > second + remaining;
}

// One finding per problematic part: where pattern or clause findings of one category overlap
// (a sentence-scope and an article-scope rule on the same provision), keep the narrowest.
void KeepNarrowestRuleFindings(const std::set<std::string>& rule_ids,
                               std::vector<Finding>* findings) {
  std::vector<std::size_t> candidates;  // only pattern and clause findings take part
  for (std::size_t i = 0; i < findings->size(); ++i) {
    if (rule_ids.count((*findings)[i].rule)) candidates.push_back(i);
  }
  auto width = [&](std::size_t i) {
    return (*findings)[i].end.offset - (*findings)[i].start.offset;
  };
  std::vector<bool> drop(findings->size(), false);
  for (std::size_t i : candidates) {
    const Finding& a = (*findings)[i];
    for (std::size_t j : candidates) {
      const Finding& b = (*findings)[j];
      if (i == j || drop[j] || a.category != b.category) continue;
      const bool overlap = a.start.offset < b.end.offset && b.start.offset < a.end.offset;
      const bool b_wins = width(j) < width(i) || (width(j) == width(i) && j < i);
      if (overlap && b_wins) {
        drop[i] = true;
        break;
      }
    }
  }
  std::size_t kept = 0;
  for (std::size_t i = 0; i < findings->size(); ++i) {
    if (drop[i]) continue;
    if (kept != i) (*findings)[kept] = std::move((*findings)[i]);  // never self-move
    ++kept;
  }
  findings->resize(kept);
}

// Cuts blocks where the legal outline starts a node, and after the heading line of a chapter,
// section or article, so that a heading and each numbered part is a unit of its own: a title
// without a final full stop must not run into the first part's sentence.
std::vector<ByteRange> CutAtOutline(const std::vector<ByteRange>& blocks, const Outline& outline,
                                    std::string_view text) {
  if (outline.nodes().empty()) return blocks;
  std::vector<std::size_t> cuts;
  for (const OutlineNode& node : outline.nodes()) {
    cuts.push_back(node.scope.begin);
    if (node.level <= OutlineLevel::kArticle) {
      const std::size_t line_end = text.find('\n', node.heading.begin);
      if (line_end != std::string_view::npos) cuts.push_back(line_end + 1);
    }
  }
  std::sort(cuts.begin(), cuts.end());
  std::vector<ByteRange> out;
  auto cut = cuts.begin();
  for (const ByteRange& block : blocks) {
    std::size_t begin = block.begin;
    while (cut != cuts.end() && *cut <= begin) ++cut;
    for (; cut != cuts.end() && *cut < block.end; ++cut) {
      if (*cut > begin) out.push_back({begin, *cut});
      begin = *cut;
    }
    if (block.end > begin) out.push_back({begin, block.end});
  }
  return out;
}

// Moves a piece's findings and notes ("12: unused …") from its own offsets and lines to the
// file's: the piece starts at byte `offset`, on line `first_line`, at a line start (columns
// stay).
void ShiftToFile(std::size_t offset, int first_line, FileResult* piece) {
  for (Finding& finding : piece->findings) {
    for (Position* position : {&finding.start, &finding.end}) {
      position->offset += offset;
      position->line += first_line - 1;
    }
    if (finding.fix) {
      finding.fix->begin += offset;
      finding.fix->end += offset;
    }
  }
  for (std::string& note : piece->notes) {
    const std::size_t colon = note.find(": ");
    if (colon == std::string::npos) continue;
    int line = 0;
    const auto [end, error] = std::from_chars(note.data(), note.data() + colon, line);
    if (error != std::errc() || end != note.data() + colon) continue;
    note = std::to_string(line + first_line - 1) + note.substr(colon);
  }
}

}  // namespace

struct Linter::Impl {
  LinterOptions options;
  std::string data_dir;
  std::vector<RuleSpec> rules;
  std::vector<RuleInfo> infos;
  std::map<std::string, std::size_t> rule_index;  // id -> index into rules
  LexiconSpecs lexicons;
  std::map<std::string, std::unique_ptr<CompiledLanguage>> languages;
  std::set<std::string> rule_finding_ids;  // ids of pattern and clause rules
  // Language per block; thread-safe (language_id.h).
  std::unique_ptr<LanguageIdentifier> identifier;
  std::unique_ptr<LazyFilter> filters[2];  // [0]: terms only, [1]: with the legal rules

  // The filter for a document, or null when every block must be read in depth: filtering is
  // off, or the legal rules read this document's articles across blocks.
  const CandidateFilter* FilterFor(bool legal, bool has_article) const {
    if (!options.skip_blocks_without_candidates || (legal && has_article)) return nullptr;
    LazyFilter& lazy = *filters[legal ? 1 : 0];
    std::call_once(lazy.once,
                   [&] { lazy.filter = CandidateFilter::Create(rules, lexicons, legal); });
    return lazy.filter.get();
  }

  std::string IndexPath(const std::string& language) const {
    if (options.morphology_index_dir == "none") return "";
    const std::string dir = options.morphology_index_dir.empty() ? RIGHTSLINT_MORPHOLOGY_INDEX_DIR
                                                                 : options.morphology_index_dir;
    return (std::filesystem::path(dir) / (language + ".index")).string();
  }

  CompiledLanguage& Compiled(const std::string& language) const {
    CompiledLanguage& compiled = *languages.at(language);
    std::call_once(compiled.once, [&] {
      if (const MorphologyProfile* profile = FindMorphologyProfile(language)) {
        compiled.morphology =
            std::make_unique<Morphology>(*profile, options.dictionary_dir,
                                         InflectLikeWords(lexicons, language), IndexPath(language));
      }
      compiled.matcher =
          std::make_unique<LexiconMatcher>(language, lexicons, compiled.morphology.get());
      compiled.clauses = std::make_unique<ClauseMatcher>(language, rules, *compiled.matcher);
      compiled.patterns = std::make_unique<PatternMatcher>(language, rules);
    });
    return compiled;
  }

  // Russian or Ukrainian for a Cyrillic block whose letters do not tell: the language whose
  // dictionary knows more of its Cyrillic words ("задержала" is Russian, "затримала"
  // Ukrainian). The statistical `guess` is asked first; when its dictionary knows at least nine
  // in ten of the words (names and rare words aside, all of them), the guess stands and the
  // other dictionary is not loaded (uk_UA takes a third of a second) to confirm it.
  std::string CyrillicByDictionary(const Block& block, const std::string& guess,
                                   const std::string& fallback) const {
    const std::string candidates[2] = {guess == "uk" ? "uk" : "ru", guess == "uk" ? "ru" : "uk"};
    int known[2] = {0, 0};
    int words = 0;
    for (int i = 0; i < 2; ++i) {
      const Morphology* morphology = Compiled(candidates[i]).morphology.get();
      for (const Token& token : block.tokens) {
        const std::string_view key = block.Key(token);
        // U+0400–U+04FF start with the bytes D0–D3.
        const auto lead = static_cast<unsigned char>(key.empty() ? 0 : key.front());
        if (token.numeric || lead < 0xD0 || lead > 0xD3) continue;
        if (i == 0) ++words;
        if (morphology != nullptr && morphology->Knows(key)) ++known[i];
      }
      if (i == 0 && words > 0 && known[0] * 10 >= words * 9) return candidates[0];
    }
    if (known[0] == known[1]) return fallback == "uk" ? "uk" : "ru";
    return known[0] > known[1] ? candidates[0] : candidates[1];
  }

  // Appends the document's findings and notes to `result` and adds the letters of each of its
  // blocks to `letters_by_language` (MainLanguage tells the file's language from it). With
  // `counts_complete` false, counting may stop once MainLanguage's answer is certain; a piece
  // of a larger file needs every count.
  // `threads` above 1: the filter reads a large text's blocks on that many threads first.
  void Lint(const Document& document, const std::string& forced_language, FileResult* result,
            std::map<std::string, std::size_t>* letters_by_language, bool counts_complete = false,
            std::size_t threads = 1) const;
  // Adds the letters of the blocks the filter skipped to `letters_by_language`, each block in
  // its language (`forced_language` unless "auto"), as a block read in depth would be — unless
  // they are more than kLanguageSampleBytes: then an even sample of them counts for all, and
  // Russian or Ukrainian is not put to the dictionaries.
  void CountSkippedBlocks(const Document& document, const std::vector<ByteRange>& skipped,
                          std::size_t skipped_bytes, const std::string& forced_language,
                          const std::function<const std::string&()>& document_language,
                          Tokenizer* tokenizer, Block* block, bool counts_complete,
                          std::map<std::string, std::size_t>* letters_by_language) const;
};

void Linter::Impl::CountSkippedBlocks(
    const Document& document, const std::vector<ByteRange>& skipped, std::size_t skipped_bytes,
    const std::string& forced_language,
    const std::function<const std::string&()>& document_language, Tokenizer* tokenizer,
    Block* block, bool counts_complete,
    std::map<std::string, std::size_t>* letters_by_language) const {
  std::string prose;
  const std::size_t stride =
      std::max<std::size_t>(1, (skipped_bytes + kLanguageSampleBytes - 1) / kLanguageSampleBytes);
  // Each block's letters, counted cheaply; then blocks are identified largest first, and only
  // until the leading language cannot be overtaken by the letters still unidentified.
  std::vector<std::pair<std::size_t, std::size_t>> blocks;  // (letters, index into skipped)
  std::size_t remaining = 0;
  for (std::size_t i = 0; i < skipped.size(); i += stride) {
    const std::size_t letters = identifier->LetterCount(ProseInPlace(document.text, skipped[i],
                                                                     document.non_prose, &prose)) *
                                stride;
    if (letters == 0) continue;  // counts for no language
    blocks.emplace_back(letters, i);
    remaining += letters;
  }
  std::stable_sort(blocks.begin(), blocks.end(),
                   [](const auto& a, const auto& b) { return a.first > b.first; });
  for (const auto& [letters, i] : blocks) {
    if (!counts_complete && Decided(*letters_by_language, remaining)) return;
    remaining -= letters;
    if (forced_language != "auto") {
      (*letters_by_language)[forced_language] += letters;
      continue;
    }
    CopyProse(document.text, skipped[i], &document.non_prose, &prose);
    const LanguageId id = identifier->Identify(prose);
    std::string language = id.language.empty() ? document_language() : id.language;
    if (id.ru_or_uk_open && stride == 1) {
      tokenizer->Analyze(document.text, skipped[i], block, &document.non_prose);
      language = CyrillicByDictionary(*block, id.language, document_language());
    }
    (*letters_by_language)[language] += letters;
  }
}

void Linter::Impl::Lint(const Document& document, const std::string& forced_language,
                        FileResult* result, std::map<std::string, std::size_t>* letters_by_language,
                        bool counts_complete, std::size_t threads) const {
  const std::string_view text = document.text;
  const Outline outline = Outline::Parse(text);
  const std::vector<ByteRange> blocks =
      CutAtOutline(SplitBlocks(text, kMaxBlockBytes, document.non_prose), outline, text);
  // The whole text's letters decide the language of blocks without letters; counted only when
  // such a block is read.
  std::string document_language_cache;
  const std::function<const std::string&()> document_language = [&]() -> const std::string& {
    if (document_language_cache.empty()) {
      document_language_cache =
          forced_language != "auto" ? forced_language : GuessLanguage(CountLetters(text), "en");
    }
    return document_language_cache;
  };

  auto tokenizer = Tokenizer::Create();
  if (!tokenizer.ok()) {
    result->error = tokenizer.status().message();
    return;
  }
  const LineIndex lines(document.text);
  ClauseRunner clause_runner(text, outline, lines, &result->findings);
  const bool has_article =
      std::any_of(outline.nodes().begin(), outline.nodes().end(),
                  [](const OutlineNode& node) { return node.level == OutlineLevel::kArticle; });
  const bool legal = options.legal_rules == LegalRules::kAlways ||
                     (options.legal_rules == LegalRules::kAuto && has_article);
  Block block;
  MatchScratch scratch;
  std::vector<TermMatch> matches;
  std::vector<ConceptHit> concept_hits;
  std::vector<PatternMatch> pattern_matches;
  std::string folded;
  std::size_t word_base = 0;
  const CandidateFilter* filter = FilterFor(legal, has_article);
  CandidateScratch candidate_scratch;
  std::string prose;
  std::vector<ByteRange> skipped;
  std::size_t skipped_bytes = 0;
  // The languages the filter keeps each block for (0: skipped), decided up front on several
  // threads for a large text; else block by block below.
  const std::vector<std::uint32_t> verdicts =
      filter != nullptr && threads > 1 && text.size() >= kParallelFilterBytes
          ? FilterBlocks(*filter, document, blocks, threads)
          : std::vector<std::uint32_t>();
  for (std::size_t b = 0; b < blocks.size(); ++b) {
    const ByteRange& range = blocks[b];
    std::uint32_t filter_languages = ~std::uint32_t{0};
    if (filter != nullptr) {
      if (!verdicts.empty()) {
        filter_languages = verdicts[b];
      } else {
        // The block's bytes as they are, unless code or markup in it must be blanked first.
        filter->MayMatch(ProseInPlace(text, range, document.non_prose, &prose), &candidate_scratch);
        filter_languages = candidate_scratch.languages;
      }
      if (filter_languages == 0) {
        skipped.push_back(range);
        skipped_bytes += range.size();
        continue;
      }
    }
    (*tokenizer)->Analyze(text, range, &block, &document.non_prose);
    const LanguageId id = identifier->Identify((*tokenizer)->prose());
    if (forced_language != "auto") {
      block.language = forced_language;
    } else {
      // Russian or Ukrainian without the letters that tell them apart: the dictionaries know
      // the words of the project's own texts better than the statistics.
      block.language = id.language.empty() ? document_language()
                       : id.ru_or_uk_open
                           ? CyrillicByDictionary(block, id.language, document_language())
                           : id.language;
    }
    (*letters_by_language)[block.language] += id.letters;
    // A language outside SupportedLanguages() (hy, az, uz, tg) is identified, counted for the
    // file's language, and not matched.
    // Nor is a block in which the filter saw nothing of its language (an English paragraph taken
    // for Romanian): that language's dictionary need not load for it.
    if (!IsSupportedLanguage(block.language) ||
        (filter_languages & LanguageBit(block.language)) == 0) {
      word_base += block.tokens.size();
      continue;
    }
    const CompiledLanguage& language = Compiled(block.language);
    matches.clear();
    concept_hits.clear();
    language.matcher->Match(block, &scratch, &matches,
                            legal && !language.clauses->empty() ? &concept_hits : nullptr);
    for (const TermMatch& match : matches) {
      const RuleSpec& rule = rules[rule_index.at(match.entry->rule)];
      result->findings.push_back(MakeFinding(rule, match, block, document.text, lines));
    }
    pattern_matches.clear();
    if (legal) language.patterns->Match(block, &folded, &pattern_matches);
    for (const PatternMatch& match : pattern_matches) {
      const ByteRange span{block.tokens[match.first_token].begin,
                           block.tokens[match.last_token].end};
      result->findings.push_back(
          MakeRuleFinding(*match.rule, span, block.language, {}, block.Quoted(span), text, lines));
    }
    if (legal) {
      clause_runner.AddBlock(block, concept_hits, *language.matcher, *language.clauses, word_base);
    }
    word_base += block.tokens.size();
  }
  clause_runner.Finish();
  CountSkippedBlocks(document, skipped, skipped_bytes, forced_language, document_language,
                     tokenizer->get(), &block, counts_complete, letters_by_language);

  std::stable_sort(
      result->findings.begin(), result->findings.end(),
      [](const Finding& a, const Finding& b) { return a.start.offset < b.start.offset; });
  KeepNarrowestRuleFindings(rule_finding_ids, &result->findings);
  // After the narrowest-finding choice, so a suppressed narrow finding does not let a wider one
  // through; suppressions compare Finding::start (offset and 1-based line), computed above.
  Suppressions suppressions =
      ParseSuppressions(text, document.format, document.non_prose, [this](std::string_view name) {
        return rule_index.count(std::string(name)) > 0 ||
               std::any_of(infos.begin(), infos.end(),
                           [&](const RuleInfo& info) { return info.category == name; });
      });
  std::erase_if(result->findings,
                [&](const Finding& finding) { return suppressions.Suppressed(finding); });
  const std::vector<std::string> notes = suppressions.Notes(options.report_unused_disables);
  result->notes.insert(result->notes.end(), notes.begin(), notes.end());
  for (Finding& finding : result->findings)
    finding.structure = outline.Describe(finding.start.offset);
}

namespace {

// The project's rule packs, then those of each extra directory; an id defined twice is an error.
StatusOr<std::vector<RuleSpec>> LoadAllRulePacks(const std::string& project_dir,
                                                 const std::vector<std::string>& extra_dirs) {
  // The build's cache of the project's packs, when they have not changed since.
  std::optional<std::vector<RuleSpec>> cached =
      ReadRulePackCache(RIGHTSLINT_RULE_PACK_CACHE, project_dir);
  auto all =
      cached ? StatusOr<std::vector<RuleSpec>>(std::move(*cached)) : LoadRulePacks(project_dir);
  if (!all.ok()) return all.status();
  std::map<std::string, std::string> defined;  // id -> "file:line"
  for (const RuleSpec& spec : *all)
    defined[spec.info.id] = spec.info.file + ":" + std::to_string(spec.line);
  for (const std::string& dir : extra_dirs) {
    auto extra = LoadRulePacks(dir);
    if (!extra.ok()) return extra.status();
    for (RuleSpec& spec : *extra) {
      const std::string where = spec.info.file + ":" + std::to_string(spec.line);
      const auto [previous, added] = defined.emplace(spec.info.id, where);
      if (!added) {
        return Status::Invalid(where + ": field `id`: duplicate id `" + spec.info.id +
                               "` (first defined at " + previous->second + ")");
      }
      all->push_back(std::move(spec));
    }
  }
  return all;
}

// The project's lexicons, then those of each extra directory (<dir>/<lang>/*.tsv).
StatusOr<LexiconSpecs> LoadAllLexicons(const std::string& project_dir,
                                       const std::vector<std::string>& extra_dirs) {
  // The build's cache of the project's lexicons, when no lexicon file has changed since.
  std::optional<LexiconSpecs> cached =
      ReadLexiconCache(RIGHTSLINT_LEXICON_CACHE, project_dir, SupportedLanguages());
  auto all = cached ? StatusOr<LexiconSpecs>(std::move(*cached))
                    : LoadLexicons(project_dir, SupportedLanguages());
  if (!all.ok()) return all.status();
  for (const std::string& dir : extra_dirs) {
    std::error_code error;
    if (!std::filesystem::is_directory(dir, error)) {
      return Status::NotFound(dir + ": lexicon directory not found");
    }
    auto extra = LoadLexicons(dir, SupportedLanguages());
    if (!extra.ok()) return extra.status();
    auto append = [](auto& to, auto& from) {
      to.insert(to.end(), std::make_move_iterator(from.begin()),
                std::make_move_iterator(from.end()));
    };
    append(all->terms, extra->terms);
    append(all->concepts, extra->concepts);
    append(all->exempt, extra->exempt);
    append(all->paradigms, extra->paradigms);
  }
  // A user's term may inflect with the project's paradigms, and vice versa (LoadLexicons linked
  // each directory's own).
  if (!extra_dirs.empty()) LinkParadigms(&*all);
  return all;
}

}  // namespace

StatusOr<std::unique_ptr<Linter>> Linter::Create(const LinterOptions& options) {
  if (options.language != "auto" && !IsSupportedLanguage(options.language)) {
    return Status::Invalid("unknown language `" + options.language + "` (expected auto or one of " +
                           SupportedLanguageList() + ")");
  }
  auto impl = std::make_unique<Impl>();
  impl->options = options;
  impl->data_dir = ResolveDataDir(options);
  const std::filesystem::path root(impl->data_dir);

  auto rules = LoadAllRulePacks((root / "rules").string(), options.extra_rule_dirs);
  if (!rules.ok()) return rules.status();
  impl->rules = std::move(rules).value();

  auto lexicons = LoadAllLexicons((root / "lexicons").string(), options.extra_lexicon_dirs);
  if (!lexicons.ok()) return lexicons.status();
  impl->lexicons = std::move(lexicons).value();
  if (Status status = ValidateLexicons(impl->rules, impl->lexicons); !status.ok()) return status;

  for (std::size_t i = 0; i < impl->rules.size(); ++i) {
    impl->rule_index[impl->rules[i].info.id] = i;
  }
  for (const TermEntry& entry : impl->lexicons.terms) {
    ++impl->rules[impl->rule_index.at(entry.rule)].info.entries;
  }
  for (const RuleSpec& rule : impl->rules) {
    impl->infos.push_back(rule.info);
    if (rule.info.type != "term") impl->rule_finding_ids.insert(rule.info.id);
  }
  for (const std::string& language : SupportedLanguages()) {
    impl->languages[language] = std::make_unique<CompiledLanguage>();
  }
  for (auto& filter : impl->filters) filter = std::make_unique<LazyFilter>();
  auto identifier = LanguageIdentifier::Create();
  if (!identifier.ok()) return identifier.status();
  impl->identifier = std::move(identifier).value();
  return std::unique_ptr<Linter>(new Linter(std::move(impl)));
}

Linter::Linter(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Linter::~Linter() = default;

FileResult Linter::Check(Source source, std::size_t threads) const {
  FileResult result;
  result.path = source.path;
  result.format = std::string(FormatName(source.format));
  auto document = ExtractDocument(std::move(source));
  if (!document.ok()) {
    result.error = document.status().message();
    return result;
  }
  std::map<std::string, std::size_t> letters;
  impl_->Lint(*document, impl_->options.language, &result, &letters, false, threads);
  if (auto language = MainLanguage(letters)) result.language = std::move(language);
  MapToOrigin(*document, &result.findings);
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
  if (forced != "auto" && !IsSupportedLanguage(forced)) {
    result.error = "unknown language `" + forced + "`";
    return result;
  }
  std::map<std::string, std::size_t> letters;
  impl_->Lint(*document, forced, &result, &letters);
  if (auto language = MainLanguage(letters)) result.language = std::move(language);
  result.text = std::move(document->text);
  return result;
}

FileResult Linter::CheckLargeTextFile(const std::string& path, std::size_t chunk_bytes) const {
  FileResult result;
  result.path = path;
  result.format = std::string(FormatName(Format::kText));
  auto reader = TextChunkReader::Open(path, chunk_bytes);
  if (!reader.ok()) {
    result.error = reader.status().message();
    return result;
  }
  std::map<std::string, std::size_t> letters;
  TextChunk chunk;
  while (true) {
    StatusOr<bool> more = (*reader)->Next(&chunk);
    if (!more.ok()) {
      result.findings.clear();
      result.notes.clear();
      result.error = more.status().message();
      return result;
    }
    if (!*more) break;
    Source source;
    source.path = path;
    source.format = Format::kText;
    source.bytes = std::move(chunk.text);
    auto document = ExtractDocument(std::move(source));
    if (!document.ok()) {
      result.findings.clear();
      result.error = document.status().message();
      return result;
    }
    FileResult piece;
    impl_->Lint(*document, impl_->options.language, &piece, &letters, /*counts_complete=*/true);
    ShiftToFile(chunk.offset, chunk.first_line, &piece);
    std::move(piece.findings.begin(), piece.findings.end(), std::back_inserter(result.findings));
    std::move(piece.notes.begin(), piece.notes.end(), std::back_inserter(result.notes));
    chunk.text = std::move(document->text);  // the buffer, for the next piece
  }
  if (auto language = MainLanguage(letters)) result.language = std::move(language);
  return result;
}

const std::vector<RuleInfo>& Linter::rules() const { return impl_->infos; }

const RuleInfo* Linter::FindRule(const std::string& id) const {
  auto found = impl_->rule_index.find(id);
  return found == impl_->rule_index.end() ? nullptr : &impl_->infos[found->second];
}

const std::string& Linter::data_dir() const { return impl_->data_dir; }

}  // namespace rightslint
