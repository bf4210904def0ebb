// Inputs: turns the paths given on the command line into the list of files to check.
//
// Directories are walked recursively in a stable (sorted) order. Hidden entries (names starting
// with '.') inside a walked directory, symlink loops, special files and binary files are skipped
// with a note; a path that does not exist or cannot be read becomes an error entry. Nothing here
// ever throws.
#ifndef RIGHTSLINT_DOCUMENT_INPUTS_H_
#define RIGHTSLINT_DOCUMENT_INPUTS_H_

#include <cstddef>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "rightslint/source.h"
#include "rightslint/status.h"

namespace rightslint {

// One file to check, or one path that failed before reading.
struct InputFile {
  std::string path;                 // display path: as given, or joined under the given directory
  bool is_stdin = false;            // "-": read standard input
  std::optional<std::string> error; // set: the path could not be used (message names the path)
};

// Called for each skipped entry with a one-line human note, e.g.
// "corpora/x.bin: skipped: binary file (NUL byte at offset 12)".
using NoteSink = std::function<void(const std::string& note)>;

// Expands `args` ("-" means stdin) into files. Explicitly named files are always listed (even
// binary ones: reading them then fails with a clear error); files found by walking a directory
// are listed only if they look like text (no NUL byte in the first 8 KiB) and have a text or
// Markdown extension or none.
std::vector<InputFile> ExpandInputs(const std::vector<std::string>& args, const NoteSink& note);

// Format from the file name: .md/.markdown/.mdown -> Markdown, everything else -> text.
Format FormatForPath(const std::string& path);

// Reads one input. `stdin_filename` names stdin in reports (default "<stdin>") and decides its
// format. Errors: unreadable file (errno text), binary content (NUL byte, with its offset),
// a file over `max_bytes` (default 1 GiB).
StatusOr<Source> ReadSource(const InputFile& input, const std::string& stdin_filename = "<stdin>",
                            std::size_t max_bytes = std::size_t{1} << 30);

}  // namespace rightslint

#endif  // RIGHTSLINT_DOCUMENT_INPUTS_H_
