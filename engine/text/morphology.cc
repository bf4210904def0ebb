#include "text/morphology.h"

#include <libstemmer.h>
#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <hunspell/hunspell.hxx>
#include <optional>

#include "text/fold.h"
#include "text/morphology_index.h"

namespace rightslint {
namespace {

// Hunspell where Debian has a dictionary (hunspell-en-us, -ru, -uk, -ro, -kk, -be, -lt), Snowball
// where libstemmer has the language. Kyrgyz and Georgian have neither: their terms match the exact
// folded forms only (no profile, no Morphology).
const std::array<MorphologyProfile, 7> kProfiles = {{
    {"en", "en_US", "english", "SM"},
    {"ru", "ru_RU", "russian", ""},
    {"uk", "uk_UA", "", ""},
    {"ro", "ro_RO", "romanian", ""},
    {"kk", "kk_KZ", "", ""},
    {"be", "be_BY", "", ""},
    {"lt", "lt_LT", "lithuanian", ""},
}};

// Parses one Hunspell analysis line, " st:addict fl:S", into lemma and flag.
void ParseAnalysis(const std::string& line, std::string* lemma, std::string* flags) {
  std::size_t position = 0;
  while (position < line.size()) {
    while (position < line.size() && line[position] == ' ') ++position;
    std::size_t end = line.find(' ', position);
    if (end == std::string::npos) end = line.size();
    std::string_view field(line.data() + position, end - position);
    if (field.starts_with("st:") && lemma->empty()) {
      lemma->assign(field.substr(3));
    } else if (field.starts_with("fl:")) {
      flags->append(field.substr(3));
    }
    position = end;
  }
}

bool IsUtf8(std::string_view encoding) { return encoding == "UTF-8" || encoding == "utf-8"; }

// `utf8` in the dictionary's encoding; nullopt when a letter has no place in it (a Cyrillic word
// for the Lithuanian dictionary), so the dictionary is not asked about a mangled word.
std::optional<std::string> ToDictionary(UConverter* converter, std::string_view utf8) {
  const icu::UnicodeString text = icu::UnicodeString::fromUTF8(
      icu::StringPiece(utf8.data(), static_cast<int32_t>(utf8.size())));
  UErrorCode status = U_ZERO_ERROR;
  std::string out(static_cast<std::size_t>(text.length()) * 4 + 4, '\0');
  const int32_t size =
      text.extract(out.data(), static_cast<int32_t>(out.size()), converter, status);
  if (U_FAILURE(status)) return std::nullopt;
  out.resize(static_cast<std::size_t>(size));
  return out;
}

std::string FromDictionary(UConverter* converter, std::string_view bytes) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::UnicodeString text(bytes.data(), static_cast<int32_t>(bytes.size()), converter,
                                status);
  std::string out;
  if (U_SUCCESS(status)) text.toUTF8String(out);
  return out;
}

}  // namespace

void Morphology::ConverterDeleter::operator()(UConverter* converter) const {
  ucnv_close(converter);
}

const MorphologyProfile* FindMorphologyProfile(std::string_view language) {
  for (const MorphologyProfile& profile : kProfiles) {
    if (profile.language == language) return &profile;
  }
  return nullptr;
}

Morphology::Morphology(MorphologyProfile profile, std::string dictionary_dir,
                       std::vector<std::pair<std::string, std::string>> extra_words,
                       std::string index_path)
    : profile_(std::move(profile)),
      dictionary_dir_(std::move(dictionary_dir)),
      extra_words_(std::move(extra_words)),
      index_path_(std::move(index_path)) {}

Morphology::~Morphology() {
  if (stemmer_ != nullptr) sb_stemmer_delete(stemmer_);
}

Status Morphology::Load() const {
  std::lock_guard<std::mutex> lock(dictionary_mutex_);
  return LoadLocked();
}

Status Morphology::LoadLocked() const {
  if (loaded_) return load_status_;
  loaded_ = true;
  const std::filesystem::path base =
      std::filesystem::path(dictionary_dir_) / profile_.hunspell_name;
  const std::string aff = base.string() + ".aff";
  const std::string dic = base.string() + ".dic";
  std::error_code error;
  if (!std::filesystem::exists(aff, error) || !std::filesystem::exists(dic, error)) {
    load_status_ = Status::NotFound("Hunspell dictionary for '" + profile_.language +
                                    "' not found: " + dic + " (install the hunspell-" +
                                    profile_.language.substr(0, 2) + " Debian package)");
    return load_status_;
  }
  hunspell_ = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
  // Hunspell reads and writes words in its dictionary's encoding (SET in the .aff file): UTF-8
  // for most of Debian's dictionaries, ISO8859-13 for lt_LT.
  const std::string encoding = hunspell_->get_dict_encoding();
  if (!IsUtf8(encoding)) {
    UErrorCode status = U_ZERO_ERROR;
    converter_.reset(ucnv_open(encoding.c_str(), &status));
    if (U_FAILURE(status)) {
      hunspell_.reset();
      load_status_ = Status::Invalid(aff + ": unknown encoding " + encoding);
      return load_status_;
    }
    ucnv_setFromUCallBack(converter_.get(), UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr,
                          &status);
  }
  for (const auto& [word, model] : extra_words_) {
    const std::optional<std::string> encoded_word = Encode(word);
    const std::optional<std::string> encoded_model = Encode(model);
    if (encoded_word && encoded_model) hunspell_->add_with_affix(*encoded_word, *encoded_model);
  }
  return load_status_;
}

const MorphologyIndex* Morphology::Index() const {
  std::call_once(index_once_, [&] {
    if (index_path_.empty()) return;
    const std::filesystem::path base =
        std::filesystem::path(dictionary_dir_) / profile_.hunspell_name;
    const MorphologyIndexKey key{profile_.language, base.string() + ".aff", base.string() + ".dic",
                                 profile_.noun_flags, extra_words_};
    auto index = MorphologyIndex::Open(index_path_, key);
    // No index, or a stale one, only means the dictionary loads as it would without.
    if (index.ok()) index_ = std::move(index).value();
  });
  return index_.get();
}

const std::vector<Analysis>& Morphology::Remember(std::string key,
                                                  std::vector<Analysis> analyses) const {
  std::unique_lock<std::shared_mutex> write(memo_mutex_);
  // Another thread may have stored the same word meanwhile; emplace keeps the first.
  return memo_.emplace(std::move(key), std::move(analyses)).first->second;
}

bool Morphology::Knows(std::string_view folded) const {
  if (const MorphologyIndex* index = Index()) {
    if (const std::optional<bool> known = index->Knows(folded)) return *known;
  }
  return !Analyze(folded).empty();
}

bool Morphology::dictionary_loaded() const {
  std::lock_guard<std::mutex> lock(dictionary_mutex_);
  return hunspell_ != nullptr;
}

const std::vector<Analysis>& Morphology::Analyze(std::string_view folded) const {
  std::string key(folded);
  {
    std::shared_lock<std::shared_mutex> read(memo_mutex_);
    auto found = memo_.find(key);
    if (found != memo_.end()) return found->second;  // nodes never move: the reference stays
  }
  if (const MorphologyIndex* index = Index()) {
    if (std::optional<std::vector<Analysis>> analyses = index->Analyze(key)) {
      return Remember(std::move(key), std::move(*analyses));
    }
  }

  std::vector<Analysis> analyses;
  {
    std::lock_guard<std::mutex> lock(dictionary_mutex_);
    const std::optional<std::string> encoded =
        LoadLocked().ok() ? Encode(key) : std::optional<std::string>();
    if (encoded) {
      for (const std::string& line : hunspell_->analyze(*encoded)) {
        std::string lemma;
        std::string flags;
        ParseAnalysis(converter_ ? FromDictionary(converter_.get(), line) : line, &lemma, &flags);
        if (lemma.empty()) continue;
        Analysis analysis;
        analysis.lemma = FoldWord(lemma);
        analysis.noun_form = profile_.noun_flags.empty() || flags.empty() ||
                             std::all_of(flags.begin(), flags.end(), [&](char flag) {
                               return profile_.noun_flags.find(flag) != std::string::npos;
                             });
        auto same = std::find_if(analyses.begin(), analyses.end(), [&](const Analysis& other) {
          return other.lemma == analysis.lemma;
        });
        if (same == analyses.end()) {
          analyses.push_back(std::move(analysis));
        } else {
          same->noun_form = same->noun_form || analysis.noun_form;
        }
      }
    }
  }
  std::unique_lock<std::shared_mutex> write(memo_mutex_);
  // Another thread may have stored the same word meanwhile; emplace keeps the first.
  return memo_.emplace(std::move(key), std::move(analyses)).first->second;
}

std::optional<std::string> Morphology::Encode(std::string_view utf8) const {
  if (!converter_) return std::string(utf8);
  return ToDictionary(converter_.get(), utf8);
}

std::string Morphology::Stem(std::string_view folded) const {
  std::lock_guard<std::mutex> lock(dictionary_mutex_);
  // The stemmer does not need the dictionary: without it, words still fall back to their stems.
  if (!stemmer_tried_) {
    stemmer_tried_ = true;
    if (!profile_.snowball_name.empty()) {
      stemmer_ = sb_stemmer_new(profile_.snowball_name.c_str(), "UTF_8");
    }
  }
  if (stemmer_ == nullptr) return std::string(folded);
  const sb_symbol* stem = sb_stemmer_stem(
      stemmer_, reinterpret_cast<const sb_symbol*>(folded.data()), static_cast<int>(folded.size()));
  if (stem == nullptr) return std::string(folded);
  return std::string(reinterpret_cast<const char*>(stem),
                     static_cast<std::size_t>(sb_stemmer_length(stemmer_)));
}

}  // namespace rightslint
