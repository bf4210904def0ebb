#include "document/office_xml.h"

#include <array>
#include <optional>

#include "document/extract.h"
#include "document/utf8.h"

namespace rightslint {
namespace {

struct KnownNamespace {
  std::string_view uri;
  XmlNs ns;
};

constexpr std::array<KnownNamespace, 9> kKnownNamespaces = {{
    {"http://schemas.openxmlformats.org/wordprocessingml/2006/main", XmlNs::kWord},
    {"http://purl.oclc.org/ooxml/wordprocessingml/main", XmlNs::kWord},  // strict OOXML
    {"http://schemas.openxmlformats.org/markup-compatibility/2006", XmlNs::kMarkupCompat},
    {"urn:oasis:names:tc:opendocument:xmlns:office:1.0", XmlNs::kOdfOffice},
    {"urn:oasis:names:tc:opendocument:xmlns:text:1.0", XmlNs::kOdfText},
    {"urn:oasis:names:tc:opendocument:xmlns:table:1.0", XmlNs::kOdfTable},
    {"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0", XmlNs::kOdfDrawing},
    {"urn:oasis:names:tc:opendocument:xmlns:style:1.0", XmlNs::kOdfStyle},
    {"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0", XmlNs::kOdfManifest},
}};

// Splits "w:p" into ("w", "p"); a name without a colon is in the default namespace ("").
std::pair<std::string_view, std::string_view> SplitName(std::string_view name) {
  const std::size_t colon = name.find(':');
  if (colon == std::string_view::npos) return {{}, name};
  return {name.substr(0, colon), name.substr(colon + 1)};
}

constexpr unsigned kParseOptions = pugi::parse_full | pugi::parse_ws_pcdata;

}  // namespace

XmlNames::XmlNames(pugi::xml_node root) {
  for (pugi::xml_attribute attribute : root.attributes()) {
    const std::string_view name = attribute.name();
    std::optional<std::string_view> prefix;
    if (name == "xmlns") {
      prefix = "";
    } else if (name.starts_with("xmlns:")) {
      prefix = name.substr(6);
    }
    if (!prefix) continue;
    for (const KnownNamespace& known : kKnownNamespaces) {
      if (known.uri == attribute.value()) {
        bindings_.push_back(Binding{std::string(*prefix), known.uri, known.ns});
      }
    }
  }
}

XmlNs XmlNames::Lookup(std::string_view prefix) const {
  for (const Binding& binding : bindings_) {
    if (binding.prefix == prefix) return binding.ns;
  }
  return XmlNs::kOther;
}

const XmlNames::Binding* XmlNames::Find(XmlNs ns) const {
  for (const Binding& binding : bindings_) {
    if (binding.ns == ns) return &binding;
  }
  return nullptr;
}

XmlNames::Name XmlNames::Of(pugi::xml_node element) const {
  const auto [prefix, local] = SplitName(element.name());
  return Name{Lookup(prefix), local};
}

pugi::xml_attribute XmlNames::Attribute(pugi::xml_node element, XmlNs ns,
                                        std::string_view local) const {
  for (pugi::xml_attribute attribute : element.attributes()) {
    const auto [prefix, name] = SplitName(attribute.name());
    // An unprefixed attribute is in no namespace, so only prefixed ones can match.
    if (!prefix.empty() && name == local && Lookup(prefix) == ns) return attribute;
  }
  return {};
}

std::string XmlNames::Qualified(XmlNs ns, std::string_view local) const {
  const Binding* binding = Find(ns);
  if (binding == nullptr || binding->prefix.empty()) return std::string(local);
  return binding->prefix + ":" + std::string(local);
}

bool XmlNames::Declares(XmlNs ns) const { return Find(ns) != nullptr; }

std::string_view XmlNames::Uri(XmlNs ns) const {
  const Binding* binding = Find(ns);
  return binding == nullptr ? std::string_view() : binding->uri;
}

std::string XmlPart::Serialize() const {
  struct Writer : pugi::xml_writer {
    std::string out;
    void write(const void* data, std::size_t size) override {
      out.append(static_cast<const char*>(data), size);
    }
  } writer;
  // format_raw: no re-indentation, so unedited text stays byte for byte; format_no_declaration:
  // keep the part's own declaration (parsed as a node) instead of adding one.
  document.save(writer, "", pugi::format_raw | pugi::format_no_declaration, pugi::encoding_utf8);
  return std::move(writer.out);
}

StatusOr<std::unique_ptr<XmlPart>> ReadXmlPart(const ZipArchive& archive, std::string_view member) {
  StatusOr<std::string> bytes = archive.Read(member);
  if (!bytes.ok()) return bytes.status();
  return ParseXmlPart(archive.path(), member, std::move(bytes).value());
}

StatusOr<std::unique_ptr<XmlPart>> ParseXmlPart(const std::string& path, std::string_view member,
                                                std::string bytes) {
  const std::string where = path + ": " + std::string(member);
  if (std::optional<std::size_t> bad = FindInvalidUtf8(bytes)) {
    return Status::Invalid(where + ": invalid UTF-8 at byte " + std::to_string(*bad) + ": " +
                           DescribeInvalidUtf8(bytes, *bad));
  }
  auto part = std::make_unique<XmlPart>();
  part->member = std::string(member);
  part->bytes = std::move(bytes);
  const pugi::xml_parse_result result = part->document.load_buffer_inplace(
      part->bytes.data(), part->bytes.size(), kParseOptions, pugi::encoding_utf8);
  if (!result) {
    return Status::Invalid(where + ": malformed XML at byte " + std::to_string(result.offset) +
                           ": " + result.description());
  }
  part->names = XmlNames(part->root());
  return part;
}

void LineText::AppendText(std::string_view text) {
  if (!Fits(text.size())) return;
  const std::size_t begin = text_.size();
  text_.append(text);
  for (std::size_t i = begin; i < text_.size(); ++i) {
    const auto byte = static_cast<unsigned char>(text_[i]);
    if (byte < 0x20 && byte != '\t') text_[i] = ' ';
  }
}

void LineText::AppendSymbol(std::string_view symbol) {
  if (Fits(symbol.size())) text_.append(symbol);
}

void LineText::AppendRepeated(char c, std::size_t count) {
  if (Fits(count)) text_.append(count, c);
}

void LineText::EndLine() { AppendSymbol("\n"); }

bool LineText::Fits(std::size_t more) {
  if (full_ || more > max_bytes_ - text_.size()) full_ = true;
  return !full_;
}

Status LineText::TooLong(const std::string& path) const {
  return Status::Invalid(path + ": extracted text exceeds " + DescribeByteCount(max_bytes_) +
                         " (limit)");
}

Status CheckPartText(const std::string& path, std::string_view member, const LineText& text,
                     std::size_t begin) {
  const std::string_view part = text.view().substr(begin);
  if (std::optional<std::size_t> bad = FindInvalidUtf8(part)) {
    return Status::Invalid(path + ": " + std::string(member) +
                           ": text is not valid UTF-8 (a character reference to a surrogate or "
                           "past U+10FFFF?): " +
                           DescribeInvalidUtf8(part, *bad));
  }
  return Status::Ok();
}

Status TooDeep(const std::string& path, std::string_view member) {
  return Status::Invalid(path + ": " + std::string(member) + ": elements nested deeper than " +
                         std::to_string(kMaxXmlDepth) + " levels");
}

}  // namespace rightslint
