#!/usr/bin/env bash
# Status page benchmark: /status (3 products × 10 components × 90 days, 1 000 past incidents) against a bare
# endpoint returning the same number of bytes from memory, in one run, with Debian's wrk on loopback.
# Usage: bash bench/StatusPage/run.sh [duration-seconds=15] [connections=32] [port=5199] [warm-up-seconds=5]
#   PUBLISHED=<folder> reuses a published Release build instead of publishing one.
#   PATHS="/status /api/v2/summary.json /api/apps/gent/status" measures each path against a bare endpoint of its own size.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-15}; connections=${2:-32}; port=${3:-${PORT:-5199}}; warmup=${4:-5}

work=$(mktemp -d /tmp/statuspage-bench.XXXX)
app=${PUBLISHED:-$work/app}
[ -n "${PUBLISHED:-}" ] || dotnet publish src/Platform -c Release -o "$app" -v q --nologo >/dev/null
# The demo seed with the benchmark's status page data set in place of the demo's statuspage.json.
cp -r seed "$work/seed"
python3 bench/StatusPage/seed_statuspage.py "$work/seed/statuspage.json"
echo "load average before (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg); port $port; $(nproc) CPUs"
(
  cd "$app"
  exec dotnet Platform.dll --urls "http://127.0.0.1:$port" --environment Production \
    --Database:SqlitePath="$work/bench.db" --Platform:SeedFolder="$work/seed" --Platform:SeedDemoData=true \
    --Benchmark:BareEndpoint=true --Jobs:RunServer=false \
    --Mail:PickupFolder="$work/mail" --Platform:PublicBaseUrl="http://127.0.0.1:$port" --Serilog:MinimumLevel:Default=Warning
) >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
echo "status page: $(curl -fs "http://127.0.0.1:$port/status" | wc -c) bytes; $(curl -fs "http://127.0.0.1:$port/status" | grep -o '<li class="[a-z]">' | wc -l) day cells"
for path in ${PATHS:-/status}; do
  bytes=$(curl -fs "http://127.0.0.1:$port$path" | wc -c)
  curl -fs "http://127.0.0.1:$port/status/bare?bytes=$bytes" >/dev/null
  echo "== warm-up $path"; /usr/bin/wrk -t2 -c"$connections" -d"${warmup}s" "http://127.0.0.1:$port$path" >/dev/null
  /usr/bin/wrk -t2 -c"$connections" -d"${warmup}s" "http://127.0.0.1:$port/status/bare?bytes=$bytes" >/dev/null
  echo "== bare endpoint ($bytes bytes)"; /usr/bin/wrk -t2 -c"$connections" -d"${duration}s" --latency "http://127.0.0.1:$port/status/bare?bytes=$bytes"
  echo "== $path"; /usr/bin/wrk -t2 -c"$connections" -d"${duration}s" --latency "http://127.0.0.1:$port$path"
done
echo "load average after (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg)"
