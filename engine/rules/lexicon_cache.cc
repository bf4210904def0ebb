#include "rules/lexicon_cache.h"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <string_view>

#include "base/atomic_file.h"
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

// Little-endian unsigned integers and length-prefixed strings.
class Writer {
 public:
  void Number(std::uint64_t value) {
    for (int i = 0; i < 8; ++i) bytes_.push_back(static_cast<char>(value >> (8 * i)));
  }
  void Text(std::string_view text) {
    Number(text.size());
    bytes_.append(text);
  }
  void Texts(const std::vector<std::string>& texts) {
    Number(texts.size());
    for (const std::string& text : texts) Text(text);
  }
  std::string& bytes() { return bytes_; }

 private:
  std::string bytes_;
};

// Reads what Writer wrote; any read past the end, or a count larger than the bytes left could
// hold, fails the whole read (`ok` false) and gives back empty values from then on.
class Reader {
 public:
  explicit Reader(std::string_view bytes) : rest_(bytes) {}
  bool ok() const { return ok_; }
  bool AtEnd() const { return rest_.empty(); }

  std::uint64_t Number() {
    if (!ok_ || rest_.size() < 8) return Fail();
    std::uint64_t value = 0;
    for (int i = 0; i < 8; ++i)
      value |= std::uint64_t{static_cast<unsigned char>(rest_[i])} << (8 * i);
    rest_.remove_prefix(8);
    return value;
  }
  // A count of items of at least `item_bytes` bytes each.
  std::size_t Count(std::size_t item_bytes) {
    const std::uint64_t count = Number();
    if (!ok_ || count > rest_.size() / std::max<std::size_t>(item_bytes, 1)) return Fail();
    return static_cast<std::size_t>(count);
  }
  std::string Text() {
    const std::size_t size = Count(1);
    if (!ok_) return {};
    std::string text(rest_.substr(0, size));
    rest_.remove_prefix(size);
    return text;
  }
  std::vector<std::string> Texts() {
    std::vector<std::string> texts(Count(8));
    for (std::string& text : texts) text = Text();
    return texts;
  }
  int Int() { return static_cast<int>(static_cast<std::int64_t>(Number())); }

 private:
  std::uint64_t Fail() {
    ok_ = false;
    rest_ = {};
    return 0;
  }

  std::string_view rest_;
  bool ok_ = true;
};

void Write(Writer& out, const TermEntry& entry) {
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

TermEntry ReadTerm(Reader& in) {
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
  Writer out;
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
  std::ifstream file(path, std::ios::binary | std::ios::ate);
  if (!file) return std::nullopt;
  const auto size = static_cast<std::size_t>(file.tellg());
  const std::unique_ptr<char[]> buffer(new char[size]);  // not zeroed: read over at once
  file.seekg(0);
  if (!file.read(buffer.get(), static_cast<std::streamsize>(size))) return std::nullopt;
  const std::string_view bytes(buffer.get(), size);
  if (!bytes.starts_with(kMagic)) return std::nullopt;
  Reader in(bytes.substr(kMagic.size()));
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
