#include "document/libzip.h"

#include <type_traits>
#include <utility>

#include "base/shared_library.h"

#ifndef RIGHTSLINT_LIBZIP_SONAME
#error "RIGHTSLINT_LIBZIP_SONAME must be defined by the build"
#endif

namespace rightslint {
namespace {

struct LoadedLibZip {
  SharedLibrary library;
  LibZip functions;
};

StatusOr<LoadedLibZip> Load() {
  StatusOr<SharedLibrary> library = SharedLibrary::Open(RIGHTSLINT_LIBZIP_SONAME);
  if (!library.ok()) return library.status();
  LibZip functions;
#define RIGHTSLINT_LIBZIP_FIND(name)                                                      \
  if (auto found = library->Find<std::remove_pointer_t<decltype(functions.name)>>(#name); \
      found.ok()) {                                                                       \
    functions.name = *found;                                                              \
  } else {                                                                                \
    return found.status();                                                                \
  }
  RIGHTSLINT_LIBZIP_FUNCTIONS(RIGHTSLINT_LIBZIP_FIND)
#undef RIGHTSLINT_LIBZIP_FIND
  return LoadedLibZip{std::move(*library), functions};
}

}  // namespace

StatusOr<const LibZip*> LoadLibZip() {
  // Loaded by the first caller (static initialisation is thread-safe) and never changed after.
  static const StatusOr<LoadedLibZip> loaded = Load();
  if (!loaded.ok()) return loaded.status();
  return &loaded->functions;
}

}  // namespace rightslint
