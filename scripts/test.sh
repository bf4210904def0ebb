#!/usr/bin/env bash
# Installs dependencies, builds everything (Release, with tests) and runs the whole suite in CTest.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j"$(nproc)"
# The browser tests' driver, playwright-core, from tests/web's lockfile (the browser is Debian's
# chromium; nothing else is downloaded). Skipped when already installed; when npm cannot reach
# its registry the test web_e2e reports itself skipped.
pinned=$(sed -n 's/.*"playwright-core": "\(.*\)".*/\1/p' tests/web/package.json)
installed=$(sed -n 's/^  "version": "\(.*\)".*/\1/p' tests/web/node_modules/playwright-core/package.json 2>/dev/null || true)
if [ "$installed" != "$pinned" ]; then
  npm ci --prefix tests/web --no-audit --no-fund >/dev/null || echo "npm ci failed: web_e2e will be skipped" >&2
fi
ctest --test-dir build --output-on-failure -j"$(nproc)"
