#!/usr/bin/env bash
# What OkxGen's analyzers add to the build of a ~50,000-line library (docs/benchmarks.md):
#     bash tools/analyzer-cost/measure.sh [RUNS]        # 3 runs by default
# Writes the corpus (tools/analyzer-cost/generate_corpus.py) to a temporary folder, then builds it RUNS times without
# and RUNS times with OkxGen.Analyzers.dll, alternating, each with `dotnet build --no-incremental -p:ReportAnalyzer=true`
# and a fresh compiler process in the build's own process tree (no shared compiler server, no MSBuild node reuse), so
# that the build's CPU time (user + sys, which includes the compiler's) is counted. Prints each run's wall time, CPU
# time, the compiler's total analyzer time and OkxGen.Analyzers' own time (from ReportAnalyzer), then the medians.
# On a loaded machine wall times and ReportAnalyzer's times (which are elapsed times inside the analyzer callbacks)
# grow with the load; CPU time much less.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
runs="${1:-3}"
work="$(mktemp -d /tmp/okxgen-analyzer-cost.XXXXXX)"
trap 'rm -rf "$work"' EXIT

dotnet build "$repo/src/OkxGen.Analyzers" -c Release > "$work/analyzers.log" 2>&1 || { cat "$work/analyzers.log"; exit 1; }
dotnet build "$repo/src/OkxGen.Runtime" -c Release > "$work/runtime.log" 2>&1 || { cat "$work/runtime.log"; exit 1; }
analyzers="$repo/src/OkxGen.Analyzers/bin/Release/netstandard2.0/OkxGen.Analyzers.dll"
runtime="$repo/src/OkxGen.Runtime/bin/Release/net8.0/OkxGen.Runtime.dll"
python3 "$repo/tools/analyzer-cost/generate_corpus.py" "$work/corpus"
common=(-c Release --no-incremental --no-restore -m:1 -nodeReuse:false -p:UseSharedCompilation=false -p:ReportAnalyzer=true -v:d "-p:OkxRuntime=$runtime")
dotnet restore "$work/corpus/Corpus.csproj" "-p:OkxRuntime=$runtime" > /dev/null

median() { sort -g | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

# ReportAnalyzer prints "Total analyzer execution time: N seconds." and one line per analyzer assembly:
# "   0.123   4   OkxGen.Analyzers, Version=...".
analyzer_total() { sed -n 's/.*Total analyzer execution time: \([0-9.]*\) seconds.*/\1/p' "$1" | head -n 1; }
okx_time() { grep -E '^\s*[0-9.<]+\s+[0-9<]+\s+OkxGen\.Analyzers, Version' "$1" | head -n 1 | awk '{ print ($1 == "<0.001") ? 0 : $1 }'; }

TIMEFORMAT='%R %U %S'
printf '%-8s %-5s %8s %8s %14s %14s\n' variant run wall_s cpu_s analyzers_s okxgen_s
for run in $(seq 1 "$runs"); do
    for variant in without with; do
        extra=()
        [ "$variant" = with ] && extra=("-p:OkxAnalyzers=$analyzers")
        log="$work/$variant.$run.log"
        { time dotnet build "$work/corpus/Corpus.csproj" "${common[@]}" "${extra[@]}" > "$log" 2>&1 || { tail -n 30 "$log"; exit 1; }; } 2> "$work/time"
        read -r wall user sys < "$work/time"
        cpu=$(echo "$user + $sys" | bc)
        okx=$([ "$variant" = with ] && okx_time "$log" || echo 0)
        printf '%-8s %-5s %8.2f %8.2f %14s %14s\n' "$variant" "$run" "$wall" "$cpu" "$(analyzer_total "$log")" "${okx:-?}"
        echo "$variant $wall $(analyzer_total "$log") ${okx:-0} $cpu" >> "$work/results"
    done
done

# Each run builds without, then with, back to back: the run's own difference is the figure a drifting machine (the
# builds of a run of nine went from 17.6 s to 20.4 s) leaves intact, so it is printed per run, then by its median and
# over all runs together.
echo "added by OkxGen's analyzers, per run (wall / CPU):"
awk '$1 == "without" { w = $2; c = $5 } $1 == "with" { printf "%+.1f %+.1f\n", ($2 / w - 1) * 100, ($5 / c - 1) * 100 }' "$work/results" > "$work/added"
paste -sd' ' <(awk '{ printf "%s/%s%%\n", $1, $2 }' "$work/added")
printf 'added, median of the runs: wall %+.1f %%, CPU %+.1f %%\n' "$(awk '{ print $1 }' "$work/added" | median)" "$(awk '{ print $2 }' "$work/added" | median)"
awk '$1 == "without" { w += $2; c += $5 } $1 == "with" { W += $2; C += $5 } END { printf "added, all runs together: wall %+.1f %%, CPU %+.1f %%\n", (W / w - 1) * 100, (C / c - 1) * 100 }' "$work/results"
echo "medians:"
for variant in without with; do
    printf '%-8s wall %.2f s, CPU %.2f s, analyzers %s s, OkxGen.Analyzers %s s\n' "$variant" \
        "$(awk -v v=$variant '$1 == v { print $2 }' "$work/results" | median)" \
        "$(awk -v v=$variant '$1 == v { print $5 }' "$work/results" | median)" \
        "$(awk -v v=$variant '$1 == v { print $3 }' "$work/results" | median)" \
        "$(awk -v v=$variant '$1 == v { print $4 }' "$work/results" | median)"
done
grep -E '^\s*[0-9.<]+\s+[0-9<]+\s+OkxGen\.Analyzers\.' "$work/with.$runs.log" | sort -rn | head -n 20 || true
