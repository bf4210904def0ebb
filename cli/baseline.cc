// Baseline files (see baseline.h): nlohmann::json's exceptions stay in this file.
#include "baseline.h"

#include <unicode/utf8.h>

#include <algorithm>
#include <cstdint>
#include <nlohmann/json.hpp>
#include <optional>
#include <utility>

#include "posix.h"
#include "report/finding_json.h"

namespace rightslint::cli {
namespace {

using Json = nlohmann::json;

constexpr int kVersion = 1;
constexpr std::string_view kTool = "rightslint";
// A clause finding's text can be a whole article; the baseline keeps enough to recognise it.
constexpr std::size_t kMaxTextBytes = 120;

// `text` cut to at most kMaxTextBytes at a character boundary, with "…" when cut.
std::string Abbreviate(const std::string& text) {
  if (text.size() <= kMaxTextBytes) return text;
  std::size_t end = kMaxTextBytes;
  while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
  return text.substr(0, end) + "…";
}

// nlohmann's message quotes the bytes it read last, which may be binary or broken UTF-8: those
// are written as \xNN so the message itself is always printable UTF-8.
std::string Printable(std::string_view text) {
  std::string printable;
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(text.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    if (c >= 0x20 && c != 0x7F) {
      printable.append(
          text.substr(static_cast<std::size_t>(start), static_cast<std::size_t>(i - start)));
      continue;
    }
    constexpr char kHex[] = "0123456789ABCDEF";
    for (int32_t j = start; j < i; ++j) {
      printable += "\\x";
      printable += kHex[bytes[j] >> 4];
      printable += kHex[bytes[j] & 0xF];
    }
  }
  return printable;
}

// "[json.exception.parse_error.101] parse error at line 1, …" -> "parse error at line 1, …".
std::string ParseErrorText(const Json::exception& error) {
  std::string_view what = error.what();
  if (what.starts_with('[')) {
    const std::size_t end = what.find("] ");
    if (end != std::string_view::npos) what.remove_prefix(end + 2);
  }
  return Printable(what);
}

// The string at `key` of `object`, or why not.
StatusOr<std::string> StringAt(const Json& object, const char* key, const std::string& where) {
  const auto found = object.find(key);
  if (found == object.end()) return Status::Invalid(where + "key `" + key + "` is missing");
  if (!found->is_string()) {
    return Status::Invalid(where + "`" + key + "` must be a string, not " + found->type_name());
  }
  return found->get<std::string>();
}

StatusOr<BaselineEntry> EntryOf(const Json& item, const std::string& where) {
  if (!item.is_object()) {
    return Status::Invalid(where + "expected an object, not " + std::string(item.type_name()));
  }
  BaselineEntry entry;
  for (auto [key, field] :
       {std::pair{"path", &entry.path}, std::pair{"rule", &entry.rule},
        std::pair{"fingerprint", &entry.fingerprint}, std::pair{"text", &entry.text}}) {
    StatusOr<std::string> value = StringAt(item, key, where);
    if (!value.ok()) return value.status();
    *field = std::move(value).value();
  }
  if (entry.fingerprint.empty()) return Status::Invalid(where + "`fingerprint` is empty");
  const auto line = item.find("line");
  if (line == item.end()) return Status::Invalid(where + "key `line` is missing");
  // nlohmann reads every non-negative whole number as unsigned.
  if (!line->is_number_unsigned() || line->get<std::uint64_t>() > INT32_MAX) {
    return Status::Invalid(where + "`line` must be a whole number ≥ 0, not " + line->dump());
  }
  entry.line = line->get<int>();
  return entry;
}

// The header keys: version 1 of a rightslint baseline.
Status CheckHeader(const Json& document, const std::string& where) {
  const auto version = document.find("version");
  if (version == document.end()) return Status::Invalid(where + "key `version` is missing");
  if (!version->is_number_integer() || *version != kVersion) {
    return Status::Invalid(where + "version " + version->dump() +
                           " is not supported: this rightslint reads version 1 (write a new "
                           "baseline with --write-baseline)");
  }
  StatusOr<std::string> tool = StringAt(document, "tool", where);
  if (!tool.ok()) return tool.status();
  if (*tool != kTool) {
    return Status::Invalid(where + "`tool` is \"" + Printable(*tool) +
                           "\", expected \"rightslint\"");
  }
  return Status::Ok();
}

StatusOr<std::vector<BaselineEntry>> EntriesOf(const Json& document, const std::string& prefix) {
  if (!document.is_object()) {
    return Status::Invalid(prefix +
                           "expected an object with `version`, `tool` and `findings`, not " +
                           std::string(document.type_name()));
  }
  if (Status header = CheckHeader(document, prefix); !header.ok()) return header;
  const auto findings = document.find("findings");
  if (findings == document.end()) return Status::Invalid(prefix + "key `findings` is missing");
  if (!findings->is_array()) {
    return Status::Invalid(prefix + "`findings` must be an array, not " +
                           std::string(findings->type_name()));
  }
  std::vector<BaselineEntry> entries;
  entries.reserve(findings->size());
  for (std::size_t i = 0; i < findings->size(); ++i) {
    StatusOr<BaselineEntry> entry =
        EntryOf((*findings)[i], prefix + "findings[" + std::to_string(i) + "]: ");
    if (!entry.ok()) return entry.status();
    entries.push_back(std::move(entry).value());
  }
  return entries;
}

}  // namespace

std::vector<BaselineEntry> BaselineEntries(const FileResult& file,
                                           const std::vector<std::string>& fingerprints) {
  std::vector<BaselineEntry> entries;
  entries.reserve(file.findings.size());
  for (std::size_t i = 0; i < file.findings.size() && i < fingerprints.size(); ++i) {
    const Finding& finding = file.findings[i];
    entries.push_back(
        {file.path, finding.rule, fingerprints[i], Abbreviate(finding.text), finding.start.line});
  }
  return entries;
}

std::string FormatBaseline(std::vector<BaselineEntry> entries) {
  std::stable_sort(entries.begin(), entries.end(),
                   [](const BaselineEntry& a, const BaselineEntry& b) { return a.path < b.path; });
  std::string text = "{\"version\": 1, \"tool\": \"rightslint\", \"findings\": [\n";
  for (std::size_t i = 0; i < entries.size(); ++i) {
    const BaselineEntry& entry = entries[i];
    OrderedJson item;
    item["path"] = entry.path;
    item["rule"] = entry.rule;
    item["fingerprint"] = entry.fingerprint;
    item["text"] = entry.text;
    item["line"] = entry.line;
    text += DumpJson(item, -1);
    text += i + 1 < entries.size() ? ",\n" : "\n";
  }
  text += "]}\n";
  return text;
}

StatusOr<std::vector<BaselineEntry>> ParseBaseline(std::string_view text, std::string_view name) {
  const std::string prefix = std::string(name) + ": ";
  if (text.empty()) {
    return Status::Invalid(prefix +
                           "the file is empty; expected a baseline written by "
                           "`rightslint check --write-baseline`");
  }
  Json document;
  try {
    document = Json::parse(text);
  } catch (const Json::exception& error) {
    return Status::Invalid(prefix + "not a baseline: " + ParseErrorText(error));
  }
  return EntriesOf(document, prefix);
}

StatusOr<std::vector<BaselineEntry>> ReadBaseline(const std::string& path) {
  StatusOr<std::string> text = ReadWholeFile(path);
  if (!text.ok()) return Status(text.status().code(), "baseline " + text.status().message());
  return ParseBaseline(*text, path);
}

BaselineMatcher::BaselineMatcher(const std::vector<BaselineEntry>& entries) {
  for (const BaselineEntry& entry : entries) ++unused_[entry.fingerprint];
}

std::vector<bool> BaselineMatcher::Hide(const std::vector<std::string>& fingerprints) {
  std::vector<bool> hidden(fingerprints.size(), false);
  for (std::size_t i = 0; i < fingerprints.size(); ++i) {
    const auto found = unused_.find(fingerprints[i]);
    if (found == unused_.end() || found->second == 0) continue;
    --found->second;
    hidden[i] = true;
  }
  return hidden;
}

}  // namespace rightslint::cli
