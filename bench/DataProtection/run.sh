#!/usr/bin/env bash
# Export of one large tenant (charter 12.2): N incidents and M attachments of 1 MB (random bytes, so the ZIP cannot shrink
# them) are put in a SQLite database next to a real tenant, then the export runs as the Hangfire job of a Release build.
# Samples the process's RSS every 100 ms during the export; prints duration, archive size, RSS before and peak, and
# the load average. Writes bench/DataProtection/results/.
# Usage: bash bench/DataProtection/run.sh [incidents=10000] [attachments-MB=1000] [port=5411]
#   PUBLISHED=<folder> reuses a published Release build instead of publishing one.
set -euo pipefail
cd "$(dirname "$0")/../.."
incidents=${1:-10000}; megabytes=${2:-1000}; port=${3:-5411}
key="bench-$(date +%s)-$RANDOM$RANDOM"; base="http://127.0.0.1:$port"
work=$(mktemp -d); app=${PUBLISHED:-$work/app}
[ -n "${PUBLISHED:-}" ] || dotnet publish src/Platform -c Release -o "$app" -v q --nologo >/dev/null
mkdir -p bench/DataProtection/results
( cd "$app" && exec env ASPNETCORE_URLS="$base" Platform__PublicBaseUrl="$base" ASPNETCORE_ENVIRONMENT=Production Database__Provider=Sqlite \
    ConnectionStrings__Platform="Data Source=$work/platform.db;Default Timeout=60" Platform__SeedDemoData=false \
    Platform__Bootstrap__AdminApiKey="$key" Jobs__RunServer=true Mail__PickupFolder="$work/mail" \
    DataProtection__TenantData__ExportFolder="$work/exports" Serilog__MinimumLevel__Default=Warning dotnet Platform.dll ) >"$work/node.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do curl -fs "$base/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
curl -fs "$base/healthz" >/dev/null || { echo "the app did not start"; cat "$work/node.log"; exit 1; }
python3 bench/DataProtection/seed_and_export.py "$base" "$key" "$work/platform.db" "$incidents" "$megabytes" "$pid" \
  | tee "bench/DataProtection/results/export-$incidents-$megabytes-$(date -u +%Y%m%dT%H%M%SZ).md"
