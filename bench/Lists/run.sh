#!/usr/bin/env bash
# Lists that scale (issue 14): 300 tenants and 3 000 open service-desk incidents in SQLite, then the time of each list
# (API and server-rendered page, signed in) at the first, a middle and the last page, sorted and searched.
# Billing's lists (issue 14 point 4): [invoices=3000] invoices of 2026 written into the node's SQLite file, then /facturen timed too.
# Usage: bash bench/Lists/run.sh [tenants=300] [incidents=3000] [samples=15] [port=5431] [invoices=3000]
#   PUBLISHED=<folder> reuses a published Release build instead of publishing one.
# Needs: the .NET SDK, python3, curl. Writes bench/Lists/results/lists-<time>.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
tenants=${1:-300}; incidents=${2:-3000}; samples=${3:-15}; port=${4:-5431}; invoices=${5:-3000}
key="bench-$(date +%s)-$RANDOM$RANDOM"; base="http://127.0.0.1:$port"
work=$(mktemp -d); app=${PUBLISHED:-$work/app}
[ -n "${PUBLISHED:-}" ] || dotnet publish src/Platform -c Release -o "$app" -v q --nologo >/dev/null
mkdir -p bench/Lists/results
( cd "$app" && exec env ASPNETCORE_URLS="$base" Platform__PublicBaseUrl="$base" ASPNETCORE_ENVIRONMENT=Production \
    Database__SqlitePath="$work/bench.db" Platform__SeedDemoData=false Platform__Bootstrap__AdminApiKey="$key" Platform__TrustForwardedHeaders=true \
    RateLimiting__AuthenticatedWrite__PermitLimit=1000000 Jobs__RunServer=false Mail__PickupFolder="$work/mail" \
    Serilog__MinimumLevel__Default=Warning dotnet Platform.dll ) >"$work/node.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do curl -fs "$base/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$base/healthz" >/dev/null || { echo "the app did not start"; cat "$work/node.log"; exit 1; }
python3 bench/Lists/seed_and_time.py "$base" "$key" "$tenants" "$incidents" "$samples" "$invoices" "$work/bench.db" \
  | tee "bench/Lists/results/lists-$tenants-$incidents-$invoices-$(date -u +%Y%m%dT%H%M%SZ).md"
