// Inputs: turns the paths given on the command line into the list of files to check, and reads
// them.
//
// Directories are walked recursively, depth first, each directory's entries in byte order of their
// names (so "Z.txt" before "a.md"), the same on every run. Inside a walked directory these are
// skipped with a note: hidden entries (names starting with '.', so .git), symbolic links that
// dangle or loop, a directory or file reached a second time (through a symlink, hard link or bind
// mount: identified by device and inode, so a link to a parent cannot make the walk endless),
// named pipes, sockets and devices, files in an unsupported format and binary files. A path that
// does not exist or a directory that cannot be listed becomes an error entry; the others are still
// checked. Nothing here ever throws; ExpandInputs and ReadSource are safe to call from several
// threads.
//
// Every message starts with the path: "path: what went wrong" for errors,
// "path: skipped: why" for notes.
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
  std::string path;                  // display path: as given, or joined under the given directory
  bool is_stdin = false;             // "-": read standard input
  std::optional<std::string> error;  // set: the path could not be used (message names the path)
};

// Called for each skipped entry with a one-line human note, e.g.
// "corpora/x.bin: skipped: binary file (NUL byte at offset 12)".
using NoteSink = std::function<void(const std::string& note)>;

// Expands `args` ("-" means stdin) into files, in the order of `args`. Explicitly named files are
// always listed (even binary ones: reading them then fails with a clear error), and so are
// explicitly named directories walked even if hidden, and named pipes and terminals
// (`rightslint check <(cmd)`). Files found by walking a directory are listed only if their
// extension is none, .txt, .text, .md, .markdown, .mdown, .html, .htm, .xhtml, .docx, .odt or
// .pdf (any case; others get the note "unsupported format (.pptx)") and — except DOCX, ODT and
// PDF, which are binary containers — they look like text (no NUL byte in the first 8 KiB). `note`
// may be empty.
std::vector<InputFile> ExpandInputs(const std::vector<std::string>& args, const NoteSink& note);

// Format from the file name: .md/.markdown/.mdown -> Markdown, .html/.htm/.xhtml -> HTML, .docx,
// .odt, .pdf -> their formats, everything else -> text.
Format FormatForPath(const std::string& path);

// Reads one input, whole and unmodified. `stdin_filename` names stdin in reports (default
// "<stdin>") and decides its format. A regular file costs one allocation of its size and one
// read(2); stdin and pipes are read in chunks. Errors: an InputFile that carries one (kNotFound if
// the path does not exist, else kIoError); unreadable file or directory (kIoError, the system's
// text: "notes.txt: permission denied"); binary content in a text format ("notes.txt: binary file
// (NUL byte at offset 12)") and a file over `max_bytes` (default 1 GiB) (both kInvalidArgument).
StatusOr<Source> ReadSource(const InputFile& input, const std::string& stdin_filename = "<stdin>",
                            std::size_t max_bytes = std::size_t{1} << 30);

}  // namespace rightslint

#endif  // RIGHTSLINT_DOCUMENT_INPUTS_H_
