#!/usr/bin/env bash
# Writes every public API that a tracked project (<TrackPublicApi>true</TrackPublicApi>) declares but does not list yet
# into that project's PublicAPI.Unshipped.txt: the RS0016 code fix, applied project by project, because a fix over the
# whole solution applies to one project at most. Touches no .cs file. Usage, from anywhere: bash eng/update-public-api.sh
set -euo pipefail
cd "$(dirname "$0")/.."
for project in $(grep -l "<TrackPublicApi>true</TrackPublicApi>" src/*/*.csproj); do
    echo "== $project"
    dotnet format analyzers "$project" --diagnostics RS0016
    # Generated members (an endpoint's Endpoint, WriteBody, client extension...) are not in dotnet format's workspace:
    # take their names from the build's RS0016 messages.
    dotnet build "$project" -c Release 2>&1 \
        | sed -n "s/.*error RS0016: Symbol '\(.*\)' is not part of the declared public API.*/\1/p" | sort -u \
        >> "$(dirname "$project")/PublicAPI.Unshipped.txt"
done
git --no-pager diff --stat -- '*PublicAPI.*.txt'
