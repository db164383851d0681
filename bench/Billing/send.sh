#!/usr/bin/env bash
# Issue + send benchmark: N invoices issued in one bulk request of the real host, mailed with PDF and UBL by the mail job
# to a real SMTP server on loopback (Debian's aiosmtpd, writing a Maildir), timed until the last mail is accepted.
# Usage: bash bench/Billing/send.sh [invoices=300] [port=5098] [smtp_port=2526] [timeout_s=900]
#   PUBLISHED=<folder> reuses a published Release build instead of building one.
# The authenticated-write rate limit is raised only so the seeding of N tenants is not throttled; it is not part of the timing.
# Needs: the .NET SDK, Debian's python3-aiosmtpd (/usr/bin/python3). Writes bench/Billing/results/issue-send-<time>.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-300}; port=${2:-5098}; smtp_port=${3:-2526}; timeout=${4:-900}
key="bench-$(date +%s)"; work=$(mktemp -d); year=$(date -u +%Y)
out=${PUBLISHED:-${TMPDIR:-/tmp}/platform-bench-$port/platform}
mkdir -p bench/Billing/results
if [ -z "${PUBLISHED:-}" ]; then echo "building Release…"; dotnet publish src/Platform -c Release -o "$out" -v q >/dev/null; fi

/usr/bin/python3 -m aiosmtpd -n -l "127.0.0.1:$smtp_port" -c aiosmtpd.handlers.Mailbox "$work/maildir" >"$work/smtp.log" 2>&1 &
smtp=$!
for _ in $(seq 1 100); do (echo >"/dev/tcp/127.0.0.1/$smtp_port") 2>/dev/null && break; sleep 0.1; done
kill -0 "$smtp" 2>/dev/null || { echo "aiosmtpd did not start"; cat "$work/smtp.log"; exit 1; }
ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production \
Database__SqlitePath="$work/bench.db" Platform__SeedDemoData=false Platform__Bootstrap__AdminApiKey="$key" \
Platform__PublicBaseUrl="http://127.0.0.1:$port" Jobs__RunServer=true \
Mail__Smtp__Host=127.0.0.1 Mail__Smtp__Port="$smtp_port" Mail__Smtp__UseStartTls=false Mail__Smtp__UserName= Mail__Smtp__Password= \
Serilog__MinimumLevel__Default=Warning RateLimiting__AuthenticatedWrite__PermitLimit=100000 \
  "$out/Platform" --contentRoot "$out" >"$work/server.log" 2>&1 &
pid=$!
trap 'kill $pid $smtp 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 600); do curl -sf "http://127.0.0.1:$port/healthz" >/dev/null && break; sleep 0.2; done
curl -sf "http://127.0.0.1:$port/healthz" >/dev/null || { echo "server did not start"; cat "$work/server.log"; exit 1; }

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "seeding $count tenants, issuing and sending…"
line=$(python3 bench/Billing/send_driver.py "http://127.0.0.1:$port" "$key" "$count" "$work/maildir" "$timeout" "$year")
load_after=$(cut -d' ' -f1-3 /proc/loadavg)
sample=$(ls "$work/maildir/new" | head -1)
size_kb=$(du -k "$work/maildir/new/$sample" | cut -f1)

report="bench/Billing/results/issue-send-$(date -u +%Y%m%dT%H%M%SZ).md"
{
  echo "Run $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), SQLite, Release, port $port, aiosmtpd on 127.0.0.1:$smtp_port (Maildir)."
  echo "Load average (1/5/15 min) before: $load_before; after: $load_after."
  echo
  echo "$line"
  echo "mail_size_kb≈$size_kb (PDF + UBL attached)"
} >"$report"
cat "$report"
