// Tally: the counts both reporters print at the end (files, findings, errors, per category).
#ifndef RIGHTSLINT_REPORT_TALLY_H_
#define RIGHTSLINT_REPORT_TALLY_H_

#include <array>
#include <map>
#include <string>

#include "rightslint/finding.h"

namespace rightslint {

struct Tally {
  Summary summary;                         // files, findings, files with an error
  std::array<int, 3> by_severity{};        // indexed by Severity
  std::map<std::string, int> by_category;  // only categories with at least one finding

  void Add(const FileResult& file);
};

}  // namespace rightslint

#endif  // RIGHTSLINT_REPORT_TALLY_H_
