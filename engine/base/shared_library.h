// SharedLibrary: a library loaded at run time (dlopen), for dependencies only some inputs need.
//
// Why: every library a program links is mapped and relocated before main(), whether or not the
// run uses it. libzip (DOCX, ODT) brings OpenSSL's libcrypto and poppler (PDF) some twenty more
// libraries: together 8 ms of every run, a third of checking 1 MB of plain text
// (bench/README.md). Loaded when the first such file is read, they cost nothing otherwise.
#ifndef RIGHTSLINT_BASE_SHARED_LIBRARY_H_
#define RIGHTSLINT_BASE_SHARED_LIBRARY_H_

#include <string>
#include <utility>

#include "rightslint/status.h"

namespace rightslint {

class SharedLibrary {
 public:
  // Loads `name` (a path, or a soname looked up as the dynamic linker does) with all its symbols
  // resolved now and kept to itself. Errors (kNotFound) carry the dynamic linker's message.
  static StatusOr<SharedLibrary> Open(const std::string& name);

  SharedLibrary(SharedLibrary&& other) noexcept;
  SharedLibrary& operator=(SharedLibrary&& other) noexcept;
  SharedLibrary(const SharedLibrary&) = delete;
  SharedLibrary& operator=(const SharedLibrary&) = delete;
  ~SharedLibrary();

  // The address of `symbol` as a `T*`, or an error naming the library and the symbol. With
  // T = decltype(::function) the caller's header declares the type the library must have.
  template <typename T>
  StatusOr<T*> Find(const char* symbol) const {
    StatusOr<void*> address = FindAddress(symbol);
    if (!address.ok()) return address.status();
    return reinterpret_cast<T*>(*address);
  }

  const std::string& name() const { return name_; }

 private:
  SharedLibrary(std::string name, void* handle) : name_(std::move(name)), handle_(handle) {}
  StatusOr<void*> FindAddress(const char* symbol) const;

  std::string name_;
  void* handle_ = nullptr;
};

}  // namespace rightslint

#endif  // RIGHTSLINT_BASE_SHARED_LIBRARY_H_
