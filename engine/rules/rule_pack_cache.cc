#include "rules/rule_pack_cache.h"

#include <cstdint>
#include <string_view>

#include "base/atomic_file.h"
#include "base/binary_io.h"
#include "base/file_stamp.h"
#include "rules/rule_pack_loader.h"

namespace rightslint {
namespace {

// The format's name and version: a cache of another version is not read.
constexpr std::string_view kMagic = "rightslint rule pack cache 2\n";

// "path size mtime" of every pack file, in the order LoadRulePacks reads them.
std::optional<std::string> Stamps(const std::string& rules_dir) {
  auto files = RulePackFiles(rules_dir);
  if (!files.ok()) return std::nullopt;
  std::string stamps;
  for (const auto& file : files.value()) stamps += file.string() + " " + FileStamp(file) + "\n";
  return stamps;
}

void Write(BinaryWriter& out, const RuleSpec& spec) {
  const RuleInfo& info = spec.info;
  for (const std::string* text :
       {&info.id, &info.type, &info.category, &info.definition, &info.rationale.guideline,
        &info.rationale.why, &info.rationale.url, &info.file, &spec.lexicon, &spec.pattern}) {
    out.Text(*text);
  }
  out.Number(static_cast<std::uint64_t>(info.severity));
  out.Texts(info.languages);
  out.TextMap(info.messages);
  out.TextMap(info.suggestions);
  out.Number(info.rationale.recommendation
                 ? static_cast<std::uint64_t>(*info.rationale.recommendation) + 1
                 : 0);
  out.Number(info.examples.size());
  for (const RuleExample& example : info.examples) {
    out.Text(example.language);
    out.Text(example.text);
    out.Number(example.bad ? 1 : 0);
  }
  out.Number(info.safe_fix ? 1 : 0);
  out.Number(static_cast<std::uint64_t>(spec.clause.scope));
  out.Number(static_cast<std::uint64_t>(spec.clause.within));
  out.Texts(spec.clause.all);
  out.Texts(spec.clause.any);
  out.Texts(spec.clause.none);
  out.Number(static_cast<std::uint64_t>(spec.line));
}

RuleSpec ReadSpec(BinaryReader& in) {
  RuleSpec spec;
  RuleInfo& info = spec.info;
  for (std::string* text :
       {&info.id, &info.type, &info.category, &info.definition, &info.rationale.guideline,
        &info.rationale.why, &info.rationale.url, &info.file, &spec.lexicon, &spec.pattern}) {
    *text = in.Text();
  }
  info.severity = static_cast<Severity>(in.Int());
  info.languages = in.Texts();
  info.messages = in.TextMap();
  info.suggestions = in.TextMap();
  if (const std::uint64_t recommendation = in.Number(); recommendation > 0) {
    info.rationale.recommendation = static_cast<int>(recommendation - 1);
  }
  info.examples.resize(in.Count(24));
  for (RuleExample& example : info.examples) {
    example.language = in.Text();
    example.text = in.Text();
    example.bad = in.Number() != 0;
  }
  info.safe_fix = in.Number() != 0;
  spec.clause.scope = static_cast<ClauseScope>(in.Int());
  spec.clause.within = in.Int();
  spec.clause.all = in.Texts();
  spec.clause.any = in.Texts();
  spec.clause.none = in.Texts();
  spec.line = in.Int();
  return spec;
}

}  // namespace

Status WriteRulePackCache(const std::string& path, const std::string& rules_dir,
                          const std::vector<RuleSpec>& rules) {
  std::optional<std::string> stamps = Stamps(rules_dir);
  if (!stamps) return Status::NotFound(rules_dir + ": rules directory not found");
  BinaryWriter out;
  out.bytes().append(kMagic);
  out.Text(*stamps);
  out.Number(rules.size());
  for (const RuleSpec& spec : rules) Write(out, spec);
  return WriteFileAtomically(path, out.bytes());
}

std::optional<std::vector<RuleSpec>> ReadRulePackCache(const std::string& path,
                                                       const std::string& rules_dir) {
  const std::optional<FileBytes> file = FileBytes::Read(path);
  if (!file || !file->view().starts_with(kMagic)) return std::nullopt;
  BinaryReader in(file->view().substr(kMagic.size()));
  const std::optional<std::string> stamps = Stamps(rules_dir);
  if (!stamps || in.Text() != *stamps || !in.ok()) return std::nullopt;
  std::vector<RuleSpec> rules(in.Count(128));  // a rule takes 184 bytes or more
  for (RuleSpec& spec : rules) spec = ReadSpec(in);
  // Values the loader would never give: a damaged cache.
  for (const RuleSpec& spec : rules) {
    if (static_cast<int>(spec.info.severity) < 0 || static_cast<int>(spec.info.severity) > 2 ||
        static_cast<int>(spec.clause.scope) < 0 || static_cast<int>(spec.clause.scope) > 2) {
      return std::nullopt;
    }
  }
  if (!in.ok() || !in.AtEnd()) return std::nullopt;
  return rules;
}

}  // namespace rightslint
