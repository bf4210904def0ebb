// What the command line asks of the operating system beyond reading inputs: reading a small file
// whole and running a program without a shell (git, for --diff-base). Errors are Status values
// whose message names the file or program and gives the system's reason in lower case
// ("baseline.json: permission denied"). Files are written by WriteFileAtomically
// (base/atomic_file.h).
#ifndef RIGHTSLINT_CLI_POSIX_H_
#define RIGHTSLINT_CLI_POSIX_H_

#include <string>
#include <string_view>
#include <vector>

#include "rightslint/status.h"

namespace rightslint::cli {

// The whole content of `path`. Errors: kNotFound if it does not exist, else kIoError (a
// directory, permission denied, a read error).
StatusOr<std::string> ReadWholeFile(const std::string& path);

struct ProgramOutput {
  int exit_code = 0;  // the exit status; 128 + N when signal N ended the program
  std::string out;    // everything it wrote to standard output
  std::string err;    // everything it wrote to standard error
};

// Runs argv[0], looked up in PATH, with the arguments `argv` exactly as given (no shell: nothing is
// expanded or split), standard input from /dev/null, and waits for it to end. A program that runs
// and fails is not an error (see exit_code). Errors: kNotFound if argv[0] is not in PATH,
// kIoError if it could not be started or its output could not be read.
StatusOr<ProgramOutput> RunProgram(const std::vector<std::string>& argv);

// Replaces this process with the program at `path` run with `argv` (argv[0] included), the
// environment unchanged. Returns only on failure: kNotFound if there is no such program, else
// kIoError, the message naming `path`.
Status ReplaceProcess(const std::string& path, const std::vector<std::string>& argv);

}  // namespace rightslint::cli

#endif  // RIGHTSLINT_CLI_POSIX_H_
