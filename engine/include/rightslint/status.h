// Status and StatusOr<T>: errors as values at the engine's API edges.
//
// No exception escapes engine/. A failed operation returns a Status whose message names what
// failed and where ("rules/stigma.yaml:12: field `severity`: expected info|warning|error").
#ifndef RIGHTSLINT_STATUS_H_
#define RIGHTSLINT_STATUS_H_

#include <cassert>
#include <string>
#include <utility>
#include <variant>

namespace rightslint {

enum class StatusCode {
  kOk = 0,
  kInvalidArgument,  // the caller's input is malformed (bad UTF-8, bad rule pack, bad flag)
  kNotFound,         // a file or rule that does not exist
  kIoError,          // the operating system refused (permission, read error)
  kInternal,         // a bug or a library failure we could not attribute to the input
};

class Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status Ok() { return Status(); }
  static Status Invalid(std::string message) {
    return Status(StatusCode::kInvalidArgument, std::move(message));
  }
  static Status NotFound(std::string message) {
    return Status(StatusCode::kNotFound, std::move(message));
  }
  static Status Io(std::string message) { return Status(StatusCode::kIoError, std::move(message)); }
  static Status Internal(std::string message) {
    return Status(StatusCode::kInternal, std::move(message));
  }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Either a value or a non-OK Status. Reading value() of an error is a programming error.
template <typename T>
class StatusOr {
 public:
  StatusOr(T value) : data_(std::move(value)) {}        // NOLINT: implicit by design
  StatusOr(Status status) : data_(std::move(status)) {  // NOLINT: implicit by design
    assert(!std::get<Status>(data_).ok() && "StatusOr needs a value or an error");
  }

  bool ok() const { return std::holds_alternative<T>(data_); }
  const Status& status() const {
    static const Status kOk;
    return ok() ? kOk : std::get<Status>(data_);
  }
  T& value() & { return std::get<T>(data_); }
  const T& value() const& { return std::get<T>(data_); }
  T&& value() && { return std::get<T>(std::move(data_)); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }

 private:
  std::variant<T, Status> data_;
};

}  // namespace rightslint

#endif  // RIGHTSLINT_STATUS_H_
