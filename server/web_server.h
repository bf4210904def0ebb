// WebServer: `rightslint serve`, the web page for journalists and its HTTP API, a front end of the
// same shape as the CLI (DESIGN.md habit 9): requests -> a Source -> Linter::Check -> a reporter.
//
//   GET  /                  the page (index.html, app.js, app.css: compiled in, see assets.h)
//   POST /api/check         JSON {text, lang?, filename?} or multipart (a `file` upload) ->
//                           the findings-v1 document of the JSON reporter; for an upload its file
//                           object also carries `text`, the checked text the offsets refer to
//   POST /api/report?format=html|json   the same request -> the HTML or JSON report, as a download
//   GET  /api/rules         the loaded rules: id, category, messages, guideline, why, URL
//   GET  /healthz           {"status": "ok", …}
//
// Errors are JSON, {"error": {"status": 400, "message": "…"}}: 400 malformed JSON, invalid UTF-8,
// a bad field or a malformed HTTP request; 404 no such path; 405 wrong method; 413 a body over
// `max_body_bytes`; 415 an unsupported content type or file type; 422 a document that could not be
// read (a corrupt DOCX); 500 a bug.
//
// Limits: `threads` workers serve connections (see BoundedTaskQueue: when all are busy and
// `max_queued_connections` wait, new connections wait in the kernel's backlog); a read or write
// that makes no progress for `read_timeout`/`write_timeout` closes the connection; an idle
// keep-alive connection is closed after `keep_alive_timeout`.
//
// Privacy: documents are checked in memory and never written to disk; the request log has the
// method, path, status, response size and time, never a body or a query string.
// Every response has Content-Security-Policy default-src 'self' (the page loads nothing from
// elsewhere), X-Content-Type-Options nosniff, Referrer-Policy no-referrer and
// X-Frame-Options DENY; API responses have Cache-Control no-store.
#ifndef RIGHTSLINT_SERVER_WEB_SERVER_H_
#define RIGHTSLINT_SERVER_WEB_SERVER_H_

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

#include "rightslint/linter.h"
#include "rightslint/options.h"
#include "rightslint/status.h"

namespace rightslint::server {

struct ServerOptions {
  std::string host = "127.0.0.1";  // an address or a name; loopback unless told otherwise
  int port = 8080;                 // 0: any free port (see WebServer::port())
  std::size_t max_body_bytes = std::size_t{10} << 20;
  std::size_t threads = 8;
  std::size_t max_queued_connections = 64;
  std::chrono::milliseconds read_timeout{10'000};
  std::chrono::milliseconds write_timeout{10'000};
  std::chrono::milliseconds keep_alive_timeout{5'000};
  // Gets one line per request ("2024-05-01T10:00:00Z POST /api/check 200 5321 B 12 ms"), from the
  // worker threads, possibly at the same time. Empty: no log.
  std::function<void(std::string_view line)> log;
};

// Whether `host` names the loopback interface (127.0.0.0/8, ::1, localhost).
bool IsLoopbackHost(std::string_view host);

class WebServer {
 public:
  // `linter` was built from `linter_options` and must outlive the server.
  WebServer(const Linter& linter, const LinterOptions& linter_options, ServerOptions options);
  ~WebServer();  // stops the server if it is serving
  WebServer(const WebServer&) = delete;
  WebServer& operator=(const WebServer&) = delete;

  // Binds and listens on host:port. An error names the address (in use, not available).
  Status Bind();
  // The port bound (the one chosen when options.port was 0); 0 before Bind().
  int port() const;
  // "http://127.0.0.1:8080/" ("http://[::1]:8080/" for IPv6).
  std::string url() const;

  // Accepts and serves connections until Stop(). Call after a successful Bind().
  Status Serve();
  // Makes Serve() return once the requests being served are answered. Thread-safe; any time.
  void Stop();

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace rightslint::server

#endif  // RIGHTSLINT_SERVER_WEB_SERVER_H_
