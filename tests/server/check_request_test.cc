// ParseCheckRequest: every way a POST /api/check body can be wrong, without a server.
#include "check_request.h"

#include <gtest/gtest.h>

#include <string>
#include <variant>
#include <vector>

namespace rightslint::server {
namespace {

CheckRequest Ok(std::variant<CheckRequest, HttpError> parsed) {
  if (const HttpError* error = std::get_if<HttpError>(&parsed)) {
    ADD_FAILURE() << error->status << ": " << error->message;
    return {};
  }
  return std::get<CheckRequest>(parsed);
}

HttpError Error(std::variant<CheckRequest, HttpError> parsed) {
  if (std::holds_alternative<CheckRequest>(parsed)) {
    ADD_FAILURE() << "expected an error, got a request";
    return {};
  }
  return std::get<HttpError>(parsed);
}

std::variant<CheckRequest, HttpError> Json(std::string_view body) {
  return ParseCheckRequest("application/json", body, {});
}

TEST(ServerCheckRequestTest, JsonTextLanguageAndFilename) {
  CheckRequest request = Ok(Json(R"({"text": "Наркоманы", "lang": "ru", "filename": "a/b.md"})"));
  EXPECT_EQ(request.bytes, "Наркоманы");
  EXPECT_EQ(request.language, "ru");
  EXPECT_EQ(request.path, "b.md");
  EXPECT_EQ(request.format, Format::kMarkdown);
  EXPECT_FALSE(request.upload);

  request = Ok(ParseCheckRequest("Application/JSON; charset=utf-8", R"({"text": ""})", {}));
  EXPECT_EQ(request.path, kPastedTextPath);
  EXPECT_EQ(request.language, "auto");
  EXPECT_EQ(request.format, Format::kText);

  request = Ok(Json(R"({"text": "x", "lang": null, "filename": null, "extra": [1, 2]})"));
  EXPECT_EQ(request.language, "auto");
}

TEST(ServerCheckRequestTest, MalformedJsonIs400) {
  for (std::string_view body :
       {"", "{", "{\"text\": \"a\"", "nul", "[]", "\"text\"", "{\"text\": 5}", "{\"lang\": \"en\"}",
        "{\"text\": \"a\", \"lang\": 7}", "{\"text\": \"a\", \"lang\": \"de\"}",
        "{\"text\": \"a\", \"filename\": {}}"}) {
    HttpError error = Error(Json(body));
    EXPECT_EQ(error.status, 400) << body;
    EXPECT_FALSE(error.message.empty()) << body;
  }
}

TEST(ServerCheckRequestTest, ParseErrorsDoNotEchoTheText) {
  HttpError error = Error(Json(R"({"text": "confidential draft" oops})"));
  EXPECT_EQ(error.status, 400);
  EXPECT_NE(error.message.find("malformed JSON"), std::string::npos) << error.message;
  EXPECT_EQ(error.message.find("confidential"), std::string::npos) << error.message;
  EXPECT_EQ(error.message.find("json.exception"), std::string::npos) << error.message;
}

TEST(ServerCheckRequestTest, DeepNestingIsRefusedBeforeParsing) {
  const std::string deep = std::string(100000, '[') + std::string(100000, ']');
  HttpError error = Error(Json(deep));
  EXPECT_EQ(error.status, 400);
  EXPECT_NE(error.message.find("nested"), std::string::npos);
  // Brackets inside strings do not count.
  Ok(Json(
      R"({"text": "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[\"{{{{{{{{{{{{{{{{{{{{{{"})"));
}

TEST(ServerCheckRequestTest, InvalidUtf8RawBytesIs400) {
  HttpError error = Error(Json("{\"text\": \"\xD0\x41\"}"));
  EXPECT_EQ(error.status, 400);
  EXPECT_NE(error.message.find("UTF-8"), std::string::npos) << error.message;
  EXPECT_NE(error.message.find("byte 10"), std::string::npos) << error.message;
  // Overlong and surrogate encodings are invalid too.
  EXPECT_EQ(Error(Json("{\"text\": \"\xC0\xAF\"}")).status, 400);
  EXPECT_EQ(Error(Json("{\"text\": \"\xED\xA0\x80\"}")).status, 400);
}

TEST(ServerCheckRequestTest, LoneSurrogateEscapeIs400) {
  for (std::string_view body :
       {R"({"text": "\ud800"})", R"({"text": "a\udc00b"})", R"({"text": "\ud800\u0041"})"}) {
    HttpError error = Error(Json(body));
    EXPECT_EQ(error.status, 400) << body;
    EXPECT_NE(error.message.find("Unicode"), std::string::npos) << error.message;
  }
  // A surrogate pair is one character (U+1F600), and fine.
  EXPECT_EQ(Ok(Json(R"({"text": "\ud83d\ude00"})")).bytes, "\xF0\x9F\x98\x80");
}

TEST(ServerCheckRequestTest, OtherContentTypesAre415) {
  for (std::string_view type :
       {"text/plain", "", "application/x-www-form-urlencoded", "application/jsonx"}) {
    EXPECT_EQ(Error(ParseCheckRequest(type, R"({"text": "a"})", {})).status, 415) << type;
  }
  // JSON carries text: a binary format's name is a mistake.
  HttpError error = Error(Json(R"({"text": "a", "filename": "bill.docx"})"));
  EXPECT_EQ(error.status, 415);
  EXPECT_NE(error.message.find("multipart"), std::string::npos);
}

TEST(ServerCheckRequestTest, MultipartUpload) {
  const std::vector<FormField> fields = {
      {"lang", "", "uk"}, {"file", "C:\\drafts\\Bill.DOCX", std::string_view("PK\x03\x04\0", 5)}};
  CheckRequest request = Ok(ParseCheckRequest("multipart/form-data; boundary=x", "", fields));
  EXPECT_EQ(request.path, "Bill.DOCX");
  EXPECT_EQ(request.format, Format::kDocx);
  EXPECT_EQ(request.language, "uk");
  EXPECT_EQ(request.bytes.size(), 5u);
  EXPECT_TRUE(request.upload);

  request = Ok(ParseCheckRequest("multipart/form-data", "", {{"file", "notes", "plain"}}));
  EXPECT_EQ(request.format, Format::kText);
  request = Ok(ParseCheckRequest("multipart/form-data", "", {{"text", "", "addicts"}}));
  EXPECT_EQ(request.bytes, "addicts");
  EXPECT_FALSE(request.upload);
}

TEST(ServerCheckRequestTest, MultipartErrors) {
  auto parse = [](std::vector<FormField> fields) {
    return Error(ParseCheckRequest("multipart/form-data", "", fields));
  };
  EXPECT_EQ(parse({{"file", "virus.exe", "MZ"}}).status, 415);
  EXPECT_EQ(parse({{"file", "scan.doc", "x"}}).status, 415);
  EXPECT_NE(parse({{"file", "scan.doc", "x"}}).message.find(".docx"), std::string::npos);
  EXPECT_EQ(parse({{"other", "", "x"}}).status, 400);
  EXPECT_EQ(parse({{"file", "", "x"}}).status, 400);
  EXPECT_EQ(parse({{"file", "bill.txt", "\xFF"}}).status, 400);
  EXPECT_EQ(parse({{"text", "", "\xD0"}}).status, 400);
  EXPECT_EQ(parse({{"text", "", "x"}, {"lang", "", "hy"}}).status, 400);
}

}  // namespace
}  // namespace rightslint::server
