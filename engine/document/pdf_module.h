// The interface between the engine (pdf_text.cc) and rightslint-pdf.so (pdf_module.cc), the
// module that holds everything poppler: a C function, so that nothing but plain data crosses.
//
// Why a module: poppler and the twenty libraries it links (NSS, freetype, lcms, TIFF, …) took
// 6 ms to map and relocate at the start of every run, PDF or not (base/shared_library.h). The
// engine loads the module when it reads the first PDF.
#ifndef RIGHTSLINT_DOCUMENT_PDF_MODULE_H_
#define RIGHTSLINT_DOCUMENT_PDF_MODULE_H_

#include <stddef.h>

extern "C" {

enum RightslintPdfResult {
  kRightslintPdfOk = 0,
  kRightslintPdfDamaged = 1,       // poppler cannot open it
  kRightslintPdfLocked = 2,        // it needs a user password
  kRightslintPdfTooManyPages = 3,  // more than max_pages (*page_count says how many)
  kRightslintPdfStopped = 4,       // on_page asked to stop
};

// Called once per page in order with the page's text (UTF-8, lines ended by "\n", in the
// content stream's order: poppler's raw_order_layout); a nonzero return stops the reading.
typedef int (*RightslintPdfPageFunction)(void* context, const char* utf8, size_t size);

// Reads the PDF in `bytes` (at most INT_MAX of them), setting *page_count. Thread-safe. The
// version is in the name: a module of another interface is refused when it is looked up.
int rightslint_pdf_read_v1(const char* bytes, size_t size, size_t max_pages, int* page_count,
                           RightslintPdfPageFunction on_page, void* context);

}  // extern "C"

#endif  // RIGHTSLINT_DOCUMENT_PDF_MODULE_H_
