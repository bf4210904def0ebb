// Fingerprints of findings (see fingerprint.h for the definition, which is a stable contract:
// changing anything here changes every fingerprint users have stored in baselines and in code
// scanning).
#include "report/fingerprint.h"

#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cstdint>
#include <filesystem>
#include <map>
#include <string_view>
#include <utility>

namespace rightslint {
namespace {

// Case-folded, whitespace runs as one space, trimmed: "Drug\n  Abuse" and "drug abuse" are the
// same text for a fingerprint.
std::string NormaliseText(std::string_view text) {
  icu::UnicodeString folded = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  folded.foldCase();
  icu::UnicodeString collapsed;
  bool pending_space = false;
  for (int32_t i = 0; i < folded.length(); i = folded.moveIndex32(i, 1)) {
    const UChar32 c = folded.char32At(i);
    if (u_isUWhiteSpace(c)) {
      pending_space = !collapsed.isEmpty();
      continue;
    }
    if (pending_space) collapsed.append(static_cast<UChar32>(' '));
    pending_space = false;
    collapsed.append(c);
  }
  std::string normalised;
  collapsed.toUTF8String(normalised);
  return normalised;
}

// "./drafts//a.txt" -> "drafts/a.txt": the same file named two ways is one path.
std::string NormalisePath(std::string_view path) {
  const std::string normal = std::filesystem::path(path).lexically_normal().generic_string();
  return normal.empty() ? std::string(path) : normal;
}

// 64-bit FNV-1a as 16 hex digits: stable across builds and platforms, which std::hash is not.
std::string HashHex(std::string_view bytes) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (const char c : bytes) {
    hash ^= static_cast<unsigned char>(c);
    hash *= 0x100000001b3ULL;
  }
  constexpr char kHex[] = "0123456789abcdef";
  std::string hex(16, '0');
  for (int i = 15; i >= 0; --i, hash >>= 4) hex[static_cast<std::size_t>(i)] = kHex[hash & 0xF];
  return hex;
}

std::string FingerprintHash(const std::string& normalised_path, const Finding& finding) {
  std::string key = normalised_path;
  key.push_back('\0');
  key += finding.rule;
  key.push_back('\0');
  key += NormaliseText(finding.text);
  key.push_back('\0');
  key += finding.structure.value_or("");
  return HashHex(key);
}

}  // namespace

std::vector<std::string> FindingFingerprints(const FileResult& file) {
  const std::string path = NormalisePath(file.path);
  std::vector<std::string> fingerprints;
  fingerprints.reserve(file.findings.size());
  std::map<std::string, int> occurrences;  // hash -> findings with it so far
  for (const Finding& finding : file.findings) {
    std::string hash = FingerprintHash(path, finding);
    const int occurrence = ++occurrences[hash];
    fingerprints.push_back(std::move(hash) + ":" + std::to_string(occurrence));
  }
  return fingerprints;
}

}  // namespace rightslint
