#!/usr/bin/env bash
# Benchmark of GET /api/apps/{tenant}/config (Tenants module) against a bare endpoint in the same host.
# Usage: bash bench/Tenants/run.sh [duration=15s] [connections=32] [threads=2] [port=5099]
#   PUBLISHED=<folder> reuses a published Release build instead of publishing one.
# Needs: the .NET SDK, python3, Debian's wrk (/usr/bin/wrk). Writes bench/Tenants/results/tenants-config-<time>.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
duration=${1:-15s}; connections=${2:-32}; threads=${3:-2}; port=${4:-${PORT:-5099}}
key="bench-$(date +%s)"; work=$(mktemp -d); out=${PUBLISHED:-${TMPDIR:-/tmp}/platform-bench-$port/platform}
mkdir -p bench/Tenants/results

if [ -z "${PUBLISHED:-}" ]; then echo "building Release…"; dotnet publish src/Platform -c Release -o "$out" -v q >/dev/null; fi
load_before=$(cut -d' ' -f1-3 /proc/loadavg)

start() { # $1 = bare bytes
  ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production \
  Database__SqlitePath="$work/bench.db" Platform__SeedDemoData=false Platform__Bootstrap__AdminApiKey="$key" \
  Platform__PublicBaseUrl="http://127.0.0.1:$port" RateLimiting__AuthenticatedWrite__PermitLimit=1000000 Jobs__RunServer=false Mail__PickupFolder="$work/mail" \
  Serilog__MinimumLevel__Default=Warning Benchmark__BareEndpoint=true Benchmark__BareBytes="$1" \
    "$out/Platform" --contentRoot "$out" >"$work/server.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && return; sleep 0.2; done
  echo "server did not start"; cat "$work/server.log"; exit 1
}
stop() { kill "$pid"; wait "$pid" 2>/dev/null || true; }
trap 'kill $pid 2>/dev/null || true' EXIT

start 1500
echo "seeding 300 published tenants…"
python3 bench/Tenants/seed_tenants.py "http://127.0.0.1:$port" "$key" 300 "$work"
stop
size=$(cat "$work/avg_size")
start "$size"
# Warm the config cache and the JIT for both endpoints.
wrk -t1 -c4 -d3s -s "$work/config200.lua" "http://127.0.0.1:$port" >/dev/null
wrk -t1 -c4 -d3s -s "$work/bare200.lua" "http://127.0.0.1:$port" >/dev/null

report="bench/Tenants/results/tenants-config-$(date -u +%Y%m%dT%H%M%SZ).md"
{
  echo "Run $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, wrk -t$threads -c$connections -d$duration, 300 tenants, config ≈ $size bytes, SQLite, Release, port $port."
  echo "Load average (1/5/15 min) before the run: $load_before."
  echo
  echo "| scenario | requests/s | p50 | p99 |"
  echo "|---|---:|---:|---:|"
} >"$report"
for scenario in config200 bare200 config304 bare304; do
  wrk -t"$threads" -c"$connections" -d"$duration" --latency -s "$work/$scenario.lua" "http://127.0.0.1:$port" >"$work/$scenario.txt"
  rps=$(awk '/Requests\/sec/ {print $2}' "$work/$scenario.txt")
  p50=$(awk '$1=="50%" {print $2}' "$work/$scenario.txt")
  p99=$(awk '$1=="99%" {print $2}' "$work/$scenario.txt")
  non2xx=$(awk '/Non-2xx/ {print $4}' "$work/$scenario.txt")
  echo "| $scenario | $rps | $p50 | $p99 |${non2xx:+ non-2xx/3xx: $non2xx}" >>"$report"
done
stop
echo "Load average (1/5/15 min) after the run: $(cut -d' ' -f1-3 /proc/loadavg)." >>"$report"
python3 - "$report" <<'PY'
import re, sys
path = sys.argv[1]; text = open(path).read()
rows = {m[0]: float(m[1]) for m in re.findall(r"\| (\w+) \| ([\d.]+) \|", text)}
with open(path, "a") as f:
    f.write("\n")
    for kind in ("200", "304"):
        c, b = rows.get("config" + kind), rows.get("bare" + kind)
        if c and b: f.write(f"config/bare throughput ({kind}): {c / b:.0%}\n\n")
PY
cat "$report"
rm -rf "$work"
