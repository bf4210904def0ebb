#include "document/office_text.h"

namespace rightslint {

StatusOr<ExtractedText> ExtractDocx(const std::string& path, std::string_view,
                                    const ExtractLimits&) {
  return Status::Invalid(path + ": DOCX is not read yet");
}
StatusOr<ExtractedText> ExtractOdt(const std::string& path, std::string_view,
                                   const ExtractLimits&) {
  return Status::Invalid(path + ": ODT is not read yet");
}

}  // namespace rightslint
