#include "report/tally.h"

namespace rightslint {

void Tally::Add(const FileResult& file) {
  ++summary.files;
  if (file.error) {
    ++summary.errors;
    return;  // a file that could not be checked has no findings to count
  }
  for (const Finding& finding : file.findings) {
    ++summary.findings;
    ++by_severity[static_cast<std::size_t>(finding.severity)];
    ++by_category[finding.category];
  }
}

}  // namespace rightslint
