#include "rules/rule_pack_cache.h"

#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

#include "base/atomic_file.h"
#include "base/file_stamp.h"
#include "rules/rule_pack_loader.h"

namespace rightslint {
namespace {

using nlohmann::json;

constexpr int kFormat = 1;

// "path size mtime" of every pack file, in the order LoadRulePacks reads them.
std::optional<json> Stamps(const std::string& rules_dir) {
  auto files = RulePackFiles(rules_dir);
  if (!files.ok()) return std::nullopt;
  json stamps = json::array();
  for (const auto& file : files.value()) stamps.push_back(file.string() + " " + FileStamp(file));
  return stamps;
}

json ToJson(const RuleSpec& spec) {
  const RuleInfo& info = spec.info;
  json examples = json::array();
  for (const RuleExample& example : info.examples) {
    examples.push_back(
        {{"language", example.language}, {"text", example.text}, {"bad", example.bad}});
  }
  json recommendation = nullptr;
  if (info.rationale.recommendation) recommendation = *info.rationale.recommendation;
  return {{"id", info.id},
          {"type", info.type},
          {"category", info.category},
          {"severity", static_cast<int>(info.severity)},
          {"languages", info.languages},
          {"messages", info.messages},
          {"suggestions", info.suggestions},
          {"definition", info.definition},
          {"guideline", info.rationale.guideline},
          {"recommendation", recommendation},
          {"why", info.rationale.why},
          {"url", info.rationale.url},
          {"examples", examples},
          {"file", info.file},
          {"safe_fix", info.safe_fix},
          {"lexicon", spec.lexicon},
          {"pattern", spec.pattern},
          {"scope", static_cast<int>(spec.clause.scope)},
          {"within", spec.clause.within},
          {"all", spec.clause.all},
          {"any", spec.clause.any},
          {"none", spec.clause.none},
          {"line", spec.line}};
}

RuleSpec FromJson(const json& value) {
  RuleSpec spec;
  RuleInfo& info = spec.info;
  info.id = value.at("id").get<std::string>();
  info.type = value.at("type").get<std::string>();
  info.category = value.at("category").get<std::string>();
  info.severity = static_cast<Severity>(value.at("severity").get<int>());
  info.languages = value.at("languages").get<std::vector<std::string>>();
  info.messages = value.at("messages").get<std::map<std::string, std::string>>();
  info.suggestions = value.at("suggestions").get<std::map<std::string, std::string>>();
  info.definition = value.at("definition").get<std::string>();
  info.rationale.guideline = value.at("guideline").get<std::string>();
  if (!value.at("recommendation").is_null()) {
    info.rationale.recommendation = value.at("recommendation").get<int>();
  }
  info.rationale.why = value.at("why").get<std::string>();
  info.rationale.url = value.at("url").get<std::string>();
  for (const json& example : value.at("examples")) {
    info.examples.push_back({example.at("language").get<std::string>(),
                             example.at("text").get<std::string>(), example.at("bad").get<bool>()});
  }
  info.file = value.at("file").get<std::string>();
  info.safe_fix = value.at("safe_fix").get<bool>();
  spec.lexicon = value.at("lexicon").get<std::string>();
  spec.pattern = value.at("pattern").get<std::string>();
  spec.clause.scope = static_cast<ClauseScope>(value.at("scope").get<int>());
  spec.clause.within = value.at("within").get<int>();
  spec.clause.all = value.at("all").get<std::vector<std::string>>();
  spec.clause.any = value.at("any").get<std::vector<std::string>>();
  spec.clause.none = value.at("none").get<std::vector<std::string>>();
  spec.line = value.at("line").get<int>();
  return spec;
}

}  // namespace

Status WriteRulePackCache(const std::string& path, const std::string& rules_dir,
                          const std::vector<RuleSpec>& rules) {
  std::optional<json> stamps = Stamps(rules_dir);
  if (!stamps) return Status::NotFound(rules_dir + ": rules directory not found");
  json packs = json::array();
  for (const RuleSpec& spec : rules) packs.push_back(ToJson(spec));
  const json cache = {{"format", kFormat}, {"stamps", *stamps}, {"rules", packs}};
  std::string text;
  try {
    text = cache.dump();
  } catch (const json::exception& error) {  // text that is not UTF-8
    return Status::Invalid(path + ": " + error.what());
  }
  return WriteFileAtomically(path, text);
}

std::optional<std::vector<RuleSpec>> ReadRulePackCache(const std::string& path,
                                                       const std::string& rules_dir) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::stringstream text;
  text << in.rdbuf();
  const json cache = json::parse(text.str(), nullptr, /*allow_exceptions=*/false);
  if (!cache.is_object()) return std::nullopt;
  try {
    const std::optional<json> stamps = Stamps(rules_dir);
    if (cache.at("format") != kFormat || !stamps || cache.at("stamps") != *stamps) {
      return std::nullopt;
    }
    std::vector<RuleSpec> rules;
    for (const json& value : cache.at("rules")) rules.push_back(FromJson(value));
    return rules;
  } catch (const json::exception&) {  // a field missing or of another type
    return std::nullopt;
  }
}

}  // namespace rightslint
