#include "document/zip_archive.h"

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <utility>

#include "document/libzip.h"

namespace rightslint {
namespace {

constexpr std::string_view kOleMagic = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1";
// Below this size a high ratio is harmless (a long run of spaces compresses well).
constexpr std::size_t kRatioCheckedAbove = std::size_t{1} << 20;
constexpr std::size_t kReadChunk = std::size_t{64} << 10;

// libzip reports through zip_error_t; this owns one and gives its text.
class ZipError {
 public:
  explicit ZipError(const LibZip& lib) : lib_(lib) { lib_.zip_error_init(&error_); }
  ~ZipError() { lib_.zip_error_fini(&error_); }
  ZipError(const ZipError&) = delete;
  ZipError& operator=(const ZipError&) = delete;
  zip_error_t* get() { return &error_; }
  std::string text() { return lib_.zip_error_strerror(&error_); }

 private:
  const LibZip& lib_;
  zip_error_t error_;
};

// libzip could not be loaded: `path` cannot be read or written on this machine.
Status LibZipMissing(const std::string& path, std::string_view what, const Status& why) {
  return Status::Io(path + ": libzip is needed for " + std::string(what) + ": " + why.message() +
                    " (Debian package libzip4)");
}

}  // namespace

bool IsOleCompoundFile(std::string_view bytes) { return bytes.starts_with(kOleMagic); }

std::string DescribeByteCount(std::size_t bytes) {
  constexpr std::size_t kKiB = 1024;
  constexpr std::size_t kMiB = kKiB * 1024;
  if (bytes >= kMiB && bytes % kMiB == 0) return std::to_string(bytes / kMiB) + " MiB";
  if (bytes >= kKiB && bytes % kKiB == 0) return std::to_string(bytes / kKiB) + " KiB";
  return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
}

void ZipArchive::Closer::operator()(zip* archive) const {
  lib->zip_discard(archive);  // read-only: nothing to write back
}

ZipArchive::ZipArchive(std::string path, const LibZip& lib, zip* archive,
                       const ExtractLimits& limits)
    : path_(std::move(path)),
      lib_(&lib),
      archive_(archive, Closer{&lib}),
      max_member_bytes_(limits.max_member_bytes),
      max_compression_ratio_(limits.max_compression_ratio) {}

ZipArchive::ZipArchive(ZipArchive&&) noexcept = default;
ZipArchive& ZipArchive::operator=(ZipArchive&&) noexcept = default;
ZipArchive::~ZipArchive() = default;

StatusOr<ZipArchive> ZipArchive::Open(std::string path, std::string_view bytes,
                                      std::string_view what, const ExtractLimits& limits) {
  if (bytes.empty()) {
    return Status::Invalid(path + ": empty file (" + std::string(what) + " is a ZIP archive)");
  }
  StatusOr<const LibZip*> loaded = LoadLibZip();
  if (!loaded.ok()) return LibZipMissing(path, what, loaded.status());
  const LibZip& lib = **loaded;
  // Read-only, so libzip never writes to (or frees) the caller's bytes.
  ZipError error(lib);
  zip_source_t* source =
      lib.zip_source_buffer_create(bytes.data(), bytes.size(), /*freep=*/0, error.get());
  if (source == nullptr) return Status::Internal(path + ": libzip: " + error.text());
  zip_t* archive = lib.zip_open_from_source(source, ZIP_RDONLY, error.get());
  if (archive == nullptr) {
    lib.zip_source_free(source);  // on failure the source stays ours
    return Status::Invalid(path + ": not a ZIP archive (" + std::string(what) +
                           " is one): " + error.text());
  }
  return ZipArchive(std::move(path), lib, archive, limits);
}

bool ZipArchive::Has(std::string_view member) const {
  const LibZip& lib = *lib_;
  return lib.zip_name_locate(archive_.get(), std::string(member).c_str(), 0) >= 0;
}

std::vector<std::string> ZipArchive::Names() const {
  const LibZip& lib = *lib_;
  std::vector<std::string> names;
  const zip_int64_t count = lib.zip_get_num_entries(archive_.get(), 0);
  for (zip_int64_t i = 0; i < count; ++i) {
    if (const char* name = lib.zip_get_name(archive_.get(), static_cast<zip_uint64_t>(i), 0)) {
      names.emplace_back(name);
    }
  }
  return names;
}

StatusOr<std::string> ZipArchive::Read(std::string_view member) const {
  const LibZip& lib = *lib_;
  const std::string where = path_ + ": " + std::string(member);
  const zip_int64_t index = lib.zip_name_locate(archive_.get(), std::string(member).c_str(), 0);
  if (index < 0) {
    return Status::NotFound(path_ + ": no " + std::string(member) + " in the archive");
  }
  zip_stat_t stat;
  lib.zip_stat_init(&stat);
  if (lib.zip_stat_index(archive_.get(), static_cast<zip_uint64_t>(index), 0, &stat) != 0) {
    return Status::Invalid(where + ": " + lib.zip_strerror(archive_.get()));
  }
  if ((stat.valid & ZIP_STAT_ENCRYPTION_METHOD) && stat.encryption_method != ZIP_EM_NONE) {
    return Status::Invalid(where + ": encrypted member (password-protected document)");
  }
  const std::size_t compressed = (stat.valid & ZIP_STAT_COMP_SIZE) ? stat.comp_size : 0;
  // Declared sizes can lie, so the same two checks run on the declared size first (to refuse
  // early) and then on the bytes actually inflated.
  const auto check = [&](std::size_t inflated) -> Status {
    if (inflated > max_member_bytes_) {
      return Status::Invalid(where + " inflates past " + DescribeByteCount(max_member_bytes_) +
                             " (limit); refusing a possible zip bomb");
    }
    if (inflated > kRatioCheckedAbove &&
        inflated / std::max<std::size_t>(compressed, 1) > max_compression_ratio_) {
      return Status::Invalid(where + " inflates from " + std::to_string(compressed) + " to " +
                             std::to_string(inflated) + " bytes or more, a ratio over " +
                             std::to_string(max_compression_ratio_) +
                             " (limit); refusing a possible zip bomb");
    }
    return Status::Ok();
  };
  const std::size_t declared = (stat.valid & ZIP_STAT_SIZE) ? stat.size : 0;
  if (Status status = check(declared); !status.ok()) return status;

  zip_file_t* file = lib.zip_fopen_index(archive_.get(), static_cast<zip_uint64_t>(index), 0);
  if (file == nullptr) return Status::Invalid(where + ": " + lib.zip_strerror(archive_.get()));
  std::string bytes;
  bytes.reserve(declared);
  std::string chunk(kReadChunk, '\0');  // on the heap: readers may run on small thread stacks
  Status status;
  while (status.ok()) {
    const zip_int64_t got = lib.zip_fread(file, chunk.data(), chunk.size());
    if (got < 0) {
      status = Status::Invalid(where + ": corrupt data: " + lib.zip_file_strerror(file));
    } else if (got == 0) {
      break;
    } else if (status = check(bytes.size() + static_cast<std::size_t>(got)); status.ok()) {
      bytes.append(chunk.data(), static_cast<std::size_t>(got));
    }
  }
  lib.zip_fclose(file);
  if (!status.ok()) return status;
  return bytes;
}

StatusOr<std::string> RewriteZip(const std::string& path, std::string_view bytes,
                                 const std::vector<ZipMember>& members) {
  // libzip writes an archive back into its buffer source on zip_close; a second reference keeps
  // the source alive past the close to read the new bytes out of it. The source gets a malloc'd
  // copy it owns: when it clones the unchanged start of the archive on write, libzip 1.7 passes
  // ownership of the original buffer on to the clone and frees it later, even with freep=0.
  StatusOr<const LibZip*> loaded = LoadLibZip();
  if (!loaded.ok()) return LibZipMissing(path, "writing a ZIP archive", loaded.status());
  const LibZip& lib = **loaded;
  ZipError error(lib);
  void* copy = std::malloc(std::max<std::size_t>(bytes.size(), 1));
  if (copy == nullptr) return Status::Internal(path + ": out of memory");
  std::memcpy(copy, bytes.data(), bytes.size());
  zip_source_t* source = lib.zip_source_buffer_create(copy, bytes.size(), /*freep=*/1, error.get());
  if (source == nullptr) {
    std::free(copy);
    return Status::Internal(path + ": libzip: " + error.text());
  }
  const auto fail = [&](const std::string& message) -> Status {
    lib.zip_source_free(source);
    return Status::Internal(path + ": writing the archive: " + message);
  };
  zip_t* archive = lib.zip_open_from_source(source, 0, error.get());
  if (archive == nullptr) return fail(error.text());
  lib.zip_source_keep(source);  // the archive holds one reference now, we hold the other
  for (const ZipMember& member : members) {
    zip_source_t* content =
        lib.zip_source_buffer(archive, member.bytes.data(), member.bytes.size(), /*freep=*/0);
    if (content == nullptr || lib.zip_file_add(archive, member.name.c_str(), content,
                                               ZIP_FL_OVERWRITE | ZIP_FL_ENC_UTF_8) < 0) {
      if (content != nullptr) lib.zip_source_free(content);
      std::string message = member.name + ": " + lib.zip_strerror(archive);
      lib.zip_discard(archive);
      return fail(message);
    }
  }
  if (lib.zip_close(archive) != 0) {
    std::string message = lib.zip_strerror(archive);
    lib.zip_discard(archive);
    return fail(message);
  }

  zip_stat_t stat;
  lib.zip_stat_init(&stat);
  if (lib.zip_source_stat(source, &stat) != 0 || lib.zip_source_open(source) != 0) {
    return fail(lib.zip_error_strerror(lib.zip_source_error(source)));
  }
  std::string result(stat.size, '\0');
  const zip_int64_t got = lib.zip_source_read(source, result.data(), result.size());
  lib.zip_source_close(source);
  if (got < 0 || static_cast<zip_uint64_t>(got) != stat.size) {
    return fail("short read of the new archive");
  }
  lib.zip_source_free(source);
  return result;
}

}  // namespace rightslint
