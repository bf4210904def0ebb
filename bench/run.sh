#!/usr/bin/env bash
# bench/run.sh: rightslint, ripgrep and alex on the same real prose, in one run, one table.
#
#   bash bench/run.sh                 build, make the corpus, install the peers, measure
#   BENCH_CORPUS=/work/bench-corpus bash bench/run.sh     reuse a corpus made before
#   RIGHTSLINT=/path/to/rightslint bash bench/run.sh      measure that binary, build nothing
#   MICRO=1 bash bench/run.sh         also build and run the per-stage micro-benchmarks
#   SCALE=0 bash bench/run.sh         skip the 100 MB and 1 GB runs (they take a few minutes)
#
# Steps (the build, corpus and peers are reused when already there):
#   1. a Release build of rightslint in $RIGHTSLINT_BUILD (default build-bench/);
#   2. the corpus (bench/make_corpus.sh: English, Russian and Ukrainian prose from Debian
#      packages, SIZE_MB each, and many/ = 2,000 English files of ~5 KiB) in $BENCH_CORPUS;
#   3. the peers: ripgrep and hyperfine from Debian, alex (and the other npm peers) with npm from
#      bench/peers/package-lock.json into bench/work/peers/;
#   4. ripgrep's literals from lexicons/*/stigma.tsv (bench/make_terms.py) into bench/work/terms.txt;
#   5. the measurements, written to bench/work/results/<date>/ and printed as a Markdown table.
#
# Wall time: hyperfine's median of at least $RUNS runs after a warm-up (page cache warm), except
# for alex, which is run once under `timeout $TIMEOUT` (a run that does not finish is reported
# as a timeout). Peak RSS and the exit status: one more run under /usr/bin/time. MB are MiB.
# rightslint runs with every rule on every text: --legal always, all languages (auto), JSON to
# /dev/null, --fail-on never. Nothing here asserts a time: these are targets, not tests.
set -euo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/.." && pwd)"
WORK="${BENCH_WORK:-$HERE/work}"
CORPUS="${BENCH_CORPUS:-$WORK/corpus}"
SIZE_MB="${SIZE_MB:-10}"
RUNS="${RUNS:-5}"
TIMEOUT="${TIMEOUT:-300}"
BUILD="${RIGHTSLINT_BUILD:-$REPO/build-bench}"
RIGHTSLINT="${RIGHTSLINT:-}"
MICRO="${MICRO:-0}"
export LC_ALL=C.UTF-8

log() { echo "bench: $*" >&2; }
apt_install() {
  local sudo=""
  [ "$(id -u)" -ne 0 ] && sudo="sudo"
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >&2
}

# --- 1. rightslint ------------------------------------------------------------------------------
if [ -z "$RIGHTSLINT" ]; then
  if [ ! -f "$BUILD/CMakeCache.txt" ]; then
    cmake -S "$REPO" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release >&2
  fi
  if ! grep -q '^CMAKE_BUILD_TYPE:STRING=Release$' "$BUILD/CMakeCache.txt"; then
    log "warning: $BUILD is not a Release build; set RIGHTSLINT_BUILD to another directory"
  fi
  cmake --build "$BUILD" -j "$(nproc)" --target rightslint >&2
  RIGHTSLINT="$BUILD/cli/rightslint"
  SOURCE="source at $(git -C "$REPO" rev-parse --short HEAD 2>/dev/null || echo '?')"
  git -C "$REPO" diff --quiet HEAD 2>/dev/null || SOURCE="$SOURCE with local changes"
else
  SOURCE="binary $RIGHTSLINT"
fi
[ -x "$RIGHTSLINT" ] || { log "no rightslint binary at $RIGHTSLINT"; exit 2; }

# --- 2. corpus ----------------------------------------------------------------------------------
if [ ! -s "$CORPUS/en.txt" ] || [ ! -s "$CORPUS/ru.txt" ] || [ ! -s "$CORPUS/uk.txt" ] ||
   [ ! -d "$CORPUS/many" ]; then
  log "making the corpus in $CORPUS ($SIZE_MB MiB per language; a few minutes)"
  bash "$HERE/make_corpus.sh" "$CORPUS" "$SIZE_MB" >&2
fi
CORPUS="$(cd "$CORPUS" && pwd)"
mkdir -p "$WORK/inputs"
ONE_MB="$CORPUS/en_1mb.txt"
[ -s "$ONE_MB" ] || ONE_MB="$CORPUS/en.txt"
# A 1 KiB file: what a check costs when the text is nothing (start-up, rules, first dictionary).
ONE_KB="$WORK/inputs/en_1kb.txt"
head -c 1024 "$ONE_MB" | sed '$d' > "$ONE_KB"

# --- 3. peers -----------------------------------------------------------------------------------
need_apt=()
command -v rg > /dev/null || need_apt+=(ripgrep)
command -v hyperfine > /dev/null || need_apt+=(hyperfine)
[ -x /usr/bin/time ] || need_apt+=(time)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "installing ${need_apt[*]} (apt)"
  apt_install "${need_apt[@]}"
fi
PEERS_DIR="$WORK/peers"
mkdir -p "$PEERS_DIR"
cp "$HERE/peers/package.json" "$HERE/peers/package-lock.json" "$HERE/peers/install.sh" "$PEERS_DIR/"
ALEX="$PEERS_DIR/node_modules/.bin/alex"
if [ ! -x "$ALEX" ]; then
  log "installing the npm peers into $PEERS_DIR"
  (cd "$PEERS_DIR" && bash install.sh >&2) || log "warning: npm peers not installed; alex is skipped"
fi

# --- 4. ripgrep's literals ----------------------------------------------------------------------
TERMS="$WORK/terms.txt"
python3 "$HERE/make_terms.py" "$REPO/lexicons" "$TERMS"

# --- 5. measurements ----------------------------------------------------------------------------
OUT="$WORK/results/$(date +%Y%m%d-%H%M%S)"
mkdir -p "$OUT"
RESULTS="$OUT/results.tsv"
printf 'input\tfiles\tbytes\ttool\twall_s\tpeak_rss_kB\tnote\n' > "$RESULTS"

bytes_of() { find "$1" -type f -printf '%s\n' | awk '{s += $1} END {print s + 0}'; }
files_of() { find "$1" -type f | wc -l; }

# record INPUT_LABEL INPUT TOOL WALL RSS_KB NOTE: one row of results.tsv, raw numbers
# (bench/format_table.py formats them).
record() {
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$1" "$(files_of "$2")" "$(bytes_of "$2")" "$3" "$4" "$5" \
    "$6" | tee -a "$RESULTS" >&2
}

# time_once NAME CMD...: one run under /usr/bin/time and `timeout`; sets WALL, RSS_KB, STATUS.
time_once() {
  local name="$1"
  shift
  /usr/bin/time -o "$OUT/$name.time" -f '%e %M %x' timeout "$TIMEOUT" "$@" \
    > "$OUT/$name.stdout" 2> "$OUT/$name.stderr" || true
  read -r WALL RSS_KB STATUS < <(
    { grep -E '^[0-9.]+ [0-9]+ -?[0-9]+$' "$OUT/$name.time" || echo "- - 255"; } | tail -1)
}

# measure LABEL INPUT TOOL NAME CMD...: hyperfine for the wall time, /usr/bin/time for the RSS.
# Exit statuses 0 and 1 (findings, matches) are success; anything else is reported.
measure() {
  local label="$1" input="$2" tool="$3" name="$4"
  shift 4
  time_once "$name" "$@"
  if [ "$STATUS" -gt 1 ]; then
    record "$label" "$input" "$tool" "-" "$RSS_KB" "failed: exit $STATUS (see $OUT/$name.stderr)"
    return
  fi
  local quoted
  quoted=$(printf '%q ' "$@")
  hyperfine -N --warmup 1 --min-runs "$RUNS" -i --export-json "$OUT/$name.json" "$quoted" \
    > "$OUT/$name.hyperfine" 2>&1
  local median min runs
  read -r median min runs < <(python3 -c "import json, sys; r = json.load(open(sys.argv[1]))['results'][0]; \
print('%.4f %.4f %d' % (r['median'], r['min'], len(r['times'])))" "$OUT/$name.json")
  record "$label" "$input" "$tool" "$median" "$RSS_KB" "median of $runs (min $min)"
}

# measure_slow LABEL INPUT TOOL NAME CMD...: one run, under timeout.
measure_slow() {
  local label="$1" input="$2" tool="$3" name="$4"
  shift 4
  time_once "$name" "$@"
  if [ "$STATUS" = 124 ]; then
    record "$label" "$input" "$tool" ">$TIMEOUT" "$RSS_KB" "timeout after ${TIMEOUT} s"
  elif [ "$STATUS" -gt 1 ]; then
    record "$label" "$input" "$tool" "-" "$RSS_KB" "failed: exit $STATUS (see $OUT/$name.stderr)"
  else
    record "$label" "$input" "$tool" "$WALL" "$RSS_KB" "1 run"
  fi
}

check=("$RIGHTSLINT" check --legal always --fail-on never --format json --color never)
rg_terms=(rg --no-ignore -F -i -c -f "$TERMS")
LOAD_BEFORE="$(cut -d' ' -f1-3 /proc/loadavg)"
log "measuring into $OUT (rightslint: $RIGHTSLINT; $(nproc) cores; load average $LOAD_BEFORE)"
case "$LOAD_BEFORE" in
  0.[0-4]*) ;;
  *) log "warning: the machine is busy (load average $LOAD_BEFORE): wall times will be noisy" ;;
esac

for lang in en ru uk; do
  input="$CORPUS/$lang.txt"
  measure "$lang 10 MB" "$input" "rightslint -j1" "rl-$lang" "${check[@]}" --jobs 1 "$input"
  measure "$lang 10 MB" "$input" "ripgrep" "rg-$lang" "${rg_terms[@]}" "$input"
done
measure "en 1 MB" "$ONE_MB" "rightslint -j1" "rl-1mb" "${check[@]}" --jobs 1 "$ONE_MB"
# One file with two jobs: its paragraphs are filtered on two threads (over 256 KiB).
measure "en 1 MB" "$ONE_MB" "rightslint -j2" "rl-1mb-j2" "${check[@]}" --jobs 2 "$ONE_MB"
measure "en 1 MB" "$ONE_MB" "ripgrep" "rg-1mb" "${rg_terms[@]}" "$ONE_MB"
if [ -x "$ALEX" ]; then
  measure_slow "en 1 MB" "$ONE_MB" "alex" "alex-1mb" "$ALEX" --text --quiet "$ONE_MB"
else
  record "en 1 MB" "$ONE_MB" "alex" "-" "-" "not installed"
fi
measure "en 1 KB" "$ONE_KB" "rightslint -j1" "rl-1kb" "${check[@]}" --jobs 1 "$ONE_KB"
measure "en 1 KB" "$ONE_KB" "ripgrep" "rg-1kb" "${rg_terms[@]}" "$ONE_KB"
if [ -x "$ALEX" ]; then
  measure_slow "en 1 KB" "$ONE_KB" "alex" "alex-1kb" "$ALEX" --text --quiet "$ONE_KB"
fi
# Scale: the English file repeated to 100 MB and 1 GB (SCALE=0 skips it; the 1 GB file is made
# once in $WORK/inputs, 1 GiB of disk). One run each under /usr/bin/time: wall time and peak RSS.
if [ "${SCALE:-1}" = 1 ]; then
  for copies in 10 100; do
    big="$WORK/inputs/en_x$copies.txt"
    if [ ! -s "$big" ]; then
      for _ in $(seq "$copies"); do cat "$CORPUS/en.txt"; done > "$big"
    fi
    measure_slow "en x$copies" "$big" "rightslint -j1" "rl-x$copies" "${check[@]}" --jobs 1 "$big"
    measure_slow "en x$copies" "$big" "ripgrep" "rg-x$copies" "${rg_terms[@]}" "$big"
  done
fi
MANY="$CORPUS/many"
many_label="many/ ($(files_of "$MANY") files)"
measure "$many_label" "$MANY" "rightslint -j1" "rl-many-j1" "${check[@]}" --jobs 1 "$MANY"
measure "$many_label" "$MANY" "rightslint -j2" "rl-many-j2" "${check[@]}" --jobs 2 "$MANY"
measure "$many_label" "$MANY" "ripgrep -j1" "rg-many-j1" "${rg_terms[@]}" -j1 "$MANY"
measure "$many_label" "$MANY" "ripgrep -j2" "rg-many-j2" "${rg_terms[@]}" -j2 "$MANY"

# The same findings whatever --jobs is (the CLI test checks this on corpora/; here on many/).
if cmp -s "$OUT/rl-many-j1.stdout" "$OUT/rl-many-j2.stdout"; then
  same_output="identical"
else
  same_output="DIFFERENT (compare $OUT/rl-many-j1.stdout and rl-many-j2.stdout)"
fi

# --- the table ----------------------------------------------------------------------------------
machine="$(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//')"
version="$("$RIGHTSLINT" --version 2>/dev/null || echo '?'), $SOURCE"
python3 "$HERE/format_table.py" "$RESULTS" --same-output "$same_output" --machine "$machine" \
  --version "$version" --load "$LOAD_BEFORE" > "$OUT/table.md"
cat "$OUT/table.md"
log "raw results: $RESULTS"

# --- micro-benchmarks ---------------------------------------------------------------------------
if [ "$MICRO" = 1 ]; then
  cmake -S "$REPO" -B "$BUILD" -DCMAKE_BUILD_TYPE=Release -DBUILD_BENCHMARKS=ON >&2
  cmake --build "$BUILD" -j "$(nproc)" --target stages_benchmark >&2
  BENCH_CORPUS="$CORPUS" "$BUILD/bench/micro/stages_benchmark" --benchmark_min_time=0.5 |
    tee "$OUT/stages_benchmark.txt"
fi
