#include "document/docx_text.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <utility>

#include "document/office_text.h"

namespace rightslint {
namespace {

constexpr std::string_view kSoftHyphen = "\xC2\xAD";  // U+00AD

// Walks one story (the body, a footnote, a header). Depth counts the walker's own recursion, so
// a hostile nesting stops at kMaxXmlDepth instead of overflowing the stack.
class StoryWalker {
 public:
  StoryWalker(const XmlNames& names, LineText& out, std::vector<DocxSegment>* segments)
      : names_(names), out_(out), segments_(segments) {}

  void Blocks(pugi::xml_node container, int depth) {
    for (pugi::xml_node child : container.children()) Block(child, depth + 1);
  }
  bool too_deep() const { return too_deep_; }

 private:
  bool Enter(pugi::xml_node node, int depth) {
    if (depth > kMaxXmlDepth) too_deep_ = true;
    return !too_deep_ && !out_.full() && node.type() == pugi::node_element;
  }
  bool IsWord(XmlNames::Name name, std::string_view local) const {
    return name.ns == XmlNs::kWord && name.local == local;
  }
  // Deleted text, the phonetic guide of ruby text (w:rt, read as well it would double the
  // base), and property elements (w:pPr, w:rPr, w:sectPr, w:tblPr, ...: a w:tab in
  // w:pPr/w:tabs is a tab stop, not a tab).
  bool Skipped(XmlNames::Name name) const {
    return name.ns == XmlNs::kWord && (name.local == "del" || name.local == "moveFrom" ||
                                       name.local == "rt" || name.local.ends_with("Pr"));
  }
  // The one branch of an mc:AlternateContent that is read: the first mc:Choice, else the
  // mc:Fallback (reading both would duplicate the text).
  pugi::xml_node Branch(pugi::xml_node alternate) const {
    pugi::xml_node fallback;
    for (pugi::xml_node child : alternate.children()) {
      const XmlNames::Name name = names_.Of(child);
      if (name.ns != XmlNs::kMarkupCompat) continue;
      if (name.local == "Choice") return child;
      if (name.local == "Fallback" && !fallback) fallback = child;
    }
    return fallback;
  }

  void Block(pugi::xml_node node, int depth) {
    if (!Enter(node, depth)) return;
    const XmlNames::Name name = names_.Of(node);
    if (IsWord(name, "p")) {
      Paragraph(node, depth);
    } else if (name.ns == XmlNs::kMarkupCompat && name.local == "AlternateContent") {
      Hidden hidden(*this);
      Blocks(Branch(node), depth);
    } else if (!Skipped(name)) {
      Blocks(node, depth);  // tables, rows, cells, content controls, ...
    }
  }

  void Paragraph(pugi::xml_node paragraph, int depth) {
    std::vector<pugi::xml_node> boxes;
    InlineChildren(paragraph, depth, boxes);
    out_.EndLine();
    Hidden hidden(*this);
    for (pugi::xml_node box : boxes) Block(box, depth + 1);
  }

  void InlineChildren(pugi::xml_node parent, int depth, std::vector<pugi::xml_node>& boxes) {
    for (pugi::xml_node child : parent.children()) Inline(child, depth + 1, boxes);
  }

  // Paragraph content: runs, hyperlinks, insertions, fields, content controls, drawings. Block
  // content met here (a text box's w:txbxContent) is collected in `boxes`, to follow the
  // paragraph.
  void Inline(pugi::xml_node node, int depth, std::vector<pugi::xml_node>& boxes) {
    if (!Enter(node, depth)) return;
    const XmlNames::Name name = names_.Of(node);
    if (IsWord(name, "r")) {
      Run(node, depth, boxes);
    } else if (IsWord(name, "txbxContent") || IsWord(name, "p") || IsWord(name, "tbl")) {
      boxes.push_back(node);
    } else if (name.ns == XmlNs::kMarkupCompat && name.local == "AlternateContent") {
      Hidden hidden(*this);
      InlineChildren(Branch(node), depth, boxes);
    } else if (IsWord(name, "fldSimple")) {
      Hidden hidden(*this);
      InlineChildren(node, depth, boxes);
    } else if (!Skipped(name)) {
      InlineChildren(node, depth, boxes);
    }
  }

  void Run(pugi::xml_node run, int depth, std::vector<pugi::xml_node>& boxes) {
    for (pugi::xml_node child : run.children()) {
      if (!Enter(child, depth + 1)) continue;
      const XmlNames::Name name = names_.Of(child);
      if (IsWord(name, "t")) {
        Text(child);
      } else if (std::optional<std::string_view> symbol = SymbolOf(name)) {
        Symbol(child, *symbol);
      } else if (IsWord(name, "fldChar")) {
        FieldChar(child);
      } else {
        // Drawings, pictures and objects may hold text boxes, w:ruby its base text; the rest
        // (w:delText, w:instrText, w:sym, note and comment references) holds no text read here.
        Inline(child, depth + 1, boxes);
      }
    }
  }

  // The text that run elements other than w:t stand for.
  static std::optional<std::string_view> SymbolOf(XmlNames::Name name) {
    if (name.ns != XmlNs::kWord) return std::nullopt;
    if (name.local == "tab" || name.local == "ptab") return "\t";
    if (name.local == "br" || name.local == "cr") return " ";  // a paragraph stays one line
    if (name.local == "noBreakHyphen") return "-";
    if (name.local == "softHyphen") return kSoftHyphen;
    return std::nullopt;
  }

  // Complex fields: w:fldChar begin, instruction runs, separate, result runs, end. Results are
  // text, but Word rewrites them when it updates the field, so they take no comment ranges.
  void FieldChar(pugi::xml_node field_char) {
    const std::string_view type =
        names_.Attribute(field_char, XmlNs::kWord, "fldCharType").as_string();
    if (type == "begin") {
      ++open_fields_;
    } else if (type == "end" && open_fields_ > 0) {
      --open_fields_;
    }
  }

  void Text(pugi::xml_node text) {
    const std::size_t begin = out_.size();
    for (pugi::xml_node data : text.children()) {
      if (data.type() == pugi::node_pcdata || data.type() == pugi::node_cdata) {
        out_.AppendText(data.value());
      }
    }
    Record(text, begin, /*is_text=*/true);
  }

  void Symbol(pugi::xml_node element, std::string_view symbol) {
    const std::size_t begin = out_.size();
    out_.AppendSymbol(symbol);
    Record(element, begin, /*is_text=*/false);
  }

  void Record(pugi::xml_node node, std::size_t begin, bool is_text) {
    if (segments_ == nullptr || out_.full() || out_.size() == begin) return;
    segments_->push_back(
        DocxSegment{begin, out_.size(), node, is_text, hidden_ == 0 && open_fields_ == 0});
  }

  // Marks text read inside it as not anchorable, for its lifetime.
  class Hidden {
   public:
    explicit Hidden(StoryWalker& walker) : walker_(walker) { ++walker_.hidden_; }
    ~Hidden() { --walker_.hidden_; }
    Hidden(const Hidden&) = delete;
    Hidden& operator=(const Hidden&) = delete;

   private:
    StoryWalker& walker_;
  };

  const XmlNames& names_;
  LineText& out_;
  std::vector<DocxSegment>* segments_;
  int hidden_ = 0;
  int open_fields_ = 0;
  bool too_deep_ = false;
};

// Walks `container` of `part` into `text`, then checks what it appended.
Status AppendStory(const std::string& path, const XmlPart& part, pugi::xml_node container,
                   LineText& text, std::vector<DocxSegment>* segments) {
  const std::size_t begin = text.size();
  StoryWalker walker(part.names, text, segments);
  walker.Blocks(container, 0);
  if (walker.too_deep()) return TooDeep(path, part.member);
  return CheckPartText(path, part.member, text, begin);
}

// footnotes.xml and endnotes.xml: each w:footnote (w:endnote) is a story, except the separator
// lines Word keeps there.
Status AppendNotes(const std::string& path, const XmlPart& part, std::string_view note,
                   LineText& text) {
  for (pugi::xml_node child : part.root().children()) {
    if (!part.names.Is(child, XmlNs::kWord, note)) continue;
    const std::string_view type = part.names.Attribute(child, XmlNs::kWord, "type").as_string();
    if (type == "separator" || type == "continuationSeparator" || type == "continuationNotice") {
      continue;
    }
    if (Status status = AppendStory(path, part, child, text, nullptr); !status.ok()) {
      return status;
    }
  }
  return Status::Ok();
}

// "word/header1.xml", "word/header2.xml", "word/header10.xml": members named `stem` + a number +
// ".xml", in the order of their numbers.
std::vector<std::string> NumberedParts(const std::vector<std::string>& names,
                                       std::string_view stem) {
  std::vector<std::pair<unsigned long, std::string>> parts;
  for (const std::string& name : names) {
    const std::string_view view = name;
    if (!view.starts_with(stem) || !view.ends_with(".xml")) continue;
    const std::string_view digits = view.substr(stem.size(), view.size() - stem.size() - 4);
    unsigned long number = 0;
    if (!digits.empty()) {
      const auto [end, error] =
          std::from_chars(digits.data(), digits.data() + digits.size(), number);
      if (error != std::errc() || end != digits.data() + digits.size()) continue;
    }
    parts.emplace_back(number, name);
  }
  std::sort(parts.begin(), parts.end());
  std::vector<std::string> sorted;
  for (auto& part : parts) sorted.push_back(std::move(part.second));
  return sorted;
}

// Footnotes, endnotes, headers, footers: each a part that may be missing.
Status AppendOtherStories(const ZipArchive& archive, LineText& text) {
  struct Story {
    std::string member;
    std::string_view note;  // the element of each note, or "" for a header or footer
  };
  std::vector<Story> stories = {{"word/footnotes.xml", "footnote"},
                                {"word/endnotes.xml", "endnote"}};
  const std::vector<std::string> names = archive.Names();
  for (std::string_view stem : {"word/header", "word/footer"}) {
    for (std::string& member : NumberedParts(names, stem)) stories.push_back({member, ""});
  }
  for (const Story& story : stories) {
    if (text.full()) break;
    if (!archive.Has(story.member)) continue;
    StatusOr<std::unique_ptr<XmlPart>> part = ReadXmlPart(archive, story.member);
    if (!part.ok()) return part.status();
    const XmlPart& xml = **part;
    Status status = story.note.empty() ? AppendStory(archive.path(), xml, xml.root(), text, nullptr)
                                       : AppendNotes(archive.path(), xml, story.note, text);
    if (!status.ok()) return status;
  }
  return Status::Ok();
}

}  // namespace

StatusOr<ZipArchive> OpenDocx(const std::string& path, std::string_view bytes,
                              const ExtractLimits& limits) {
  if (IsOleCompoundFile(bytes)) {
    return Status::Invalid(path +
                           ": encrypted (password-protected) document or legacy .doc, not DOCX");
  }
  return ZipArchive::Open(path, bytes, "a .docx file", limits);
}

Status AppendDocxBody(const std::string& path, const XmlPart& document, LineText& text,
                      std::vector<DocxSegment>* segments) {
  const pugi::xml_node root = document.root();
  pugi::xml_node body;
  if (document.names.Is(root, XmlNs::kWord, "document")) {
    for (pugi::xml_node child : root.children()) {
      if (document.names.Is(child, XmlNs::kWord, "body")) body = child;
    }
  }
  if (!body) {
    return Status::Invalid(path + ": " + document.member +
                           ": no w:body in a w:document (not a WordprocessingML document)");
  }
  return AppendStory(path, document, body, text, segments);
}

StatusOr<ExtractedText> ExtractDocx(const std::string& path, std::string_view bytes,
                                    const ExtractLimits& limits) {
  StatusOr<ZipArchive> archive = OpenDocx(path, bytes, limits);
  if (!archive.ok()) return archive.status();
  StatusOr<std::unique_ptr<XmlPart>> document = ReadXmlPart(*archive, kDocxMainPart);
  if (!document.ok()) return document.status();

  LineText text(limits.max_text_bytes);
  if (Status status = AppendDocxBody(path, **document, text, nullptr); !status.ok()) {
    return status;
  }
  document->reset();  // the body's XML is no longer needed while the other parts are read
  if (Status status = AppendOtherStories(*archive, text); !status.ok()) return status;
  if (text.full()) return text.TooLong(path);
  ExtractedText extracted;
  extracted.text = text.Take();
  return extracted;
}

}  // namespace rightslint
