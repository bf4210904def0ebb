#!/usr/bin/env bash
# Installs dependencies, builds rightslint (Release) and checks the demo texts in corpora/demo.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
# --fail-on never: the demo texts are meant to have findings; show them without failing.
build/cli/rightslint check --fail-on never corpora/demo
