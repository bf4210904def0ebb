// What the CLI needs to know about the terminal it writes to.
#ifndef RIGHTSLINT_CLI_TERMINAL_H_
#define RIGHTSLINT_CLI_TERMINAL_H_

#include <string_view>

namespace rightslint::cli {

bool StdoutIsTerminal();
bool StderrIsTerminal();

// --color: "always", "never", or "auto" = stdout is a terminal, TERM is set and not "dumb", and
// NO_COLOR is unset or empty (https://no-color.org).
bool UseColor(std::string_view mode);

}  // namespace rightslint::cli

#endif  // RIGHTSLINT_CLI_TERMINAL_H_
