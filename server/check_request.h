// CheckRequest: what a POST to /api/check (or /api/report) asks to check, parsed and validated
// from the request body. No HTTP library here: the server hands over the content type, the body
// and the multipart fields; the answer is the request or the HTTP error to send back.
//
// Two kinds of body:
//   application/json     {"text": "…", "lang": "auto|en|ru|uk", "filename": "article.md"}
//                        `text` is required; `filename` (optional) is the name findings are
//                        reported under and picks Markdown (.md) or HTML (.html) over plain text.
//   multipart/form-data  a `file` field (an upload: .txt .md .html .docx .odt .pdf …, the format
//                        from its file name) or a `text` field, and optionally `lang`, `filename`.
// Errors: 400 for malformed JSON, invalid UTF-8 (raw bytes, or a \u escape that is a lone
// surrogate), a missing or mistyped field, an unknown language; 415 for any other content type and
// for an upload whose file name has an unsupported extension.
#ifndef RIGHTSLINT_SERVER_CHECK_REQUEST_H_
#define RIGHTSLINT_SERVER_CHECK_REQUEST_H_

#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "rightslint/source.h"

namespace rightslint::server {

struct CheckRequest {
  std::string path;  // the file name findings are reported under; "<text>" for pasted text
  std::string bytes;
  Format format = Format::kText;
  std::string language = "auto";  // "auto" or one of SupportedLanguages()
  // The bytes are a file's (an upload), not the text the page shows: the response then carries
  // the checked text, whose offsets the findings use.
  bool upload = false;
};

struct HttpError {
  int status = 400;
  std::string message;  // one sentence for people; never contains the submitted text
};

// One field of a multipart/form-data body; views into the request, which outlives the parse.
struct FormField {
  std::string_view name;
  std::string_view filename;  // empty for a plain field
  std::string_view content;
};

// The path pasted text is reported under.
inline constexpr std::string_view kPastedTextPath = "<text>";

// Extensions an upload may have (lower case, with the dot; "" is a file name without one).
const std::vector<std::string>& SupportedUploadExtensions();

// `content_type` is the request's Content-Type header; `body` its body (JSON), `fields` the parsed
// multipart fields (multipart/form-data).
std::variant<CheckRequest, HttpError> ParseCheckRequest(std::string_view content_type,
                                                        std::string_view body,
                                                        const std::vector<FormField>& fields);

}  // namespace rightslint::server

#endif  // RIGHTSLINT_SERVER_CHECK_REQUEST_H_
