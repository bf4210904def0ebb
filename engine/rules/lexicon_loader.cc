#include "rules/lexicon_loader.h"

#include <algorithm>
#include <filesystem>
#include <map>
#include <optional>
#include <set>

#include "base/binary_io.h"
#include "document/extract.h"

namespace rightslint {
namespace {

std::vector<std::string> SplitTabs(std::string_view line, std::size_t expected_cells) {
  std::vector<std::string> cells;
  cells.reserve(expected_cells);
  std::size_t begin = 0;
  while (true) {
    std::size_t tab = line.find('\t', begin);
    cells.emplace_back(line.substr(begin, tab == std::string_view::npos ? line.npos : tab - begin));
    if (tab == std::string_view::npos) break;
    begin = tab + 1;
  }
  return cells;
}

std::string Where(const std::string& path, int line) { return path + ":" + std::to_string(line); }

// Reads a whole file; NotFound if it does not exist.
StatusOr<std::string> ReadFile(const std::filesystem::path& path) {
  std::error_code error;
  if (!std::filesystem::exists(path, error)) return Status::NotFound(path.string() + ": not found");
  if (!std::filesystem::is_regular_file(path, error)) {
    return Status::Io(path.string() + ": not a regular file");
  }
  const std::optional<FileBytes> bytes = FileBytes::Read(path.string());
  if (!bytes) return Status::Io(path.string() + ": cannot read");
  return std::string(bytes->view());
}

// Column accessor for one row, so loaders read cells by name. Take() moves a cell out (the
// loaders read a table once): what is stored needs no copy.
class RowView {
 public:
  RowView(const TsvTable& table, TsvTable::Row& row) : table_(table), row_(row) {}
  const std::string& operator[](std::string_view column) const {
    static const std::string kEmpty;
    std::string* cell = Find(column);
    return cell != nullptr ? *cell : kEmpty;
  }
  std::string Take(std::string_view column) {
    std::string* cell = Find(column);
    return cell != nullptr ? std::move(*cell) : std::string();
  }

 private:
  std::string* Find(std::string_view column) const {
    auto it = std::find(table_.columns.begin(), table_.columns.end(), column);
    if (it == table_.columns.end()) return nullptr;
    return &row_.cells[static_cast<std::size_t>(it - table_.columns.begin())];
  }

  const TsvTable& table_;
  TsvTable::Row& row_;
};

std::vector<std::string> SplitAlternatives(const std::string& cell) {
  std::vector<std::string> out;
  std::size_t begin = 0;
  while (begin <= cell.size()) {
    std::size_t semicolon = cell.find(';', begin);
    std::string item =
        cell.substr(begin, semicolon == std::string::npos ? cell.npos : semicolon - begin);
    const auto first = item.find_first_not_of(' ');
    const auto last = item.find_last_not_of(' ');
    if (first != std::string::npos) out.push_back(item.substr(first, last - first + 1));
    if (semicolon == std::string::npos) break;
    begin = semicolon + 1;
  }
  return out;
}

// `where` (called only for an error) gives "file:line".
template <typename Where>
Status CheckTerm(const Where& where, std::string_view column, const std::string& term) {
  if (term.empty())
    return Status::Invalid(where() + ": column `" + std::string(column) + "`: empty");
  if (term.front() == ' ' || term.back() == ' ' || term.find("  ") != std::string::npos) {
    return Status::Invalid(where() + ": column `" + std::string(column) +
                           "`: words must be separated by single spaces, without leading or "
                           "trailing spaces");
  }
  return Status::Ok();
}

const std::set<std::string> kRussianCases = {"nom", "gen", "dat", "acc", "ins", "prep"};
// Ukrainian (and Belarusian) have a locative and a vocative.
const std::set<std::string> kUkrainianCases = {"nom", "gen", "dat", "acc", "ins", "loc", "voc"};
// English nouns inflect for number only (the possessive is not a form a suggestion takes).
const std::set<std::string> kEnglishCases = {"nom"};

const std::set<std::string>& CasesOf(const std::string& language) {
  return language == "ru" ? kRussianCases : language == "en" ? kEnglishCases : kUkrainianCases;
}

}  // namespace

StatusOr<TsvTable> ParseTsv(const std::string& path, const std::string& text,
                            const std::vector<std::string>& required,
                            const std::vector<std::string>& optional) {
  if (auto bad = FindInvalidUtf8(text)) {
    return Status::Invalid(path + ": invalid UTF-8 at byte " + std::to_string(*bad));
  }
  TsvTable table;
  int line_number = 0;
  std::size_t begin = 0;
  bool have_header = false;
  std::vector<bool> column_required;  // by column, once the header is read
  while (begin < text.size()) {
    std::size_t newline = text.find('\n', begin);
    std::string_view line(text.data() + begin,
                          (newline == std::string::npos ? text.size() : newline) - begin);
    begin = newline == std::string::npos ? text.size() : newline + 1;
    ++line_number;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line_number == 1 && line.starts_with("\xEF\xBB\xBF")) line.remove_prefix(3);
    if (line.empty() || line.front() == '#') continue;
    std::vector<std::string> cells = SplitTabs(line, table.columns.size());
    if (!have_header) {
      have_header = true;
      std::set<std::string> seen;
      for (const std::string& column : cells) {
        const bool known = std::find(required.begin(), required.end(), column) != required.end() ||
                           std::find(optional.begin(), optional.end(), column) != optional.end();
        if (!known) {
          return Status::Invalid(Where(path, line_number) + ": unknown column `" + column + "`");
        }
        if (!seen.insert(column).second) {
          return Status::Invalid(Where(path, line_number) + ": duplicate column `" + column + "`");
        }
      }
      for (const std::string& column : required) {
        if (!seen.count(column)) {
          return Status::Invalid(Where(path, line_number) + ": missing column `" + column + "`");
        }
      }
      table.columns = std::move(cells);
      for (const std::string& column : table.columns) {
        column_required.push_back(std::find(required.begin(), required.end(), column) !=
                                  required.end());
      }
      continue;
    }
    if (cells.size() != table.columns.size()) {
      return Status::Invalid(Where(path, line_number) + ": expected " +
                             std::to_string(table.columns.size()) + " tab-separated cells, found " +
                             std::to_string(cells.size()));
    }
    for (std::size_t i = 0; i < cells.size(); ++i) {
      if (column_required[i] && cells[i].empty()) {
        return Status::Invalid(Where(path, line_number) + ": column `" + table.columns[i] +
                               "`: empty");
      }
    }
    table.rows.push_back({line_number, std::move(cells)});
  }
  if (!have_header) return Status::Invalid(path + ":1: empty file: expected a header row");
  return table;
}

StatusOr<LexiconSpecs> LoadLexicons(const std::string& lexicons_dir,
                                    const std::vector<std::string>& languages) {
  LexiconSpecs specs;
  for (const std::string& language : languages) {
    const std::filesystem::path dir = std::filesystem::path(lexicons_dir) / language;

    // Every TSV other than concepts, names, allowed and paradigms is a term lexicon named by its
    // file stem.
    std::vector<std::filesystem::path> term_files;
    std::error_code error;
    for (auto it = std::filesystem::directory_iterator(dir, error);
         !error && it != std::filesystem::directory_iterator(); it.increment(error)) {
      const auto& path = it->path();
      const std::string stem = path.stem().string();
      if (path.extension() == ".tsv" && stem != "concepts" && stem != "names" &&
          stem != "allowed" && stem != "paradigms") {
        term_files.push_back(path);
      }
    }
    std::sort(term_files.begin(), term_files.end());
    for (const auto& term_file : term_files) {
      const std::string stigma_path = term_file.string();
      auto stigma_text = ReadFile(stigma_path);
      if (!stigma_text.ok()) return stigma_text.status();
      auto table = ParseTsv(stigma_path, *stigma_text,
                            {"rule", "term", "pos", "alternatives", "guideline", "source"},
                            {"inflect_like", "context", "recommendation", "note"});
      if (!table.ok()) return table.status();
      for (auto& row : table->rows) {
        RowView cell(*table, row);
        const auto where = [&] { return Where(stigma_path, row.line); };
        TermEntry entry;
        entry.language = language;
        entry.lexicon = term_file.stem().string();
        entry.rule = cell.Take("rule");
        entry.term = cell.Take("term");
        if (Status status = CheckTerm(where, "term", entry.term); !status.ok()) return status;
        entry.pos = cell.Take("pos");
        if (entry.pos != "noun" && entry.pos != "adj" && entry.pos != "verb" &&
            entry.pos != "phrase") {
          return Status::Invalid(where() +
                                 ": column `pos`: expected noun, adj, verb or phrase, got `" +
                                 entry.pos + "`");
        }
        entry.inflect_like = cell.Take("inflect_like");
        if (!entry.inflect_like.empty() && entry.term.find(' ') != std::string::npos) {
          return Status::Invalid(where() + ": column `inflect_like`: only for single-word terms");
        }
        entry.context = cell.Take("context");
        entry.alternatives = SplitAlternatives(cell["alternatives"]);
        if (entry.alternatives.empty()) {
          return Status::Invalid(where() + ": column `alternatives`: expected at least one");
        }
        entry.guideline = cell.Take("guideline");
        if (const std::string& text = cell["recommendation"]; !text.empty()) {
          int value = 0;
          try {
            std::size_t used = 0;
            value = std::stoi(text, &used);
            if (used != text.size()) value = 0;
          } catch (...) {
            value = 0;
          }
          if (value < 1 || value > 24) {
            return Status::Invalid(where() + ": column `recommendation`: expected 1..24, got `" +
                                   text + "`");
          }
          entry.recommendation = value;
        }
        entry.source = cell.Take("source");
        entry.file = stigma_path;
        entry.line = row.line;
        specs.terms.push_back(std::move(entry));
      }
    }

    const std::string concepts_path = (dir / "concepts.tsv").string();
    auto concepts_text = ReadFile(concepts_path);
    if (concepts_text.ok()) {
      auto table = ParseTsv(concepts_path, *concepts_text, {"concept", "term", "source"}, {"note"});
      if (!table.ok()) return table.status();
      for (auto& row : table->rows) {
        RowView cell(*table, row);
        ConceptEntry entry{language,          cell.Take("concept"),
                           cell.Take("term"), cell.Take("source"),
                           concepts_path,     row.line};
        if (Status status =
                CheckTerm([&] { return Where(concepts_path, row.line); }, "term", entry.term);
            !status.ok()) {
          return status;
        }
        specs.concepts.push_back(std::move(entry));
      }
    } else if (concepts_text.status().code() != StatusCode::kNotFound) {
      return concepts_text.status();
    }

    const std::string paradigms_path = (dir / "paradigms.tsv").string();
    auto paradigms_text = ReadFile(paradigms_path);
    if (paradigms_text.ok()) {
      auto table = ParseTsv(paradigms_path, *paradigms_text,
                            {"lemma", "case", "number", "form", "source"}, {"note"});
      if (!table.ok()) return table.status();
      const std::set<std::string>& cases = CasesOf(language);
      for (auto& row : table->rows) {
        RowView cell(*table, row);
        const auto where = [&] { return Where(paradigms_path, row.line); };
        ParadigmForm form{
            language,          cell.Take("lemma"),  cell.Take("case"), cell.Take("number"),
            cell.Take("form"), cell.Take("source"), paradigms_path,    row.line};
        if (Status status = CheckTerm(where, "lemma", form.lemma); !status.ok()) return status;
        if (Status status = CheckTerm(where, "form", form.form); !status.ok()) return status;
        if (!cases.count(form.grammatical_case)) {
          std::string expected;
          for (const std::string& name : cases) expected += (expected.empty() ? "" : ", ") + name;
          return Status::Invalid(where() + ": column `case`: expected one of " + expected +
                                 ", got `" + form.grammatical_case + "`");
        }
        if (form.number != "sg" && form.number != "pl") {
          return Status::Invalid(where() + ": column `number`: expected sg or pl, got `" +
                                 form.number + "`");
        }
        specs.paradigms.push_back(std::move(form));
      }
    } else if (paradigms_text.status().code() != StatusCode::kNotFound) {
      return paradigms_text.status();
    }

    // Exempt phrases: proper names (names.tsv) and phrases in which a term is accepted usage
    // (allowed.tsv). Both use the columns `phrase` ... `name` for names, for readability.
    for (const auto& [file, phrase_column] :
         {std::pair<const char*, const char*>{"names.tsv", "name"}, {"allowed.tsv", "phrase"}}) {
      const std::string path = (dir / file).string();
      auto text = ReadFile(path);
      if (!text.ok()) {
        if (text.status().code() != StatusCode::kNotFound) return text.status();
        continue;
      }
      auto table = ParseTsv(path, *text, {phrase_column, "source"}, {"note"});
      if (!table.ok()) return table.status();
      for (auto& row : table->rows) {
        RowView cell(*table, row);
        if (Status status = CheckTerm([&] { return Where(path, row.line); }, phrase_column,
                                      cell[phrase_column]);
            !status.ok()) {
          return status;
        }
        specs.exempt.push_back(
            {language, cell.Take(phrase_column), cell.Take("source"), path, row.line});
      }
    }
  }
  LinkParadigms(&specs);
  return specs;
}

void LinkParadigms(LexiconSpecs* specs) {
  // (language, lemma) -> its rows, in file order. The keys view the rows' own strings.
  using Key = std::pair<std::string_view, std::string_view>;
  std::map<Key, std::vector<const ParadigmForm*>> by_lemma;
  for (const ParadigmForm& form : specs->paradigms) {
    by_lemma[Key(form.language, form.lemma)].push_back(&form);
  }
  std::vector<const std::vector<const ParadigmForm*>*> alternative_forms;
  for (TermEntry& entry : specs->terms) {
    entry.readings.clear();
    entry.alternative_inflects.clear();
    if (entry.pos != "noun") continue;
    auto found = by_lemma.find(Key(entry.language, entry.term));
    if (found == by_lemma.end()) continue;
    alternative_forms.clear();
    for (const std::string& alternative : entry.alternatives) {
      auto forms = by_lemma.find(Key(entry.language, alternative));
      alternative_forms.push_back(forms == by_lemma.end() ? nullptr : &forms->second);
      entry.alternative_inflects.push_back(forms != by_lemma.end());
    }
    for (const ParadigmForm* form : found->second) {
      TermReading reading{form->form, form->grammatical_case, form->number, {}};
      for (const auto* forms : alternative_forms) {
        // The alternative's first form in the reading's cell, if it has one.
        const ParadigmForm* same_cell = nullptr;
        for (std::size_t k = 0; forms != nullptr && k < forms->size() && !same_cell; ++k) {
          const ParadigmForm* candidate = (*forms)[k];
          if (candidate->grammatical_case == form->grammatical_case &&
              candidate->number == form->number) {
            same_cell = candidate;
          }
        }
        reading.alternatives.push_back(same_cell != nullptr ? same_cell->form : std::string());
      }
      entry.readings.push_back(std::move(reading));
    }
  }
}

Status ValidateLexicons(const std::vector<RuleSpec>& rules, const LexiconSpecs& lexicons) {
  std::map<std::string, const RuleSpec*> by_id;
  for (const RuleSpec& rule : rules) by_id[rule.info.id] = &rule;
  std::set<std::pair<std::string, std::string>> concepts;  // (language, concept)
  for (const ConceptEntry& concept_entry : lexicons.concepts) {
    concepts.emplace(concept_entry.language, concept_entry.concept_name);
  }
  for (const RuleSpec& rule : rules) {
    if (rule.info.type != "clause") continue;
    for (const std::string& language : rule.info.languages) {
      for (const auto* list : {&rule.clause.all, &rule.clause.any, &rule.clause.none}) {
        for (const std::string& name : *list) {
          if (!concepts.count({language, name})) {
            return Status::Invalid(rule.info.file + ":" + std::to_string(rule.line) + ": rule `" +
                                   rule.info.id + "`: no concept `" + name + "` in lexicons/" +
                                   language + "/concepts.tsv");
          }
        }
      }
    }
  }
  for (const TermEntry& entry : lexicons.terms) {
    const auto where = [&] { return Where(entry.file, entry.line); };
    auto found = by_id.find(entry.rule);
    if (found == by_id.end()) {
      return Status::Invalid(where() + ": column `rule`: no rule `" + entry.rule + "` in rules/");
    }
    const RuleSpec& rule = *found->second;
    if (rule.lexicon != entry.lexicon) {
      return Status::Invalid(where() + ": column `rule`: rule `" + entry.rule +
                             "` reads lexicon `" + rule.lexicon + "`, not `" + entry.lexicon + "`");
    }
    if (rule.info.type != "term") {
      return Status::Invalid(where() + ": column `rule`: `" + entry.rule + "` is not a term rule");
    }
    const auto& languages = rule.info.languages;
    if (std::find(languages.begin(), languages.end(), entry.language) == languages.end()) {
      return Status::Invalid(where() + ": column `rule`: rule `" + entry.rule +
                             "` does not list language `" + entry.language + "`");
    }
    if (!entry.context.empty() && !concepts.count({entry.language, entry.context})) {
      return Status::Invalid(where() + ": column `context`: no concept `" + entry.context +
                             "` in lexicons/" + entry.language + "/concepts.tsv");
    }
  }
  return Status::Ok();
}

}  // namespace rightslint
