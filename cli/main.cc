// rightslint: flags drug-policy language that conflicts with the International Guidelines on
// Human Rights and Drug Policy. This file only parses the command line and dispatches to a
// subcommand (check_command.cc, rules_command.cc, explain_command.cc, eval_command.cc,
// init_command.cc; serve_forward.cc runs the server program).
#include <CLI/CLI.hpp>
#include <exception>
#if defined(__GLIBC__)
#include <malloc.h>
#endif
#include <iostream>
#include <vector>

#include "commands.h"

#ifndef RIGHTSLINT_VERSION
#error "RIGHTSLINT_VERSION must be defined by the build"
#endif

namespace {

constexpr char kExamples[] = R"(Examples:
  rightslint check bill.txt                 check a file
  rightslint check --format json drafts/    check a directory, JSON for other programs
  rightslint rules --lang ru                list the rules for Russian
  rightslint explain stigma.addict          why a rule exists, with examples
  rightslint eval                           precision and recall on the annotated corpora
  rightslint init                           write a commented .rightslint.yaml here
  rightslint serve                          the web page and API at http://127.0.0.1:8080/

Run 'rightslint COMMAND --help' for the options of a command.)";

// CLD2 (language identification) allocates and frees buffers of a few hundred KiB for every
// paragraph. With glibc's defaults each free at the top of the heap gives the memory back to the
// kernel and the next paragraph asks for it again: two system calls and fresh page faults per
// paragraph, 40 % of the time spent on 2,000 small files. Keeping up to 64 MiB of freed memory
// (and growing the heap 16 MiB at a time) removes that; peak memory is unchanged.
void TuneAllocator() {
#if defined(__GLIBC__)
  mallopt(M_TRIM_THRESHOLD, 64 << 20);
  mallopt(M_TOP_PAD, 16 << 20);
#endif
}

}  // namespace

int main(int argc, char** argv) {
  using namespace rightslint::cli;
  TuneAllocator();
  CLI::App app(
      "rightslint: flags drug-policy language that conflicts with the International Guidelines "
      "on Human Rights and Drug Policy (2019)",
      "rightslint");
  app.set_version_flag("--version", "rightslint " RIGHTSLINT_VERSION);
  app.require_subcommand(1);
  app.fallthrough();  // global options may also follow the subcommand's name
  GlobalOptions global;
  AddDataDirOption(app, global);
  app.footer(kExamples);

  const std::vector<Command> commands = {
      AddCheckCommand(app, global), AddRulesCommand(app, global), AddExplainCommand(app, global),
      AddEvalCommand(app, global),  AddInitCommand(app, global),  AddServeForwarder(app, global)};
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& error) {
    // --help and --version end here with 0; every other parse error is a usage error.
    return app.exit(error) == 0 ? kExitClean : kExitError;
  }

  try {
    for (const Command& command : commands) {
      if (command.app->parsed()) return command.run();
    }
  } catch (const std::exception& error) {
    std::cerr << "rightslint: internal error: " << error.what() << '\n';
    return kExitError;
  }
  return kExitError;
}
