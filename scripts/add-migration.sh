#!/usr/bin/env bash
# Adds a migration with the same name for both providers of one module's DbContext.
# Usage: scripts/add-migration.sh <ModuleProjectDir> <ContextBaseName> <MigrationName>
#   e.g. scripts/add-migration.sh src/Modules/Governance GovernanceDbContext AddMeetings
# Each provider has a thin context subclass (Sqlite*, Postgres*) that owns its migrations.
set -euo pipefail
cd "$(dirname "$0")/.."
project=$1 context=$2 name=$3
dotnet tool restore >/dev/null
dotnet build src/Trygghet.Portal.Web -v q
for provider in Sqlite Postgres; do
  dotnet ef migrations add "$name" \
    --project "$project" \
    --startup-project src/Trygghet.Portal.Web \
    --context "${provider}${context}" \
    --output-dir "Data/Migrations/${provider}" \
    --no-build
done
