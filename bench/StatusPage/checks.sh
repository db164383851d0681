#!/usr/bin/env bash
# Health-check cost: N checks (default 200: 3/4 HTTP with a body test, 1/4 TCP) at a 30 s interval against a local
# target on loopback, run by the node's own Hangfire job server. Measures the platform process's CPU time
# (utime+stime from /proc/<pid>/stat) while idle without checks, then with the checks, and counts the results stored.
# Usage: bash bench/StatusPage/checks.sh [measure-seconds=180] [checks=200] [port=5198]
#   PUBLISHED=<folder> reuses a published Release build instead of publishing one.
set -euo pipefail
cd "$(dirname "$0")/../.."
measure=${1:-180}; checks=${2:-200}; port=${3:-5198}; target_port=$((port + 1)); key="bench-key-$(date +%s)-0123456789abcdefghijklmnop"
work=$(mktemp -d /tmp/checks-bench.XXXX)
app=${PUBLISHED:-$work/app}
[ -n "${PUBLISHED:-}" ] || dotnet publish src/Platform -c Release -o "$app" -v q --nologo >/dev/null
mkdir -p "$work/www" && echo "status: gezond" >"$work/www/health"
python3 -m http.server "$target_port" --bind 127.0.0.1 --directory "$work/www" >/dev/null 2>&1 &
target=$!
(
  cd "$app"
  exec dotnet Platform.dll --urls "http://127.0.0.1:$port" --environment Production \
    --Database:SqlitePath="$work/bench.db" --Platform:SeedDemoData=false --Platform:Bootstrap:AdminApiKey="$key" \
    --StatusPage:Checks:InternalHosts:0=127.0.0.1 --Mail:PickupFolder="$work/mail" --Platform:PublicBaseUrl="http://127.0.0.1:$port" --Serilog:MinimumLevel:Default=Warning
) >"$work/server.log" 2>&1 &
server=$!
trap 'kill $server $target 2>/dev/null || true; wait $server 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do curl -fs "http://127.0.0.1:$port/healthz" >/dev/null 2>&1 && break; sleep 0.5; done
ticks=$(getconf CLK_TCK)
cpu() { awk '{print $14 + $15}' "/proc/$server/stat"; }
results() { sqlite3 "$work/bench.db" "SELECT count(*) FROM status_health_check_results"; }
measure_cpu() { # seconds → "cpu-seconds"
  local c0 t0 c1 t1; c0=$(cpu); t0=$(date +%s.%N); sleep "$1"; c1=$(cpu); t1=$(date +%s.%N)
  echo "$(( c1 - c0 )) $t0 $t1"
}
echo "machine: $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs); load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
sleep 20 # start-up settles
read -r idle t0 t1 < <(measure_cpu 60)
echo "idle (no checks), 60 s: $(awk -v c="$idle" -v k="$ticks" -v a="$t0" -v b="$t1" 'BEGIN{printf "%.2f s CPU = %.2f %% of one core", c/k, 100*c/k/(b-a)}')"

auth=(-H "Authorization: Bearer $key" -H "Content-Type: application/json")
product=$(curl -fs "${auth[@]}" -d '{"slug":"bench","name":"Bench"}' "http://127.0.0.1:$port/api/status/products" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
component=$(curl -fs "${auth[@]}" -d '{"name":"Doel"}' "http://127.0.0.1:$port/api/status/products/$product/components" | python3 -c 'import json,sys; print(json.load(sys.stdin)["id"])')
for i in $(seq 1 "$checks"); do
  if (( i % 4 == 0 )); then body="{\"name\":\"tcp $i\",\"kind\":\"Tcp\",\"target\":\"127.0.0.1:$target_port\",\"intervalSeconds\":30}"
  else body="{\"name\":\"http $i\",\"kind\":\"Http\",\"target\":\"http://127.0.0.1:$target_port/health?i=$i\",\"bodyContains\":\"gezond\",\"intervalSeconds\":30}"; fi
  curl -fs -o /dev/null "${auth[@]}" -d "$body" "http://127.0.0.1:$port/api/status/components/$component/checks"
done
echo "created $checks checks at a 30 s interval; warming up 60 s"
sleep 60
r0=$(results)
read -r busy t0 t1 < <(measure_cpu "$measure")
r1=$(results)
echo "with checks, $measure s: $(awk -v c="$busy" -v k="$ticks" -v a="$t0" -v b="$t1" -v n="$(nproc)" 'BEGIN{printf "%.2f s CPU = %.2f %% of one core = %.2f %% of the node (%d CPUs)", c/k, 100*c/k/(b-a), 100*c/k/(b-a)/n, n}')"
echo "results stored while measuring: $((r1 - r0)) (expected ≈ $((checks * measure / 30)))"
echo "checks minus idle: $(awk -v c="$busy" -v i="$idle" -v m="$measure" -v k="$ticks" -v n="$(nproc)" 'BEGIN{d=c/k/m - i/k/60; printf "%.2f %% of one core = %.2f %% of the node", 100*d, 100*d/n}')"
echo "down results: $(sqlite3 "$work/bench.db" "SELECT count(*) FROM status_health_check_results WHERE Outcome <> 'Up'")"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
