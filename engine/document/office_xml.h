// What the DOCX and ODT readers share: parsing one XML member of the archive (pugixml), matching
// elements by namespace rather than by the prefix a writer happened to choose, and building the
// text one paragraph per line within ExtractLimits::max_text_bytes.
#ifndef RIGHTSLINT_DOCUMENT_OFFICE_XML_H_
#define RIGHTSLINT_DOCUMENT_OFFICE_XML_H_

#include <cstddef>
#include <memory>
#include <pugixml.hpp>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "document/zip_archive.h"
#include "rightslint/status.h"

namespace rightslint {

// The namespaces the readers look at; everything else is kOther.
enum class XmlNs {
  kOther,
  kWord,          // WordprocessingML (transitional or strict)
  kMarkupCompat,  // mc: AlternateContent
  kOdfOffice,     // office:
  kOdfText,       // text:
  kOdfTable,      // table:
  kOdfDrawing,    // draw:
  kOdfStyle,      // style:
  kOdfManifest,   // manifest:
};

// The prefixes declared on a part's root element, resolved to XmlNs. (Word and LibreOffice declare
// every namespace on the root; a prefix declared deeper down is not seen and reads as kOther.)
class XmlNames {
 public:
  XmlNames() = default;
  explicit XmlNames(pugi::xml_node root);

  struct Name {
    XmlNs ns = XmlNs::kOther;
    std::string_view local;
  };
  Name Of(pugi::xml_node element) const;
  bool Is(pugi::xml_node element, XmlNs ns, std::string_view local) const {
    const Name name = Of(element);
    return name.ns == ns && name.local == local;
  }
  // The attribute `local` in namespace `ns` of `element` (empty when absent).
  pugi::xml_attribute Attribute(pugi::xml_node element, XmlNs ns, std::string_view local) const;
  // "w:local" (or "local" where `ns` is the default namespace): the name for a new element or
  // attribute in this part. `ns` must be declared (see Declares).
  std::string Qualified(XmlNs ns, std::string_view local) const;
  bool Declares(XmlNs ns) const;
  // The URI bound to `ns` in this part ("" when not declared).
  std::string_view Uri(XmlNs ns) const;

 private:
  struct Binding {
    std::string prefix;  // "" for the default namespace
    std::string_view uri;
    XmlNs ns;
  };
  XmlNs Lookup(std::string_view prefix) const;
  const Binding* Find(XmlNs ns) const;

  std::vector<Binding> bindings_;
};

// One XML member, parsed in place (so the document points into `bytes`; not copyable or
// movable, hence handed out by unique_ptr). Comments, processing instructions and whitespace-only
// text are kept, so that a part saved back after editing differs only where it was edited.
struct XmlPart {
  std::string member;
  std::string bytes;
  pugi::xml_document document;
  XmlNames names;

  pugi::xml_node root() const { return document.document_element(); }
  // The part as UTF-8 XML, its declaration kept.
  std::string Serialize() const;
};

// Reads and parses `member`. Errors name the archive's path and the member: the archive's read
// errors (kNotFound when missing), "bill.docx: word/document.xml: invalid UTF-8 at byte 12: …",
// "bill.docx: word/document.xml: malformed XML at byte 1234: Start-end tags mismatch".
StatusOr<std::unique_ptr<XmlPart>> ReadXmlPart(const ZipArchive& archive, std::string_view member);
// The same for `bytes` already read from `member` of the archive at `path`.
StatusOr<std::unique_ptr<XmlPart>> ParseXmlPart(const std::string& path, std::string_view member,
                                                std::string bytes);

// The text of a document under construction: paragraphs as lines, each ended by '\n'. Stops
// growing once it would pass `max_bytes`; the reader then returns TooLong().
class LineText {
 public:
  explicit LineText(std::size_t max_bytes) : max_bytes_(max_bytes) {}

  // Text from the document. Control characters other than tab become spaces, byte for byte (so
  // offsets still map into the XML and a line stays one paragraph).
  void AppendText(std::string_view text);
  // Text the reader stands in for an element (a tab, a space for a line break).
  void AppendSymbol(std::string_view symbol);
  void AppendRepeated(char c, std::size_t count);
  void EndLine();

  bool full() const { return full_; }
  Status TooLong(const std::string& path) const;
  std::size_t size() const { return text_.size(); }
  std::string_view view() const { return text_; }
  std::string Take() { return std::move(text_); }

 private:
  bool Fits(std::size_t more);

  std::size_t max_bytes_;
  bool full_ = false;
  std::string text_;
};

// Error when the text appended since `begin` is not valid UTF-8 (pugixml turns a character
// reference such as "&#xD800;" into bytes that are not), naming the member.
Status CheckPartText(const std::string& path, std::string_view member, const LineText& text,
                     std::size_t begin);

// The elements of a part nest at most this deep; a deeper (hostile) file is refused rather than
// walked recursively into a stack overflow.
inline constexpr int kMaxXmlDepth = 512;
Status TooDeep(const std::string& path, std::string_view member);

}  // namespace rightslint

#endif  // RIGHTSLINT_DOCUMENT_OFFICE_XML_H_
