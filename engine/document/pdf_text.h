// PDF text extraction. OWNER: pdf/html helper — replace this header.
#ifndef RIGHTSLINT_DOCUMENT_PDF_TEXT_H_
#define RIGHTSLINT_DOCUMENT_PDF_TEXT_H_

#include <string>
#include <string_view>

#include "document/extracted_text.h"
#include "rightslint/status.h"

namespace rightslint {

StatusOr<ExtractedText> ExtractPdf(const std::string& path, std::string_view bytes,
                                   const ExtractLimits& limits);

}  // namespace rightslint

#endif  // RIGHTSLINT_DOCUMENT_PDF_TEXT_H_
