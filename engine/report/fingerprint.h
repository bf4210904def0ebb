// Fingerprints: a name for a finding that survives edits elsewhere in its file. The SARIF
// reporter writes them as partialFingerprints["rightslint/v1"] and `rightslint check --baseline`
// matches findings by them, so code scanning and a baseline always agree on which finding is
// which.
//
// A fingerprint is "<16 hex digits>:<n>". The digits are the 64-bit FNV-1a hash of, separated by
// NUL bytes:
//   - the file's path, lexically normalised ("./drafts//a.txt" is "drafts/a.txt"; relative paths
//     stay relative, so run rightslint from the same directory each time);
//   - the rule id;
//   - the text of the span, case-folded, with each run of whitespace as one space and none at
//     either end ("Drug\n  Abuse" is "drug abuse");
//   - the legal structure the span is in ("Статья 228, часть 1"; nothing outside any article).
// Lines, columns, offsets, severity and message are left out: inserting or deleting lines above a
// finding, rewrapping its paragraph, editing other paragraphs, changing its severity or
// rewording the rule's message keep its fingerprint. `n` numbers the findings of one file that
// share the hash, in the order of FileResult::findings (by offset), as GitHub's own
// primaryLocationLineHash does, so two identical terms stay two findings: the first "addicts" is
// ":1", the second ":2". Removing the first makes the second ":1"; that is what lets a baseline
// count them (2 listed, 3 found: one is new).
//
// Pure functions of their arguments; safe to call from several threads.
#ifndef RIGHTSLINT_REPORT_FINGERPRINT_H_
#define RIGHTSLINT_REPORT_FINGERPRINT_H_

#include <string>
#include <vector>

#include "rightslint/finding.h"

namespace rightslint {

// The fingerprint of every finding of `file`, in the order of file.findings. A file with an error
// has no findings and so no fingerprints.
std::vector<std::string> FindingFingerprints(const FileResult& file);

}  // namespace rightslint

#endif  // RIGHTSLINT_REPORT_FINGERPRINT_H_
