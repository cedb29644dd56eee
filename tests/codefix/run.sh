#!/usr/bin/env bash
# OKX003's code fix from the command line: copies tests/codefix/FloatingPoint (double and float members, which do not
# build) to a temporary folder, runs `dotnet format analyzers --diagnostics OKX003` on it, checks the result is the
# expected source (every member decimal), and that the project then builds with the generator's output.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d "$repo/tests/codefix/.run.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cp "$repo/tests/codefix/FloatingPoint/FloatingPoint.csproj" "$repo/tests/codefix/FloatingPoint/Requests.cs" "$work/"

echo "== before the fix: the build fails with OKX003"
# Debug, the configuration dotnet format loads: it takes the analyzers and fixes from the referenced projects' Debug output.
if dotnet build "$work/FloatingPoint.csproj" > "$work/before.log" 2>&1; then cat "$work/before.log"; echo "the build succeeded"; exit 1; fi
grep -q "error OKX003" "$work/before.log" || { cat "$work/before.log"; echo "missing OKX003"; exit 1; }

echo "== dotnet format analyzers --diagnostics OKX003"
dotnet format analyzers "$work/FloatingPoint.csproj" --diagnostics OKX003 --severity error --no-restore > "$work/format.log" 2>&1 || true
if ! diff -u "$repo/tests/codefix/FloatingPoint/Requests.fixed.cs.txt" "$work/Requests.cs"; then
    cat "$work/format.log"
    echo "dotnet format did not declare every member decimal"
    exit 1
fi

echo "== after the fix: the build succeeds"
dotnet build "$work/FloatingPoint.csproj" > "$work/after.log" 2>&1 || { cat "$work/after.log"; exit 1; }
echo "code fix tests: passed"
