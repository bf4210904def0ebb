#!/usr/bin/env bash
# Installs the Debian 12 packages rightslint needs to build and test (see README "Dependencies").
# Idempotent: does nothing when every package is already installed.
set -euo pipefail

packages=(
  build-essential cmake pkg-config ccache
  libicu-dev                          # Unicode: NFC/case folding, word and sentence boundaries
  libboost-dev                        # Boost.Spirit X3 grammars for legal headings
  libre2-dev                          # `pattern` rules: linear-time regular expressions
  libstemmer-dev                      # Snowball stemmers (English, Russian, Romanian, Lithuanian)
  libhunspell-dev hunspell-en-us hunspell-ru hunspell-uk  # lemmas from real dictionaries
  hunspell-ro hunspell-kk hunspell-be hunspell-lt         # lemmas for ro, kk, be, lt (no ky, ka)
  libyaml-cpp-dev                     # rule packs
  nlohmann-json3-dev                  # JSON output
  libcli11-dev                        # command line
  libcmark-dev                        # Markdown (CommonMark)
  libzip-dev libpugixml-dev           # DOCX and ODT (ZIP + XML)
  libpoppler-cpp-dev                  # PDF text
  libgumbo-dev                        # HTML (an HTML5 parser)
  libcld2-dev libexttextcat-dev       # language identification per block (CLD2; textcat fingerprints)
  libgtest-dev                        # unit tests
  libbenchmark-dev                    # per-stage micro-benchmarks (bench/micro, -DBUILD_BENCHMARKS=ON)
  python3 python3-jsonschema          # CLI tests and JSON Schema validation of real output
  git patch                           # --diff-base runs git; the --fix --dry-run test applies its diff
  libcpp-httplib-dev                  # rightslint serve: the HTTP server
  chromium                            # browser tests of the page (tests/web), run headless
)
# The browser tests are driven from Node.js (playwright-core via npm, tests/web). Debian's nodejs
# and npm only where there is no node and npm already (a newer Node from elsewhere is kept).
command -v node >/dev/null || packages+=(nodejs)
command -v npm >/dev/null || packages+=(npm)

missing=()
for package in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" ||
    missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
echo "Installing: ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
