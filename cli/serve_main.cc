// rightslint-serve: the program behind `rightslint serve` (serve_command.cc has its flags).
//
// Why a program of its own: the HTTP server (cpp-httplib) links OpenSSL, and loading and
// relocating those libraries took 4 ms of every `rightslint check` run, a sixth of checking 1 MB
// (bench/README.md). `rightslint serve ARGS` replaces itself with `rightslint-serve ARGS`
// (serve_forward.cc), so users see one command.
#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

#include "commands.h"

#ifndef RIGHTSLINT_VERSION
#error "RIGHTSLINT_VERSION must be defined by the build"
#endif

int main(int argc, char** argv) {
  using namespace rightslint::cli;
  CLI::App app(
      "rightslint serve: the web page (paste or drop a text, see and fix findings) and the HTTP "
      "API",
      "rightslint serve");
  app.set_version_flag("--version", "rightslint " RIGHTSLINT_VERSION);
  GlobalOptions global;
  AddDataDirOption(app, global);
  const Command serve = AddServeCommand(app, global);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    return app.exit(error) == 0 ? kExitClean : kExitError;
  }
  try {
    return serve.run();
  } catch (const std::exception& error) {
    std::cerr << "rightslint: internal error: " << error.what() << '\n';
    return kExitError;
  }
}
