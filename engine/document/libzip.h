// libzip's functions, loaded when the first DOCX or ODT file is read (base/shared_library.h says
// why): zip_archive.cc calls them through this table. Each member has the type zip.h declares.
#ifndef RIGHTSLINT_DOCUMENT_LIBZIP_H_
#define RIGHTSLINT_DOCUMENT_LIBZIP_H_

#include <zip.h>

#include "rightslint/status.h"

namespace rightslint {

// Every libzip function zip_archive.cc calls.
// clang-format off
#define RIGHTSLINT_LIBZIP_FUNCTIONS(X)                                                     \
  X(zip_close) X(zip_discard) X(zip_error_fini) X(zip_error_init) X(zip_error_strerror)    \
  X(zip_fclose) X(zip_file_add) X(zip_file_strerror) X(zip_fopen_index) X(zip_fread)       \
  X(zip_get_name) X(zip_get_num_entries) X(zip_name_locate) X(zip_open_from_source)        \
  X(zip_source_buffer) X(zip_source_buffer_create) X(zip_source_close) X(zip_source_error) \
  X(zip_source_free) X(zip_source_keep) X(zip_source_open) X(zip_source_read)              \
  X(zip_source_stat) X(zip_stat_index) X(zip_stat_init) X(zip_strerror)
// clang-format on

struct LibZip {
#define RIGHTSLINT_LIBZIP_MEMBER(name) decltype(&::name) name = nullptr;
  RIGHTSLINT_LIBZIP_FUNCTIONS(RIGHTSLINT_LIBZIP_MEMBER)
#undef RIGHTSLINT_LIBZIP_MEMBER
};

// The table, loaded once per process and shared read-only by every thread. Error: the library or
// one of its functions could not be loaded ("cannot load libzip.so.4: …").
StatusOr<const LibZip*> LoadLibZip();

}  // namespace rightslint

#endif  // RIGHTSLINT_DOCUMENT_LIBZIP_H_
