-- wrk script for bench/load/run.sh: POST /api/check with a JSON body read from a file, exactly
-- TOTAL_REQUESTS times, then stop.
--   wrk -t1 ... -s check.lua URL -- BODY_FILE TOTAL_REQUESTS DONE_FILE
-- wrk itself only knows durations: after its last response the (single) thread stops, writes
-- DONE_FILE, and run.sh interrupts wrk, which then prints this script's summary. Times come from
-- clock_gettime through LuaJIT's FFI, so throughput is requests / (last response - first request).
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_nsec; } rl_timespec;
  int clock_gettime(int clock, rl_timespec* time);
]]
local function now()
  local time = ffi.new("rl_timespec")
  ffi.C.clock_gettime(1, time)  -- CLOCK_MONOTONIC
  return tonumber(time.tv_sec) + tonumber(time.tv_nsec) / 1e9
end

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

local responses = 0
local limit = 0
local done_file = nil
started = 0
finished = 0

function init(args)
  local file = assert(io.open(args[1], "rb"))
  wrk.method = "POST"
  wrk.path = "/api/check"
  wrk.body = file:read("*a")
  wrk.headers["Content-Type"] = "application/json"
  file:close()
  limit = tonumber(args[2])
  done_file = args[3]
  started = now()
end

function response(status, headers, body)
  responses = responses + 1
  if responses == limit then
    finished = now()
    wrk.thread:stop()
    local marker = io.open(done_file, "w")
    if marker then marker:close() end
  end
end

function done(summary, latency, requests)
  local first, last = math.huge, 0
  for _, thread in ipairs(threads) do
    first = math.min(first, thread:get("started"))
    last = math.max(last, thread:get("finished"))
  end
  local seconds = last - first
  local e = summary.errors
  local errors = e.connect + e.read + e.write + e.status + e.timeout
  io.write(string.format("requests     %d in %.2f s\n", summary.requests, seconds))
  io.write(string.format("throughput   %.0f requests/s\n", summary.requests / seconds))
  io.write(string.format("latency      p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms\n",
                         latency:percentile(50) / 1000, latency:percentile(90) / 1000,
                         latency:percentile(99) / 1000, latency.max / 1000))
  io.write(string.format("errors       %d (connect %d, read %d, write %d, non-2xx %d, timeout %d)\n",
                         errors, e.connect, e.read, e.write, e.status, e.timeout))
end
