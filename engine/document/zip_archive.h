// ZipArchive: a ZIP archive held in memory (libzip), read one member at a time with bounded
// memory, and RewriteZip, which copies an archive with some members replaced.
//
// DOCX and ODT files are ZIP archives of XML members. A hostile file can declare small sizes and
// inflate to gigabytes, so every read counts the bytes it actually inflates and stops at
// ExtractLimits::max_member_bytes, and refuses a member over 1 MiB whose inflated/compressed ratio
// is above ExtractLimits::max_compression_ratio. libzip's error model stays inside this adapter:
// every failure is a Status whose message starts with the file's display path.
#ifndef RIGHTSLINT_DOCUMENT_ZIP_ARCHIVE_H_
#define RIGHTSLINT_DOCUMENT_ZIP_ARCHIVE_H_

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "document/extracted_text.h"
#include "rightslint/status.h"

struct zip;  // libzip's zip_t

namespace rightslint {

struct LibZip;  // document/libzip.h

// True when `bytes` start with the magic number of an OLE compound file (D0 CF 11 E0 A1 B1 1A E1):
// what Word writes for a password-protected .docx and for a legacy .doc.
bool IsOleCompoundFile(std::string_view bytes);

// "256 MiB", "64 KiB" or "1000 bytes": a size as error messages show it.
std::string DescribeByteCount(std::size_t bytes);

// A read-only archive over bytes the caller owns (they must outlive the archive). Movable, not
// copyable; not safe to use from two threads at once.
class ZipArchive {
 public:
  // Opens `bytes`. `path` starts every error message; `what` is the kind of file the user gave,
  // for the not-a-ZIP error ("a .docx file": "bill.docx: not a ZIP archive (a .docx file is one):
  // Not a zip archive"). An empty input is an error too.
  static StatusOr<ZipArchive> Open(std::string path, std::string_view bytes, std::string_view what,
                                   const ExtractLimits& limits);

  ZipArchive(ZipArchive&&) noexcept;
  ZipArchive& operator=(ZipArchive&&) noexcept;
  ~ZipArchive();

  const std::string& path() const { return path_; }
  bool Has(std::string_view member) const;
  // Member names in archive order.
  std::vector<std::string> Names() const;

  // The inflated bytes of `member`. Errors: kNotFound when there is no such member ("bill.docx:
  // no word/document.xml in the archive"); kInvalidArgument when it is encrypted, would inflate
  // past the limit or with a zip bomb's ratio, or its data is corrupt. Nothing past the limit is
  // ever held in memory.
  StatusOr<std::string> Read(std::string_view member) const;

 private:
  struct Closer {
    const LibZip* lib = nullptr;
    void operator()(zip* archive) const;
  };
  ZipArchive(std::string path, const LibZip& lib, zip* archive, const ExtractLimits& limits);

  std::string path_;
  const LibZip* lib_;
  std::unique_ptr<zip, Closer> archive_;
  std::size_t max_member_bytes_;
  std::size_t max_compression_ratio_;
};

struct ZipMember {
  std::string name;
  std::string bytes;
};

// A copy of the archive `bytes` in which each of `members` replaces the member of that name, or is
// added at the end when there is none (deflated). Every other member is copied with its
// compressed bytes unchanged. `path` starts error messages.
StatusOr<std::string> RewriteZip(const std::string& path, std::string_view bytes,
                                 const std::vector<ZipMember>& members);

}  // namespace rightslint

#endif  // RIGHTSLINT_DOCUMENT_ZIP_ARCHIVE_H_
