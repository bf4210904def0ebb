#include "text/affix_expander.h"

#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <fstream>
#include <map>
#include <memory>
#include <sstream>

#include "text/fold.h"

namespace rightslint {
namespace {

// Directives that change which words a dictionary accepts in ways the expander does not model.
constexpr std::array<std::string_view, 17> kRefused = {"FLAG",
                                                       "AF",
                                                       "AM",
                                                       "COMPOUNDFLAG",
                                                       "COMPOUNDBEGIN",
                                                       "COMPOUNDMIDDLE",
                                                       "COMPOUNDEND",
                                                       "COMPOUNDPERMITFLAG",
                                                       "CIRCUMFIX",
                                                       "NEEDAFFIX",
                                                       "PSEUDOROOT",
                                                       "FORBIDDENWORD",
                                                       "FULLSTRIP",
                                                       "COMPLEXPREFIXES",
                                                       "SUBSTANDARD",
                                                       "KEEPCASE",
                                                       "FORCEUCASE"};

// One position of an affix condition: any character, or one of (or none of) a set.
struct ConditionPosition {
  bool any = false;
  bool negated = false;
  std::vector<char32_t> set;
  bool Matches(char32_t c) const {
    if (any) return true;
    const bool in = std::find(set.begin(), set.end(), c) != set.end();
    return in != negated;
  }
};

bool ParseCondition(std::string_view text, std::vector<ConditionPosition>* out) {
  if (text == ".") return true;
  const std::vector<char32_t> chars = CodePoints(text);
  for (std::size_t i = 0; i < chars.size(); ++i) {
    ConditionPosition position;
    if (chars[i] == '.') {
      position.any = true;
    } else if (chars[i] == '[') {
      ++i;
      if (i < chars.size() && chars[i] == '^') {
        position.negated = true;
        ++i;
      }
      while (i < chars.size() && chars[i] != ']') position.set.push_back(chars[i++]);
      if (i == chars.size()) return false;  // no closing bracket
    } else {
      position.set.push_back(chars[i]);
    }
    out->push_back(std::move(position));
  }
  return true;
}

struct AffixRule {
  std::string strip;
  std::string append;
  std::vector<ConditionPosition> condition;
  bool cross_product = false;
};

struct AffixFile {
  std::map<char, std::vector<AffixRule>> suffixes;
  std::map<char, std::vector<AffixRule>> prefixes;
  std::vector<char32_t> ignored;
};

std::string RemoveIgnored(std::string_view word, const std::vector<char32_t>& ignored) {
  if (ignored.empty()) return std::string(word);
  std::string out;
  const auto* bytes = reinterpret_cast<const uint8_t*>(word.data());
  const auto size = static_cast<int32_t>(word.size());
  for (int32_t i = 0; i < size;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, size, c);
    if (c >= 0 &&
        std::find(ignored.begin(), ignored.end(), static_cast<char32_t>(c)) != ignored.end()) {
      continue;
    }
    out.append(word.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
  }
  return out;
}

// A file's text in UTF-8; `encoding` empty or UTF-8 leaves it as it is.
StatusOr<std::string> ReadInUtf8(const std::string& path, const std::string& encoding) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::NotFound(path + ": cannot open");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  std::string bytes = buffer.str();
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.erase(0, 3);
  if (encoding.empty() || encoding == "UTF-8" || encoding == "utf-8") return bytes;
  UErrorCode status = U_ZERO_ERROR;
  std::string out(bytes.size() * 3 + 4, '\0');
  const int32_t size =
      ucnv_convert("UTF-8", encoding.c_str(), out.data(), static_cast<int32_t>(out.size()),
                   bytes.data(), static_cast<int32_t>(bytes.size()), &status);
  if (U_FAILURE(status)) return Status::Invalid(path + ": cannot convert from " + encoding);
  out.resize(static_cast<std::size_t>(size));
  return out;
}

std::vector<std::string_view> Fields(std::string_view line) {
  std::vector<std::string_view> fields;
  std::size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t')) ++i;
    const std::size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t') ++i;
    if (i > start) fields.push_back(line.substr(start, i - start));
  }
  return fields;
}

template <typename Each>
void ForEachLine(std::string_view text, Each each) {
  std::size_t number = 0;
  std::size_t begin = 0;
  while (begin < text.size()) {
    std::size_t end = text.find('\n', begin);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(begin, end - begin);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    ++number;
    if (!each(line, number)) return;
    begin = end + 1;
  }
}

Status ParseAffixFile(const std::string& path, AffixFile* affixes, ExpandedDictionary* info) {
  // The encoding first: SET may come after lines in it.
  StatusOr<std::string> raw = ReadInUtf8(path, "");
  if (!raw.ok()) return raw.status();
  ForEachLine(raw.value(), [&](std::string_view line, std::size_t) {
    const auto fields = Fields(line);
    if (fields.size() >= 2 && fields[0] == "SET") info->encoding = std::string(fields[1]);
    return true;
  });
  // Without SET Hunspell reads the files as ISO8859-1, whatever they hold (kk_KZ holds UTF-8).
  if (info->encoding.empty()) return Status::Invalid(path + ": no SET line (encoding)");
  StatusOr<std::string> text = ReadInUtf8(path, info->encoding);
  if (!text.ok()) return text.status();

  Status status;
  std::map<std::pair<char, char>, std::size_t> pending;  // (kind, flag) -> rules still to read
  std::map<std::pair<char, char>, bool> cross;
  ForEachLine(text.value(), [&](std::string_view line, std::size_t number) {
    const auto fields = Fields(line);
    if (fields.empty() || fields[0].starts_with('#')) return true;
    const std::string where = path + ":" + std::to_string(number) + ": ";
    const std::string_view name = fields[0];
    if (std::find(kRefused.begin(), kRefused.end(), name) != kRefused.end()) {
      status = Status::Invalid(where + std::string(name) + " is not supported");
      return false;
    }
    if (name == "IGNORE" && fields.size() >= 2) {
      for (char32_t c : CodePoints(fields[1])) affixes->ignored.push_back(c);
      info->input_changes.emplace_back(fields[1]);
    } else if ((name == "ICONV" || name == "BREAK") && fields.size() >= 3) {
      std::string from(fields[1]);
      if (from.starts_with('^')) from.erase(0, 1);
      if (from.ends_with('$')) from.pop_back();
      if (!from.empty()) info->input_changes.push_back(from);
    } else if (name == "COMPOUNDRULE" && fields.size() >= 2) {
      info->has_compound_rules = true;
      if (fields.size() == 2 && std::isdigit(static_cast<unsigned char>(fields[1][0]))) return true;
      for (char c : fields[1]) {
        if (c != '*' && c != '?' && c != '(' && c != ')') info->compound_flags.push_back(c);
      }
    } else if (name == "ONLYINCOMPOUND" && fields.size() >= 2) {
      info->compound_flags.append(fields[1]);
    } else if ((name == "SFX" || name == "PFX") && fields.size() >= 4) {
      if (fields[1].size() != 1) {
        status = Status::Invalid(where + "affix flag of more than one byte");
        return false;
      }
      const std::pair<char, char> key{name[0], fields[1][0]};
      auto waiting = pending.find(key);
      if (waiting == pending.end() || waiting->second == 0) {  // a header: SFX A Y 4
        std::size_t count = 0;  // a count that is not a number (or too large) counts as none
        std::from_chars(fields[3].data(), fields[3].data() + fields[3].size(), count);
        pending[key] = count;
        cross[key] = fields[2] == "Y";
        return true;
      }
      --waiting->second;
      // Hunspell reads a rule without a condition as one that applies everywhere.
      AffixRule rule;
      rule.cross_product = cross[key];
      if (fields[2] != "0") rule.strip = RemoveIgnored(fields[2], affixes->ignored);
      std::string_view append = fields[3];
      if (append.find('/') != std::string_view::npos) {
        status = Status::Invalid(where + "affixes with continuation flags are not supported");
        return false;
      }
      if (append != "0") rule.append = RemoveIgnored(append, affixes->ignored);
      if (fields.size() > 4 && !ParseCondition(fields[4], &rule.condition)) {
        status = Status::Invalid(where + "condition without `]`");
        return false;
      }
      (name == "SFX" ? affixes->suffixes : affixes->prefixes)[key.second].push_back(
          std::move(rule));
    }
    return true;
  });
  return status;
}

bool SuffixApplies(const AffixRule& rule, const std::vector<char32_t>& word,
                   std::string_view utf8) {
  if (!utf8.ends_with(rule.strip) || utf8.size() <= rule.strip.size()) return false;
  if (word.size() < rule.condition.size()) return false;
  const std::size_t base = word.size() - rule.condition.size();
  for (std::size_t k = 0; k < rule.condition.size(); ++k) {
    if (!rule.condition[k].Matches(word[base + k])) return false;
  }
  return true;
}

bool PrefixApplies(const AffixRule& rule, const std::vector<char32_t>& word,
                   std::string_view utf8) {
  if (!utf8.starts_with(rule.strip) || utf8.size() <= rule.strip.size()) return false;
  if (word.size() < rule.condition.size()) return false;
  for (std::size_t k = 0; k < rule.condition.size(); ++k) {
    if (!rule.condition[k].Matches(word[k])) return false;
  }
  return true;
}

std::string WithSuffix(const AffixRule& rule, std::string_view word) {
  std::string out(word.substr(0, word.size() - rule.strip.size()));
  out += rule.append;
  return out;
}

std::string WithPrefix(const AffixRule& rule, std::string_view word) {
  std::string out = rule.append;
  out += word.substr(rule.strip.size());
  return out;
}

void Expand(const AffixFile& affixes, const ExpandedDictionary& info, const DictionaryStem& stem,
            const DerivationCallback& emit) {
  const bool compound_only = !info.compound_flags.empty() &&
                             std::any_of(stem.flags.begin(), stem.flags.end(), [&](char flag) {
                               return info.compound_flags.find(flag) != std::string::npos;
                             });
  if (!compound_only) emit(stem.word, stem, "");
  const std::vector<char32_t> word = CodePoints(stem.word);
  for (char flag : stem.flags) {
    if (auto rules = affixes.suffixes.find(flag); rules != affixes.suffixes.end()) {
      for (const AffixRule& suffix : rules->second) {
        if (!SuffixApplies(suffix, word, stem.word)) continue;
        const std::string form = WithSuffix(suffix, stem.word);
        const char suffix_flag[1] = {flag};
        emit(form, stem, std::string_view(suffix_flag, 1));
        if (!suffix.cross_product) continue;
        // Hunspell tests the prefix's condition on the word with its suffix.
        const std::vector<char32_t> suffixed = CodePoints(form);
        for (char other : stem.flags) {
          auto prefixes = affixes.prefixes.find(other);
          if (prefixes == affixes.prefixes.end()) continue;
          for (const AffixRule& prefix : prefixes->second) {
            if (prefix.cross_product && PrefixApplies(prefix, suffixed, form)) {
              const char both_flags[2] = {other, flag};
              emit(WithPrefix(prefix, form), stem, std::string_view(both_flags, 2));
            }
          }
        }
      }
    }
    if (auto rules = affixes.prefixes.find(flag); rules != affixes.prefixes.end()) {
      for (const AffixRule& prefix : rules->second) {
        if (PrefixApplies(prefix, word, stem.word)) {
          const char prefix_flag[1] = {flag};
          emit(WithPrefix(prefix, stem.word), stem, std::string_view(prefix_flag, 1));
        }
      }
    }
  }
}

// Splits a .dic line into word and flags: "word/FLAGS<tab>morphology"; "\/" is a slash in the
// word.
DictionaryStem ParseStem(std::string_view line, const std::vector<char32_t>& ignored) {
  const std::size_t tab = line.find('\t');
  if (tab != std::string_view::npos) line = line.substr(0, tab);
  DictionaryStem stem;
  std::size_t i = 0;
  for (; i < line.size(); ++i) {
    if (line[i] == '\\' && i + 1 < line.size() && line[i + 1] == '/') {
      stem.word.push_back('/');
      ++i;
    } else if (line[i] == '/' && i > 0) {
      break;
    } else if (line[i] == ' ' && i > 0) {
      return {RemoveIgnored(stem.word, ignored), ""};
    } else {
      stem.word.push_back(line[i]);
    }
  }
  if (i < line.size()) {
    std::string_view flags = line.substr(i + 1);
    const std::size_t space = flags.find(' ');
    stem.flags = std::string(flags.substr(0, space));
  }
  stem.word = RemoveIgnored(stem.word, ignored);
  return stem;
}

}  // namespace

Status ExpandHunspellDictionary(const std::string& aff_path, const std::string& dic_path,
                                const std::vector<std::pair<std::string, std::string>>& extra_stems,
                                const DerivationCallback& callback, ExpandedDictionary* info) {
  AffixFile affixes;
  if (Status status = ParseAffixFile(aff_path, &affixes, info); !status.ok()) return status;
  StatusOr<std::string> text = ReadInUtf8(dic_path, info->encoding);
  if (!text.ok()) return text.status();

  std::multimap<std::string, std::string> models;  // model word -> flags of each of its stems
  for (const auto& [word, model] : extra_stems) models.emplace(model, "");
  Status status;
  ForEachLine(text.value(), [&](std::string_view line, std::size_t number) {
    if (number == 1 || line.empty()) return true;  // the first line is the count
    DictionaryStem stem = ParseStem(line, affixes.ignored);
    if (stem.word.empty()) return true;
    const bool compound_part = std::any_of(stem.flags.begin(), stem.flags.end(), [&](char flag) {
      return info->compound_flags.find(flag) != std::string::npos;
    });
    if (compound_part && !std::isdigit(static_cast<unsigned char>(stem.word[0]))) {
      status = Status::Invalid(dic_path + ":" + std::to_string(number) +
                               ": a compound part that does not start with a digit");
      return false;
    }
    if (models.count(stem.word) > 0) models.emplace(stem.word, stem.flags);
    Expand(affixes, *info, stem, callback);
    return true;
  });
  for (const auto& [word, model] : extra_stems) {
    callback(word, {word, ""}, "");
    auto [begin, end] = models.equal_range(model);
    for (auto it = begin; it != end; ++it) {
      if (!it->second.empty()) Expand(affixes, *info, {word, it->second}, callback);
    }
  }
  return status;
}

}  // namespace rightslint
