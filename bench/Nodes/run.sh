#!/usr/bin/env bash
# Publish-to-visible latency across two nodes on one PostgreSQL database: N publishes on node A, each followed by
# polling node B until it serves the new ETag. Prints median/p90/max and the load average; writes bench/Nodes/results/.
# Usage: bash bench/Nodes/run.sh [publishes=100] [port-a=5301] [port-b=5302]
#   PG="Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres" (server; a throw-away database is created and dropped)
#   PUBLISHED=<folder> reuses a published Release build instead of publishing one.
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-100}; port_a=${2:-5301}; port_b=${3:-5302}
pg=${PG:-Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres}
db="platform_bench_$(date +%s)_$$"; key="bench-$(date +%s)-$RANDOM$RANDOM"
work=$(mktemp -d); app=${PUBLISHED:-$work/app}
[ -n "${PUBLISHED:-}" ] || dotnet publish src/Platform -c Release -o "$app" -v q --nologo >/dev/null
mkdir -p bench/Nodes/results
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
pids=()
start() { # $1 = port
  ( cd "$app" && exec env ASPNETCORE_URLS="http://127.0.0.1:$1" Platform__PublicBaseUrl="http://127.0.0.1:$1" ASPNETCORE_ENVIRONMENT=Production Database__Provider=Postgres \
      ConnectionStrings__Platform="$pg;Database=$db" Platform__SeedDemoData=false Platform__Bootstrap__AdminApiKey="$key" \
      Jobs__RunServer=false Mail__PickupFolder="$work/mail" Serilog__MinimumLevel__Default=Warning dotnet Platform.dll ) >"$work/node-$1.log" 2>&1 &
  pids+=($!)
}
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; wait "$p" 2>/dev/null || true; done
  PGPASSWORD=postgres psql -h 127.0.0.1 -U postgres -d postgres -qc "DROP DATABASE IF EXISTS \"$db\" WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
PGPASSWORD=postgres psql -h 127.0.0.1 -U postgres -d postgres -qc "CREATE DATABASE \"$db\"" >/dev/null
start "$port_a"; start "$port_b"
for port in "$port_a" "$port_b"; do
  for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
  curl -fs "http://127.0.0.1:$port/healthz" >/dev/null || { echo "node on $port did not start"; cat "$work/node-$port.log"; exit 1; }
done
report="bench/Nodes/results/publish-latency-$(date -u +%Y%m%dT%H%M%SZ).md"
python3 bench/Nodes/latency.py "http://127.0.0.1:$port_a" "http://127.0.0.1:$port_b" "$key" "$count" | tee "$report"
{
  echo
  echo "Run $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, two nodes (Release) on one PostgreSQL database, ports $port_a/$port_b."
  echo "Load average (1/5/15 min) before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg)."
} | tee -a "$report"
