// `rightslint serve`: runs rightslint-serve, the program next to this one (serve_main.cc says
// why it is a program of its own), with the arguments that follow `serve`.
#include <iostream>
#include <string>
#include <vector>

#include "base/running_program.h"
#include "commands.h"
#include "posix.h"

namespace rightslint::cli {
namespace {

constexpr char kServerProgram[] = "rightslint-serve";

int RunServer(const CLI::App& serve, const GlobalOptions& global) {
  StatusOr<std::string> server = BesideRunningProgram(kServerProgram);
  if (server.ok()) {
    std::vector<std::string> argv = {*server};
    if (!global.data_dir.empty()) argv.insert(argv.end(), {"--data-dir", global.data_dir});
    for (const std::string& arg : serve.remaining()) argv.push_back(arg);
    const Status replaced = ReplaceProcess(*server, argv);
    std::cerr << "rightslint: error: cannot run the web server: " << replaced.message()
              << " (it is built with rightslint: cmake --build build --target " << kServerProgram
              << ")\n";
    return kExitError;
  }
  std::cerr << "rightslint: error: " << server.status().message() << '\n';
  return kExitError;
}

}  // namespace

Command AddServeForwarder(CLI::App& app, const GlobalOptions& global) {
  CLI::App* serve = app.add_subcommand(
      "serve",
      "Serve the web page (paste or drop a text, see and fix findings) and the HTTP API; "
      "'rightslint serve --help' for its options");
  // Every argument after `serve`, --help included, is the server's to parse.
  serve->prefix_command();
  serve->allow_extras();
  serve->fallthrough(false);
  serve->set_help_flag();
  return Command{serve, [serve, &global] { return RunServer(*serve, global); }};
}

}  // namespace rightslint::cli
