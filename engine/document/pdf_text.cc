#include "document/pdf_text.h"

namespace rightslint {

StatusOr<ExtractedText> ExtractPdf(const std::string& path, std::string_view,
                                   const ExtractLimits&) {
  return Status::Invalid(path + ": PDF is not read yet");
}

}  // namespace rightslint
