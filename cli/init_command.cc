// rightslint init [DIR]: write a commented starter .rightslint.yaml.
#include <filesystem>
#include <fstream>
#include <iostream>
#include <memory>
#include <string>
#include <system_error>

#include "commands.h"
#include "rightslint/config.h"

namespace rightslint::cli {
namespace {

constexpr char kInitExamples[] = R"(Examples:
  rightslint init              write .rightslint.yaml in the current directory
  rightslint init docs/        write docs/.rightslint.yaml

An existing .rightslint.yaml is never overwritten (exit 2).)";

int RunInit(const std::string& directory) {
  namespace fs = std::filesystem;
  std::error_code error;
  if (!fs::is_directory(directory, error)) {
    std::cerr << "rightslint init: " << directory << ": no such directory\n";
    return kExitError;
  }
  const fs::path path = fs::path(directory) / kConfigFileName;
  if (fs::exists(fs::symlink_status(path, error))) {
    std::cerr << "rightslint init: " << path.string()
              << " already exists; not overwriting it (edit it, or remove it first)\n";
    return kExitError;
  }
  std::ofstream out(path, std::ios::binary);
  out << StarterConfig();
  out.close();
  if (!out) {
    std::cerr << "rightslint init: " << path.string() << ": cannot write\n";
    return kExitError;
  }
  std::cout << "wrote " << path.string() << '\n';
  return kExitClean;
}

}  // namespace

Command AddInitCommand(CLI::App& app, const GlobalOptions&) {
  auto directory = std::make_shared<std::string>(".");
  CLI::App* init = app.add_subcommand("init", "Write a commented starter .rightslint.yaml");
  init->add_option("dir", *directory, "Directory to write it in (default: the current one)")
      ->type_name("DIR");
  init->footer(kInitExamples);
  return Command{init, [directory] { return RunInit(*directory); }};
}

}  // namespace rightslint::cli
