#!/usr/bin/env bash
# The outside-consumer test: packs OkxGen's packages into a temporary folder, builds a fresh project that references
# them by version from that folder only, runs it, then checks that the analyzers speak in a consumer's build:
# OKX010/OKX011 on unsafe signing, and a build failure with OKX001 on a non-partial endpoint.
set -euo pipefail
repo="$(cd "$(dirname "$0")/../.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
version="$(sed -n 's:.*<VersionPrefix>\(.*\)</VersionPrefix>.*:\1:p' "$repo/Directory.Build.props")"

echo "== pack OkxGen $version"
dotnet pack "$repo/OkxGen.sln" -c Release -o "$work/feed" -p:ContinuousIntegrationBuild=true > "$work/pack.log" || { cat "$work/pack.log"; exit 1; }

# Restore OkxGen* from the packed folder only, everything else from the usual feed, into an empty cache.
cat > "$work/nuget.config" <<CONFIG
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <add key="okxgen-local" value="$work/feed" />
  </packageSources>
  <packageSourceMapping>
    <packageSource key="okxgen-local">
      <package pattern="OkxGen" />
      <package pattern="OkxGen.*" />
    </packageSource>
    <packageSource key="nuget.org">
      <package pattern="*" />
    </packageSource>
  </packageSourceMapping>
</configuration>
CONFIG
export NUGET_PACKAGES="$work/packages"

build() { # $1: scenario name, $2...: extra source folders
    local name="$1"; shift
    local dir="$work/$name"
    mkdir -p "$dir"
    cp "$repo/tests/consumer/Consumer/"* "$dir/"
    for extra in "$@"; do cp "$repo/tests/consumer/$extra/"*.cs "$dir/"; done
    cp "$work/nuget.config" "$dir/"
    dotnet build "$dir/Consumer.csproj" -c Release -p:OkxGenVersion="$version" > "$dir/build.log" 2>&1
}

echo "== consumer: builds, runs, signs and is accepted by the verifying server"
build clean || { cat "$work/clean/build.log"; exit 1; }
if grep -E "warning (OKX|CS|CA)" "$work/clean/build.log"; then echo "the clean consumer has warnings"; exit 1; fi
dotnet "$work/clean/bin/Release/net10.0/Consumer.dll"

echo "== consumer with unsafe signing: OKX010 and OKX011 in the build output"
build unsafe Unsafe || { cat "$work/unsafe/build.log"; exit 1; }
for id in OKX010 OKX011; do
    grep -q "warning $id" "$work/unsafe/build.log" || { cat "$work/unsafe/build.log"; echo "missing $id"; exit 1; }
done
grep -E "warning OKX01[01]" "$work/unsafe/build.log" | sort -u | sed 's/^.*: warning/warning/'

echo "== consumer with a non-partial endpoint: the build fails with OKX001"
if build notpartial NotPartial; then echo "the build succeeded"; exit 1; fi
grep -q "error OKX001" "$work/notpartial/build.log" || { cat "$work/notpartial/build.log"; echo "missing OKX001"; exit 1; }
grep -E "error OKX001" "$work/notpartial/build.log" | sort -u | sed 's/^.*: error/error/'

echo "== the okxgen tool, installed from the packed folder: sign a Python-signed vector, diagnose a captured 50113"
dotnet tool install OkxGen.Tool --version "$version" --tool-path "$work/tools" --configfile "$work/nuget.config" > "$work/tool.log" 2>&1 \
    || { cat "$work/tool.log"; exit 1; }
signed="$(OKX_SECRET_KEY=22582BD0CFF14C41EDBF1AB98506286D "$work/tools/okxgen" sign GET /api/v5/account/balance --query ccy=BTC,ETH --timestamp 2020-12-08T09:08:57.715Z)"
echo "$signed"
# The signature of this request computed with Python's hmac module (tests/Vectors/vectors.json, get-balance-with-query).
expected="$(python3 -c "import json,sys; print(next(v['expectedSign'] for v in json.load(open(sys.argv[1])) if v['name']=='get-balance-with-query'))" "$repo/tests/Vectors/vectors.json")"
grep -qF "sign:        $expected" <<<"$signed" || { echo "okxgen sign disagrees with Python: expected $expected"; exit 1; }
status=0
OKX_SECRET_KEY=22582BD0CFF14C41EDBF1AB98506286D "$work/tools/okxgen" doctor "$repo/tests/consumer/Tool/spaced-body.http" || status=$?
[ "$status" -eq 1 ] || { echo "okxgen doctor exited $status, expected 1 (a diagnosed cause)"; exit 1; }
echo "== consumer of OkxGen.Api: three package endpoints against the packaged verifying server"
build api ApiPackage || { cat "$work/api/build.log"; exit 1; }
dotnet "$work/api/bin/Release/net10.0/Consumer.dll"

echo "consumer tests: passed"
