// rightslint serve: the web page for journalists and editors, and its HTTP API (server/). Built
// into the program rightslint-serve (serve_main.cc), which `rightslint serve` runs
// (serve_forward.cc).
#include <pthread.h>

#include <csignal>
#include <cstddef>
#include <iostream>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

#include "commands.h"
#include "rightslint/linter.h"
#include "rightslint/options.h"
#include "web_server.h"

namespace rightslint::cli {
namespace {

constexpr char kServeExamples[] = R"(Examples:
  rightslint serve                          the page at http://127.0.0.1:8080/ (this machine only)
  rightslint serve --port 9000              another port; --port 0 picks a free one
  rightslint serve --host 0.0.0.0           every interface: the newsroom's network can use it
  rightslint serve --max-body 50MB --threads 16
  curl -s 127.0.0.1:8080/api/check -H 'Content-Type: application/json' -d '{"text": "addicts"}'
  curl -s 127.0.0.1:8080/api/check -F file=@bill.docx -F lang=uk

API: POST /api/check (JSON {"text", "lang", "filename"} or a multipart `file` upload) -> findings
JSON version 1; POST /api/report?format=html|json -> a report to download; GET /api/rules;
GET /healthz. Errors are JSON {"error": {"status", "message"}}: 400 malformed JSON or UTF-8, 413
a body over --max-body, 415 an unsupported content or file type, 422 an unreadable document.

Texts are checked in memory: nothing sent is written to disk, and the request log on stderr (one
line per request: method, path, status, bytes, milliseconds) never contains a text. The page
loads nothing from the internet. Ctrl-C (SIGINT) or SIGTERM stops the server.)";

struct ServeFlags {
  std::string host = "127.0.0.1";
  int port = 8080;
  std::size_t max_body = std::size_t{10} << 20;
  std::size_t threads = 8;
  int timeout = 10;
  std::string legal = "auto";
  bool quiet = false;
};

LegalRules ParseLegal(const std::string& legal) {
  return legal == "always"  ? LegalRules::kAlways
         : legal == "never" ? LegalRules::kNever
                            : LegalRules::kAuto;
}

int RunServe(const ServeFlags& flags, const GlobalOptions& global) {
  LinterOptions linter_options;
  linter_options.data_dir = global.data_dir;
  linter_options.legal_rules = ParseLegal(flags.legal);
  StatusOr<std::unique_ptr<Linter>> linter = Linter::Create(linter_options);
  if (!linter.ok()) {
    std::cerr << "rightslint: error: " << linter.status().message() << '\n';
    return kExitError;
  }

  server::ServerOptions options;
  options.host = flags.host;
  options.port = flags.port;
  options.max_body_bytes = flags.max_body;
  options.threads = flags.threads;
  options.read_timeout = std::chrono::seconds(flags.timeout);
  options.write_timeout = std::chrono::seconds(flags.timeout);
  auto log_mutex = std::make_shared<std::mutex>();
  if (!flags.quiet) {
    options.log = [log_mutex](std::string_view line) {
      std::lock_guard lock(*log_mutex);
      std::cerr << line << '\n';
    };
  }

  // SIGINT and SIGTERM are taken by one thread that stops the server; every other thread (the
  // server's workers are started after this) has them blocked. A client that disconnects early
  // must not kill the server with SIGPIPE.
  std::signal(SIGPIPE, SIG_IGN);
  sigset_t stop_signals;
  sigemptyset(&stop_signals);
  sigaddset(&stop_signals, SIGINT);
  sigaddset(&stop_signals, SIGTERM);
  pthread_sigmask(SIG_BLOCK, &stop_signals, nullptr);

  server::WebServer web(**linter, linter_options, options);
  if (Status bound = web.Bind(); !bound.ok()) {
    std::cerr << "rightslint: error: " << bound.message() << '\n';
    return kExitError;
  }
  if (!server::IsLoopbackHost(flags.host)) {
    std::cerr << "rightslint: warning: listening on " << flags.host
              << ", not on loopback: anyone who can reach this machine on port " << web.port()
              << " can send texts to it (no password, no TLS). Use --host 127.0.0.1 unless you "
                 "mean to share it.\n";
  }
  std::cerr << "rightslint: serving " << web.url() << " (Ctrl-C stops)" << std::endl;

  std::thread stopper([&web, stop_signals] {
    int signal = 0;
    sigwait(&stop_signals, &signal);
    web.Stop();
  });
  const Status served = web.Serve();
  // Serve() also returns without a signal when accepting fails: wake the stopper to let it end.
  pthread_kill(stopper.native_handle(), SIGTERM);
  stopper.join();
  if (!served.ok()) {
    std::cerr << "rightslint: error: " << served.message() << '\n';
    return kExitError;
  }
  std::cerr << "rightslint: stopped" << std::endl;
  return kExitClean;
}

}  // namespace

Command AddServeCommand(CLI::App& app, const GlobalOptions& global) {
  auto flags = std::make_shared<ServeFlags>();
  CLI::App* serve = &app;
  serve
      ->add_option("--host", flags->host,
                   "Address to listen on (default 127.0.0.1: this machine only; 0.0.0.0: every "
                   "interface, with a warning)")
      ->type_name("ADDRESS");
  serve->add_option("--port", flags->port, "Port to listen on (default 8080; 0: any free port)")
      ->type_name("PORT")
      ->check(CLI::Range(0, 65535));
  serve
      ->add_option(
          "--max-body", flags->max_body,
          "Largest request body accepted, e.g. 10MB, 512KB (default 10MB); larger ones get "
          "413")
      ->type_name("SIZE")
      ->transform(CLI::AsSizeValue(false));
  serve
      ->add_option("--threads", flags->threads,
                   "Requests served at a time (default 8); more connections wait their turn")
      ->type_name("N")
      ->check(CLI::Range(1, 256));
  serve
      ->add_option("--timeout", flags->timeout,
                   "Seconds a client may stall while sending or receiving (default 10)")
      ->type_name("SECONDS")
      ->check(CLI::Range(1, 3600));
  serve
      ->add_option("--legal", flags->legal,
                   "Clause rules: auto (texts with article headings), always, never")
      ->type_name("auto|always|never")
      ->check(OneOf({"auto", "always", "never"}));
  serve->add_flag("--quiet", flags->quiet, "No request log on stderr");
  serve->footer(kServeExamples);
  return Command{serve, [flags, &global] { return RunServe(*flags, global); }};
}

}  // namespace rightslint::cli
