// rightslint check [PATH...|-]: lint files, directories (recursively) or standard input.
#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <cstddef>
#include <exception>
#include <filesystem>
#include <functional>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <system_error>
#include <thread>
#include <tuple>
#include <utility>
#include <vector>

#include "commands.h"
#include "document/docx_annotate.h"
#include "document/inputs.h"
#include "finding_filter.h"
#include "fix.h"
#include "load_linter.h"
#include "rightslint/config.h"
#include "rightslint/linter.h"
#include "rightslint/options.h"
#include "rightslint/reporter.h"
#include "terminal.h"

namespace rightslint::cli {
namespace {

constexpr char kCheckExamples[] = R"(Examples:
  rightslint check bill.txt                  check one file
  rightslint check drafts/ news/             every .txt .md .html .docx .odt .pdf below two directories
  cat article.md | rightslint check - --stdin-filename article.md
  rightslint check --format json --fail-on error drafts/ > findings.json
  rightslint check --lang ru --quiet article.txt
  rightslint check --legal always draft-clause.txt   clause rules on a text without article headings
  rightslint check --jobs 4 archive/         four files at a time; output as with --jobs 1
  rightslint check --config ci.yaml docs/    one configuration file for every input
  rightslint check --write-baseline .rightslint-baseline.json docs/   accept today's findings…
  rightslint check --baseline .rightslint-baseline.json docs/         …and fail only on new ones
  rightslint check --diff-base origin/main --format github docs/     a pull request: changed lines
  rightslint check --fix --dry-run article.md   show the safe terminology fixes as a diff
  rightslint check --fix article.md drafts/     apply them (text and Markdown files, atomically)
  rightslint check bill.docx --annotate bill-reviewed.docx   a copy with one Word comment per finding

Configuration: the nearest .rightslint.yaml above each file (standard input: above the current
directory) sets languages, fail_on, legal, rules, ignore, quoted, rule_dirs and lexicon_dirs;
flags win over it.
'rightslint init' writes a commented one.

Exit status: 0 no finding at or above --fail-on (findings hidden by --baseline or --diff-base do
not count); 1 findings at or above it; 2 a usage, rule pack or input error (the other files are
still checked and reported), a malformed baseline, or git failing for --diff-base.
--write-baseline exits 0 once the baseline is written, whatever was found; 2 if an input could
not be checked (the baseline is then not written) or the file could not be written.)";

// Progress shows only on a terminal and only for runs long enough to need it.
constexpr std::size_t kProgressThreshold = 50;
constexpr auto kProgressInterval = std::chrono::milliseconds(100);

// Results wait for the reporter in a buffer of at most this many per job: enough to keep every
// worker busy while one slow file holds up the ones after it, small enough that memory does not
// grow with the number of files.
constexpr std::size_t kPendingPerJob = 4;
// More threads than this only add memory and contention: the work is CPU-bound.
constexpr int kMaxJobs = 1024;

// Plain-text files larger than this are checked piece by piece (Linter::CheckLargeTextFile), so
// that memory does not grow with the file: a national legislation dump or years of news.
constexpr std::uintmax_t kStreamedFileBytes = 64 << 20;

// For options whose value names something: `--baseline ""` (an unset shell variable) is a
// mistake, not a way to turn the option off.
CLI::Validator NotEmpty() {
  return CLI::Validator(
      [](const std::string& value) { return value.empty() ? "must not be empty" : std::string(); },
      "");
}

int DefaultJobs() { return static_cast<int>(std::max(1u, std::thread::hardware_concurrency())); }

// "auto" and the supported languages.
std::vector<std::string> LanguageChoices() {
  std::vector<std::string> choices = {"auto"};
  for (const std::string& language : SupportedLanguages()) choices.push_back(language);
  return choices;
}

struct CheckFlags {
  std::vector<std::string> paths;
  std::string stdin_filename;
  std::string format = "text";
  std::string language = "auto";
  std::string legal = "auto";
  std::string fail_on = "warning";
  std::string color = "auto";
  bool quiet = false;
  int jobs = DefaultJobs();
  bool report_unused_disables = false;
  std::string config;           // --config FILE: used for every input instead of the nearest one
  FindingFilterOptions filter;  // --baseline, --diff-base, --write-baseline
  bool fix = false;             // --fix: apply the findings' safe fixes to .txt and .md files
  bool dry_run = false;         // --dry-run: print the fixes as a unified diff instead
  std::string annotate;         // --annotate OUT.docx: a commented copy of the one DOCX input
  // Whether the flag was given: a given flag wins over the configuration file.
  bool language_given = false;
  bool legal_given = false;
  bool fail_on_given = false;
};

// Whether `input` is checked piece by piece: a plain-text file over kStreamedFileBytes, unless
// it is to be fixed (a fix rewrites the whole text).
bool StreamedFile(const InputFile& input, const CheckFlags& flags) {
  if (input.is_stdin || input.error || flags.fix || FormatForPath(input.path) != Format::kText) {
    return false;
  }
  std::error_code error;
  const std::uintmax_t size = std::filesystem::file_size(input.path, error);
  return !error && size > kStreamedFileBytes;
}

LegalRules ParseLegal(const std::string& legal) {
  return legal == "always"  ? LegalRules::kAlways
         : legal == "never" ? LegalRules::kNever
                            : LegalRules::kAuto;
}

// What one configuration file (or none) means for the files it governs, with the flags applied.
struct Settings {
  Config config;  // `languages` cleared when --lang was given
  std::string language;
  LegalRules legal = LegalRules::kAuto;
  std::optional<Severity> fail_on;  // nullopt: never
  const Linter* linter = nullptr;
};

// The configuration file of every input: --config, or the nearest one above the input's
// directory (the current directory for standard input); nullopt where there is none.
std::vector<std::optional<std::string>> ResolveConfigPaths(const std::vector<InputFile>& inputs,
                                                           const std::string& forced) {
  std::vector<std::optional<std::string>> paths(inputs.size());
  std::map<std::string, std::optional<std::string>> by_directory;
  for (std::size_t i = 0; i < inputs.size(); ++i) {
    if (!forced.empty()) {
      paths[i] = forced;
      continue;
    }
    if (inputs[i].error) continue;
    std::string directory =
        inputs[i].is_stdin ? "." : std::filesystem::path(inputs[i].path).parent_path().string();
    if (directory.empty()) directory = ".";
    auto found = by_directory.find(directory);
    if (found == by_directory.end()) {
      found = by_directory.emplace(directory, FindConfig(directory)).first;
    }
    paths[i] = found->second;
  }
  return paths;
}

// The display paths of the files to check that git may know: not standard input, not the paths
// that already failed.
std::vector<std::string> FilePaths(const std::vector<InputFile>& inputs) {
  std::vector<std::string> paths;
  for (const InputFile& input : inputs) {
    if (!input.is_stdin && !input.error) paths.push_back(input.path);
  }
  return paths;
}

// "3 findings hidden: listed in the baseline b.json": after the text report's own summary on
// standard output; on standard error for the formats other programs read.
void PrintFilterSummary(const FindingFilter& filter, bool text_format) {
  for (const std::string& line : filter.Summary()) {
    if (text_format) {
      std::cout << line << '\n';
    } else {
      std::cerr << "rightslint: " << line << '\n';
    }
  }
}

// The end of a --write-baseline run. Its findings are what it records, not a failure, so it
// exits 0; but a baseline that misses the findings of a file that could not be read would let
// them through later, so then nothing is written.
int FinishWriteBaseline(const FindingFilter& filter, const std::string& path, bool any_error,
                        bool quiet) {
  if (any_error) {
    std::cerr << "rightslint: error: " << path
              << " not written: a baseline must list every finding, and not every input could "
                 "be checked\n";
    return kExitError;
  }
  const Status written = filter.WriteBaseline();
  if (!written.ok()) {
    std::cerr << "rightslint: error: baseline " << written.message() << '\n';
    return kExitError;
  }
  if (!quiet) {
    std::cerr << "rightslint: wrote " << filter.recorded()
              << (filter.recorded() == 1 ? " finding" : " findings") << " to " << path << '\n';
  }
  return kExitClean;
}

// --annotate needs exactly one DOCX file; anything else is a usage error (message, or empty).
std::string AnnotateUsageError(const std::vector<InputFile>& inputs) {
  if (inputs.size() != 1 || inputs[0].is_stdin || inputs[0].error) {
    return "--annotate needs exactly one .docx file to check (got " +
           std::to_string(inputs.size()) + " inputs)";
  }
  if (FormatForPath(inputs[0].path) != Format::kDocx) {
    return "--annotate writes Word comments, so it needs a .docx file, not " + inputs[0].path;
  }
  return "";
}

// Writes the commented copy of a checked DOCX file. False (after saying why) on failure.
bool WriteAnnotatedCopy(const FileResult& result, std::string_view docx_bytes,
                        const std::string& input_path, const std::string& output_path, bool quiet) {
  if (result.error) {
    std::cerr << "rightslint: error: " << output_path << " not written: " << *result.error << '\n';
    return false;
  }
  StatusOr<AnnotateResult> annotated =
      AnnotateDocx(input_path, docx_bytes, result.findings, output_path);
  if (!annotated.ok()) {
    std::cerr << "rightslint: error: " << annotated.status().message() << '\n';
    return false;
  }
  if (!quiet) {
    std::cerr << "rightslint: wrote " << output_path << ": " << annotated->annotated
              << (annotated->annotated == 1 ? " comment" : " comments");
    if (annotated->skipped > 0) {
      std::cerr << "; " << annotated->skipped
                << " not annotated (in notes, headers, text boxes or fields)";
    }
    std::cerr << '\n';
  }
  return true;
}

// --fix on one checked file: nullopt when there is nothing to fix here; otherwise the file's
// result to report — checked again after the fixes were written, so positions are those of the
// new text — or the original result with `error` set when writing failed. --dry-run prints the
// diff instead of writing and reports the findings the fixes would leave.
struct FixStep {
  std::size_t fixed = 0;
  std::optional<FileResult> result;
};
FixStep ApplyFixes(const InputFile& input, FileResult result, const CheckFlags& flags,
                   const std::function<FileResult(const InputFile&)>& recheck) {
  FixStep step;
  if (result.error) return step;
  const std::vector<TextEdit> edits = PlanFixes(result.findings);
  if (edits.empty()) return step;
  if (!IsFixableFormat(result.format)) {
    std::cerr << "rightslint: " << result.path << ": not fixed: only .txt and .md files are\n";
    return step;
  }
  if (flags.dry_run) {  // the findings the fixes would leave decide the exit code
    std::cout << UnifiedDiff(result.path, result.text, edits);
    step.fixed = edits.size();
    std::erase_if(result.findings, [](const Finding& finding) { return finding.fix.has_value(); });
    step.result = std::move(result);
    return step;
  }
  if (input.is_stdin) {
    std::cerr << "rightslint: " << result.path
              << ": standard input is not fixed in place; --dry-run prints the diff\n";
    return step;
  }
  const Status written = WriteFixedFile(input.path, result.text, ApplyEdits(result.text, edits));
  if (!written.ok()) {
    result.error = written.message();
    step.result = std::move(result);
    return step;
  }
  step.fixed = edits.size();
  step.result = recheck(input);
  return step;
}

// "checked 120/2000 files…" on stderr, redrawn in place with \r.
class Progress {
 public:
  Progress(std::size_t total, bool enabled) : total_(total), enabled_(enabled) {}
  ~Progress() { Clear(); }

  void Update(std::size_t done) {
    if (!enabled_) return;
    const auto now = std::chrono::steady_clock::now();
    if (done < total_ && now - last_ < kProgressInterval) return;
    last_ = now;
    shown_ = true;
    std::cerr << "\rchecked " << done << '/' << total_ << " files…" << std::flush;
  }

  // Erases the progress line so that output on the same terminal starts on a clean line.
  void Clear() {
    if (!shown_) return;
    std::cerr << "\r\x1b[K" << std::flush;
    shown_ = false;
  }

 private:
  const std::size_t total_;
  const bool enabled_;
  bool shown_ = false;
  std::chrono::steady_clock::time_point last_;
};

// Calls produce(i) for every i in [0, count) on `jobs` threads (the calling thread and jobs - 1
// more) and consume(i, result) strictly in index order, one call at a time, so what is consumed
// does not depend on `jobs`. Threads take indexes from a shared counter and park each result in a
// ring of kPendingPerJob × jobs slots; the thread that finds the next result in order ready
// consumes it and every ready one after it, so no thread sleeps and wakes per result. A thread
// that gets that far ahead of the consumed results waits before starting its next index, so at
// most that many results exist at once; the lowest unconsumed index is always being produced or
// ready, so this cannot deadlock. An exception from produce() or consume() stops the run where the
// sequential loop would have stopped, and is rethrown here once every thread has ended. With one
// job (or if no thread can be started) everything runs on the calling thread.
template <typename Result, typename Produce, typename Consume>
void ProduceInOrder(std::size_t count, int jobs, Produce produce, Consume consume) {
  const std::size_t threads = std::min(count, static_cast<std::size_t>(std::max(jobs, 1)));
  if (threads <= 1) {
    for (std::size_t i = 0; i < count; ++i) consume(i, produce(i));
    return;
  }
  const std::size_t window = kPendingPerJob * threads;
  struct Slot {
    std::optional<Result> result;
    std::exception_ptr failure;
  };
  std::vector<Slot> slots(window);
  std::mutex mutex;
  std::condition_variable slot_free;  // a thread too far ahead waits for the consumed to catch up
  std::size_t consumed = 0;           // guarded by mutex: results before this index are consumed
  bool consuming = false;             // guarded by mutex: some thread is calling consume()
  std::exception_ptr failure;         // guarded by mutex: set, it stops the run
  std::atomic<std::size_t> next_index{0};

  auto work = [&] {
    for (;;) {
      const std::size_t i = next_index.fetch_add(1);
      if (i >= count) return;
      {
        std::unique_lock lock(mutex);
        slot_free.wait(lock, [&] { return failure || i < consumed + window; });
        if (failure) return;
      }
      Slot done;
      try {
        done.result.emplace(produce(i));
      } catch (...) {
        done.failure = std::current_exception();
      }
      std::unique_lock lock(mutex);
      slots[i % window] = std::move(done);
      if (consuming) continue;  // that thread will come to this result
      consuming = true;
      while (!failure) {
        Slot& slot = slots[consumed % window];
        if (!slot.result && !slot.failure) break;
        Slot next = std::move(slot);
        slot = Slot{};
        const std::size_t index = consumed;
        lock.unlock();
        if (!next.failure) {
          try {
            consume(index, std::move(*next.result));
          } catch (...) {
            next.failure = std::current_exception();
          }
        }
        lock.lock();
        if (next.failure) failure = next.failure;
        ++consumed;
        slot_free.notify_all();
      }
      consuming = false;
    }
  };

  std::vector<std::thread> helpers;
  helpers.reserve(threads - 1);
  for (std::size_t t = 1; t < threads; ++t) {
    try {
      helpers.emplace_back(work);
    } catch (const std::system_error&) {
      break;  // out of threads: the ones running (at least this one) do all the work
    }
  }
  work();
  for (std::thread& helper : helpers) helper.join();
  if (failure) std::rethrow_exception(failure);
}

int RunCheck(const CheckFlags& flags, const GlobalOptions& global) {
  if (flags.paths.empty()) {
    std::cerr << "rightslint check: no input given: name files or directories, or - for "
                 "standard input\n"
                 "usage: rightslint check [OPTIONS] PATH...\n"
                 "Run 'rightslint check --help' for more information.\n";
    return kExitError;
  }
  const LegalRules legal = ParseLegal(flags.legal);
  std::unique_ptr<Linter> linter =
      LoadLinter(global, flags.language, legal, flags.report_unused_disables);
  if (!linter) return kExitError;

  const std::vector<InputFile> expanded = ExpandInputs(
      flags.paths, [](const std::string& note) { std::cerr << "rightslint: " << note << '\n'; });
  if (!flags.annotate.empty()) {
    if (const std::string usage = AnnotateUsageError(expanded); !usage.empty()) {
      std::cerr << "rightslint check: " << usage << '\n';
      return kExitError;
    }
  }

  // Configuration files are all read, and every Linter they need is built, before any file is
  // checked: a broken one stops the run with nothing reported, and the workers share them
  // read-only.
  const std::vector<std::optional<std::string>> config_paths =
      ResolveConfigPaths(expanded, flags.config);
  std::map<std::string, std::size_t> settings_index;  // config path -> index in `settings`
  std::vector<Settings> settings(1);                  // [0]: no configuration file
  for (const std::optional<std::string>& path : config_paths) {
    if (!path || settings_index.count(*path)) continue;
    // Rule names are checked below, once the file's own rule_dirs are loaded.
    StatusOr<Config> config = LoadConfig(*path, linter->rules(), /*check_rule_names=*/false);
    if (!config.ok()) {
      std::cerr << "rightslint: error: " << config.status().message() << '\n';
      return kExitError;
    }
    settings_index[*path] = settings.size();
    settings.emplace_back().config = std::move(config).value();
  }
  using LinterKey =
      std::tuple<std::string, LegalRules, std::vector<std::string>, std::vector<std::string>>;
  std::map<LinterKey, std::unique_ptr<Linter>> extra_linters;
  for (Settings& setting : settings) {
    if (flags.language_given) setting.config.languages.clear();
    setting.language = flags.language_given ? flags.language : setting.config.ForcedLanguage();
    setting.legal = flags.legal_given ? legal : setting.config.legal.value_or(legal);
    setting.fail_on = ParseSeverity(
        flags.fail_on_given ? flags.fail_on : setting.config.fail_on.value_or(flags.fail_on));
    const bool own_rules =
        !setting.config.rule_dirs.empty() || !setting.config.lexicon_dirs.empty();
    if (setting.language == flags.language && setting.legal == legal && !own_rules) {
      setting.linter = linter.get();
    } else {
      std::unique_ptr<Linter>& extra = extra_linters[{
          setting.language, setting.legal, setting.config.rule_dirs, setting.config.lexicon_dirs}];
      if (!extra) {
        extra = LoadLinter(global, setting.language, setting.legal, flags.report_unused_disables,
                           setting.config.rule_dirs, setting.config.lexicon_dirs);
        if (!extra) return kExitError;
      }
      setting.linter = extra.get();
    }
    if (!setting.config.path.empty()) {  // now the rule names, against the rules it runs with
      StatusOr<Config> checked = LoadConfig(setting.config.path, setting.linter->rules());
      if (!checked.ok()) {
        std::cerr << "rightslint: error: " << checked.status().message() << '\n';
        return kExitError;
      }
    }
  }

  // Files an `ignore` glob matches are skipped with a note, as the walk skips hidden files.
  std::vector<InputFile> inputs;
  std::vector<const Settings*> input_settings;
  for (std::size_t i = 0; i < expanded.size(); ++i) {
    const Settings& setting =
        config_paths[i] ? settings[settings_index.at(*config_paths[i])] : settings[0];
    if (!expanded[i].is_stdin && !expanded[i].error && setting.config.Ignores(expanded[i].path)) {
      std::cerr << "rightslint: " << expanded[i].path << ": skipped: ignored by "
                << setting.config.path << '\n';
      continue;
    }
    inputs.push_back(expanded[i]);
    input_settings.push_back(&setting);
  }

  // A broken baseline or an unknown revision stops the run before anything is checked.
  StatusOr<FindingFilter> filter = FindingFilter::Create(flags.filter, FilePaths(inputs));
  if (!filter.ok()) {
    std::cerr << "rightslint: error: " << filter.status().message() << '\n';
    return kExitError;
  }

  const ReportFormat format = ParseReportFormat(flags.format).value_or(ReportFormat::kText);
  const ReportOptions report_options{
      .color = UseColor(flags.color), .quiet = flags.quiet, .rules = &linter->rules()};
  const std::unique_ptr<Reporter> reporter = MakeReporter(format, std::cout, report_options);
  const std::string stdin_name = flags.stdin_filename.empty() ? "<stdin>" : flags.stdin_filename;

  // With several jobs, standard input is read here, before any worker starts, so that
  // `check - -` gives all of it to the first "-" as one job does; workers read the files.
  std::vector<std::optional<StatusOr<Source>>> stdin_sources(inputs.size());
  for (std::size_t i = 0; i < inputs.size() && flags.jobs > 1; ++i) {
    if (inputs[i].is_stdin && !inputs[i].error) {
      stdin_sources[i].emplace(ReadSource(inputs[i], stdin_name));
    }
  }
  // The jobs left over when there are fewer files than jobs filter a file's paragraphs.
  const std::size_t file_threads = std::max<std::size_t>(
      1, static_cast<std::size_t>(flags.jobs) / std::max<std::size_t>(1, inputs.size()));
  std::string annotate_bytes;  // --annotate: the DOCX file as read, for the commented copy
  auto check_input = [&](std::size_t i) {
    const InputFile& input = inputs[i];
    FileResult result;
    if (input.error) {
      result.path = input.path;
      result.error = *input.error;
      return result;
    }
    if (StreamedFile(input, flags)) {
      FileResult checked = input_settings[i]->linter->CheckLargeTextFile(input.path);
      ApplyConfig(input_settings[i]->config, &checked);
      return checked;
    }
    StatusOr<Source> source =
        stdin_sources[i] ? std::move(*stdin_sources[i]) : ReadSource(input, stdin_name);
    if (!source.ok()) {
      result.path = input.is_stdin ? stdin_name : input.path;
      result.error = source.status().message();
      return result;
    }
    if (!flags.annotate.empty()) annotate_bytes = source->bytes;  // the one input (see above)
    FileResult checked = input_settings[i]->linter->Check(std::move(source).value(), file_threads);
    ApplyConfig(input_settings[i]->config, &checked);
    return checked;
  };

  bool any_error = false;
  bool fails = false;
  std::size_t fixed_findings = 0;
  std::size_t fixed_files = 0;
  Progress progress(inputs.size(), StderrIsTerminal() && inputs.size() > kProgressThreshold);
  auto report = [&](std::size_t i, FileResult result) {
    if (flags.fix) {  // never with a filter (see --fix)
      FixStep step = ApplyFixes(inputs[i], std::move(result), flags, [&](const InputFile& input) {
        return check_input(static_cast<std::size_t>(&input - inputs.data()));
      });
      fixed_findings += step.fixed;
      fixed_files += step.fixed > 0 ? 1 : 0;
      if (step.result) result = std::move(*step.result);
    }
    // File-level notes ("12: unused rightslint-disable for stigma.addict") go to stderr.
    for (const std::string& note : result.notes) {
      const std::size_t colon = note.find(": ");
      progress.Clear();
      std::cerr << result.path << ':'
                << (colon == std::string::npos
                        ? note
                        : note.substr(0, colon) + ": note: " + note.substr(colon + 2))
                << '\n';
    }
    if (result.error) {
      any_error = true;
      // The JSON goes to a program; a person watching the run still learns what went wrong.
      if (format != ReportFormat::kText) {
        const bool names_path = result.error->starts_with(result.path + ":");
        std::cerr << "rightslint: error: " << (names_path ? "" : result.path + ": ")
                  << *result.error << '\n';
      }
    }
    filter->Apply(&result);  // before the exit code: hidden findings do not count
    if (!flags.annotate.empty() &&
        !WriteAnnotatedCopy(result, annotate_bytes, inputs[i].path, flags.annotate, flags.quiet)) {
      any_error = true;
    }
    const std::optional<Severity>& fail_on = input_settings[i]->fail_on;  // nullopt: "never"
    for (const Finding& finding : result.findings) {
      if (fail_on && finding.severity >= *fail_on) fails = true;
    }
    if (result.error || !result.findings.empty()) progress.Clear();
    if (!flags.dry_run) reporter->AddFile(result);  // --dry-run: standard output is the diff
    if (result.error || !result.findings.empty()) std::cout.flush();
    progress.Update(i + 1);
  };
  ProduceInOrder<FileResult>(inputs.size(), flags.jobs, check_input, report);
  progress.Clear();
  if (!flags.dry_run) reporter->Finish();
  if (flags.fix && !flags.quiet) {
    std::cerr << "rightslint: " << (flags.dry_run ? "would fix " : "fixed ") << fixed_findings
              << (fixed_findings == 1 ? " finding in " : " findings in ") << fixed_files
              << (fixed_files == 1 ? " file" : " files") << '\n';
  }
  if (!flags.quiet) PrintFilterSummary(*filter, format == ReportFormat::kText && !flags.dry_run);
  std::cout.flush();

  // The process ends here: freeing the Hunspell dictionaries costs a quarter of a short run, and
  // the operating system reclaims the memory at once (compilers skip the same clean-up).
  (void)linter.release();
  for (auto& [key, extra] : extra_linters) (void)extra.release();
  if (!flags.filter.write_baseline.empty()) {
    return FinishWriteBaseline(*filter, flags.filter.write_baseline, any_error, flags.quiet);
  }
  if (any_error) return kExitError;
  return fails ? kExitFindings : kExitClean;
}

}  // namespace

Command AddCheckCommand(CLI::App& app, const GlobalOptions& global) {
  auto flags = std::make_shared<CheckFlags>();
  CLI::App* check = app.add_subcommand("check", "Check files, directories or standard input");
  check
      ->add_option("paths", flags->paths,
                   "Files and directories to check (directories recursively); - reads "
                   "standard input")
      ->type_name("PATH");
  check
      ->add_option("--stdin-filename", flags->stdin_filename,
                   "Name standard input in reports; its extension picks the format (.md)")
      ->type_name("NAME");
  check->add_option("--format", flags->format, "Output format")
      ->check(OneOf(ReportFormatNames()))
      ->type_name(Join(ReportFormatNames(), "|"))
      ->capture_default_str();
  CLI::Option* lang = check
                          ->add_option("--lang", flags->language,
                                       "Language of the text; auto decides per paragraph")
                          ->check(OneOf(LanguageChoices()))
                          ->type_name("auto|en|ru|uk")
                          ->capture_default_str();
  CLI::Option* fail_on =
      check
          ->add_option("--fail-on", flags->fail_on,
                       "Exit 1 when a finding has at least this severity; never: only errors exit "
                       "non-zero")
          ->check(OneOf({"info", "warning", "error", "never"}))
          ->type_name("info|warning|error|never")
          ->capture_default_str();
  CLI::Option* legal =
      check
          ->add_option(
              "--legal", flags->legal,
              "Clause rules (possession, propaganda, …): auto runs them on texts with article "
              "headings (bills, codes); always also on texts that describe laws")
          ->check(OneOf({"auto", "always", "never"}))
          ->type_name("auto|always|never")
          ->capture_default_str();
  check->add_flag("--report-unused-disables", flags->report_unused_disables,
                  "Note every rightslint-disable comment that suppresses nothing");
  check->add_flag("-q,--quiet", flags->quiet,
                  "Only the findings: no suggestions, guideline notes or summary line");
  check
      ->add_option("--color", flags->color,
                   "Colour the text output; auto: only on a terminal, unless NO_COLOR is set")
      ->check(OneOf({"auto", "always", "never"}))
      ->type_name("auto|always|never")
      ->capture_default_str();
  check
      ->add_option("-j,--jobs", flags->jobs,
                   "Files checked in parallel (default: the number of cores); the output is the "
                   "same for every N")
      ->check(CLI::Range(1, kMaxJobs).description(""))
      ->type_name("N")
      ->capture_default_str();
  check
      ->add_option("--config", flags->config,
                   "Configuration file for every input, instead of the nearest .rightslint.yaml "
                   "above each file")
      ->type_name("FILE");
  CLI::Option* baseline =
      check
          ->add_option("--baseline", flags->filter.baseline,
                       "Hide the findings listed in FILE (see --write-baseline); they do not "
                       "count for the exit code")
          ->check(NotEmpty())
          ->type_name("FILE");
  CLI::Option* diff_base =
      check
          ->add_option("--diff-base", flags->filter.diff_base,
                       "Report only findings on lines changed since the git revision REV (for a "
                       "pull request: origin/main); untracked files count as all changed")
          ->check(NotEmpty())
          ->type_name("REV");
  CLI::Option* write_baseline =
      check
          ->add_option(
              "--write-baseline", flags->filter.write_baseline,
              "Write every finding to FILE (JSON, replaced atomically) for --baseline; exits "
              "0 whatever was found")
          ->check(NotEmpty())
          ->type_name("FILE")
          ->excludes(baseline)
          ->excludes(diff_base);
  // A fixed file is checked again and its new findings reported; a baseline or a diff filter would
  // have to be applied twice (before fixing, so hidden findings are not fixed, and after), which
  // would count its entries twice: --fix runs on its own.
  CLI::Option* fix =
      check
          ->add_flag("--fix", flags->fix,
                     "Apply the safe terminology fixes (rules marked fix: safe, where "
                     "the suggestion fits the words) to .txt and .md files, "
                     "atomically; then report what is left")
          ->excludes(baseline)
          ->excludes(diff_base)
          ->excludes(write_baseline);
  check
      ->add_flag("--dry-run", flags->dry_run,
                 "With --fix: print the fixes as a unified diff on standard output and change "
                 "nothing")
      ->needs(fix);
  check
      ->add_option("--annotate", flags->annotate,
                   "Write a copy of the one .docx input to OUT with a Word comment on every "
                   "finding (message, suggestions, guideline); the input is not changed")
      ->check(NotEmpty())
      ->type_name("OUT.docx");
  check->footer(kCheckExamples);
  return Command{check, [flags, &global, lang, fail_on, legal] {
                   flags->language_given = lang->count() > 0;
                   flags->fail_on_given = fail_on->count() > 0;
                   flags->legal_given = legal->count() > 0;
                   return RunCheck(*flags, global);
                 }};
}

}  // namespace rightslint::cli
