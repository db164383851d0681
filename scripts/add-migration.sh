#!/usr/bin/env bash
# Adds a migration for both providers of one module's DbContext.
# Usage: scripts/add-migration.sh <Module> <MigrationName>   e.g. scripts/add-migration.sh Billing AddInvoices
# Module = Platform | Tenants | Billing | ServiceDesk | StatusPage
set -euo pipefail
cd "$(dirname "$0")/.."
module=$1; name=$2
dotnet build "src/$module" -v q >/dev/null
dotnet tool restore >/dev/null
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" --project "src/$module" --startup-project "src/$module" \
    --context "${provider}${module}DbContext" --output-dir "Persistence/Migrations/$provider" --no-build
  echo "added $name for $module on $provider"
done
