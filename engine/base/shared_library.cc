#include "base/shared_library.h"

#include <dlfcn.h>

#include <utility>

namespace rightslint {
namespace {

std::string LastError() {
  const char* error = dlerror();
  return error != nullptr ? error : "unknown error";
}

}  // namespace

StatusOr<SharedLibrary> SharedLibrary::Open(const std::string& name) {
  void* handle = dlopen(name.c_str(), RTLD_NOW | RTLD_LOCAL);
  if (handle == nullptr) return Status::NotFound("cannot load " + name + ": " + LastError());
  return SharedLibrary(name, handle);
}

SharedLibrary::SharedLibrary(SharedLibrary&& other) noexcept
    : name_(std::move(other.name_)), handle_(std::exchange(other.handle_, nullptr)) {}

SharedLibrary& SharedLibrary::operator=(SharedLibrary&& other) noexcept {
  if (this != &other) {
    if (handle_ != nullptr) dlclose(handle_);
    name_ = std::move(other.name_);
    handle_ = std::exchange(other.handle_, nullptr);
  }
  return *this;
}

SharedLibrary::~SharedLibrary() {
  if (handle_ != nullptr) dlclose(handle_);
}

StatusOr<void*> SharedLibrary::FindAddress(const char* symbol) const {
  dlerror();  // clear: a symbol's address may legitimately be null
  void* address = dlsym(handle_, symbol);
  if (address == nullptr) {
    return Status::NotFound(name_ + " has no symbol " + symbol + ": " + LastError());
  }
  return address;
}

}  // namespace rightslint
