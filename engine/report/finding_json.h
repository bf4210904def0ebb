// The finding object of the findings-v1 contract, shared by the JSON and JSON Lines reporters so
// that both always print the same fields in the same order.
#ifndef RIGHTSLINT_REPORT_FINDING_JSON_H_
#define RIGHTSLINT_REPORT_FINDING_JSON_H_

#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "rightslint/finding.h"

namespace rightslint {

// Keys keep the contract's order.
using OrderedJson = nlohmann::ordered_json;

// An optional string that is absent or empty is null: the contract has no empty values.
OrderedJson StringOrNull(const std::optional<std::string>& value);

// {"rule", "category", "severity", "message", "text", "start", "end", "suggestions",
//  "structure", "guideline", "recommendation", "quoted"}; absent optional values are null.
OrderedJson FindingJson(const Finding& finding);

// `json` as text that is always valid JSON: invalid UTF-8 (in a path, say) becomes U+FFFD rather
// than an exception, and non-ASCII text stays readable (not \u-escaped). `indent` < 0: one line.
std::string DumpJson(const OrderedJson& json, int indent);

}  // namespace rightslint

#endif  // RIGHTSLINT_REPORT_FINDING_JSON_H_
