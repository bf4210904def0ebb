// The subcommands of `rightslint`, one file each. main.cc only parses and dispatches.
#ifndef RIGHTSLINT_CLI_COMMANDS_H_
#define RIGHTSLINT_CLI_COMMANDS_H_

#include <CLI/CLI.hpp>
#include <functional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace rightslint::cli {

// Exit codes (DESIGN.md): nothing at or above --fail-on; findings at or above it; a usage,
// configuration (rule pack) or input error.
inline constexpr int kExitClean = 0;
inline constexpr int kExitFindings = 1;
inline constexpr int kExitError = 2;

// Flags every subcommand understands (given before or after the subcommand's name).
struct GlobalOptions {
  std::string data_dir;  // empty: $RIGHTSLINT_DATA, else the directory the build was made with
};

// Registers --data-dir (GlobalOptions::data_dir) on `app`; `global` must outlive it.
inline void AddDataDirOption(CLI::App& app, GlobalOptions& global) {
  app.add_option("--data-dir", global.data_dir,
                 "Directory holding rules/ and lexicons/ (default: $RIGHTSLINT_DATA, else the "
                 "source tree rightslint was built from)")
      ->type_name("DIR");
}

// A registered subcommand: its CLI11 app, and what to run when the parsed command line chose it.
// `run` returns the process exit code.
struct Command {
  CLI::App* app = nullptr;
  std::function<int()> run;
};

// CLI::IsMember without its "{a,b}" in --help, for options whose type name lists the choices.
inline CLI::Validator OneOf(std::vector<std::string> choices) {
  return CLI::IsMember(std::move(choices)).description("");
}

// "a, b, c" for ({"a", "b", "c"}, ", ").
inline std::string Join(const std::vector<std::string>& items, std::string_view separator) {
  std::string joined;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) joined += separator;
    joined += items[i];
  }
  return joined;
}

// Each registers its subcommand and flags on `app`; `global` must outlive the returned Command.
Command AddCheckCommand(CLI::App& app, const GlobalOptions& global);
Command AddRulesCommand(CLI::App& app, const GlobalOptions& global);
Command AddExplainCommand(CLI::App& app, const GlobalOptions& global);
Command AddEvalCommand(CLI::App& app, const GlobalOptions& global);
Command AddInitCommand(CLI::App& app, const GlobalOptions& global);
// `rightslint serve`: runs the program rightslint-serve with the arguments after `serve`.
Command AddServeForwarder(CLI::App& app, const GlobalOptions& global);
// The server's flags, registered on rightslint-serve's own app (serve_main.cc).
Command AddServeCommand(CLI::App& app, const GlobalOptions& global);

}  // namespace rightslint::cli

#endif  // RIGHTSLINT_CLI_COMMANDS_H_
