#include "report/finding_json.h"

namespace rightslint {
namespace {

OrderedJson PositionJson(const Position& position) {
  OrderedJson json{
      {"line", position.line}, {"column", position.column}, {"offset", position.offset}};
  if (position.page > 0) json["page"] = position.page;
  return json;
}

}  // namespace

OrderedJson StringOrNull(const std::optional<std::string>& value) {
  if (!value || value->empty()) return nullptr;
  return *value;
}

OrderedJson FindingJson(const Finding& finding) {
  OrderedJson json;
  json["rule"] = finding.rule;
  json["category"] = finding.category;
  json["severity"] = std::string(SeverityName(finding.severity));
  json["message"] = finding.message;
  json["text"] = finding.text;
  json["start"] = PositionJson(finding.start);
  json["end"] = PositionJson(finding.end);
  json["suggestions"] = finding.suggestions;
  json["structure"] = StringOrNull(finding.structure);
  json["guideline"] = StringOrNull(finding.guideline);
  json["recommendation"] =
      finding.recommendation ? OrderedJson(*finding.recommendation) : OrderedJson(nullptr);
  json["quoted"] = finding.quoted;
  if (finding.fix) {  // an optional field of version 1: byte offsets in the checked text
    json["fix"] = OrderedJson{{"start", finding.fix->begin},
                              {"end", finding.fix->end},
                              {"replacement", finding.fix->replacement}};
  }
  return json;
}

std::string DumpJson(const OrderedJson& json, int indent) {
  return json.dump(indent, ' ', /*ensure_ascii=*/false, OrderedJson::error_handler_t::replace);
}

}  // namespace rightslint
