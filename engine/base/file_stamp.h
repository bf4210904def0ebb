// What tells, cheaply, that a file changed: its size and modification time. Build-time data
// derived from files (the morphology indexes, the rule pack cache) record it and are not used
// when it differs.
#ifndef RIGHTSLINT_BASE_FILE_STAMP_H_
#define RIGHTSLINT_BASE_FILE_STAMP_H_

#include <string>

namespace rightslint {

// "<size> <mtime in ns>", or empty when the file cannot be read.
std::string FileStamp(const std::string& path);

}  // namespace rightslint

#endif  // RIGHTSLINT_BASE_FILE_STAMP_H_
