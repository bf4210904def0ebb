// Where the running program is: the build and an installation put what comes with rightslint
// (rightslint-serve, the PDF module rightslint-pdf.so) in the same directory as `rightslint`.
#ifndef RIGHTSLINT_BASE_RUNNING_PROGRAM_H_
#define RIGHTSLINT_BASE_RUNNING_PROGRAM_H_

#include <string>
#include <string_view>

#include "rightslint/status.h"

namespace rightslint {

// The path of `name` in the directory of the running program (/proc/self/exe), whether or not
// it exists. Error (kIoError): the running program cannot be found.
StatusOr<std::string> BesideRunningProgram(std::string_view name);

}  // namespace rightslint

#endif  // RIGHTSLINT_BASE_RUNNING_PROGRAM_H_
