// ODT (OpenDocument text) -> text. See office_text.h for what counts as text.
#include <charconv>
#include <memory>
#include <string>
#include <vector>

#include "document/office_text.h"
#include "document/office_xml.h"
#include "document/zip_archive.h"

namespace rightslint {
namespace {

constexpr std::string_view kTextMimetype = "application/vnd.oasis.opendocument.text";

bool IsXmlSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

// Walks content.xml's office:text, or a header or footer of styles.xml.
class OdtWalker {
 public:
  OdtWalker(const XmlNames& names, LineText& out) : names_(names), out_(out) {}

  void Blocks(pugi::xml_node container, int depth) {
    for (pugi::xml_node child : container.children()) Block(child, depth + 1);
  }
  // Note bodies met so far (text:note-body), to be walked after the body text.
  std::vector<pugi::xml_node>& notes() { return notes_; }
  bool too_deep() const { return too_deep_; }

 private:
  bool Enter(int depth) {
    if (depth > kMaxXmlDepth) too_deep_ = true;
    return !too_deep_ && !out_.full();
  }
  bool IsText(XmlNames::Name name, std::string_view local) const {
    return name.ns == XmlNs::kOdfText && name.local == local;
  }
  // Deleted text (kept in text:tracked-changes), comments, and the templates of indexes.
  bool Skipped(XmlNames::Name name) const {
    return IsText(name, "tracked-changes") || IsText(name, "note-citation") ||
           IsText(name, "ruby-text") ||
           (name.ns == XmlNs::kOdfOffice && name.local.starts_with("annotation")) ||
           (name.ns == XmlNs::kOdfText && name.local.ends_with("-source"));
  }
  bool IsBlock(XmlNames::Name name) const {
    return IsText(name, "p") || IsText(name, "h") || IsText(name, "list") ||
           IsText(name, "section") || (name.ns == XmlNs::kOdfTable && name.local == "table");
  }

  void Block(pugi::xml_node node, int depth) {
    if (!Enter(depth) || node.type() != pugi::node_element) return;
    const XmlNames::Name name = names_.Of(node);
    if (IsText(name, "p") || IsText(name, "h")) {
      Paragraph(node, depth);
    } else if (!Skipped(name)) {
      Blocks(node, depth);  // lists, list items, tables, rows, cells, sections, frames
    }
  }

  void Paragraph(pugi::xml_node paragraph, int depth) {
    std::vector<pugi::xml_node> frames;
    line_empty_ = true;
    pending_space_ = false;
    InlineChildren(paragraph, depth, frames);
    out_.EndLine();
    for (pugi::xml_node frame : frames) Block(frame, depth + 1);
  }

  void InlineChildren(pugi::xml_node parent, int depth, std::vector<pugi::xml_node>& frames) {
    for (pugi::xml_node child : parent.children()) Inline(child, depth + 1, frames);
  }

  // Paragraph content. Paragraphs met here (in a draw:text-box or a shape) go to `frames`, to
  // follow this paragraph as lines of their own.
  void Inline(pugi::xml_node node, int depth, std::vector<pugi::xml_node>& frames) {
    if (!Enter(depth)) return;
    if (node.type() == pugi::node_pcdata || node.type() == pugi::node_cdata) {
      // Only character data of text elements is text (not an svg:desc of a frame).
      if (names_.Of(node.parent()).ns == XmlNs::kOdfText) Characters(node.value());
      return;
    }
    if (node.type() != pugi::node_element) return;
    const XmlNames::Name name = names_.Of(node);
    if (IsText(name, "s")) {
      Explicit();
      out_.AppendRepeated(' ', SpaceCount(node));
    } else if (IsText(name, "tab")) {
      Explicit();
      out_.AppendSymbol("\t");
    } else if (IsText(name, "line-break")) {
      Explicit();
      out_.AppendSymbol(" ");
    } else if (IsText(name, "note-body")) {
      notes_.push_back(node);
    } else if (IsBlock(name)) {
      frames.push_back(node);
    } else if (!Skipped(name)) {
      InlineChildren(node, depth, frames);  // spans, links, fields, notes, frames
    }
  }

  // text:c, the number of spaces of a text:s (1 when absent or not a number).
  std::size_t SpaceCount(pugi::xml_node space) const {
    const std::string_view count = names_.Attribute(space, XmlNs::kOdfText, "c").as_string();
    std::size_t value = 1;
    const auto [end, error] = std::from_chars(count.data(), count.data() + count.size(), value);
    return error == std::errc() && end == count.data() + count.size() ? value : 1;
  }

  // ODF collapses white space in paragraph text: a run of spaces, tabs and newlines is one
  // space, and none is kept at the start or end of a paragraph (spaces that count are text:s).
  void Characters(std::string_view data) {
    std::size_t i = 0;
    while (i < data.size()) {
      if (IsXmlSpace(data[i])) {
        pending_space_ = true;
        ++i;
        continue;
      }
      std::size_t end = i;
      while (end < data.size() && !IsXmlSpace(data[end])) ++end;
      Explicit();
      out_.AppendText(data.substr(i, end - i));
      i = end;
    }
  }

  // Before text that is not collapsed: the collapsed space pending before it, unless the
  // paragraph has nothing yet.
  void Explicit() {
    if (pending_space_ && !line_empty_) out_.AppendSymbol(" ");
    pending_space_ = false;
    line_empty_ = false;
  }

  const XmlNames& names_;
  LineText& out_;
  std::vector<pugi::xml_node> notes_;
  bool line_empty_ = true;
  bool pending_space_ = false;
  bool too_deep_ = false;
};

pugi::xml_node Child(const XmlPart& part, pugi::xml_node parent, XmlNs ns, std::string_view local) {
  for (pugi::xml_node child : parent.children()) {
    if (part.names.Is(child, ns, local)) return child;
  }
  return {};
}

// The mimetype member, when present, says which kind of OpenDocument this is.
Status CheckMimetype(const ZipArchive& archive) {
  if (!archive.Has("mimetype")) return Status::Ok();
  StatusOr<std::string> mimetype = archive.Read("mimetype");
  if (!mimetype.ok()) return mimetype.status();
  std::string_view type = *mimetype;
  while (!type.empty() && IsXmlSpace(type.back())) type.remove_suffix(1);
  // Also accepts the text template (.ott) and master document (.odm) types.
  if (type.starts_with(kTextMimetype)) return Status::Ok();
  return Status::Invalid(archive.path() + ": not an OpenDocument text: its mimetype is " +
                         std::string(type.substr(0, 100)) + " (an .odt file has " +
                         std::string(kTextMimetype) + ")");
}

Status Encrypted(const ZipArchive& archive) {
  return Status::Invalid(archive.path() + ": encrypted (password-protected) document");
}

// LibreOffice encrypts the XML members and lists an encryption-data for each in the manifest.
Status CheckNotEncrypted(const ZipArchive& archive) {
  constexpr std::string_view kManifest = "META-INF/manifest.xml";
  if (!archive.Has(kManifest)) return Status::Ok();
  StatusOr<std::unique_ptr<XmlPart>> manifest = ReadXmlPart(archive, kManifest);
  if (!manifest.ok()) return manifest.status();
  const XmlPart& part = **manifest;
  for (pugi::xml_node entry : part.root().children()) {
    if (Child(part, entry, XmlNs::kOdfManifest, "encryption-data")) return Encrypted(archive);
  }
  return Status::Ok();
}

// Encrypted content.xml is not XML at all; the manifest may have said so already.
bool LooksLikeXml(std::string_view bytes) {
  if (bytes.starts_with("\xEF\xBB\xBF")) bytes.remove_prefix(3);
  while (!bytes.empty() && IsXmlSpace(bytes.front())) bytes.remove_prefix(1);
  return bytes.starts_with('<');
}

Status AppendWalk(const std::string& path, const XmlPart& part, const OdtWalker& walker,
                  const LineText& text, std::size_t begin) {
  if (walker.too_deep()) return TooDeep(path, part.member);
  return CheckPartText(path, part.member, text, begin);
}

// The body of content.xml, then the note bodies found in it.
Status AppendContent(const std::string& path, const XmlPart& content, LineText& text) {
  const pugi::xml_node body = Child(content, content.root(), XmlNs::kOdfOffice, "body");
  const pugi::xml_node office_text = Child(content, body, XmlNs::kOdfOffice, "text");
  if (!content.names.Is(content.root(), XmlNs::kOdfOffice, "document-content") || !office_text) {
    return Status::Invalid(path + ": " + content.member +
                           ": no office:body/office:text (not an OpenDocument text)");
  }
  const std::size_t begin = text.size();
  OdtWalker walker(content.names, text);
  walker.Blocks(office_text, 0);
  // Index-based: a note's body may hold a frame with another note.
  for (std::size_t i = 0; i < walker.notes().size(); ++i) walker.Blocks(walker.notes()[i], 0);
  return AppendWalk(path, content, walker, text, begin);
}

// Headers, then footers, of every master page in styles.xml (a missing styles.xml has none).
Status AppendHeadersAndFooters(const ZipArchive& archive, LineText& text) {
  constexpr std::string_view kStyles = "styles.xml";
  if (!archive.Has(kStyles)) return Status::Ok();
  StatusOr<std::unique_ptr<XmlPart>> styles = ReadXmlPart(archive, kStyles);
  if (!styles.ok()) return styles.status();
  const XmlPart& part = **styles;
  const pugi::xml_node master_styles = Child(part, part.root(), XmlNs::kOdfOffice, "master-styles");
  const std::size_t begin = text.size();
  OdtWalker walker(part.names, text);
  for (std::string_view kind : {"header", "footer"}) {
    for (pugi::xml_node page : master_styles.children()) {
      if (!part.names.Is(page, XmlNs::kOdfStyle, "master-page")) continue;
      for (pugi::xml_node child : page.children()) {
        const XmlNames::Name name = part.names.Of(child);
        const bool shown = part.names.Attribute(child, XmlNs::kOdfStyle, "display").as_string() !=
                           std::string_view("false");
        // style:header, style:header-left, style:header-first (and the same for footers)
        if (name.ns == XmlNs::kOdfStyle && name.local.starts_with(kind) && shown) {
          walker.Blocks(child, 0);
        }
      }
    }
  }
  return AppendWalk(archive.path(), part, walker, text, begin);
}

}  // namespace

StatusOr<ExtractedText> ExtractOdt(const std::string& path, std::string_view bytes,
                                   const ExtractLimits& limits) {
  if (IsOleCompoundFile(bytes)) {
    return Status::Invalid(path +
                           ": an OLE compound file (a legacy .doc or another binary format), "
                           "not ODT");
  }
  StatusOr<ZipArchive> archive = ZipArchive::Open(path, bytes, "an .odt file", limits);
  if (!archive.ok()) return archive.status();
  if (Status status = CheckMimetype(*archive); !status.ok()) return status;
  if (Status status = CheckNotEncrypted(*archive); !status.ok()) return status;
  constexpr std::string_view kContent = "content.xml";
  StatusOr<std::string> content_bytes = archive->Read(kContent);
  if (!content_bytes.ok()) return content_bytes.status();
  if (!LooksLikeXml(*content_bytes)) return Encrypted(*archive);
  StatusOr<std::unique_ptr<XmlPart>> content =
      ParseXmlPart(path, kContent, std::move(content_bytes).value());
  if (!content.ok()) return content.status();

  LineText text(limits.max_text_bytes);
  if (Status status = AppendContent(path, **content, text); !status.ok()) return status;
  content->reset();
  if (Status status = AppendHeadersAndFooters(*archive, text); !status.ok()) return status;
  if (text.full()) return text.TooLong(path);
  ExtractedText extracted;
  extracted.text = text.Take();
  return extracted;
}

}  // namespace rightslint
