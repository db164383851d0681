#!/usr/bin/env bash
# Runs every test project. PostgreSQL tests run when PLATFORM_TEST_POSTGRES is set (bash .ci/run sets it up),
# and are reported as skipped otherwise. Browser tests drive /usr/bin/chromium.
set -euo pipefail
cd "$(dirname "$0")/.."
dotnet build Platform.sln -c Release -v q -nologo
status=0
rm -f TestResults/*.trx
for project in tests/*/*.csproj; do
  dotnet test "$project" -c Release --no-build -nologo --logger "console;verbosity=minimal" --results-directory TestResults --logger "trx;LogFileName=$(basename "$project" .csproj).trx" || status=1
done
exit $status
