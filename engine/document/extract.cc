#include "document/extract.h"

#include <algorithm>
#include <string>
#include <utility>
#include <vector>

#include "document/bare_links.h"
#include "document/html_text.h"
#include "document/markdown.h"
#include "document/office_text.h"
#include "document/pdf_text.h"
#include "document/utf8.h"

namespace rightslint {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

// Sorted, without empty ranges, overlapping or touching ranges joined.
std::vector<ByteRange> Normalized(std::vector<ByteRange> ranges) {
  std::erase_if(ranges, [](const ByteRange& r) { return r.end <= r.begin; });
  const auto by_begin = [](const ByteRange& a, const ByteRange& b) { return a.begin < b.begin; };
  if (!std::is_sorted(ranges.begin(), ranges.end(), by_begin)) {  // plain text comes sorted
    std::sort(ranges.begin(), ranges.end(), by_begin);
  }
  std::vector<ByteRange> merged;
  for (const ByteRange& range : ranges) {
    if (!merged.empty() && range.begin <= merged.back().end) {
      merged.back().end = std::max(merged.back().end, range.end);
    } else {
      merged.push_back(range);
    }
  }
  return merged;
}

StatusOr<ExtractedText> ExtractContainer(const Source& source, const ExtractLimits& limits) {
  switch (source.format) {
    case Format::kHtml:
      return ExtractHtml(source.path, source.bytes, limits);
    case Format::kDocx:
      return ExtractDocx(source.path, source.bytes, limits);
    case Format::kOdt:
      return ExtractOdt(source.path, source.bytes, limits);
    case Format::kPdf:
      return ExtractPdf(source.path, source.bytes, limits);
    case Format::kText:
    case Format::kMarkdown:
      break;
  }
  return Status::Internal(source.path + ": not a container format");
}

// HTML, DOCX, ODT, PDF: the extractor's text, with bare links marked like in any text.
StatusOr<Document> ExtractFromContainer(Source source, const ExtractLimits& limits) {
  auto extracted = ExtractContainer(source, limits);
  if (!extracted.ok()) return extracted.status();
  if (std::optional<std::size_t> bad = FindInvalidUtf8(extracted->text)) {
    return Status::Internal(source.path + ": extracted text is not UTF-8 at byte " +
                            std::to_string(*bad));
  }
  Document document;
  document.path = std::move(source.path);
  document.format = source.format;
  document.text = std::move(extracted->text);
  document.page_starts = std::move(extracted->page_starts);
  document.source = std::move(extracted->source);
  document.anchors = std::move(extracted->anchors);
  std::vector<ByteRange> ranges = FindBareLinks(document.text);
  ranges.insert(ranges.end(), extracted->non_prose.begin(), extracted->non_prose.end());
  document.non_prose = Normalized(std::move(ranges));
  return document;
}

}  // namespace

StatusOr<Document> ExtractDocument(Source source, const ExtractLimits& limits) {
  if (source.format != Format::kText && source.format != Format::kMarkdown) {
    return ExtractFromContainer(std::move(source), limits);
  }
  if (std::optional<std::size_t> bad = FindInvalidUtf8(source.bytes)) {
    const auto line =
        1 + std::count(source.bytes.begin(),
                       source.bytes.begin() + static_cast<std::ptrdiff_t>(*bad), '\n');
    return Status::Invalid(source.path + ": invalid UTF-8 at byte " + std::to_string(*bad) +
                           " (line " + std::to_string(line) +
                           "): " + DescribeInvalidUtf8(source.bytes, *bad));
  }

  Document document;
  document.path = std::move(source.path);
  document.format = source.format;
  document.text = std::move(source.bytes);
  const std::string_view text = document.text;

  const std::size_t bom = text.starts_with(kBom) ? kBom.size() : 0;
  std::vector<ByteRange> ranges = FindBareLinks(text.substr(bom));
  if (bom > 0) {
    for (ByteRange& link : ranges) {
      link.begin += bom;
      link.end += bom;
    }
    ranges.insert(ranges.begin(), ByteRange{0, bom});
  }
  if (document.format == Format::kMarkdown) {
    for (const ByteRange& range : MarkdownNonProse(text.substr(bom))) {
      ranges.push_back(ByteRange{range.begin + bom, range.end + bom});
    }
  }
  document.non_prose = Normalized(std::move(ranges));
  return document;
}

}  // namespace rightslint
