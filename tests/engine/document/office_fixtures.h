// Test documents built in memory: ZIP archives written with libzip straight from XML strings, so
// every case a test reads is visible in the test itself.
#ifndef RIGHTSLINT_TESTS_ENGINE_DOCUMENT_OFFICE_FIXTURES_H_
#define RIGHTSLINT_TESTS_ENGINE_DOCUMENT_OFFICE_FIXTURES_H_

#include <gtest/gtest.h>
#include <zip.h>

#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "document_fixtures.h"

namespace rightslint::testing {

class ZipBuilder {
 public:
  // `stored`: no compression (the ODF mimetype member is stored); `password`: AES-256.
  ZipBuilder& Add(std::string name, std::string bytes, bool stored = false,
                  std::string password = "") {
    members_.push_back(Member{std::move(name), std::move(bytes), stored, std::move(password)});
    return *this;
  }

  std::string Build() const {
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t* source = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t* archive = zip_open_from_source(source, ZIP_TRUNCATE, &error);
    if (archive == nullptr) ADD_FAILURE() << zip_error_strerror(&error);
    zip_source_keep(source);
    for (const Member& member : members_) {
      zip_source_t* content =
          zip_source_buffer(archive, member.bytes.data(), member.bytes.size(), 0);
      const zip_int64_t index = zip_file_add(archive, member.name.c_str(), content, 0);
      if (index < 0) ADD_FAILURE() << member.name << ": " << zip_strerror(archive);
      const auto at = static_cast<zip_uint64_t>(index);
      if (member.stored) zip_set_file_compression(archive, at, ZIP_CM_STORE, 0);
      if (!member.password.empty() &&
          zip_file_set_encryption(archive, at, ZIP_EM_AES_256, member.password.c_str()) != 0) {
        ADD_FAILURE() << "AES encryption: " << zip_strerror(archive);
      }
    }
    if (zip_close(archive) != 0) ADD_FAILURE() << zip_strerror(archive);
    zip_stat_t stat;
    zip_source_stat(source, &stat);
    std::string bytes(stat.size, '\0');
    zip_source_open(source);
    zip_source_read(source, bytes.data(), bytes.size());
    zip_source_close(source);
    zip_source_free(source);
    zip_error_fini(&error);
    return bytes;
  }

 private:
  struct Member {
    std::string name;
    std::string bytes;
    bool stored;
    std::string password;
  };
  std::vector<Member> members_;
};

// The namespaces the synthetic WordprocessingML parts declare.
inline constexpr char kWordNamespaces[] =
    R"(xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" )"
    R"(xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" )"
    R"(xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" )"
    R"(xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" )"
    R"(xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" )"
    R"(xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" )"
    R"(xmlns:v="urn:schemas-microsoft-com:vml")";

inline std::string WordPart(const std::string& root, const std::string& content) {
  return R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
         "\n<w:" +
         root + " " + kWordNamespaces + ">" + content + "</w:" + root + ">";
}

// A minimal DOCX that Word and LibreOffice open: the body `body` (the content of w:body), plus
// any `parts` (name, bytes) such as footnotes or headers.
inline std::string MakeDocx(const std::string& body,
                            const std::vector<std::pair<std::string, std::string>>& parts = {}) {
  ZipBuilder zip;
  zip.Add("[Content_Types].xml",
          R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
          R"(<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">)"
          R"(<Default Extension="rels" )"
          R"(ContentType="application/vnd.openxmlformats-package.relationships+xml"/>)"
          R"(<Default Extension="xml" ContentType="application/xml"/>)"
          R"(<Override PartName="/word/document.xml" ContentType="application/)"
          R"(vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>)");
  zip.Add("_rels/.rels",
          R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
          R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
          R"(<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/)"
          R"(2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>)");
  zip.Add("word/document.xml", WordPart("document", "<w:body>" + body + "</w:body>"));
  zip.Add("word/_rels/document.xml.rels",
          R"(<?xml version="1.0" encoding="UTF-8" standalone="yes"?>)"
          R"(<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">)"
          R"(</Relationships>)");
  for (const auto& [name, bytes] : parts) zip.Add(name, bytes);
  return zip.Build();
}

// One paragraph holding one run of `text`.
inline std::string Paragraph(const std::string& text) {
  return R"(<w:p><w:r><w:t xml:space="preserve">)" + text + "</w:t></w:r></w:p>";
}

inline constexpr char kOdfNamespaces[] =
    R"(xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" )"
    R"(xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" )"
    R"(xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" )"
    R"(xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" )"
    R"(xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" )"
    R"(xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0")";

inline constexpr char kOdtMimetype[] = "application/vnd.oasis.opendocument.text";

// An ODT whose office:text holds `text` (and whose office:master-styles holds `master_styles`),
// with `extra` members added (a manifest, say).
inline std::string MakeOdt(const std::string& text, const std::string& master_styles = "",
                           const std::vector<std::pair<std::string, std::string>>& extra = {},
                           const std::string& mimetype = kOdtMimetype) {
  ZipBuilder zip;
  zip.Add("mimetype", mimetype, /*stored=*/true);
  zip.Add("content.xml", std::string(R"(<?xml version="1.0" encoding="UTF-8"?>)") +
                             "<office:document-content " + kOdfNamespaces +
                             R"( office:version="1.3"><office:body><office:text>)" + text +
                             "</office:text></office:body></office:document-content>");
  zip.Add("styles.xml", std::string(R"(<?xml version="1.0" encoding="UTF-8"?>)") +
                            "<office:document-styles " + kOdfNamespaces +
                            "><office:master-styles>" + master_styles +
                            "</office:master-styles></office:document-styles>");
  for (const auto& [name, bytes] : extra) zip.Add(name, bytes);
  return zip.Build();
}

}  // namespace rightslint::testing

#endif  // RIGHTSLINT_TESTS_ENGINE_DOCUMENT_OFFICE_FIXTURES_H_
