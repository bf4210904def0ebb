#include "web_server.h"

#include <httplib.h>
#include <sys/socket.h>

#include <atomic>
#include <chrono>
#include <ctime>
#include <exception>
#include <nlohmann/json.hpp>
#include <optional>
#include <sstream>
#include <string>
#include <thread>
#include <utility>
#include <variant>
#include <vector>

#include "assets.h"
#include "base/utc_time.h"
#include "bounded_task_queue.h"
#include "check_request.h"
#include "language_linters.h"
#include "rightslint/reporter.h"

#ifndef RIGHTSLINT_VERSION
#error "RIGHTSLINT_VERSION must be defined by the build"
#endif

namespace rightslint::server {
namespace {

using Json = nlohmann::ordered_json;
using Clock = std::chrono::steady_clock;

// The page is ours alone: scripts, styles and images from this server only, nothing inline, no
// framing, forms posting nowhere else.
constexpr char kContentSecurityPolicy[] =
    "default-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
// The downloaded HTML report styles itself inline and runs no script.
constexpr char kReportContentSecurityPolicy[] =
    "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

std::string Dump(const Json& json) {
  return json.dump(-1, ' ', /*ensure_ascii=*/false, Json::error_handler_t::replace);
}

std::string_view Reason(int status) {
  switch (status) {
    case 400:
      return "malformed request";
    case 404:
      return "not found";
    case 405:
      return "method not allowed";
    case 408:
      return "request timed out";
    case 413:
      return "request body too large";
    case 414:
      return "request URI too long";
    case 415:
      return "unsupported media type";
    case 416:
      return "range not satisfiable";
    case 422:
      return "the document could not be read";
    default:
      return status >= 500 ? "internal server error" : "request failed";
  }
}

void SetHeader(httplib::Response& res, const std::string& name, const std::string& value) {
  res.headers.erase(name);  // set_header adds a second one
  res.set_header(name, value);
}

void SendJson(httplib::Response& res, int status, const std::string& body) {
  res.status = status;
  SetHeader(res, "Cache-Control", "no-store");
  res.set_content(body, "application/json; charset=utf-8");
}

void SendError(httplib::Response& res, int status, const std::string& message) {
  SendJson(res, status,
           Dump(Json{{"error", Json{{"status", status}, {"message", message}}}}) + "\n");
}

// "10 MiB", "64 KiB", "1000 bytes".
std::string DescribeSize(std::size_t bytes) {
  constexpr std::size_t kKiB = 1024;
  if (bytes >= kKiB * kKiB && bytes % (kKiB * kKiB) == 0) {
    return std::to_string(bytes / (kKiB * kKiB)) + " MiB";
  }
  if (bytes >= kKiB && bytes % kKiB == 0) return std::to_string(bytes / kKiB) + " KiB";
  return std::to_string(bytes) + " bytes";
}

// A control character in a logged path would forge log lines.
std::string Printable(std::string_view text) {
  std::string printable;
  for (char c : text) {
    printable += static_cast<unsigned char>(c) < 0x20 || c == 0x7F ? '?' : c;
  }
  return printable;
}

Json RulesJson(const std::vector<RuleInfo>& rules) {
  Json list = Json::array();
  for (const RuleInfo& rule : rules) {
    Json messages = Json::object();
    for (const auto& [language, message] : rule.messages) messages[language] = message;
    Json suggestions = Json::object();
    for (const auto& [language, suggestion] : rule.suggestions) suggestions[language] = suggestion;
    Json json;
    json["id"] = rule.id;
    json["type"] = rule.type;
    json["category"] = rule.category;
    json["severity"] = std::string(SeverityName(rule.severity));
    json["languages"] = rule.languages;
    json["messages"] = std::move(messages);
    json["suggestions"] = std::move(suggestions);
    const Rationale& rationale = rule.rationale;
    json["guideline"] = rationale.guideline.empty() ? Json(nullptr) : Json(rationale.guideline);
    json["recommendation"] =
        rationale.recommendation ? Json(*rationale.recommendation) : Json(nullptr);
    json["why"] = rationale.why.empty() ? Json(nullptr) : Json(rationale.why);
    json["url"] = rationale.url.empty() ? Json(nullptr) : Json(rationale.url);
    list.push_back(std::move(json));
  }
  return Json{{"rules", std::move(list)}};
}

// The start of the request being served by this thread, for the log's "ms". Set by the
// pre-routing handler; absent for requests that failed before routing (a malformed request line).
thread_local std::optional<Clock::time_point> request_start;

}  // namespace

bool IsLoopbackHost(std::string_view host) {
  return host == "localhost" || host == "::1" || host == "[::1]" || host.starts_with("127.");
}

struct WebServer::Impl {
  Impl(const Linter& linter, const LinterOptions& linter_options, ServerOptions server_options)
      : options(std::move(server_options)), linters(linter, linter_options) {}

  void Configure();
  void ServeAsset(const httplib::Request& req, httplib::Response& res);
  void ServeCheck(const httplib::Request& req, httplib::Response& res, bool report);
  // The FileResult of a parsed request, or why there is none.
  std::variant<FileResult, HttpError> Check(CheckRequest request);
  void Log(const httplib::Request& req, const httplib::Response& res);

  ServerOptions options;
  LanguageLinters linters;
  httplib::Server http;
  int port = 0;
  std::atomic<BoundedTaskQueue*> pool{nullptr};  // owned by `http` while it serves
  // The socket cpp-httplib listens on (seen in its socket-options hook), to widen its backlog.
  socket_t listening_socket = INVALID_SOCKET;
  std::atomic<bool> stop_requested{false};
  std::atomic<bool> serve_entered{false};
  std::atomic<bool> serve_returned{false};
};

void WebServer::Impl::Configure() {
  http.new_task_queue = [this] {
    auto* queue = new BoundedTaskQueue(options.threads, options.max_queued_connections);
    pool = queue;
    return queue;
  };
  // SO_REUSEADDR only: cpp-httplib's default adds SO_REUSEPORT, with which a second server on the
  // same port would start without an error and share its requests.
  http.set_socket_options([this](socket_t sock) {
    int yes = 1;
    setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &yes, sizeof yes);
    listening_socket = sock;
  });
  http.set_tcp_nodelay(true);  // headers and body are two writes: no Nagle delay between them
  http.set_payload_max_length(options.max_body_bytes);
  http.set_read_timeout(options.read_timeout);
  http.set_write_timeout(options.write_timeout);
  http.set_keep_alive_timeout(std::max<time_t>(
      1, std::chrono::duration_cast<std::chrono::seconds>(options.keep_alive_timeout).count()));
  http.set_default_headers({
      {"Content-Security-Policy", kContentSecurityPolicy},
      {"X-Content-Type-Options", "nosniff"},
      {"Referrer-Policy", "no-referrer"},
      {"X-Frame-Options", "DENY"},
      {"Cross-Origin-Opener-Policy", "same-origin"},
      {"Cross-Origin-Resource-Policy", "same-origin"},
  });

  http.set_pre_routing_handler([](const httplib::Request&, httplib::Response&) {
    request_start = Clock::now();
    return httplib::Server::HandlerResponse::Unhandled;
  });
  if (options.log) {
    http.set_logger(
        [this](const httplib::Request& req, const httplib::Response& res) { Log(req, res); });
  }
  // Statuses cpp-httplib sets itself (404, 413, a malformed request's 400) get a JSON body too;
  // our own errors already have one.
  http.set_error_handler(httplib::Server::HandlerWithResponse(
      [this](const httplib::Request& req, httplib::Response& res) {
        if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
        std::string message(Reason(res.status));
        if (res.status == 404) message += ": " + Printable(req.path);
        if (res.status == 413) message += ": the limit is " + DescribeSize(options.max_body_bytes);
        SendError(res, res.status, message);
        return httplib::Server::HandlerResponse::Handled;
      }));
  http.set_exception_handler(
      [](const httplib::Request&, httplib::Response& res, std::exception_ptr error) {
        std::string message = "internal error";
        try {
          if (error) std::rethrow_exception(error);
        } catch (const std::bad_alloc&) {
          message = "out of memory";
        } catch (...) {
        }
        res.body.clear();
        SendError(res, 500, message);
      });

  http.Get("/healthz", [this](const httplib::Request&, httplib::Response& res) {
    Json json{{"status", "ok"}, {"version", RIGHTSLINT_VERSION}, {"threads", options.threads}};
    if (BoundedTaskQueue* queue = pool.load()) {
      json["busy"] = queue->busy();
      json["queued"] = queue->queued();
    }
    SendJson(res, 200, Dump(json) + "\n");
  });
  http.Get("/api/rules", [this](const httplib::Request&, httplib::Response& res) {
    SendJson(res, 200, Dump(RulesJson(linters.base().rules())) + "\n");
  });
  http.Post("/api/check", [this](const httplib::Request& req, httplib::Response& res) {
    ServeCheck(req, res, /*report=*/false);
  });
  http.Post("/api/report", [this](const httplib::Request& req, httplib::Response& res) {
    ServeCheck(req, res, /*report=*/true);
  });
  for (const char* path : {"/api/check", "/api/report"}) {
    http.Get(path, [](const httplib::Request&, httplib::Response& res) {
      SetHeader(res, "Allow", "POST");
      SendError(res, 405, "use POST");
    });
  }
  http.Get(R"(/[A-Za-z0-9._-]*)",
           [this](const httplib::Request& req, httplib::Response& res) { ServeAsset(req, res); });
}

void WebServer::Impl::ServeAsset(const httplib::Request& req, httplib::Response& res) {
  const Asset* asset = FindAsset(req.path);
  if (asset == nullptr) {
    SendError(res, 404, "not found: " + Printable(req.path));
    return;
  }
  // Revalidated on every load (a new binary serves a new page), answered 304 when unchanged.
  SetHeader(res, "Cache-Control", "no-cache");
  SetHeader(res, "ETag", std::string(asset->etag));
  if (req.get_header_value("If-None-Match") == asset->etag) {
    res.status = 304;
    return;
  }
  res.set_content(asset->bytes.data(), asset->bytes.size(), std::string(asset->content_type));
}

std::variant<FileResult, HttpError> WebServer::Impl::Check(CheckRequest request) {
  FileResult result;
  if (request.format == Format::kText) {
    // Plain text in any language needs no other Linter.
    result = linters.base().CheckText(std::move(request.bytes), request.language);
    result.path = request.path;
  } else {
    StatusOr<const Linter*> linter = linters.For(request.language);
    if (!linter.ok()) return HttpError{500, linter.status().message()};
    result = (*linter)->Check(Source{request.path, std::move(request.bytes), request.format});
  }
  if (result.error) return HttpError{422, *result.error};
  return result;
}

void WebServer::Impl::ServeCheck(const httplib::Request& req, httplib::Response& res, bool report) {
  std::optional<ReportFormat> format = ReportFormat::kJson;
  if (report) {
    const std::string name = req.has_param("format") ? req.get_param_value("format") : "html";
    format = name == "html"   ? std::optional(ReportFormat::kHtml)
             : name == "json" ? std::optional(ReportFormat::kJson)
                              : std::nullopt;
    if (!format) return SendError(res, 400, "`format` must be html or json");
  }

  std::vector<FormField> fields;
  if (req.is_multipart_form_data()) {
    for (const auto& [name, field] : req.files) {
      fields.push_back(FormField{name, field.filename, field.content});
    }
  }
  std::variant<CheckRequest, HttpError> parsed =
      ParseCheckRequest(req.get_header_value("Content-Type"), req.body, fields);
  if (const HttpError* error = std::get_if<HttpError>(&parsed)) {
    return SendError(res, error->status, error->message);
  }
  const bool upload = std::get<CheckRequest>(parsed).upload;
  std::variant<FileResult, HttpError> checked = Check(std::move(std::get<CheckRequest>(parsed)));
  if (const HttpError* error = std::get_if<HttpError>(&checked)) {
    return SendError(res, error->status, error->message);
  }
  const FileResult& result = std::get<FileResult>(checked);

  std::ostringstream out;
  ReportOptions report_options;
  report_options.rules = &linters.base().rules();
  std::unique_ptr<Reporter> reporter = MakeReporter(*format, out, report_options);
  reporter->AddFile(result);
  reporter->Finish();

  if (report) {
    const bool html = *format == ReportFormat::kHtml;
    res.status = 200;
    SetHeader(res, "Cache-Control", "no-store");
    SetHeader(res, "Content-Disposition",
              html ? "attachment; filename=\"rightslint-report.html\""
                   : "attachment; filename=\"rightslint-report.json\"");
    if (html) SetHeader(res, "Content-Security-Policy", kReportContentSecurityPolicy);
    res.set_content(out.str(),
                    html ? "text/html; charset=utf-8" : "application/json; charset=utf-8");
    return;
  }
  if (!upload) return SendJson(res, 200, out.str());
  // An upload: the page shows the checked text (a DOCX's paragraphs, say), so the file object
  // also carries it; findings' offsets are byte offsets into it.
  Json document = Json::parse(out.str());
  document["files"][0]["text"] = result.text;
  SendJson(res, 200, Dump(document) + "\n");
}

void WebServer::Impl::Log(const httplib::Request& req, const httplib::Response& res) {
  std::string line = UtcNow() + " " + Printable(req.method.empty() ? "-" : req.method) + " " +
                     Printable(req.path.empty() ? "-" : req.path) + " " +
                     std::to_string(res.status) + " " + std::to_string(res.body.size()) + " B";
  if (request_start) {
    const auto elapsed =
        std::chrono::duration_cast<std::chrono::microseconds>(Clock::now() - *request_start);
    line += " " + std::to_string(elapsed.count() / 1000) + "." +
            std::to_string(elapsed.count() / 100 % 10) + " ms";
  } else {
    line += " - ms";
  }
  request_start.reset();
  options.log(line);
}

WebServer::WebServer(const Linter& linter, const LinterOptions& linter_options,
                     ServerOptions options)
    : impl_(std::make_unique<Impl>(linter, linter_options, std::move(options))) {
  impl_->Configure();
}

WebServer::~WebServer() { Stop(); }

Status WebServer::Bind() {
  const ServerOptions& options = impl_->options;
  const std::string address = options.host + ":" + std::to_string(options.port);
  if (options.port == 0) {
    const int port = impl_->http.bind_to_any_port(options.host);
    if (port <= 0) return Status::Io("cannot listen on " + options.host + " (any port)");
    impl_->port = port;
  } else {
    if (options.port < 0 || options.port > 65535) {
      return Status::Invalid("port " + std::to_string(options.port) + " is not 0..65535");
    }
    if (!impl_->http.bind_to_port(options.host, options.port)) {
      return Status::Io("cannot listen on " + address +
                        " (in use by another program, or not an address of this machine)");
    }
    impl_->port = options.port;
  }
  // cpp-httplib 0.11 listens with a backlog of 5: a burst of more new connections than that (a
  // newsroom opening the page, a load check) overflows it, and Linux then drops handshakes and
  // retransmits them a second later or loses the request. Calling listen() again on a listening
  // socket only changes its backlog.
  if (impl_->listening_socket != INVALID_SOCKET) ::listen(impl_->listening_socket, SOMAXCONN);
  return Status::Ok();
}

int WebServer::port() const { return impl_->port; }

std::string WebServer::url() const {
  const std::string& host = impl_->options.host;
  const bool ipv6 = host.find(':') != std::string::npos && !host.starts_with("[");
  return "http://" + (ipv6 ? "[" + host + "]" : host) + ":" + std::to_string(impl_->port) + "/";
}

Status WebServer::Serve() {
  impl_->serve_entered = true;
  if (impl_->stop_requested) {
    impl_->serve_returned = true;
    return Status::Ok();
  }
  const bool served = impl_->http.listen_after_bind();
  impl_->pool = nullptr;  // cpp-httplib has deleted it
  impl_->serve_returned = true;
  if (!served && !impl_->stop_requested) return Status::Io("the server stopped accepting");
  return Status::Ok();
}

void WebServer::Stop() {
  impl_->stop_requested = true;
  // Serve() may be between its look at stop_requested and the start of its accept loop; stopping
  // cpp-httplib before the loop runs would be ignored.
  while (impl_->serve_entered && !impl_->serve_returned && !impl_->http.is_running()) {
    std::this_thread::sleep_for(std::chrono::milliseconds(1));
  }
  impl_->http.stop();
}

}  // namespace rightslint::server
