#!/usr/bin/env bash
# The code fixes from the command line, as `dotnet format analyzers` applies them:
# - OKX003: copies tests/codefix/FloatingPoint (double and float members, which do not build) to a temporary folder,
#   runs `dotnet format analyzers --diagnostics OKX003` on it, checks the result is the expected source (every member
#   decimal), and that the project then builds with the generator's output.
# - OKX014 and OKX015: the signer of tests/codefix/CultureAndTime (current-culture numbers and malformed timestamps,
#   which fail the build) in a netstandard2.0 project and in a net8.0 project that references OkxGen.Runtime; after
#   `dotnet format analyzers --diagnostics OKX014 OKX015` each source is the expected one (FormattableString.Invariant
#   and the invariant format on netstandard2.0, string.Create and OkxSigner.FormatTimestamp on net8.0) and each project
#   builds with warnings as errors: no warning, no OKX014 or OKX015 left.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d "$repo/tests/codefix/.run.XXXXXX")"
# A folder of its own beside the first: FloatingPoint.csproj would compile every .cs file below its folder.
signers="$(mktemp -d "$repo/tests/codefix/.run.XXXXXX")"
trap 'rm -rf "$work" "$signers"' EXIT
cp "$repo/tests/codefix/FloatingPoint/FloatingPoint.csproj" "$repo/tests/codefix/FloatingPoint/Requests.cs" "$work/"
source="$repo/tests/codefix/CultureAndTime"
cp "$source/Directory.Build.props" "$signers/"
for target in netstandard2.0 net8.0; do
    mkdir "$signers/$target"
    cp "$source/Signing.cs" "$signers/$target/"
done
cp "$source/NetStandard.csproj" "$signers/netstandard2.0/"
cp "$source/Net8.csproj" "$signers/net8.0/"

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

echo "== OKX014 and OKX015: before the fixes the net8.0 build fails with both"
if dotnet build "$signers/net8.0/Net8.csproj" > "$signers/net8.0/before.log" 2>&1; then cat "$signers/net8.0/before.log"; echo "the build succeeded"; exit 1; fi
for id in OKX014 OKX015; do
    grep -q "error $id" "$signers/net8.0/before.log" || { cat "$signers/net8.0/before.log"; echo "missing $id"; exit 1; }
done

for target in netstandard2.0 net8.0; do
    project="$(ls "$signers/$target"/*.csproj)"
    echo "== $target: dotnet format analyzers --diagnostics OKX014 OKX015, then a build without warnings"
    dotnet format analyzers "$project" --diagnostics OKX014 OKX015 --severity warn > "$signers/$target/format.log" 2>&1 || true
    if ! diff -u "$source/Signing.$target.fixed.cs.txt" "$signers/$target/Signing.cs"; then
        cat "$signers/$target/format.log"
        echo "dotnet format did not apply the OKX014 and OKX015 fixes as expected ($target)"
        exit 1
    fi
    dotnet build "$project" > "$signers/$target/after.log" 2>&1 || { cat "$signers/$target/after.log"; exit 1; }
    if grep -E "warning|OKX01[45]" "$signers/$target/after.log" | grep -v "0 Warning(s)"; then echo "warnings left ($target)"; exit 1; fi
done
echo "code fix tests: passed"
