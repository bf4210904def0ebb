// rightslint-pdf.so: poppler-cpp behind the C function of pdf_module.h. It links poppler and
// nothing of the engine.
#include "document/pdf_module.h"

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include <climits>
#include <cstddef>
#include <memory>
#include <mutex>

namespace {

void IgnorePopplerMessage(const std::string&, void*) {}

// Poppler reports damaged files on stderr through one callback shared by the whole process, and
// a message cannot be told apart from another thread's; the engine reports failures itself.
void SilencePoppler() {
  static std::once_flag once;
  std::call_once(once, [] { poppler::set_debug_error_function(IgnorePopplerMessage, nullptr); });
}

}  // namespace

extern "C" __attribute__((visibility("default"))) int rightslint_pdf_read_v1(
    const char* bytes, size_t size, size_t max_pages, int* page_count,
    RightslintPdfPageFunction on_page, void* context) {
  *page_count = 0;
  if (size > static_cast<size_t>(INT_MAX)) return kRightslintPdfDamaged;
  SilencePoppler();
  const std::unique_ptr<poppler::document> document(
      poppler::document::load_from_raw_data(bytes, static_cast<int>(size)));
  if (document == nullptr) return kRightslintPdfDamaged;
  if (document->is_locked()) return kRightslintPdfLocked;
  const int pages = document->pages();
  *page_count = pages;
  if (pages < 0 || static_cast<size_t>(pages) > max_pages) return kRightslintPdfTooManyPages;
  for (int i = 0; i < pages; ++i) {
    const std::unique_ptr<poppler::page> page(document->create_page(i));
    poppler::byte_array utf8;
    if (page != nullptr) {
      utf8 = page->text(poppler::rectf(), poppler::page::raw_order_layout).to_utf8();
    }
    if (on_page(context, utf8.data(), utf8.size()) != 0) return kRightslintPdfStopped;
  }
  return kRightslintPdfOk;
}
