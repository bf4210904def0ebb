#include "rules/lexicon_cache.h"

#include <algorithm>
#include <filesystem>
#include <string_view>

#include "base/atomic_file.h"
#include "base/binary_io.h"
#include "base/file_stamp.h"

namespace rightslint {
namespace {

// The format's name and version: a cache of another version is not read.
constexpr std::string_view kMagic = "rightslint lexicon cache 1\n";

// What the cache must match: the languages asked for, and "path size mtime" of every .tsv file
// in their directories (LoadLexicons reads all of them), in a fixed order.
std::string Stamps(const std::string& lexicons_dir, const std::vector<std::string>& languages) {
  std::string stamps;
  for (const std::string& language : languages) {
    stamps += language + ":";
    std::vector<std::string> files;
    std::error_code error;
    const std::filesystem::path dir = std::filesystem::path(lexicons_dir) / language;
    for (auto it = std::filesystem::directory_iterator(dir, error);
         !error && it != std::filesystem::directory_iterator(); it.increment(error)) {
      if (it->path().extension() == ".tsv") files.push_back(it->path().string());
    }
    std::sort(files.begin(), files.end());
    for (const std::string& file : files) stamps += "\n" + file + " " + FileStamp(file);
    stamps += "\n";
  }
  return stamps;
}

void Write(BinaryWriter& out, const TermEntry& entry) {
  for (const std::string* text :
       {&entry.language, &entry.lexicon, &entry.rule, &entry.term, &entry.pos, &entry.inflect_like,
        &entry.context, &entry.guideline, &entry.source, &entry.file}) {
    out.Text(*text);
  }
  out.Texts(entry.alternatives);
  out.Number(entry.recommendation ? static_cast<std::uint64_t>(*entry.recommendation) + 1 : 0);
  out.Number(static_cast<std::uint64_t>(entry.line));
  out.Number(entry.readings.size());
  for (const TermReading& reading : entry.readings) {
    out.Text(reading.form);
    out.Text(reading.grammatical_case);
    out.Text(reading.number);
    out.Texts(reading.alternatives);
  }
  out.Number(entry.alternative_inflects.size());
  for (bool inflects : entry.alternative_inflects) out.Number(inflects ? 1 : 0);
}

TermEntry ReadTerm(BinaryReader& in) {
  TermEntry entry;
  for (std::string* text :
       {&entry.language, &entry.lexicon, &entry.rule, &entry.term, &entry.pos, &entry.inflect_like,
        &entry.context, &entry.guideline, &entry.source, &entry.file}) {
    *text = in.Text();
  }
  entry.alternatives = in.Texts();
  if (const std::uint64_t recommendation = in.Number(); recommendation > 0) {
    entry.recommendation = static_cast<int>(recommendation - 1);
  }
  entry.line = in.Int();
  entry.readings.resize(in.Count(32));
  for (TermReading& reading : entry.readings) {
    reading.form = in.Text();
    reading.grammatical_case = in.Text();
    reading.number = in.Text();
    reading.alternatives = in.Texts();
  }
  entry.alternative_inflects.resize(in.Count(8));
  for (std::size_t i = 0; i < entry.alternative_inflects.size(); ++i) {
    entry.alternative_inflects[i] = in.Number() != 0;
  }
  return entry;
}

}  // namespace

Status WriteLexiconCache(const std::string& path, const std::string& lexicons_dir,
                         const std::vector<std::string>& languages, const LexiconSpecs& specs) {
  BinaryWriter out;
  out.bytes().append(kMagic);
  out.Text(Stamps(lexicons_dir, languages));
  out.Number(specs.terms.size());
  for (const TermEntry& entry : specs.terms) Write(out, entry);
  out.Number(specs.concepts.size());
  for (const ConceptEntry& entry : specs.concepts) {
    for (const std::string* text :
         {&entry.language, &entry.concept_name, &entry.term, &entry.source, &entry.file}) {
      out.Text(*text);
    }
    out.Number(static_cast<std::uint64_t>(entry.line));
  }
  out.Number(specs.exempt.size());
  for (const ExemptPhrase& entry : specs.exempt) {
    for (const std::string* text : {&entry.language, &entry.phrase, &entry.source, &entry.file}) {
      out.Text(*text);
    }
    out.Number(static_cast<std::uint64_t>(entry.line));
  }
  out.Number(specs.paradigms.size());
  for (const ParadigmForm& form : specs.paradigms) {
    for (const std::string* text : {&form.language, &form.lemma, &form.grammatical_case,
                                    &form.number, &form.form, &form.source, &form.file}) {
      out.Text(*text);
    }
    out.Number(static_cast<std::uint64_t>(form.line));
  }
  return WriteFileAtomically(path, out.bytes());
}

std::optional<LexiconSpecs> ReadLexiconCache(const std::string& path,
                                             const std::string& lexicons_dir,
                                             const std::vector<std::string>& languages) {
  const std::optional<FileBytes> file = FileBytes::Read(path);
  if (!file || !file->view().starts_with(kMagic)) return std::nullopt;
  BinaryReader in(file->view().substr(kMagic.size()));
  if (in.Text() != Stamps(lexicons_dir, languages) || !in.ok()) return std::nullopt;

  LexiconSpecs specs;
  specs.terms.resize(in.Count(64));
  for (TermEntry& entry : specs.terms) entry = ReadTerm(in);
  specs.concepts.resize(in.Count(48));
  for (ConceptEntry& entry : specs.concepts) {
    for (std::string* text :
         {&entry.language, &entry.concept_name, &entry.term, &entry.source, &entry.file}) {
      *text = in.Text();
    }
    entry.line = in.Int();
  }
  specs.exempt.resize(in.Count(40));
  for (ExemptPhrase& entry : specs.exempt) {
    for (std::string* text : {&entry.language, &entry.phrase, &entry.source, &entry.file}) {
      *text = in.Text();
    }
    entry.line = in.Int();
  }
  specs.paradigms.resize(in.Count(64));
  for (ParadigmForm& form : specs.paradigms) {
    for (std::string* text : {&form.language, &form.lemma, &form.grammatical_case, &form.number,
                              &form.form, &form.source, &form.file}) {
      *text = in.Text();
    }
    form.line = in.Int();
  }
  if (!in.ok() || !in.AtEnd()) return std::nullopt;
  return specs;
}

}  // namespace rightslint
