#include "document/docx_annotate.h"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <pugixml.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "document/office_text.h"
#include "document/office_xml.h"
#include "document/zip_archive.h"
#include "office_fixtures.h"

namespace rightslint {
namespace {

namespace fs = std::filesystem;
using testing::MakeDocx;
using testing::Paragraph;
using testing::ReadFixture;
using testing::WordPart;

// A fresh directory, removed with everything in it at the end of the test.
class TempDir {
 public:
  TempDir() {
    std::string name = (fs::temp_directory_path() / "rl-annotate-XXXXXX").string();
    path_ = ::mkdtemp(name.data());
  }
  ~TempDir() { fs::remove_all(path_); }
  std::string operator/(const std::string& name) const { return (path_ / name).string(); }
  const fs::path& path() const { return path_; }
  std::vector<std::string> Files() const {
    std::vector<std::string> names;
    for (const auto& entry : fs::directory_iterator(path_)) {
      names.push_back(entry.path().filename().string());
    }
    std::sort(names.begin(), names.end());
    return names;
  }

 private:
  fs::path path_;
};

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

void WriteFile(const std::string& path, const std::string& bytes) {
  std::ofstream(path, std::ios::binary) << bytes;
}

std::string TextOf(const std::string& docx) {
  StatusOr<ExtractedText> text = ExtractDocx("t.docx", docx, {});
  EXPECT_TRUE(text.ok()) << text.status().message();
  return text.ok() ? text->text : "";
}

// A finding on the first `needle` in the extracted text of `docx` (after `from`).
Finding FindingOn(const std::string& text, const std::string& needle, std::size_t from = 0) {
  const std::size_t at = text.find(needle, from);
  EXPECT_NE(at, std::string::npos) << needle;
  Finding finding;
  finding.rule = "stigma.addict";
  finding.category = "stigma";
  finding.message = "Stigmatising word: " + needle;
  finding.text = needle;
  finding.start.offset = at;
  finding.end.offset = at + needle.size();
  finding.suggestions = {"people who use drugs", "people with drug dependence"};
  finding.guideline = "IGHRDP II.1 (ii)";
  finding.recommendation = 21;
  return finding;
}

struct Annotated {
  AnnotateResult result;
  std::string bytes;  // the output file
};

Annotated Annotate(const std::string& docx, const std::vector<Finding>& findings) {
  TempDir dir;
  const std::string output = dir / "out.docx";
  StatusOr<AnnotateResult> result = AnnotateDocx("in.docx", docx, findings, output);
  EXPECT_TRUE(result.ok()) << result.status().message();
  EXPECT_EQ(dir.Files(), std::vector<std::string>{"out.docx"});  // no temporary file left
  return {result.ok() ? *result : AnnotateResult{}, ReadFile(output)};
}

// A member of a DOCX, parsed.
std::unique_ptr<XmlPart> Part(const std::string& docx, const std::string& member) {
  StatusOr<ZipArchive> archive = ZipArchive::Open("out.docx", docx, "a .docx file", {});
  EXPECT_TRUE(archive.ok()) << archive.status().message();
  StatusOr<std::unique_ptr<XmlPart>> part = ReadXmlPart(*archive, member);
  EXPECT_TRUE(part.ok()) << part.status().message();
  return part.ok() ? std::move(part).value() : nullptr;
}

// What each comment range of document.xml covers: id -> the text of the w:t elements between its
// w:commentRangeStart and w:commentRangeEnd, and whether a w:commentReference follows.
struct Range {
  std::string text;
  bool started = false;
  bool ended = false;
  bool referenced = false;
};
std::map<int, Range> CommentRanges(const XmlPart& document) {
  struct Walker : pugi::xml_tree_walker {
    std::map<int, Range> ranges;
    bool for_each(pugi::xml_node& node) override {
      const std::string_view name = node.name();
      const int id = node.attribute("w:id").as_int(-1);
      if (name == "w:commentRangeStart") ranges[id].started = true;
      if (name == "w:commentRangeEnd") ranges[id].ended = true;
      if (name == "w:commentReference") ranges[id].referenced = ranges[id].ended;
      if (node.type() == pugi::node_pcdata && std::string_view(node.parent().name()) == "w:t") {
        for (auto& [open_id, range] : ranges) {
          if (range.started && !range.ended) range.text += node.value();
        }
      }
      return true;
    }
  } walker;
  pugi::xml_node(document.document).traverse(walker);
  return walker.ranges;
}

// Each comment of comments.xml: id -> its paragraphs' text.
// Ours are signed "rightslint", "RL" and dated.
std::map<int, std::vector<std::string>> Comments(const XmlPart& comments) {
  std::map<int, std::vector<std::string>> result;
  for (pugi::xml_node comment : comments.root().children("w:comment")) {
    if (std::string_view(comment.attribute("w:author").as_string()) == "rightslint") {
      EXPECT_STREQ(comment.attribute("w:initials").as_string(), "RL");
      EXPECT_EQ(std::string_view(comment.attribute("w:date").as_string()).size(), 20u);
    }
    auto& lines = result[comment.attribute("w:id").as_int(-1)];
    for (pugi::xml_node paragraph : comment.children("w:p")) {
      std::string line;
      for (pugi::xml_node run : paragraph.children("w:r")) line += run.child_value("w:t");
      lines.push_back(line);
    }
  }
  return result;
}

std::vector<std::string> ExpectedLines(const std::string& word) {
  return {"Stigmatising word: " + word, "Suggestion: people who use drugs",
          "Suggestion: people with drug dependence",
          "Guideline: IGHRDP II.1 (ii); recommendation 21", "Rule: stigma.addict"};
}

TEST(DocxAnnotateTest, AnnotatesBillDocx) {
  const std::string bill = ReadFixture("bill.docx");
  const std::string text = TextOf(bill);
  const Annotated out = Annotate(
      bill, {FindingOn(text, "наркоманами"), FindingOn(text, "позбавлені судом батьківських")});
  EXPECT_EQ(out.result.annotated, 2);
  EXPECT_EQ(out.result.skipped, 0);
  EXPECT_EQ(TextOf(out.bytes), text);  // comments are not text

  const std::map<int, Range> ranges = CommentRanges(*Part(out.bytes, "word/document.xml"));
  ASSERT_EQ(ranges.size(), 2u);
  EXPECT_EQ(ranges.at(0).text, "наркоманами");
  EXPECT_EQ(ranges.at(1).text, "позбавлені судом батьківських");
  for (const auto& [id, range] : ranges) {
    EXPECT_TRUE(range.started && range.ended && range.referenced) << id;
  }
  const std::unique_ptr<XmlPart> comments_part = Part(out.bytes, "word/comments.xml");
  for (pugi::xml_node comment : comments_part->root().children("w:comment")) {
    EXPECT_STREQ(comment.attribute("w:author").as_string(), "rightslint");
  }
  const auto comments = Comments(*comments_part);
  ASSERT_EQ(comments.size(), 2u);
  EXPECT_EQ(comments.at(0), ExpectedLines("наркоманами"));
  EXPECT_EQ(comments.at(1), ExpectedLines("позбавлені судом батьківських"));

  const std::string rels = Part(out.bytes, "word/_rels/document.xml.rels")->Serialize();
  EXPECT_NE(rels.find("relationships/comments\" Target=\"comments.xml\""), std::string::npos)
      << rels;
  EXPECT_NE(rels.find("<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/"
                      "officeDocument/2006/relationships/comments\""),
            std::string::npos)
      << rels;
  const std::string types = Part(out.bytes, "[Content_Types].xml")->Serialize();
  EXPECT_NE(types.find("<Override PartName=\"/word/comments.xml\" ContentType=\"application/"
                       "vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/>"),
            std::string::npos)
      << types;
}

TEST(DocxAnnotateTest, CopiesEveryOtherMemberUnchanged) {
  const std::string bill = ReadFixture("bill.docx");
  const Annotated out = Annotate(bill, {FindingOn(TextOf(bill), "наркоманами")});
  const ZipArchive in = ZipArchive::Open("in", bill, "", {}).value();
  const ZipArchive copy = ZipArchive::Open("out", out.bytes, "", {}).value();
  for (const std::string& name : in.Names()) {
    if (name == "word/document.xml" || name == "[Content_Types].xml" ||
        name == "word/_rels/document.xml.rels") {
      continue;
    }
    EXPECT_EQ(*copy.Read(name), *in.Read(name)) << name;
  }
}

TEST(DocxAnnotateTest, ASpanAcrossTwoRunsKeepsTheirFormatting) {
  const std::string docx = MakeDocx(
      "<w:p><w:r><w:t xml:space=\"preserve\">є нарко</w:t></w:r><w:r><w:rPr><w:b/></w:rPr>"
      "<w:t xml:space=\"preserve\">манами та</w:t></w:r></w:p>");
  const std::string text = TextOf(docx);
  const Annotated out = Annotate(docx, {FindingOn(text, "наркоманами")});
  EXPECT_EQ(out.result.annotated, 1);
  EXPECT_EQ(TextOf(out.bytes), text);
  const std::unique_ptr<XmlPart> document = Part(out.bytes, "word/document.xml");
  EXPECT_EQ(CommentRanges(*document).at(0).text, "наркоманами");
  // The bold run was split after "манами": both halves stay bold.
  const std::string xml = document->Serialize();
  EXPECT_NE(xml.find("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">манами</w:t></w:r>"
                     "<w:commentRangeEnd w:id=\"0\"/><w:r><w:commentReference w:id=\"0\"/>"
                     "</w:r><w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\"> та</w:t>"),
            std::string::npos)
      << xml;
  EXPECT_NE(xml.find("<w:t xml:space=\"preserve\">є </w:t></w:r><w:commentRangeStart w:id=\"0\"/>"
                     "<w:r><w:t xml:space=\"preserve\">нарко</w:t></w:r>"),
            std::string::npos)
      << xml;
}

TEST(DocxAnnotateTest, OverlappingAndTouchingSpansInOneRun) {
  const std::string docx = MakeDocx(Paragraph("one two three") +
                                    "<w:p><w:r><w:t>four</w:t><w:tab/><w:t>five</w:t></w:r></w:p>");
  const std::string text = TextOf(docx);
  const Annotated out =
      Annotate(docx, {FindingOn(text, "one"), FindingOn(text, "two"), FindingOn(text, "one two"),
                      FindingOn(text, "two three"), FindingOn(text, "e t"),
                      FindingOn(text, "three\nfour"), FindingOn(text, "four\tfive")});
  EXPECT_EQ(out.result.annotated, 7);
  EXPECT_EQ(TextOf(out.bytes), text);
  const std::map<int, Range> ranges = CommentRanges(*Part(out.bytes, "word/document.xml"));
  ASSERT_EQ(ranges.size(), 7u);
  EXPECT_EQ(ranges.at(0).text, "one");
  EXPECT_EQ(ranges.at(1).text, "two");
  EXPECT_EQ(ranges.at(2).text, "one two");
  EXPECT_EQ(ranges.at(3).text, "two three");
  EXPECT_EQ(ranges.at(4).text, "e t");
  EXPECT_EQ(ranges.at(5).text, "threefour");  // across paragraphs
  EXPECT_EQ(ranges.at(6).text, "fourfive");   // the tab is a w:tab, not text
  for (const auto& [id, range] : ranges) EXPECT_TRUE(range.referenced) << id;
}

TEST(DocxAnnotateTest, FindingsOutsideTheBodyOrUnanchorableAreSkippedAndCounted) {
  const std::string footnotes = WordPart(
      "footnotes", "<w:footnote w:id=\"1\">" + Paragraph("footnote addict") + "</w:footnote>");
  const std::string docx = MakeDocx(
      Paragraph("body addict") +
          "<w:p><w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText>REF x"
          "</w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:t>"
          "field addict</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r></w:p>"
          "<w:p><w:r><w:t>anchor</w:t></w:r><w:r><w:pict><v:shape><v:textbox><w:txbxContent>" +
          Paragraph("box addict") + "</w:txbxContent></v:textbox></v:shape></w:pict></w:r></w:p>",
      {{"word/footnotes.xml", footnotes}});
  const std::string text = TextOf(docx);
  ASSERT_EQ(text, "body addict\nfield addict\nanchor\nbox addict\nfootnote addict\n");
  Finding empty = FindingOn(text, "body");
  empty.end.offset = empty.start.offset;
  Finding past_end = FindingOn(text, "body");
  past_end.end.offset = text.size() + 10;
  const Annotated out =
      Annotate(docx, {FindingOn(text, "addict"), FindingOn(text, "addict", text.find("field")),
                      FindingOn(text, "addict", text.find("box")),
                      FindingOn(text, "addict", text.find("footnote")), empty, past_end});
  EXPECT_EQ(out.result.annotated, 1);
  EXPECT_EQ(out.result.skipped, 5);
  EXPECT_EQ(CommentRanges(*Part(out.bytes, "word/document.xml")).at(0).text, "addict");
}

TEST(DocxAnnotateTest, AppendsToExistingCommentsWithFreshIds) {
  const std::string rels =
      R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
      R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
      R"(<Relationship Id="rId7" Type="http://schemas.openxmlformats.org/officeDocument/2006/)"
      R"(relationships/comments" Target="comments.xml"/></Relationships>)";
  const std::string comments = WordPart("comments", "<w:comment w:id=\"5\" w:author=\"Editor\">" +
                                                        Paragraph("Keep me") + "</w:comment>");
  const std::string base = MakeDocx(
      "<w:p><w:commentRangeStart w:id=\"5\"/><w:r><w:t>old</w:t></w:r><w:commentRangeEnd "
      "w:id=\"5\"/><w:r><w:commentReference w:id=\"5\"/></w:r><w:r><w:t xml:space=\"preserve\">"
      " new</w:t></w:r></w:p>");
  StatusOr<std::string> docx = RewriteZip(
      "t", base, {{"word/_rels/document.xml.rels", rels}, {"word/comments.xml", comments}});
  ASSERT_TRUE(docx.ok());
  const Annotated out = Annotate(*docx, {FindingOn(TextOf(*docx), "new")});
  EXPECT_EQ(out.result.annotated, 1);
  const auto all = Comments(*Part(out.bytes, "word/comments.xml"));
  ASSERT_EQ(all.size(), 2u);
  EXPECT_EQ(all.at(5), std::vector<std::string>{"Keep me"});
  EXPECT_EQ(all.at(6)[0], "Stigmatising word: new");
  EXPECT_EQ(CommentRanges(*Part(out.bytes, "word/document.xml")).at(6).text, "new");
  // The relationship was there already: not added twice.
  const std::string new_rels = Part(out.bytes, "word/_rels/document.xml.rels")->Serialize();
  EXPECT_EQ(new_rels.find("comments\""), new_rels.rfind("comments\"")) << new_rels;
}

TEST(DocxAnnotateTest, NoAnchorableFindingGivesAnUnchangedCopy) {
  const std::string docx = MakeDocx(Paragraph("text"));
  const Annotated out = Annotate(docx, {});
  EXPECT_EQ(out.result.annotated, 0);
  EXPECT_EQ(out.bytes, docx);
}

TEST(DocxAnnotateTest, MissingOutputDirectoryIsAnErrorAndNothingIsWritten) {
  TempDir dir;
  const std::string docx = MakeDocx(Paragraph("text"));
  StatusOr<AnnotateResult> result =
      AnnotateDocx("in.docx", docx, {FindingOn(TextOf(docx), "text")}, dir / "missing/out.docx");
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().code(), StatusCode::kIoError);
  EXPECT_EQ(result.status().message(),
            dir / "missing/out.docx" + ": cannot write: no such file or directory");
  EXPECT_TRUE(dir.Files().empty());
}

TEST(DocxAnnotateTest, RefusesToWriteOverTheInput) {
  TempDir dir;
  const std::string docx = MakeDocx(Paragraph("text"));
  const std::string input = dir / "in.docx";
  WriteFile(input, docx);
  const std::vector<Finding> findings = {FindingOn(TextOf(docx), "text")};
  for (const std::string& output : {input, (dir.path() / "." / "in.docx").string()}) {
    StatusOr<AnnotateResult> result = AnnotateDocx(input, docx, findings, output);
    ASSERT_FALSE(result.ok()) << output;
    EXPECT_EQ(result.status().message(),
              output + ": is the input file " + input +
                  "; the original is never modified (choose another output path)");
  }
  fs::create_hard_link(input, dir / "link.docx");
  EXPECT_FALSE(AnnotateDocx(input, docx, findings, dir / "link.docx").ok());
  EXPECT_EQ(ReadFile(input), docx);
}

TEST(DocxAnnotateTest, AFailureLeavesAnExistingOutputUntouched) {
  TempDir dir;
  const std::string output = dir / "out.docx";
  WriteFile(output, "previous");
  StatusOr<AnnotateResult> result = AnnotateDocx("in.docx", "not a zip", {}, output);
  ASSERT_FALSE(result.ok());
  EXPECT_EQ(result.status().message(),
            "in.docx: not a ZIP archive (a .docx file is one): Not a zip archive");
  EXPECT_EQ(ReadFile(output), "previous");
  EXPECT_EQ(dir.Files(), std::vector<std::string>{"out.docx"});
}

TEST(DocxAnnotateTest, ReplacesAnExistingOutput) {
  TempDir dir;
  const std::string output = dir / "out.docx";
  WriteFile(output, "previous");
  const std::string docx = MakeDocx(Paragraph("text"));
  ASSERT_TRUE(AnnotateDocx("in.docx", docx, {FindingOn(TextOf(docx), "text")}, output).ok());
  EXPECT_EQ(TextOf(ReadFile(output)), "text\n");
  EXPECT_EQ(dir.Files(), std::vector<std::string>{"out.docx"});
}

// --- LibreOffice opens what we write ---

// Converts `docx` with LibreOffice to `format` in `dir`; false (and a skip) without soffice.
bool Convert(const TempDir& dir, const std::string& docx, const std::string& format) {
  // A profile of our own, so that a LibreOffice already running elsewhere does not take the job.
  const std::string command = "timeout 120 soffice -env:UserInstallation=file://" +
                              (dir / "profile") + " --headless --convert-to " + format +
                              " --outdir " + dir.path().string() + " " + docx + " >" +
                              (dir / "soffice.log") + " 2>&1";
  return std::system(command.c_str()) == 0;
}

bool HaveSoffice() { return std::system("command -v soffice >/dev/null 2>&1") == 0; }

TEST(DocxAnnotateLibreOfficeTest, AnnotatedBillConvertsToPdf) {
  if (!HaveSoffice()) GTEST_SKIP() << "soffice (LibreOffice) is not on PATH";
  TempDir dir;
  const std::string bill = ReadFixture("bill.docx");
  const std::string output = dir / "annotated.docx";
  ASSERT_TRUE(
      AnnotateDocx("bill.docx", bill, {FindingOn(TextOf(bill), "наркоманами")}, output).ok());
  ASSERT_TRUE(Convert(dir, output, "pdf")) << ReadFile(dir / "soffice.log");
  EXPECT_GT(fs::file_size(dir / "annotated.pdf"), 0u);
}

TEST(DocxAnnotateLibreOfficeTest, LibreOfficeSeesEveryComment) {
  if (!HaveSoffice()) GTEST_SKIP() << "soffice (LibreOffice) is not on PATH";
  TempDir dir;
  const std::string docx = MakeDocx(
      "<w:p><w:r><w:t xml:space=\"preserve\">є нарко</w:t></w:r><w:r><w:rPr><w:b/>"
      "</w:rPr><w:t xml:space=\"preserve\">манами та</w:t></w:r></w:p>" +
      Paragraph("one two three"));
  const std::string text = TextOf(docx);
  const std::string output = dir / "annotated.docx";
  StatusOr<AnnotateResult> result = AnnotateDocx(
      "in.docx", docx,
      {FindingOn(text, "наркоманами"), FindingOn(text, "one two"), FindingOn(text, "two three")},
      output);
  ASSERT_TRUE(result.ok()) << result.status().message();
  ASSERT_TRUE(Convert(dir, output, "odt")) << ReadFile(dir / "soffice.log");
  // LibreOffice turns each Word comment into an office:annotation with its text.
  const std::string odt = ReadFile(dir / "annotated.odt");
  const std::string content =
      ZipArchive::Open("odt", odt, "", {}).value().Read("content.xml").value();
  std::size_t annotations = 0;
  for (std::size_t at = content.find("<office:annotation "); at != std::string::npos;
       at = content.find("<office:annotation ", at + 1)) {
    ++annotations;
  }
  EXPECT_EQ(annotations, 3u) << content;
  EXPECT_NE(content.find("Stigmatising word: наркоманами"), std::string::npos);
  StatusOr<ExtractedText> round_trip = ExtractOdt("annotated.odt", odt, {});
  ASSERT_TRUE(round_trip.ok()) << round_trip.status().message();
  EXPECT_EQ(round_trip->text, text);
}

}  // namespace
}  // namespace rightslint
