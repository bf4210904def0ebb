#include "base/running_program.h"

#include <filesystem>
#include <system_error>

namespace rightslint {

StatusOr<std::string> BesideRunningProgram(std::string_view name) {
  std::error_code error;
  const std::filesystem::path self = std::filesystem::read_symlink("/proc/self/exe", error);
  if (error) {
    std::string reason = error.message();
    if (!reason.empty() && reason[0] >= 'A' && reason[0] <= 'Z') reason[0] += 'a' - 'A';
    return Status::Io("cannot find the running program (/proc/self/exe): " + reason);
  }
  return (self.parent_path() / name).string();
}

}  // namespace rightslint
