#include "base/file_stamp.h"

#include <sys/stat.h>

namespace rightslint {

std::string FileStamp(const std::string& path) {
  struct stat info {};
  if (::stat(path.c_str(), &info) != 0) return "";
  const long long nanoseconds =
      static_cast<long long>(info.st_mtim.tv_sec) * 1000000000LL + info.st_mtim.tv_nsec;
  return std::to_string(info.st_size) + " " + std::to_string(nanoseconds);
}

}  // namespace rightslint
