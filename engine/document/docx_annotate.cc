#include "document/docx_annotate.h"

#include <strings.h>

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <memory>
#include <optional>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "base/atomic_file.h"
#include "base/utc_time.h"
#include "document/docx_text.h"
#include "document/office_xml.h"
#include "document/zip_archive.h"

namespace rightslint {
namespace {

constexpr std::string_view kRelsMember = "word/_rels/document.xml.rels";
constexpr std::string_view kContentTypesMember = "[Content_Types].xml";
constexpr std::string_view kCommentsRelationship =
    "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments";
constexpr std::string_view kCommentsContentType =
    "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml";
constexpr std::string_view kRelationshipsNamespace =
    "http://schemas.openxmlformats.org/package/2006/relationships";

// ---- Where each finding goes in the body ----

// A finding's span in the body's XML: its first and last segment and the byte offsets in them;
// after CutTextsAtAnchors, the content nodes (w:t pieces or symbols) it starts and ends with.
struct Anchor {
  const Finding* finding = nullptr;
  int id = 0;
  std::size_t first = 0;         // segment index
  std::size_t first_offset = 0;  // in [0, size) of that segment
  std::size_t last = 0;
  std::size_t last_offset = 0;  // in (0, size] of that segment
  pugi::xml_node start_node;
  pugi::xml_node end_node;
};

std::size_t SegmentSize(const DocxSegment& segment) { return segment.end - segment.begin; }

// The anchor of [begin, end), or nullopt when the span cannot take a comment range.
std::optional<Anchor> PlaceSpan(const std::vector<DocxSegment>& segments, std::size_t body_size,
                                std::size_t begin, std::size_t end) {
  if (begin >= end || end > body_size) return std::nullopt;
  // The first segment ending after `begin`, the last one starting before `end`. A span edge on a
  // paragraph's '\n' moves to the nearest text inside the span.
  const auto first = std::partition_point(segments.begin(), segments.end(),
                                          [&](const DocxSegment& s) { return s.end <= begin; });
  const auto after_last = std::partition_point(segments.begin(), segments.end(),
                                               [&](const DocxSegment& s) { return s.begin < end; });
  if (first == segments.end() || after_last == segments.begin()) return std::nullopt;
  const auto last = after_last - 1;
  if (first > last || !first->anchorable || !last->anchorable) return std::nullopt;
  Anchor anchor;
  anchor.first = static_cast<std::size_t>(first - segments.begin());
  anchor.last = static_cast<std::size_t>(last - segments.begin());
  // A symbol (a tab, a soft hyphen) is taken whole.
  anchor.first_offset = first->is_text && begin > first->begin ? begin - first->begin : 0;
  anchor.last_offset =
      last->is_text ? std::min(end - last->begin, SegmentSize(*last)) : SegmentSize(*last);
  return anchor;
}

// ---- Splitting the XML at the anchors ----

std::string NodeText(pugi::xml_node text) {
  std::string value;
  for (pugi::xml_node data : text.children()) {
    if (data.type() == pugi::node_pcdata || data.type() == pugi::node_cdata) {
      value += data.value();
    }
  }
  return value;
}

void SetPreservedText(pugi::xml_node text, std::string_view value) {
  while (pugi::xml_node child = text.first_child()) text.remove_child(child);
  text.append_child(pugi::node_pcdata).set_value(value.data(), value.size());
  // Word drops leading and trailing spaces of a w:t without it.
  pugi::xml_attribute space = text.attribute("xml:space");
  if (!space) space = text.append_attribute("xml:space");
  space.set_value("preserve");
}

// A new, empty element named like `element`, with its attributes, right after `after`.
pugi::xml_node EmptyCopyAfter(pugi::xml_node element, pugi::xml_node after) {
  pugi::xml_node copy = after.parent().insert_child_after(element.name(), after);
  for (pugi::xml_attribute attribute : element.attributes()) {
    copy.append_attribute(attribute.name()).set_value(attribute.value());
  }
  return copy;
}

// A w:t cut at `offsets` (sorted, unique, inside the text): the original node keeps the first
// piece, new sibling w:t nodes follow with the others. Returns all pieces in order.
std::vector<pugi::xml_node> CutText(pugi::xml_node text, const std::vector<std::size_t>& offsets) {
  const std::string value = NodeText(text);
  std::vector<pugi::xml_node> pieces = {text};
  std::size_t from = 0;
  for (std::size_t i = 0; i <= offsets.size(); ++i) {
    const std::size_t to = i < offsets.size() ? offsets[i] : value.size();
    if (i > 0) pieces.push_back(EmptyCopyAfter(text, pieces.back()));
    SetPreservedText(pieces.back(), std::string_view(value).substr(from, to - from));
    from = to;
  }
  return pieces;
}

// Cuts every w:t at the anchors' edges inside it, and sets each anchor's start and end node.
void CutTextsAtAnchors(const std::vector<DocxSegment>& segments, std::vector<Anchor>& anchors) {
  std::unordered_map<std::size_t, std::vector<std::size_t>> cuts;  // segment -> offsets
  const auto add_cut = [&](std::size_t segment, std::size_t offset) {
    if (offset > 0 && offset < SegmentSize(segments[segment])) cuts[segment].push_back(offset);
  };
  for (const Anchor& anchor : anchors) {
    add_cut(anchor.first, anchor.first_offset);
    add_cut(anchor.last, anchor.last_offset);
  }
  struct Pieces {
    std::vector<std::size_t> offsets;
    std::vector<pugi::xml_node> nodes;  // nodes[i] ends at offsets[i]; nodes[i + 1] starts there
  };
  std::unordered_map<std::size_t, Pieces> pieces;
  for (auto& [segment, offsets] : cuts) {
    std::sort(offsets.begin(), offsets.end());
    offsets.erase(std::unique(offsets.begin(), offsets.end()), offsets.end());
    pieces[segment] = Pieces{offsets, CutText(segments[segment].node, offsets)};
  }
  // The piece of `segment` that starts (or, with `ending`, ends) at `offset`.
  const auto piece_at = [&](std::size_t segment, std::size_t offset, bool ending) {
    const auto found = pieces.find(segment);
    if (found == pieces.end()) return segments[segment].node;
    const Pieces& cut = found->second;
    const std::size_t index = static_cast<std::size_t>(
        std::lower_bound(cut.offsets.begin(), cut.offsets.end(), offset) - cut.offsets.begin());
    if (offset == 0) return cut.nodes.front();
    if (offset == SegmentSize(segments[segment])) return cut.nodes.back();
    return ending ? cut.nodes[index] : cut.nodes[index + 1];
  };
  for (Anchor& anchor : anchors) {
    anchor.start_node = piece_at(anchor.first, anchor.first_offset, /*ending=*/false);
    anchor.end_node = piece_at(anchor.last, anchor.last_offset, /*ending=*/true);
  }
}

// Run content: everything in a w:r but its properties and the white space between elements.
bool IsRunContent(pugi::xml_node node, const XmlNames& names) {
  return node.type() == pugi::node_element && !names.Is(node, XmlNs::kWord, "rPr");
}

pugi::xml_node NextContent(pugi::xml_node node, const XmlNames& names) {
  for (node = node.next_sibling(); node; node = node.next_sibling()) {
    if (IsRunContent(node, names)) return node;
  }
  return {};
}

bool HasContentBefore(pugi::xml_node node, const XmlNames& names) {
  for (node = node.previous_sibling(); node; node = node.previous_sibling()) {
    if (IsRunContent(node, names)) return true;
  }
  return false;
}

// Moves `first` and everything after it in its run into a new run right after that run, with a
// copy of the run's attributes and properties (so the formatting is unchanged).
void MoveTailToNewRun(pugi::xml_node first, const XmlNames& names) {
  const pugi::xml_node run = first.parent();
  pugi::xml_node tail = EmptyCopyAfter(run, run);
  for (pugi::xml_node child : run.children()) {
    if (names.Is(child, XmlNs::kWord, "rPr")) tail.append_copy(child);
  }
  for (pugi::xml_node node = first; node;) {
    const pugi::xml_node next = node.next_sibling();
    tail.append_move(node);
    node = next;
  }
}

// Splits runs so that each anchor's start node begins a run and its end node ends one.
void SplitRunsAtAnchors(const std::vector<Anchor>& anchors, const XmlNames& names) {
  std::unordered_set<std::size_t> split_before;  // nodes that must begin their run
  std::vector<pugi::xml_node> runs;
  const auto add = [&](pugi::xml_node node) {
    if (!node || !HasContentBefore(node, names)) return;
    if (split_before.insert(node.hash_value()).second) runs.push_back(node.parent());
  };
  for (const Anchor& anchor : anchors) {
    add(anchor.start_node);
    add(NextContent(anchor.end_node, names));
  }
  std::unordered_set<std::size_t> done;
  for (pugi::xml_node run : runs) {
    if (!done.insert(run.hash_value()).second) continue;
    std::vector<pugi::xml_node> points;
    for (pugi::xml_node child : run.children()) {
      if (split_before.contains(child.hash_value())) points.push_back(child);
    }
    // Last point first: each move leaves the run's earlier children where they are.
    for (auto point = points.rbegin(); point != points.rend(); ++point) {
      MoveTailToNewRun(*point, names);
    }
  }
}

// Puts w:commentRangeStart before the run the span starts in, and w:commentRangeEnd and a run
// with the w:commentReference after the run it ends in.
void InsertCommentMarks(const std::vector<Anchor>& anchors, const XmlNames& names) {
  const std::string range_start = names.Qualified(XmlNs::kWord, "commentRangeStart");
  const std::string range_end = names.Qualified(XmlNs::kWord, "commentRangeEnd");
  const std::string run = names.Qualified(XmlNs::kWord, "r");
  const std::string reference = names.Qualified(XmlNs::kWord, "commentReference");
  const std::string id = names.Qualified(XmlNs::kWord, "id");
  // Several spans may end after the same run: each goes after the marks already placed there.
  std::unordered_map<std::size_t, pugi::xml_node> last_after;
  for (const Anchor& anchor : anchors) {
    const std::string number = std::to_string(anchor.id);
    const pugi::xml_node start_run = anchor.start_node.parent();
    start_run.parent()
        .insert_child_before(range_start.c_str(), start_run)
        .append_attribute(id.c_str())
        .set_value(number.c_str());

    const pugi::xml_node end_run = anchor.end_node.parent();
    const auto place = last_after.try_emplace(end_run.hash_value(), end_run).first;
    pugi::xml_node parent = end_run.parent();
    pugi::xml_node end_mark = parent.insert_child_after(range_end.c_str(), place->second);
    end_mark.append_attribute(id.c_str()).set_value(number.c_str());
    pugi::xml_node reference_run = parent.insert_child_after(run.c_str(), end_mark);
    reference_run.append_child(reference.c_str())
        .append_attribute(id.c_str())
        .set_value(number.c_str());
    place->second = reference_run;
  }
}

// ---- The comments part, its relationship and content type ----

std::string_view LocalName(pugi::xml_node node) {
  const std::string_view name = node.name();
  const std::size_t colon = name.find(':');
  return colon == std::string_view::npos ? name : name.substr(colon + 1);
}

// Appends a `local` element to `root` with the root's own prefix (package parts use a default
// namespace, which XmlNames does not track).
pugi::xml_node AppendLikeRoot(pugi::xml_node root, std::string_view local) {
  const std::string_view name = root.name();
  const std::string_view prefix = name.substr(0, name.size() - LocalName(root).size());
  return root.append_child((std::string(prefix) + std::string(local)).c_str());
}

// The largest comment id used in `part` (comments, or their marks in the body), or -1.
int MaxCommentId(const XmlPart& part) {
  struct Walker : pugi::xml_tree_walker {
    const XmlNames* names;
    int max = -1;
    bool for_each(pugi::xml_node& node) override {
      const XmlNames::Name name = names->Of(node);
      if (name.ns == XmlNs::kWord &&
          (name.local == "comment" || name.local.starts_with("commentRange") ||
           name.local == "commentReference")) {
        max = std::max(max, names->Attribute(node, XmlNs::kWord, "id").as_int(-1));
      }
      return true;
    }
  } walker;
  walker.names = &part.names;
  pugi::xml_node(part.document).traverse(walker);  // iterative: safe on deep trees
  return walker.max;
}

// The lines of a finding's comment.
std::vector<std::string> CommentLines(const Finding& finding) {
  std::vector<std::string> lines = {finding.message};
  for (const std::string& suggestion : finding.suggestions) {
    lines.push_back("Suggestion: " + suggestion);
  }
  if (finding.guideline && finding.recommendation) {
    lines.push_back("Guideline: " + *finding.guideline + "; recommendation " +
                    std::to_string(*finding.recommendation));
  } else if (finding.guideline) {
    lines.push_back("Guideline: " + *finding.guideline);
  } else if (finding.recommendation) {
    lines.push_back("Recommendation " + std::to_string(*finding.recommendation));
  }
  lines.push_back("Rule: " + finding.rule);
  return lines;
}

void AppendComment(const XmlPart& comments, const Anchor& anchor, const std::string& date) {
  const XmlNames& names = comments.names;
  const auto w = [&](std::string_view local) { return names.Qualified(XmlNs::kWord, local); };
  pugi::xml_node comment = comments.root().append_child(w("comment").c_str());
  comment.append_attribute(w("id").c_str()).set_value(anchor.id);
  comment.append_attribute(w("author").c_str()).set_value("rightslint");
  comment.append_attribute(w("date").c_str()).set_value(date.c_str());
  comment.append_attribute(w("initials").c_str()).set_value("RL");
  bool first = true;
  for (const std::string& line : CommentLines(*anchor.finding)) {
    pugi::xml_node paragraph = comment.append_child(w("p").c_str());
    if (first) paragraph.append_child(w("r").c_str()).append_child(w("annotationRef").c_str());
    first = false;
    pugi::xml_node text = paragraph.append_child(w("r").c_str()).append_child(w("t").c_str());
    SetPreservedText(text, line);
  }
}

// A new XML part whose element `root` declares `xmlns` and holds nothing yet.
std::unique_ptr<XmlPart> NewPart(std::string member, const std::string& root,
                                 const std::vector<std::pair<std::string, std::string>>& xmlns) {
  auto part = std::make_unique<XmlPart>();
  part->member = std::move(member);
  pugi::xml_node declaration = part->document.append_child(pugi::node_declaration);
  declaration.append_attribute("version").set_value("1.0");
  declaration.append_attribute("encoding").set_value("UTF-8");
  declaration.append_attribute("standalone").set_value("yes");
  pugi::xml_node element = part->document.append_child(root.c_str());
  for (const auto& [name, uri] : xmlns) {
    element.append_attribute(name.c_str()).set_value(uri.c_str());
  }
  part->names = XmlNames(element);
  return part;
}

// The member a relationship target of word/document.xml names ("comments.xml" ->
// "word/comments.xml", "/word/comments.xml" -> "word/comments.xml").
std::string MemberOfTarget(std::string_view target) {
  if (target.starts_with('/')) return std::string(target.substr(1));
  return "word/" + std::string(target);
}

// The archive's parts that change, parsed or made new.
struct CommentParts {
  std::unique_ptr<XmlPart> comments;
  std::unique_ptr<XmlPart> relationships;
  std::unique_ptr<XmlPart> content_types;
};

// `member` parsed, or when the archive has none, a new part made by `make`.
template <typename Make>
StatusOr<std::unique_ptr<XmlPart>> ReadOrMakePart(const ZipArchive& archive,
                                                  std::string_view member, Make make) {
  if (!archive.Has(member)) return make();
  return ReadXmlPart(archive, member);
}

// The member of the comments part that `relationships` (document.xml.rels) names; when it names
// none, a relationship to a new word/comments.xml is added.
std::string CommentsMember(const ZipArchive& archive, XmlPart& relationships) {
  int highest_id = 0;  // of the "rIdN" relationship ids
  for (pugi::xml_node relationship : relationships.root().children()) {
    if (LocalName(relationship) != "Relationship") continue;
    if (relationship.attribute("Type").as_string() == kCommentsRelationship) {
      return MemberOfTarget(relationship.attribute("Target").as_string());
    }
    const std::string_view id = relationship.attribute("Id").as_string();
    if (id.starts_with("rId")) highest_id = std::max(highest_id, std::atoi(id.data() + 3));
  }
  std::string member = "word/comments.xml";
  for (int n = 1; archive.Has(member); ++n) member = "word/comments" + std::to_string(n) + ".xml";
  pugi::xml_node relationship = AppendLikeRoot(relationships.root(), "Relationship");
  relationship.append_attribute("Id").set_value(("rId" + std::to_string(highest_id + 1)).c_str());
  relationship.append_attribute("Type").set_value(std::string(kCommentsRelationship).c_str());
  relationship.append_attribute("Target").set_value(member.substr(5).c_str());  // from word/
  return member;
}

// Declares the content type of the comments part `member` in [Content_Types].xml, unless it is.
void AddCommentsContentType(XmlPart& content_types, const std::string& member) {
  const std::string part_name = "/" + member;
  for (pugi::xml_node type : content_types.root().children()) {
    if (LocalName(type) == "Override" &&
        strcasecmp(type.attribute("PartName").as_string(), part_name.c_str()) == 0) {
      return;  // part names are case-insensitive
    }
  }
  pugi::xml_node type = AppendLikeRoot(content_types.root(), "Override");
  type.append_attribute("PartName").set_value(part_name.c_str());
  type.append_attribute("ContentType").set_value(std::string(kCommentsContentType).c_str());
}

// The comments part (existing or new) with its relationship and content type in place.
StatusOr<CommentParts> ReadOrAddCommentParts(const ZipArchive& archive, const XmlPart& document) {
  CommentParts parts;
  StatusOr<std::unique_ptr<XmlPart>> relationships = ReadOrMakePart(archive, kRelsMember, [] {
    return NewPart(std::string(kRelsMember), "Relationships",
                   {{"xmlns", std::string(kRelationshipsNamespace)}});
  });
  if (!relationships.ok()) return relationships.status();
  parts.relationships = std::move(relationships).value();
  const std::string member = CommentsMember(archive, *parts.relationships);

  StatusOr<std::unique_ptr<XmlPart>> comments = ReadOrMakePart(archive, member, [&] {
    return NewPart(member, "w:comments",
                   {{"xmlns:w", std::string(document.names.Uri(XmlNs::kWord))}});
  });
  if (!comments.ok()) return comments.status();
  parts.comments = std::move(comments).value();
  if (!parts.comments->names.Declares(XmlNs::kWord)) {
    return Status::Invalid(archive.path() + ": " + member + ": not a WordprocessingML part");
  }

  StatusOr<std::unique_ptr<XmlPart>> types = ReadXmlPart(archive, kContentTypesMember);
  if (!types.ok()) return types.status();
  parts.content_types = std::move(types).value();
  AddCommentsContentType(*parts.content_types, member);
  return parts;
}

// ---- Writing the file ----

Status RefuseToOverwriteInput(const std::string& input, const std::string& output) {
  std::error_code error;
  if (input == output || std::filesystem::equivalent(input, output, error)) {
    return Status::Invalid(output + ": is the input file " + input +
                           "; the original is never modified (choose another output path)");
  }
  return Status::Ok();
}

// The annotated document.xml, comments and package parts, as members to write.
StatusOr<std::vector<ZipMember>> AnnotatedMembers(const ZipArchive& archive, XmlPart& document,
                                                  const std::vector<DocxSegment>& segments,
                                                  std::vector<Anchor>& anchors) {
  StatusOr<CommentParts> parts = ReadOrAddCommentParts(archive, document);
  if (!parts.ok()) return parts.status();
  int next_id = std::max(MaxCommentId(document), MaxCommentId(*parts->comments)) + 1;
  for (Anchor& anchor : anchors) anchor.id = next_id++;

  CutTextsAtAnchors(segments, anchors);
  SplitRunsAtAnchors(anchors, document.names);
  InsertCommentMarks(anchors, document.names);
  const std::string date = UtcNow();
  for (const Anchor& anchor : anchors) AppendComment(*parts->comments, anchor, date);

  std::vector<ZipMember> members;
  members.push_back({document.member, document.Serialize()});
  for (const XmlPart* part :
       {parts->comments.get(), parts->relationships.get(), parts->content_types.get()}) {
    members.push_back({part->member, part->Serialize()});
  }
  return members;
}

}  // namespace

StatusOr<AnnotateResult> AnnotateDocx(const std::string& display_path, std::string_view docx_bytes,
                                      const std::vector<Finding>& findings,
                                      const std::string& output_path, const ExtractLimits& limits) {
  if (Status status = RefuseToOverwriteInput(display_path, output_path); !status.ok()) {
    return status;
  }
  StatusOr<ZipArchive> archive = OpenDocx(display_path, docx_bytes, limits);
  if (!archive.ok()) return archive.status();
  StatusOr<std::unique_ptr<XmlPart>> document = ReadXmlPart(*archive, kDocxMainPart);
  if (!document.ok()) return document.status();
  LineText body(limits.max_text_bytes);
  std::vector<DocxSegment> segments;
  if (Status status = AppendDocxBody(display_path, **document, body, &segments); !status.ok()) {
    return status;
  }
  if (body.full()) return body.TooLong(display_path);

  AnnotateResult result;
  std::vector<Anchor> anchors;
  for (const Finding& finding : findings) {
    std::optional<Anchor> anchor =
        PlaceSpan(segments, body.size(), finding.start.offset, finding.end.offset);
    if (!anchor) {
      ++result.skipped;
      continue;
    }
    anchor->finding = &finding;
    anchors.push_back(*anchor);
  }
  result.annotated = static_cast<int>(anchors.size());

  std::string output(docx_bytes);  // nothing to anchor: an unchanged copy
  if (!anchors.empty()) {
    StatusOr<std::vector<ZipMember>> members =
        AnnotatedMembers(*archive, **document, segments, anchors);
    if (!members.ok()) return members.status();
    StatusOr<std::string> rewritten = RewriteZip(display_path, docx_bytes, *members);
    if (!rewritten.ok()) return rewritten.status();
    output = std::move(rewritten).value();
  }
  if (Status status = WriteFileAtomically(output_path, output); !status.ok()) return status;
  return result;
}

}  // namespace rightslint
