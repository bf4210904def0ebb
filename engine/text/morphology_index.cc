#include "text/morphology_index.h"

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <charconv>
#include <cstring>

#include "base/atomic_file.h"
#include "base/file_stamp.h"
#include "text/fold.h"
#include "text/morphology.h"

namespace rightslint {
namespace {

constexpr std::string_view kMagic = "rightslint-morphology-index 1\n";

// The header lines an index for `key` must start with, given the dictionary files as they are.
std::string HeaderFor(const MorphologyIndexKey& key) {
  std::string header(kMagic);
  header += "language\t" + key.language + "\n";
  header += "aff\t" + key.aff_path + "\t" + FileStamp(key.aff_path) + "\n";
  header += "dic\t" + key.dic_path + "\t" + FileStamp(key.dic_path) + "\n";
  header += "noun-flags\t" + key.noun_flags + "\n";
  for (const auto& [word, model] : key.extra_words)
    header += "extra\t" + word + "\t" + model + "\n";
  return header;
}

bool StartsWithDigit(std::string_view word) {
  return !word.empty() && word.front() >= '0' && word.front() <= '9';
}

// The next line of `text` from `*position`, without its newline; nullopt at the end or when the
// line has no newline (a truncated file).
std::optional<std::string_view> NextLine(std::string_view text, std::size_t* position) {
  const std::size_t end = text.find('\n', *position);
  if (end == std::string_view::npos) return std::nullopt;
  std::string_view line = text.substr(*position, end - *position);
  *position = end + 1;
  return line;
}

bool ParseCount(std::string_view text, std::size_t* value) {
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), *value);
  return error == std::errc() && end == text.data() + text.size();
}

std::string_view FormOf(std::string_view line) { return line.substr(0, line.find('\t')); }

}  // namespace

std::uint64_t FormHash(std::string_view form) {
  std::uint64_t hash = 14695981039346656037ULL;  // FNV-1a, then the splitmix64 finaliser
  for (unsigned char c : form) hash = (hash ^ c) * 1099511628211ULL;
  hash = (hash ^ (hash >> 30)) * 0xBF58476D1CE4E5B9ULL;
  hash = (hash ^ (hash >> 27)) * 0x94D049BB133111EBULL;
  return hash ^ (hash >> 31);
}

Status WriteMorphologyIndex(const std::string& path, const MorphologyIndexContents& contents) {
  std::string out = HeaderFor(contents.key);
  for (const std::string& change : contents.input_changes) out += "input-change\t" + change + "\n";
  out += std::string("digits-bypass\t") + (contents.digits_bypass ? "1" : "0") + "\n";
  for (const std::string& prefix : contents.prefixes) out += "prefix\t" + prefix + "\n";
  for (const std::string& word : contents.exact_words) out += "exact\t" + word + "\n";
  std::string entries;
  for (const auto& [form, analyses] : contents.entries) {
    entries += form;
    for (const Analysis& analysis : analyses) {
      entries += "\t" + analysis.lemma + (analysis.noun_form ? "\tN" : "\t-");
    }
    entries += "\n";
  }
  out += "entries\t" + std::to_string(entries.size()) + "\n" + entries;
  if (contents.has_membership) {
    out += "membership\t" + std::to_string(contents.membership.size()) + "\n";
    out.append((8 - out.size() % 8) % 8, '\0');
    const std::size_t at = out.size();
    out.resize(at + contents.membership.size() * sizeof(std::uint64_t));
    std::memcpy(out.data() + at, contents.membership.data(),
                contents.membership.size() * sizeof(std::uint64_t));
    out += "\n";
  }
  out += "end\n";
  return WriteFileAtomically(path, out);
}

StatusOr<std::unique_ptr<MorphologyIndex>> MorphologyIndex::Open(const std::string& path,
                                                                 const MorphologyIndexKey& key) {
  std::unique_ptr<MorphologyIndex> index(new MorphologyIndex());
  if (Status status = index->Parse(path, key); !status.ok()) return status;
  return index;
}

MorphologyIndex::~MorphologyIndex() {
  if (data_ != nullptr) ::munmap(const_cast<char*>(data_), size_);
}

Status MorphologyIndex::Parse(const std::string& path, const MorphologyIndexKey& key) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return Status::NotFound(path + ": " + std::strerror(errno));
  struct stat info {};
  if (::fstat(fd, &info) != 0 || !S_ISREG(info.st_mode) || info.st_size == 0) {
    ::close(fd);
    return Status::Invalid(path + ": not a morphology index (empty or not a file)");
  }
  size_ = static_cast<std::size_t>(info.st_size);
  void* mapped = ::mmap(nullptr, size_, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (mapped == MAP_FAILED) return Status::Io(path + ": " + std::strerror(errno));
  data_ = static_cast<const char*>(mapped);
  const std::string_view text(data_, size_);

  const std::string header = HeaderFor(key);
  if (!text.starts_with(header)) {
    return Status::Invalid(path + ": made for other dictionary files or lexicons (stale)");
  }
  std::size_t position = header.size();
  auto malformed = [&](std::string_view what) {
    return Status::Invalid(path + ": byte " + std::to_string(position) + ": " + std::string(what));
  };
  while (true) {
    const std::size_t line_start = position;
    const std::optional<std::string_view> line = NextLine(text, &position);
    if (!line) return malformed("truncated: expected `entries`");
    const std::size_t tab = line->find('\t');
    if (tab == std::string_view::npos) return malformed("expected `name<TAB>value`");
    const std::string_view name = line->substr(0, tab);
    const std::string_view value = line->substr(tab + 1);
    if (name == "input-change") {
      input_changes_.emplace_back(value);
    } else if (name == "digits-bypass") {
      digits_bypass_ = value == "1";
    } else if (name == "prefix") {
      coverage_.AddPrefix(value);
    } else if (name == "exact") {
      coverage_.AddExact(value);
    } else if (name == "entries") {
      std::size_t bytes = 0;
      if (!ParseCount(value, &bytes) || bytes > size_ - position) {
        position = line_start;
        return malformed("entries: size missing or beyond the end of the file");
      }
      entries_ = text.substr(position, bytes);
      if (!entries_.empty() && entries_.back() != '\n') return malformed("entries: truncated");
      position += bytes;
      break;
    } else {
      position = line_start;
      return malformed("unknown line `" + std::string(name) + "`");
    }
  }

  std::optional<std::string_view> line = NextLine(text, &position);
  if (line && line->starts_with("membership\t")) {
    std::size_t count = 0;
    if (!ParseCount(line->substr(std::strlen("membership\t")), &count)) {
      return malformed("membership: expected a count");
    }
    position += (8 - position % 8) % 8;
    if (count > (size_ - std::min(size_, position)) / sizeof(std::uint64_t)) {
      return malformed("membership: truncated");
    }
    membership_ = reinterpret_cast<const std::uint64_t*>(data_ + position);
    membership_count_ = count;
    has_membership_ = true;
    position += count * sizeof(std::uint64_t);
    if (position >= size_ || data_[position] != '\n') return malformed("membership: truncated");
    ++position;
    line = NextLine(text, &position);
  }
  if (!line || *line != "end" || position != size_) return malformed("expected `end`");
  return Status::Ok();
}

bool MorphologyIndex::Bypassed(std::string_view folded) const {
  if (digits_bypass_ && StartsWithDigit(folded)) return true;
  return std::any_of(input_changes_.begin(), input_changes_.end(), [&](const std::string& change) {
    return folded.find(change) != std::string_view::npos;
  });
}

void WordCoverage::AddPrefix(std::string_view prefix) {
  prefixes_.emplace(prefix);
  const std::size_t length = CodePointCount(prefix);
  if (std::find(prefix_lengths_.begin(), prefix_lengths_.end(), length) == prefix_lengths_.end()) {
    prefix_lengths_.push_back(length);
    std::sort(prefix_lengths_.begin(), prefix_lengths_.end());
  }
}

bool WordCoverage::IsExact(std::string_view folded) const {
  return exact_words_.find(folded) != exact_words_.end();
}

bool WordCoverage::HasPrefix(std::string_view folded) const {
  const std::size_t letters = CodePointCount(folded);
  for (std::size_t length : prefix_lengths_) {
    if (length > letters) break;
    if (prefixes_.find(CodePointPrefix(folded, length)) != prefixes_.end()) {
      return true;
    }
  }
  return false;
}

std::string_view MorphologyIndex::FindEntry(std::string_view folded) const {
  std::size_t low = 0;
  std::size_t high = entries_.size();
  while (low < high) {
    const std::size_t middle = low + (high - low) / 2;
    const std::size_t newline =
        middle == 0 ? std::string_view::npos : entries_.rfind('\n', middle - 1);
    std::size_t start = newline == std::string_view::npos ? 0 : newline + 1;
    if (start < low) start = low;
    const std::size_t end = entries_.find('\n', start);
    const std::string_view line = entries_.substr(start, end - start);
    const int order = FormOf(line).compare(folded);
    if (order == 0) return line;
    if (order < 0) {
      low = end + 1;
    } else {
      high = start;
    }
  }
  return {};
}

std::optional<std::vector<Analysis>> MorphologyIndex::Analyze(std::string_view folded) const {
  if (!coverage_.IsExact(folded) && (Bypassed(folded) || !coverage_.HasPrefix(folded))) {
    return std::nullopt;
  }
  std::vector<Analysis> analyses;
  const std::string_view line = FindEntry(folded);
  if (line.empty()) return analyses;
  std::size_t position = line.find('\t');
  while (position != std::string_view::npos && position < line.size()) {
    const std::size_t lemma_start = position + 1;
    const std::size_t lemma_end = line.find('\t', lemma_start);
    if (lemma_end == std::string_view::npos) break;
    Analysis analysis;
    analysis.lemma = std::string(line.substr(lemma_start, lemma_end - lemma_start));
    analysis.noun_form = line.substr(lemma_end + 1, 1) == "N";
    analyses.push_back(std::move(analysis));
    position = line.find('\t', lemma_end + 1);
  }
  return analyses;
}

std::optional<bool> MorphologyIndex::Knows(std::string_view folded) const {
  if (coverage_.IsExact(folded)) return !FindEntry(folded).empty();
  if (Bypassed(folded)) return std::nullopt;
  if (coverage_.HasPrefix(folded)) return !FindEntry(folded).empty();
  if (!has_membership_) return std::nullopt;
  return std::binary_search(membership_, membership_ + membership_count_, FormHash(folded));
}

}  // namespace rightslint
