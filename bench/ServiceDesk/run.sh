#!/usr/bin/env bash
# Service desk benchmarks: the monthly report end to end on SQLite and PostgreSQL, and (full mode) the BenchmarkDotNet
# micro-benchmarks of due times, clocks and the report's computation. Prints the load average with the figures.
# Usage: bash bench/ServiceDesk/run.sh [short|full] [sqlite|postgres|both] [runs]
#   short: 2 000 and 4 000 incidents, 2 runs, no micro-benchmarks (about a minute after the build)
#   full:  25 000 / 50 000 / 100 000 incidents, 5 runs, then the micro-benchmarks (BenchmarkDotNet short job)
#   PG="Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres" (server; throw-away databases are created and dropped)
set -euo pipefail
cd "$(dirname "$0")"
mode=${1:-short}; providers=${2:-both}
pg=${PG:-Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres}
if [ "$mode" = short ]; then sizes="2000 4000"; runs=${3:-2}; else sizes="25000 50000 100000"; runs=${3:-5}; fi
dotnet build -c Release -v q --nologo >/dev/null
echo "Run $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) CPUs, mode $mode; load average (1/5/15 min) before: $(cut -d' ' -f1-3 /proc/loadavg)"
if [ "$providers" != postgres ]; then dotnet run -c Release --no-build -- db-report --runs "$runs" $sizes; fi
if [ "$providers" != sqlite ]; then dotnet run -c Release --no-build -- db-report --postgres "$pg" --runs "$runs" $sizes; fi
if [ "$mode" = full ]; then dotnet run -c Release --no-build -- --filter "*DueTime*" "*Clock*" "*Report*" --job short; fi
echo "load average (1/5/15 min) after: $(cut -d' ' -f1-3 /proc/loadavg)"
