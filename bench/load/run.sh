#!/usr/bin/env bash
# Load check of `rightslint serve` (issue 7; by hand, not in CI): 10,000 POST /api/check requests
# with a news article at concurrency 32 (wrk), while a second client asks GET /healthz every
# 0.2 s. Prints throughput, latency percentiles and errors (expected: 0), and how /healthz fared.
#
#   bash bench/load/run.sh [RIGHTSLINT]     default: build-bench/cli/rightslint, else build/cli/rightslint
#
# Knobs (environment): REQUESTS (10000), CONNECTIONS (32), SERVER_THREADS (8, `serve --threads`),
# TEXT (corpora/demo/article-ru.txt, sent as {"text": …}). wrk runs one thread: it keeps 32
# connections busy at a fraction of a core, and ends all of them at once (with several threads,
# one that has sent its share would leave its connections idle, holding server workers).
set -euo pipefail
cd "$(dirname "$0")/../.."

binary=${1:-}
if [ -z "$binary" ]; then
  for candidate in build-bench/cli/rightslint build/cli/rightslint; do
    [ -x "$candidate" ] && binary=$candidate && break
  done
fi
[ -n "$binary" ] && [ -x "$binary" ] || { echo "load: no rightslint binary (build it, or pass its path)" >&2; exit 2; }
command -v wrk >/dev/null || { echo "load: needs wrk (apt-get install wrk)" >&2; exit 2; }
command -v curl >/dev/null || { echo "load: needs curl" >&2; exit 2; }

requests=${REQUESTS:-10000}
connections=${CONNECTIONS:-32}
server_threads=${SERVER_THREADS:-8}
text=${TEXT:-corpora/demo/article-ru.txt}

work=$(mktemp -d)
server_pid=""
poller_pid=""
cleanup() {
  [ -n "$poller_pid" ] && kill "$poller_pid" 2>/dev/null || true
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null || true
  wait 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

# As the page sends it: UTF-8, not \u-escaped.
python3 -c 'import json, sys; sys.stdout.buffer.write(json.dumps({"text": open(sys.argv[1], encoding="utf-8").read()}, ensure_ascii=False).encode())' \
  "$text" > "$work/body.json"

RIGHTSLINT_DATA=${RIGHTSLINT_DATA:-$PWD} "$binary" serve --port 0 --quiet --threads "$server_threads" \
  2> "$work/serve.log" &
server_pid=$!
url=""
for _ in $(seq 1 300); do
  url=$(grep -o 'serving http://[^ ]*' "$work/serve.log" 2>/dev/null | cut -d' ' -f2 || true)
  [ -n "$url" ] && break
  kill -0 "$server_pid" 2>/dev/null || { cat "$work/serve.log" >&2; exit 2; }
  sleep 0.1
done
[ -n "$url" ] || { echo "load: the server did not start" >&2; exit 2; }
url=${url%/}
# One request first: the first check of a language compiles its rules.
curl -sf -o /dev/null -H 'Content-Type: application/json' --data-binary @"$work/body.json" "$url/api/check"

# /healthz every 0.2 s during the load: status and time of each answer.
(
  while :; do
    curl -s -o /dev/null -m 10 -w '%{http_code} %{time_total}\n' "$url/healthz" || echo "000 10"
    sleep 0.2
  done
) > "$work/healthz.log" &
poller_pid=$!

echo "rightslint serve --threads $server_threads; wrk: $requests requests, $connections connections;" \
     "body $(wc -c < "$work/body.json") bytes ($text); $(nproc) cores, load $(cut -d' ' -f1 /proc/loadavg)"
# wrk runs for a duration; the script stops it once the last response is in (SIGINT: wrk then
# prints its summary).
wrk -t1 -c"$connections" -d3600s --timeout 10s -s bench/load/check.lua "$url" \
  -- "$work/body.json" "$requests" "$work/wrk.done" > "$work/wrk.out" &
wrk_pid=$!
while kill -0 "$wrk_pid" 2>/dev/null && [ ! -e "$work/wrk.done" ]; do sleep 0.1; done
kill -INT "$wrk_pid" 2>/dev/null || true
wait "$wrk_pid" || true
sed -n '/^requests/,$p' "$work/wrk.out"

kill "$poller_pid" 2>/dev/null || true
wait "$poller_pid" 2>/dev/null || true
poller_pid=""
awk '{ n++; if ($1 != "200") bad++; t = $2 * 1000; if (t > max) max = t; sum += t }
     END { printf "healthz      %d polls during the load, %d failed, mean %.1f ms, max %.1f ms\n",
           n, bad, (n ? sum / n : 0), max }' "$work/healthz.log"
# And after it: still answering.
curl -sf "$url/healthz" > /dev/null && echo "healthz      answers after the load"
