#!/usr/bin/env bash
# Writes every public API that a tracked project (<TrackPublicApi>true</TrackPublicApi>) declares but does not list yet
# into that project's PublicAPI.Unshipped.txt: the RS0016 code fix, applied project by project, because a fix over the
# whole solution applies to one project at most. Touches no .cs file. Usage, from anywhere: bash eng/update-public-api.sh
set -euo pipefail
cd "$(dirname "$0")/.."
for project in $(grep -l "<TrackPublicApi>true</TrackPublicApi>" src/*/*.csproj); do
    echo "== $project"
    dotnet format analyzers "$project" --diagnostics RS0016
done
git --no-pager diff --stat -- '*PublicAPI.*.txt'
