#!/usr/bin/env bash
# Prints per-language accuracy of CLD2, libexttextcat and rightslint's identifier on the UDHR
# held-out set (corpora/langid/udhr), as the Markdown table of README "Language identification".
# Usage: bench/langid/run.sh [BUILD_DIR]   (default: build; the text_test target must be built)
set -euo pipefail
build=${1:-build}
"$build/tests/engine/text/text_test" --gtest_filter=LanguageIdTest.HeldOutUdhrAccuracy 2>/dev/null |
  grep '^|'
