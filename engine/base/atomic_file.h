// Replacing a file so that nothing is ever lost: the one writer of user-visible files (baselines,
// annotated DOCX copies, files fixed by `check --fix`).
#ifndef RIGHTSLINT_BASE_ATOMIC_FILE_H_
#define RIGHTSLINT_BASE_ATOMIC_FILE_H_

#include <string>
#include <string_view>

#include "rightslint/status.h"

namespace rightslint {

// Replaces `path` with `contents` so that a reader sees either the old file or the new one and a
// crash never leaves half a file: writes a hidden temporary file in the same directory (so the
// rename stays on one file system), fsyncs it, renames it over `path`, then fsyncs the directory.
// An existing file keeps its permission bits; a new one gets 0644. A symbolic link is followed:
// its target is replaced and the link stays. On failure (kIoError naming the path and the system's
// reason: the directory does not exist or is not writable, the disk is full, `path` is a
// directory) the temporary file is removed and `path` is left exactly as it was.
Status WriteFileAtomically(const std::string& path, std::string_view contents);

}  // namespace rightslint

#endif  // RIGHTSLINT_BASE_ATOMIC_FILE_H_
