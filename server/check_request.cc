#include "check_request.h"

#include <algorithm>
#include <cstddef>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>

#include "document/extract.h"
#include "document/inputs.h"
#include "document/utf8.h"
#include "rightslint/options.h"

namespace rightslint::server {
namespace {

// {"text": …} needs depth 1. A deeper document is refused before it is parsed: a body of ten
// million '[' would otherwise become ten million nested arrays in memory.
constexpr int kMaxJsonDepth = 16;

std::string Lower(std::string_view text) {
  std::string lower(text);
  std::transform(lower.begin(), lower.end(), lower.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return lower;
}

// "Multipart/Form-Data; boundary=x" -> "multipart/form-data".
std::string MediaType(std::string_view content_type) {
  content_type = content_type.substr(0, content_type.find(';'));
  const auto first = content_type.find_first_not_of(" \t");
  if (first == std::string_view::npos) return "";
  const auto last = content_type.find_last_not_of(" \t");
  return Lower(content_type.substr(first, last - first + 1));
}

// The last component of a path a browser or a client sent ("C:\drafts\bill.docx" -> "bill.docx").
std::string BaseName(std::string_view filename) {
  const auto slash = filename.find_last_of("/\\");
  if (slash != std::string_view::npos) filename.remove_prefix(slash + 1);
  return std::string(filename);
}

// ".docx" for "bill.DOCX"; "" for "README" and ".profile".
std::string ExtensionOf(std::string_view filename) {
  const auto dot = filename.rfind('.');
  if (dot == std::string_view::npos || dot == 0) return "";
  return Lower(filename.substr(dot));
}

std::optional<HttpError> InvalidUtf8(std::string_view bytes, const std::string& what) {
  const std::optional<std::size_t> bad = FindInvalidUtf8(bytes);
  if (!bad) return std::nullopt;
  return HttpError{400, what + " is not valid UTF-8 at byte " + std::to_string(*bad) + ": " +
                            DescribeInvalidUtf8(bytes, *bad)};
}

// Whether arrays and objects nest deeper than `limit` (strings are skipped, escapes included).
bool NestedDeeperThan(std::string_view json, int limit) {
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < json.size(); ++i) {
    const char c = json[i];
    if (in_string) {
      if (c == '\\') {
        ++i;
      } else if (c == '"') {
        in_string = false;
      }
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > limit) return true;
    } else if (c == ']' || c == '}') {
      --depth;
    }
  }
  return false;
}

// nlohmann's "[json.exception.parse_error.101] parse error at line 1, column 9: syntax error while
// parsing value - invalid literal; last read: 'tru'" without the exception's id and without the
// echo of the submitted text.
std::string DescribeParseError(const std::string& what) {
  std::string message = what;
  if (message.starts_with("[json.exception.")) {
    const auto end = message.find("] ");
    if (end != std::string::npos) message.erase(0, end + 2);
  }
  const auto echo = message.find("; last read:");
  if (echo != std::string::npos) message.erase(echo);
  return message;
}

std::optional<HttpError> ParseLanguage(std::string_view value, std::string* language) {
  if (value == "auto" || value.empty() || IsSupportedLanguage(value)) {
    *language = value.empty() ? "auto" : std::string(value);
    return std::nullopt;
  }
  std::string choices = "auto";
  for (const std::string& choice : SupportedLanguages()) choices += ", " + choice;
  return HttpError{400, "`lang` must be one of " + choices};
}

// The format of text sent as text (not a file): plain, Markdown or HTML by `filename`. A binary
// container's name is a mistake: its bytes cannot travel as a JSON string.
std::optional<HttpError> TextFormat(const std::string& filename, Format* format) {
  *format = filename.empty() ? Format::kText : FormatForPath(filename);
  if (IsBinaryFormat(*format)) {
    return HttpError{415, "`filename` names a " + std::string(FormatName(*format)) +
                              " file, which is not text: upload it as multipart/form-data"};
  }
  return std::nullopt;
}

std::variant<CheckRequest, HttpError> ParseJson(std::string_view body) {
  if (auto error = InvalidUtf8(body, "the request body")) return *error;
  if (NestedDeeperThan(body, kMaxJsonDepth)) {
    return HttpError{
        400, "malformed JSON: nested deeper than " + std::to_string(kMaxJsonDepth) + " levels"};
  }
  nlohmann::json json;
  try {
    json = nlohmann::json::parse(body);
  } catch (const nlohmann::json::parse_error& error) {
    std::string message = DescribeParseError(error.what());
    // A \u escape of a lone surrogate is the JSON spelling of invalid UTF-8.
    const bool surrogate = message.find("surrogate") != std::string::npos;
    return HttpError{400, (surrogate ? "invalid Unicode in JSON: " : "malformed JSON: ") + message};
  }
  if (!json.is_object()) {
    return HttpError{400, "the request body must be a JSON object: {\"text\": \"…\"}"};
  }
  CheckRequest request;
  const auto text = json.find("text");
  if (text == json.end() || !text->is_string()) {
    return HttpError{400, "`text` is required and must be a string"};
  }
  request.bytes = text->get<std::string>();
  if (const auto lang = json.find("lang"); lang != json.end() && !lang->is_null()) {
    if (!lang->is_string()) return HttpError{400, "`lang` must be a string"};
    if (auto error = ParseLanguage(lang->get<std::string>(), &request.language)) return *error;
  }
  std::string filename;
  if (const auto name = json.find("filename"); name != json.end() && !name->is_null()) {
    if (!name->is_string()) return HttpError{400, "`filename` must be a string"};
    filename = BaseName(name->get<std::string>());
  }
  if (auto error = TextFormat(filename, &request.format)) return *error;
  request.path = filename.empty() ? std::string(kPastedTextPath) : filename;
  return request;
}

const FormField* FindField(const std::vector<FormField>& fields, std::string_view name) {
  for (const FormField& field : fields) {
    if (field.name == name) return &field;
  }
  return nullptr;
}

std::variant<CheckRequest, HttpError> ParseMultipart(const std::vector<FormField>& fields) {
  CheckRequest request;
  if (const FormField* lang = FindField(fields, "lang")) {
    if (auto error = InvalidUtf8(lang->content, "`lang`")) return *error;
    if (auto error = ParseLanguage(lang->content, &request.language)) return *error;
  }
  std::string filename;
  if (const FormField* name = FindField(fields, "filename")) {
    if (auto error = InvalidUtf8(name->content, "`filename`")) return *error;
    filename = BaseName(name->content);
  }

  const FormField* file = FindField(fields, "file");
  if (file == nullptr) {
    const FormField* text = FindField(fields, "text");
    if (text == nullptr) return HttpError{400, "the form has neither a `file` nor a `text` field"};
    if (auto error = InvalidUtf8(text->content, "`text`")) return *error;
    if (auto error = TextFormat(filename, &request.format)) return *error;
    request.bytes = std::string(text->content);
    request.path = filename.empty() ? std::string(kPastedTextPath) : filename;
    return request;
  }

  if (filename.empty()) filename = BaseName(file->filename);
  if (filename.empty()) return HttpError{400, "the `file` field has no file name"};
  if (auto error = InvalidUtf8(filename, "the file name")) return *error;
  const std::string extension = ExtensionOf(filename);
  const std::vector<std::string>& supported = SupportedUploadExtensions();
  if (std::find(supported.begin(), supported.end(), extension) == supported.end()) {
    std::string choices;
    for (const std::string& choice : supported) {
      if (choice.empty()) continue;
      choices += (choices.empty() ? "" : " ") + choice;
    }
    return HttpError{415, "unsupported file type " + extension + ": rightslint reads " + choices};
  }
  request.format = FormatForPath(filename);
  // Plain text and Markdown are checked as they are: their bytes must be UTF-8.
  if (request.format == Format::kText || request.format == Format::kMarkdown) {
    if (auto error = InvalidUtf8(file->content, filename)) return *error;
  }
  request.path = filename;
  request.bytes = std::string(file->content);
  request.upload = true;
  return request;
}

}  // namespace

const std::vector<std::string>& SupportedUploadExtensions() {
  static const std::vector<std::string> kExtensions = {".txt",   ".text", ".md",  ".markdown",
                                                       ".mdown", ".html", ".htm", ".xhtml",
                                                       ".docx",  ".odt",  ".pdf", ""};
  return kExtensions;
}

std::variant<CheckRequest, HttpError> ParseCheckRequest(std::string_view content_type,
                                                        std::string_view body,
                                                        const std::vector<FormField>& fields) {
  const std::string media_type = MediaType(content_type);
  if (media_type == "application/json") return ParseJson(body);
  if (media_type == "multipart/form-data") return ParseMultipart(fields);
  return HttpError{415, (media_type.empty() ? std::string("no Content-Type")
                                            : "Content-Type " + media_type + " is not supported") +
                            ": send application/json ({\"text\": \"…\"}) or multipart/form-data (a "
                            "`file` field)"};
}

}  // namespace rightslint::server
