#include "base/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <system_error>

namespace rightslint {
namespace {

std::string Reason(int error) {
  std::string text = std::strerror(error);
  if (!text.empty()) text[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(text[0])));
  return text;
}

bool WriteAll(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t wrote = ::write(fd, bytes.data(), bytes.size());
    if (wrote < 0 && errno == EINTR) continue;
    if (wrote <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(wrote));
  }
  return true;
}

// The file a write to `path` should replace: the target of a symbolic link (however many links
// deep), else `path` itself.
std::filesystem::path ResolveTarget(const std::string& path) {
  std::error_code error;
  std::filesystem::path target(path);
  for (int hops = 0; hops < 40 && std::filesystem::is_symlink(target, error); ++hops) {
    const std::filesystem::path link = std::filesystem::read_symlink(target, error);
    if (error) break;
    target = link.is_absolute() ? link : target.parent_path() / link;
  }
  return target;
}

}  // namespace

Status WriteFileAtomically(const std::string& path, std::string_view contents) {
  const std::filesystem::path target = ResolveTarget(path);
  if (!target.has_filename()) return Status::Io(path + ": cannot write: is a directory");
  const std::filesystem::path directory =
      target.has_parent_path() ? target.parent_path() : std::filesystem::path(".");
  mode_t mode = 0644;
  struct stat existing;
  if (::stat(target.c_str(), &existing) == 0) {
    if (S_ISDIR(existing.st_mode)) return Status::Io(path + ": cannot write: is a directory");
    mode = existing.st_mode & 07777;
  }

  // Appended piece by piece: GCC 12 warns falsely (-Wrestrict) on "." + string + ".XXXXXX".
  std::string name = ".";
  name.append(target.filename().string()).append(".XXXXXX");
  std::string temporary = (directory / name).string();
  const int fd = ::mkstemp(temporary.data());
  if (fd < 0) return Status::Io(path + ": cannot write: " + Reason(errno));
  int error = 0;
  if (!WriteAll(fd, contents) || ::fchmod(fd, mode) != 0 || ::fsync(fd) != 0) error = errno;
  if (::close(fd) != 0 && error == 0) error = errno;
  if (error == 0 && ::rename(temporary.c_str(), target.c_str()) != 0) error = errno;
  if (error != 0) {
    ::unlink(temporary.c_str());
    return Status::Io(path + ": cannot write: " + Reason(error));
  }
  // The rename reaches the disk with the directory. Best effort: the new file is in place already.
  if (const int dir = ::open(directory.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
  return Status::Ok();
}

}  // namespace rightslint
