#include "document/html_text.h"

namespace rightslint {

StatusOr<ExtractedText> ExtractHtml(const std::string& path, std::string_view,
                                   const ExtractLimits&) {
  return Status::Invalid(path + ": HTML is not read yet");
}

}  // namespace rightslint
