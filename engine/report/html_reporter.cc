// The HTML reporter: one standalone page for people who read and print a review of a text (a
// lawyer going through a draft bill, an editor through an article). No external assets and no
// script: the CSS is inline, tooltips are title attributes, notes are reached by links.
//
// The page: a summary (totals, findings per category and severity, the files), then per file a
// heading, the text with every finding's span in a <mark> (a class per category and per severity,
// the rule and message as its tooltip) followed by a numbered marker, and beside it (below it in
// print and on narrow screens) the numbered notes: rule, severity, place, message, suggestions,
// guideline, recommendation, the article the finding is in. A file without findings gets only its
// heading; a file that could not be read, its heading and the error.
//
// Spans are byte ranges of FileResult::text. Findings arrive sorted by start; one that starts
// inside another is nested in it, and one that runs past the end of the span it starts in is
// highlighted only up to that end (its marker and note are complete), so the marks always nest and
// the HTML is always well formed. Everything from the document, the rules and the paths is
// escaped; invalid UTF-8 and control characters are shown as U+FFFD.
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <map>
#include <numeric>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "report/reporters.h"
#include "report/tally.h"

#ifndef RIGHTSLINT_VERSION
#error "RIGHTSLINT_VERSION must be defined by the build"
#endif

namespace rightslint {
namespace {

constexpr std::string_view kReplacement = "\xEF\xBF\xBD";  // U+FFFD

// Category colours (light enough for black text, distinct in print); severity is the underline.
constexpr std::string_view kStyle = R"css(
:root { --ink: #1b1b1b; --muted: #5b5b5b; --rule: #d0d0d0; --panel: #f6f6f4; }
* { box-sizing: border-box; }
body { margin: 0 auto; padding: 1.5rem; max-width: 90rem; color: var(--ink); background: #fff;
  font: 15px/1.5 system-ui, "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .5rem; }
h2 { font-size: 1.15rem; margin: 0 0 .25rem; overflow-wrap: anywhere; }
code { font-family: "DejaVu Sans Mono", "Noto Sans Mono", Menlo, Consolas, monospace; font-size: .9em; }
table.summary { border-collapse: collapse; margin: .75rem 0; }
table.summary th, table.summary td { border: 1px solid var(--rule); padding: .2rem .6rem; text-align: left; }
table.summary td.n { text-align: right; font-variant-numeric: tabular-nums; }
.swatch { display: inline-block; width: .9em; height: .9em; margin-right: .4em; vertical-align: -.1em;
  border: 1px solid #0003; }
nav ol { padding-left: 1.5rem; }
nav a { overflow-wrap: anywhere; }
section.file { border-top: 2px solid var(--ink); margin-top: 2rem; padding-top: .75rem; }
.meta { color: var(--muted); margin: 0 0 .75rem; }
.error { color: #a40000; font-weight: 600; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(18rem, 2fr); gap: 1.5rem;
  align-items: start; }
pre.document { margin: 0; white-space: pre-wrap; overflow-wrap: anywhere; font: inherit;
  line-height: 1.7; }
mark { color: inherit; padding: 0 .1em; border-bottom: 2px solid transparent; }
mark mark { outline: 1px solid #0005; }
mark.sev-error { border-bottom: 3px solid #b00020; }
mark.sev-warning { border-bottom: 2px solid #b36b00; }
mark.sev-info { border-bottom: 2px dotted #1f5fa8; }
sup.ref { font-size: .7em; line-height: 0; }
sup.ref a { text-decoration: none; font-weight: 600; }
ol.notes { list-style: none; margin: 0; padding: 0; position: sticky; top: 0; max-height: 100vh;
  overflow-y: auto; }
ol.notes > li { background: var(--panel); border-left: 4px solid var(--rule); padding: .5rem .75rem;
  margin-bottom: .6rem; }
ol.notes > li:target { outline: 2px solid #1f5fa8; }
ol.notes > li.sev-error { border-left-color: #b00020; }
ol.notes > li.sev-warning { border-left-color: #b36b00; }
ol.notes > li.sev-info { border-left-color: #1f5fa8; }
.note-head { margin: 0; }
.note-head .number { font-weight: 700; margin-right: .4em; }
.severity { text-transform: uppercase; font-size: .75em; font-weight: 700; letter-spacing: .04em; }
.where { color: var(--muted); font-size: .9em; }
.message { margin: .3rem 0; }
.quoted-text { color: var(--muted); margin: .2rem 0; }
dl { margin: .3rem 0 0; display: grid; grid-template-columns: max-content 1fr; gap: .1rem .6rem; }
dt { color: var(--muted); }
dd { margin: 0; }
dd ul { margin: 0; padding-left: 1.1rem; }
footer { margin-top: 2rem; color: var(--muted); font-size: .85em; }
.cat-stigma { background: #ffe08a; }
.cat-possession { background: #ffc2b8; }
.cat-propaganda { background: #d9c9ff; }
.cat-compulsory-treatment { background: #ffc6e5; }
.cat-family { background: #bfe9c4; }
.cat-health-access { background: #bfe3f5; }
.cat-penalty { background: #f3b0b0; }
.cat-other { background: #dedede; }
@media (max-width: 60rem) {
  .layout { grid-template-columns: minmax(0, 1fr); }
  ol.notes { position: static; max-height: none; }
}
@media print {
  body { max-width: none; padding: 0; font-size: 10pt; }
  nav { display: none; }
  section.file + section.file { break-before: page; }
  .layout { display: block; }
  ol.notes { position: static; max-height: none; overflow: visible; margin-top: 1rem; }
  ol.notes > li { break-inside: avoid; }
  mark, .swatch, ol.notes > li { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  a { color: inherit; text-decoration: none; }
}
)css";

// The categories that have a colour in kStyle; any other gets "cat-other".
constexpr std::array<std::string_view, 7> kKnownCategories = {
    "stigma", "possession",    "propaganda", "compulsory-treatment",
    "family", "health-access", "penalty"};

// Appends `text` escaped for HTML text and attribute values. Keeps tab and newline, drops a CR
// before LF (HTML would make "\r" + "</mark>" + "\n" two line breaks), turns a lone CR into LF,
// and shows other control characters and invalid UTF-8 as U+FFFD.
void AppendEscaped(std::string& out, std::string_view text) {
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  const auto length = static_cast<int32_t>(std::min<std::size_t>(text.size(), INT32_MAX));
  int32_t i = 0;
  while (i < length) {
    const int32_t begin = i;
    UChar32 c;
    U8_NEXT(bytes, i, length, c);
    switch (c) {
      case '&':
        out += "&amp;";
        break;
      case '<':
        out += "&lt;";
        break;
      case '>':
        out += "&gt;";
        break;
      case '"':
        out += "&quot;";
        break;
      case '\'':
        out += "&#39;";
        break;
      case '\t':
      case '\n':
        out += static_cast<char>(c);
        break;
      case '\r':
        if (i < length && bytes[i] == '\n') break;
        out += '\n';
        break;
      default:
        if (c < 0 || c < 0x20 || (c >= 0x7F && c < 0xA0)) {
          out += kReplacement;
        } else {
          out.append(
              text.substr(static_cast<std::size_t>(begin), static_cast<std::size_t>(i - begin)));
        }
    }
  }
}

std::string Escape(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  AppendEscaped(out, text);
  return out;
}

std::string CategoryClass(std::string_view category) {
  const bool known = std::find(kKnownCategories.begin(), kKnownCategories.end(), category) !=
                     kKnownCategories.end();
  return known ? "cat-" + std::string(category) : "cat-other";
}

std::string SeverityClass(Severity severity) {
  return "sev-" + std::string(SeverityName(severity));
}

std::string Plural(int count, std::string_view one, std::string_view many) {
  return std::to_string(count) + " " + std::string(count == 1 ? one : many);
}

// `offset` clamped to the text and moved back to the start of the UTF-8 sequence it falls in, so
// a <mark> never splits a character.
std::size_t CharBoundary(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  while (offset > 0 && offset < text.size() &&
         (static_cast<unsigned char>(text[offset]) & 0xC0) == 0x80) {
    --offset;
  }
  return offset;
}

class HtmlReporter : public Reporter {
 public:
  explicit HtmlReporter(std::ostream& out) : out_(out) {}

  void AddFile(const FileResult& file) override {
    tally_.Add(file);
    ++file_number_;
    const std::string id = "file-" + std::to_string(file_number_);
    int findings = 0;
    if (!file.error) {
      findings = static_cast<int>(file.findings.size());
      for (const Finding& finding : file.findings) {
        const auto severity = static_cast<std::size_t>(finding.severity);
        ++by_category_severity_[finding.category][severity];
      }
    }

    nav_ += "<li><a href=\"#" + id + "\">" + Escape(file.path) + "</a> — ";
    nav_ += file.error ? "<span class=\"error\">not checked</span>"
                       : (findings == 0 ? std::string("no findings")
                                        : Plural(findings, "finding", "findings"));
    nav_ += "</li>\n";

    std::string& html = sections_;
    html += "<section class=\"file\" id=\"" + id + "\">\n<h2>" + Escape(file.path) + "</h2>\n";
    if (file.error) {
      html += "<p class=\"error\">Could not be checked: " + Escape(*file.error) + "</p>\n";
      html += "</section>\n";
      return;
    }
    html += "<p class=\"meta\">";
    if (!file.format.empty()) html += Escape(file.format) + " · ";
    if (file.language) html += "language " + Escape(*file.language) + " · ";
    html += findings == 0 ? std::string("no findings") : Plural(findings, "finding", "findings");
    html += "</p>\n";
    if (findings > 0) {
      html += "<div class=\"layout\">\n";
      // A file checked in pieces (over 64 MiB) keeps no text: its findings only.
      if (!file.text.empty()) AppendDocument(html, file, id);
      AppendNotes(html, file, id);
      html += "</div>\n";
    }
    html += "</section>\n";
  }

  void Finish() override {
    std::string page;
    page += "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n";
    page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n";
    page += "<meta name=\"generator\" content=\"rightslint " RIGHTSLINT_VERSION "\">\n";
    page += "<title>rightslint report</title>\n<style>";
    page += kStyle;
    page += "</style>\n</head>\n<body>\n<header>\n<h1>rightslint report</h1>\n";
    AppendSummary(page);
    page += "</header>\n<main>\n";
    page += sections_;
    page += "</main>\n<footer>Generated by rightslint " RIGHTSLINT_VERSION
            ". Guideline numbers refer to the International Guidelines on Human Rights and Drug "
            "Policy (2019), recommendations to the EECA regional dialogue report (2021): "
            "<a href=\"https://www.humanrights-drugpolicy.org/\">"
            "humanrights-drugpolicy.org</a>.</footer>\n</body>\n</html>\n";
    out_ << page;
    out_.flush();
  }

 private:
  void AppendSummary(std::string& html) const {
    const Summary& summary = tally_.summary;
    html += "<p class=\"totals\">" + Plural(summary.files - summary.errors, "file", "files") +
            " checked: ";
    if (summary.findings == 0) {
      html += "no findings";
    } else {
      html += Plural(summary.findings, "finding", "findings") + " (";
      const std::array<std::string_view, 3> names = {"info", "warning", "error"};
      bool first = true;
      for (std::size_t s = names.size(); s-- > 0;) {
        if (tally_.by_severity[s] == 0) continue;
        if (!first) html += ", ";
        html +=
            Plural(tally_.by_severity[s], names[s], s == 0 ? "info" : std::string(names[s]) + "s");
        first = false;
      }
      html += ")";
    }
    if (summary.errors > 0) {
      html += "; <span class=\"error\">" + Plural(summary.errors, "file", "files") +
              " could not be checked</span>";
    }
    html += "</p>\n";

    if (!by_category_severity_.empty()) {
      html +=
          "<table class=\"summary\">\n<thead><tr><th>Category</th><th>Findings</th><th>Errors</th>"
          "<th>Warnings</th><th>Info</th></tr></thead>\n<tbody>\n";
      for (const auto& [category, counts] : by_category_severity_) {
        html += "<tr><td><span class=\"swatch " + CategoryClass(category) + "\"></span>" +
                Escape(category) + "</td><td class=\"n\">" +
                std::to_string(tally_.by_category.at(category)) + "</td>";
        for (std::size_t s = counts.size(); s-- > 0;) {
          html += "<td class=\"n\">" + std::to_string(counts[s]) + "</td>";
        }
        html += "</tr>\n";
      }
      html += "</tbody>\n</table>\n";
    }
    if (!nav_.empty()) html += "<nav>\n<ol>\n" + nav_ + "</ol>\n</nav>\n";
  }

  // The text with the findings' spans marked; see the comment at the top for overlaps.
  static void AppendDocument(std::string& html, const FileResult& file, const std::string& id) {
    const std::string_view text = file.text;
    std::vector<std::size_t> order(file.findings.size());
    std::iota(order.begin(), order.end(), 0);
    // By start, and the longer first, so an enclosing span opens before the spans inside it.
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
      const Finding& x = file.findings[a];
      const Finding& y = file.findings[b];
      if (x.start.offset != y.start.offset) return x.start.offset < y.start.offset;
      return x.end.offset > y.end.offset;
    });

    struct Open {
      std::size_t end;
      std::size_t index;
    };
    std::vector<Open> open;
    std::size_t written = 0;
    auto write_to = [&](std::size_t to) {
      if (to > written) AppendEscaped(html, text.substr(written, to - written));
      written = std::max(written, to);
    };
    auto marker = [&](std::size_t index) {
      const std::string number = std::to_string(index + 1);
      html += "<sup class=\"ref\" id=\"" + id + "-ref-" + number + "\"><a href=\"#" + id +
              "-note-" + number + "\">" + number + "</a></sup>";
    };
    auto close_innermost = [&] {
      write_to(open.back().end);
      html += "</mark>";
      marker(open.back().index);
      open.pop_back();
    };

    html += "<pre class=\"document\"";
    if (file.language) html += " lang=\"" + Escape(*file.language) + "\"";
    html += ">";
    for (const std::size_t index : order) {
      const Finding& finding = file.findings[index];
      const std::size_t begin = CharBoundary(text, finding.start.offset);
      std::size_t end = CharBoundary(text, std::max(finding.end.offset, finding.start.offset));
      end = std::max(end, begin);
      while (!open.empty() && open.back().end <= begin) close_innermost();
      if (!open.empty()) end = std::min(end, open.back().end);  // clip to the enclosing mark
      write_to(begin);
      if (end == begin) {  // an empty span, or one outside the text: the marker alone
        marker(index);
        continue;
      }
      html += "<mark class=\"" + CategoryClass(finding.category) + " " +
              SeverityClass(finding.severity) + "\" title=\"" +
              Escape(finding.rule + " (" + std::string(SeverityName(finding.severity)) +
                     "): " + finding.message) +
              "\">";
      open.push_back({end, index});
    }
    while (!open.empty()) close_innermost();
    write_to(text.size());
    html += "</pre>\n";
  }

  static void AppendNotes(std::string& html, const FileResult& file, const std::string& id) {
    html += "<ol class=\"notes\">\n";
    for (std::size_t i = 0; i < file.findings.size(); ++i) {
      const Finding& finding = file.findings[i];
      const std::string number = std::to_string(i + 1);
      const std::string lang =
          finding.language.empty() ? std::string() : " lang=\"" + Escape(finding.language) + "\"";
      html += "<li id=\"" + id + "-note-" + number + "\" class=\"" +
              SeverityClass(finding.severity) + "\">\n";
      html += "<p class=\"note-head\"><a class=\"number\" href=\"#" + id + "-ref-" + number +
              "\">" + number + "</a> <span class=\"severity\">" +
              std::string(SeverityName(finding.severity)) + "</span> <code>" +
              Escape(finding.rule) + "</code> <span class=\"where\">line " +
              std::to_string(finding.start.line) + ", column " +
              std::to_string(finding.start.column) + "</span></p>\n";
      html += "<p class=\"message\"" + lang + ">" + Escape(finding.message) + "</p>\n";
      html += "<p class=\"quoted-text\"" + lang + ">“" + Escape(finding.text) + "”" +
              (finding.quoted ? " (inside a quotation)" : "") + "</p>\n";
      html += "<dl>\n";
      html += "<dt>Category</dt><dd><span class=\"swatch " + CategoryClass(finding.category) +
              "\"></span>" + Escape(finding.category) + "</dd>\n";
      if (finding.structure && !finding.structure->empty()) {
        html += "<dt>In</dt><dd" + lang + ">" + Escape(*finding.structure) + "</dd>\n";
      }
      if (!finding.suggestions.empty()) {
        html += std::string("<dt>") +
                (finding.suggestions.size() == 1 ? "Suggestion" : "Suggestions") + "</dt><dd" +
                lang + "><ul>";
        for (const std::string& suggestion : finding.suggestions) {
          html += "<li>" + Escape(suggestion) + "</li>";
        }
        html += "</ul></dd>\n";
      }
      if (finding.guideline && !finding.guideline->empty()) {
        html += "<dt>Guideline</dt><dd>" + Escape(*finding.guideline) + "</dd>\n";
      }
      if (finding.recommendation) {
        html += "<dt>Recommendation</dt><dd>" + std::to_string(*finding.recommendation) + "</dd>\n";
      }
      html += "</dl>\n</li>\n";
    }
    html += "</ol>\n";
  }

  std::ostream& out_;
  Tally tally_;
  int file_number_ = 0;
  std::map<std::string, std::array<int, 3>> by_category_severity_;  // indexed by Severity
  std::string nav_;                                                 // <li> per file
  std::string sections_;                                            // <section> per file
};

}  // namespace

std::unique_ptr<Reporter> MakeHtmlReporter(std::ostream& out) {
  return std::make_unique<HtmlReporter>(out);
}

}  // namespace rightslint
