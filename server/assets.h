// The web page's files (server/assets/), compiled into the binary by embed_assets.cmake: the
// server reads no files at run time and the page loads nothing from anywhere else.
#ifndef RIGHTSLINT_SERVER_ASSETS_H_
#define RIGHTSLINT_SERVER_ASSETS_H_

#include <span>
#include <string_view>

namespace rightslint::server {

struct Asset {
  std::string_view path;          // "/app.js"
  std::string_view content_type;  // "text/javascript; charset=utf-8"
  std::string_view etag;          // a quoted prefix of the file's SHA-256, for If-None-Match
  std::string_view bytes;
};

// Every embedded file (defined in the generated embedded_assets.cc).
std::span<const Asset> EmbeddedAssets();

// The file served at `path`; "/" is "/index.html". Null when there is none.
const Asset* FindAsset(std::string_view path);

}  // namespace rightslint::server

#endif  // RIGHTSLINT_SERVER_ASSETS_H_
