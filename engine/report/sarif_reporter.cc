// The SARIF reporter: one SARIF 2.1.0 log with one run, for code scanning (GitHub, GitLab, the
// SARIF viewers of IDEs). Written by Finish(), like the JSON document.
//
// - tool.driver.rules: one reportingDescriptor per loaded rule (ReportOptions::rules), in the
//   order given, so a result's ruleIndex is the rule's place in that list. A finding of a rule
//   that is not in the list (no rules given) gets a descriptor built from the finding.
// - Regions give both the text view (1-based lines; columns in Unicode code points, which the run
//   declares with columnKind "unicodeCodePoints"; endColumn is one past the last character) and
//   the binary view (byteOffset, byteLength) of the same span. SARIF's charOffset would count
//   UTF-16 code units, which nothing in rightslint does, so it is left out.
// - partialFingerprints["rightslint/v1"]: FindingFingerprints (report/fingerprint.h), the same
//   names `check --baseline` uses: a hash of the path, the rule, the normalised text and the legal
//   structure, not the line, so an alert survives lines being added above it; ":n" keeps two
//   identical terms of one file two alerts.
// - fixes: the finding's safe fix (Finding::fix, the edit `check --fix` applies) and nothing else:
//   a tool that applies SARIF fixes must not get a suggestion in the wrong grammatical case. Legal
//   rules and quotations never have one (policy advice is not words to put into the text; a
//   quotation is reported but never rewritten). Only for text and Markdown, whose offsets are the
//   file's bytes. Every suggestion is listed in the result's properties either way.
// - A file that could not be read is a toolExecutionNotification (level error) of the run's one
//   invocation, whose executionSuccessful is then false.

#include <cstdint>
#include <map>
#include <nlohmann/json.hpp>
#include <ostream>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "report/finding_json.h"
#include "report/finding_text.h"
#include "report/fingerprint.h"
#include "report/reporters.h"

#ifndef RIGHTSLINT_VERSION
#error "RIGHTSLINT_VERSION must be defined by the build"
#endif

namespace rightslint {
namespace {

using Json = OrderedJson;

constexpr std::string_view kSchemaUri =
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
constexpr std::string_view kInformationUri = "https://www.humanrights-drugpolicy.org/";
constexpr std::string_view kFingerprintKey = "rightslint/v1";
constexpr std::string_view kSourceRoot = "%SRCROOT%";
constexpr std::string_view kTermRulePrefix = "stigma.";

std::string_view SarifLevel(Severity severity) {
  switch (severity) {
    case Severity::kInfo:
      return "note";
    case Severity::kWarning:
      return "warning";
    case Severity::kError:
      return "error";
  }
  return "warning";
}

// A path as a URI reference: every byte except unreserved characters and '/' is percent-encoded
// (so spaces, '#', '%', ':' and Cyrillic are safe). Absolute paths become file:// URIs; relative
// ones are relative to %SRCROOT%, the directory rightslint was run in.
Json ArtifactLocation(std::string_view path) {
  constexpr char kHex[] = "0123456789ABCDEF";
  std::string uri;
  for (const char c : path) {
    const auto byte = static_cast<unsigned char>(c);
    if ((byte >= 'A' && byte <= 'Z') || (byte >= 'a' && byte <= 'z') ||
        (byte >= '0' && byte <= '9') || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
      uri += c;
    } else {
      uri += '%';
      uri += kHex[byte >> 4];
      uri += kHex[byte & 0xF];
    }
  }
  if (path.starts_with('/')) return Json{{"uri", "file://" + uri}};
  return Json{{"uri", uri}, {"uriBaseId", kSourceRoot}};
}

// "stigma.clean-dirty" -> "StigmaCleanDirty": SARIF's rule name is an identifier-like word.
std::string RuleName(std::string_view id) {
  std::string name;
  bool start = true;
  for (const char c : id) {
    if (c == '.' || c == '-' || c == '_') {
      start = true;
      continue;
    }
    name += start && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    start = false;
  }
  return name;
}

// The English message of a rule (else the first), with the matched term left as "…".
std::string ShortDescription(const RuleInfo& rule) {
  if (rule.messages.empty()) return rule.id;
  const auto english = rule.messages.find("en");
  std::string text =
      english != rule.messages.end() ? english->second : rule.messages.begin()->second;
  constexpr std::string_view kPlaceholder = "{term}";
  for (std::size_t at = text.find(kPlaceholder); at != std::string::npos;
       at = text.find(kPlaceholder, at + 1)) {
    text.replace(at, kPlaceholder.size(), "…");
  }
  return text;
}

// Backslash-escapes what CommonMark would read as markup inside a line of prose.
std::string EscapeMarkdown(std::string_view text) {
  std::string escaped;
  for (const char c : text) {
    if (std::string_view("\\`*_[]<>|#").find(c) != std::string_view::npos) escaped += '\\';
    escaped += c;
  }
  return escaped;
}

// The rule's help in plain text and Markdown, in the shape of `rightslint explain`.
Json RuleHelp(const RuleInfo& rule) {
  std::string text;
  std::string markdown;
  auto section = [&](std::string_view title, std::string_view body) {
    if (body.empty()) return;
    text += std::string(title) + ": " + std::string(body) + "\n";
    markdown += "**" + std::string(title) + ":** " + EscapeMarkdown(body) + "\n\n";
  };
  section("Why", rule.rationale.why);
  if (!rule.definition.empty()) {
    section("Looks for", rule.definition);
  } else if (rule.entries > 0) {
    section("Looks for", std::to_string(rule.entries) + " terms of the " + rule.category +
                             " lexicon, in " + JoinStrings(rule.languages, ", "));
  }
  if (!rule.suggestions.empty()) {
    text += "Rights-based alternative:\n";
    markdown += "**Rights-based alternative:**\n\n";
    for (const auto& [language, suggestion] : rule.suggestions) {
      text += "  " + language + ": " + suggestion + "\n";
      markdown += "- " + language + ": " + EscapeMarkdown(suggestion) + "\n";
    }
    markdown += "\n";
  } else if (rule.id.starts_with(kTermRulePrefix)) {
    section("Rights-based alternative", "given with each result, from the lexicon");
  }
  if (!rule.rationale.guideline.empty()) {
    section("Guideline", rule.rationale.guideline +
                             " (International Guidelines on Human Rights and Drug Policy, 2019)");
  }
  if (rule.rationale.recommendation) {
    section("Recommendation", std::to_string(*rule.rationale.recommendation) +
                                  " (EECA regional dialogue report, 2021)");
  }
  if (!rule.rationale.url.empty()) {
    text += "More: " + rule.rationale.url + "\n";
    markdown += "[More](" + rule.rationale.url + ")\n";
  }
  while (markdown.ends_with('\n')) markdown.pop_back();
  while (text.ends_with('\n')) text.pop_back();
  if (text.empty()) text = markdown = ShortDescription(rule);
  return Json{{"text", text}, {"markdown", markdown}};
}

Json RuleDescriptor(const RuleInfo& rule) {
  Json descriptor;
  descriptor["id"] = rule.id;
  descriptor["name"] = RuleName(rule.id);
  descriptor["shortDescription"] = Json{{"text", ShortDescription(rule)}};
  if (!rule.rationale.why.empty()) {
    descriptor["fullDescription"] = Json{{"text", rule.rationale.why}};
  }
  descriptor["defaultConfiguration"] = Json{{"level", SarifLevel(rule.severity)}};
  if (!rule.rationale.url.empty()) descriptor["helpUri"] = rule.rationale.url;
  descriptor["help"] = RuleHelp(rule);
  Json properties;
  properties["category"] = rule.category;
  Json tags = Json::array({rule.category});
  if (!rule.type.empty()) tags.push_back(rule.type);
  properties["tags"] = std::move(tags);
  if (!rule.languages.empty()) properties["languages"] = rule.languages;
  if (!rule.rationale.guideline.empty()) properties["guideline"] = rule.rationale.guideline;
  if (rule.rationale.recommendation) {
    properties["recommendation"] = *rule.rationale.recommendation;
  }
  descriptor["properties"] = std::move(properties);
  return descriptor;
}

// For a finding whose rule was not loaded: what the finding itself says about the rule.
RuleInfo RuleFromFinding(const Finding& finding) {
  RuleInfo rule;
  rule.id = finding.rule;
  rule.category = finding.category;
  rule.severity = finding.severity;
  rule.rationale.guideline = finding.guideline.value_or("");
  rule.rationale.recommendation = finding.recommendation;
  return rule;
}

// Whether a finding's offsets are offsets in the file itself (plain text and Markdown) rather than
// in text extracted from it (HTML, DOCX, ODT, PDF).
bool OffsetsAreFileBytes(std::string_view format) { return format == "txt" || format == "md"; }

Json Region(const Finding& finding, bool with_snippet, bool with_bytes) {
  Json region;
  region["startLine"] = finding.start.line;
  region["startColumn"] = finding.start.column;
  region["endLine"] = finding.end.line;
  region["endColumn"] = finding.end.column;
  if (with_bytes) {
    region["byteOffset"] = finding.start.offset;
    region["byteLength"] =
        finding.end.offset > finding.start.offset ? finding.end.offset - finding.start.offset : 0;
  }
  if (finding.start.page > 0) region["properties"] = Json{{"page", finding.start.page}};
  if (with_snippet) region["snippet"] = Json{{"text", finding.text}};
  return region;
}

// The one fix of a finding that has a safe edit: its bytes replaced by the edit's text.
Json Fixes(const Json& location, const Finding& finding, const TextEdit& edit) {
  Json replacement;
  replacement["deletedRegion"] =
      Json{{"byteOffset", edit.begin}, {"byteLength", edit.end - edit.begin}};
  replacement["insertedContent"] = Json{{"text", edit.replacement}};
  Json change;
  change["artifactLocation"] = location;
  change["replacements"] = Json::array({std::move(replacement)});
  Json fix;
  fix["description"] =
      Json{{"text", "Replace “" + finding.text + "” with “" + edit.replacement + "”"}};
  fix["artifactChanges"] = Json::array({std::move(change)});
  return Json::array({std::move(fix)});
}

class SarifReporter : public Reporter {
 public:
  SarifReporter(std::ostream& out, const ReportOptions& options)
      : out_(out), results_(Json::array()), notifications_(Json::array()) {
    if (options.rules) {
      for (const RuleInfo& rule : *options.rules) AddRule(rule);
    }
  }

  void AddFile(const FileResult& file) override {
    const Json location = ArtifactLocation(file.path);
    if (file.error) {
      Json notification;
      notification["level"] = "error";
      notification["message"] = Json{{"text", *file.error}};
      notification["locations"] =
          Json::array({Json{{"physicalLocation", Json{{"artifactLocation", location}}}}});
      notifications_.push_back(std::move(notification));
      return;
    }
    const std::vector<std::string> fingerprints = FindingFingerprints(file);
    for (std::size_t i = 0; i < file.findings.size(); ++i) {
      const Finding& finding = file.findings[i];
      // A fingerprint fixed before some findings were filtered out keeps the full run's numbering.
      const std::string& fingerprint =
          finding.fingerprint.empty() ? fingerprints[i] : finding.fingerprint;
      results_.push_back(Result(location, file.format, finding, fingerprint));
    }
  }

  void Finish() override {
    Json driver;
    driver["name"] = "rightslint";
    driver["version"] = RIGHTSLINT_VERSION;
    driver["informationUri"] = kInformationUri;
    driver["rules"] = std::move(rules_);

    Json invocation;
    invocation["executionSuccessful"] = notifications_.empty();
    if (!notifications_.empty()) {
      invocation["toolExecutionNotifications"] = std::move(notifications_);
    }

    Json run;
    run["tool"] = Json{{"driver", std::move(driver)}};
    run["invocations"] = Json::array({std::move(invocation)});
    run["columnKind"] = "unicodeCodePoints";
    run["results"] = std::move(results_);

    Json log;
    log["$schema"] = kSchemaUri;
    log["version"] = "2.1.0";
    log["runs"] = Json::array({std::move(run)});
    out_ << DumpJson(log, 2) << '\n';
    out_.flush();
  }

 private:
  int AddRule(const RuleInfo& rule) {
    const auto [it, inserted] = rule_index_.emplace(rule.id, static_cast<int>(rules_.size()));
    if (inserted) rules_.push_back(RuleDescriptor(rule));
    return it->second;
  }

  int RuleIndexFor(const Finding& finding) {
    const auto it = rule_index_.find(finding.rule);
    if (it != rule_index_.end()) return it->second;
    return AddRule(RuleFromFinding(finding));
  }

  Json Result(const Json& artifact_location, std::string_view format, const Finding& finding,
              std::string fingerprint) {
    const bool file_bytes = OffsetsAreFileBytes(format);
    Json result;
    result["ruleId"] = finding.rule;
    result["ruleIndex"] = RuleIndexFor(finding);
    result["level"] = SarifLevel(finding.severity);
    result["message"] = Json{{"text", MessageWithSuggestions(finding)}};
    Json physical;
    physical["artifactLocation"] = artifact_location;
    physical["region"] = Region(finding, /*with_snippet=*/true, file_bytes);
    result["locations"] = Json::array({Json{{"physicalLocation", std::move(physical)}}});
    result["partialFingerprints"] = Json{{kFingerprintKey, std::move(fingerprint)}};
    // A fix edits the file's bytes: only where the finding's offsets are the file's.
    if (file_bytes && finding.fix)
      result["fixes"] = Fixes(artifact_location, finding, *finding.fix);
    Json properties;
    properties["category"] = finding.category;
    if (!finding.suggestions.empty()) properties["suggestions"] = finding.suggestions;
    if (finding.guideline && !finding.guideline->empty()) {
      properties["guideline"] = *finding.guideline;
    }
    if (finding.recommendation) properties["recommendation"] = *finding.recommendation;
    if (finding.structure && !finding.structure->empty()) {
      properties["structure"] = *finding.structure;
    }
    properties["quoted"] = finding.quoted;
    if (!finding.language.empty()) properties["language"] = finding.language;
    result["properties"] = std::move(properties);
    return result;
  }

  std::ostream& out_;
  Json rules_ = Json::array();
  std::map<std::string, int> rule_index_;  // rule id -> index in rules_
  Json results_;
  Json notifications_;
};

}  // namespace

std::unique_ptr<Reporter> MakeSarifReporter(std::ostream& out, const ReportOptions& options) {
  return std::make_unique<SarifReporter>(out, options);
}

}  // namespace rightslint
