#!/usr/bin/env bash
# What Consort costs a user's build. Packs the Consort package into a local feed, writes N workloads of the
# benchmark shape into two scratch projects, one that references the package and one that references only the
# DSL assembly, builds each once, then times rebuilds after a one-workload edit, alternating between the two.
# Prints the median rebuild times, Consort's overhead per workload, the generated C# per workload, and the
# generator's and the analyzer's own times in one rebuild (-p:ReportAnalyzer=true).
# Usage: tests/Consort.Generator.Benchmarks/build-cost.sh [--no-server] [--service] N [RUNS=5]. Needs only the .NET SDK.
# --service gives every workload a [Service] in front of its app container (SPEC 7.1).
# Builds use the compiler server, as a user's `dotnet build` does: it keeps the compiler, the generator and the
# analyzers loaded and JIT-compiled between builds (it does not keep the generator's driver, so the generator
# still runs cold in each build). With --no-server every build starts a new compiler process
# (UseSharedCompilation=false, as some CI machines do) that loads and JIT-compiles all of it again.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
shared=true
shape=
while [ "${1:-}" = --no-server ] || [ "${1:-}" = --service ]; do
  if [ "$1" = --no-server ]; then shared=false; else shape=service; fi
  shift
done
count=${1:?usage: build-cost.sh [--no-server] [--service] N [RUNS]}
runs=${2:-5}
work=$(mktemp -d)
# BUILD_COST_KEEP=1 keeps the scratch projects for a closer look (their folder is printed at the end).
[ "${BUILD_COST_KEEP:-}" = 1 ] || trap 'rm -rf "$work"' EXIT
# A private package folder: the scratch version of the package stays out of the user's cache.
export NUGET_PACKAGES="$work/packages" DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 UseSharedCompilation=$shared
version="0.0.0-cost.$(date +%Y%m%d%H%M%S)"

echo "Packing Consort $version and the benchmark tool..." >&2
dotnet pack "$repo/src/Package/Consort.Package.csproj" -c Release -o "$work/feed" -p:Version="$version" -v q -nologo >/dev/null
dotnet build "$here/Consort.Generator.Benchmarks.csproj" -c Release -v q -nologo >/dev/null
tool="$here/bin/Release/net10.0/Consort.Generator.Benchmarks.dll"

echo "Writing $count workloads into two scratch projects..." >&2
cat > "$work/nuget.config" <<XML
<configuration>
  <packageSources>
    <add key="consort-local" value="$work/feed" />
  </packageSources>
</configuration>
XML
mkdir -p "$work/with" "$work/without"
cat > "$work/with/Bench.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Consort" Version="$version" />
  </ItemGroup>
</Project>
XML
cat > "$work/without/Bench.csproj" <<XML
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <Reference Include="$NUGET_PACKAGES/consort/$version/lib/netstandard2.0/Consort.Dsl.dll" />
  </ItemGroup>
</Project>
XML
dotnet "$tool" write "$count" "$work/with" $shape
dotnet "$tool" write "$count" "$work/without" $shape

echo "Building each once..." >&2
dotnet build "$work/with" -nologo -v q >/dev/null
dotnet build "$work/without" -nologo -v q >/dev/null

revision=0
# Milliseconds of a rebuild of project $1 after an edit of one workload's image tag.
rebuild() {
  revision=$((revision + 1))
  sed -i "s/app-0000:1\.0\.[0-9]*\"/app-0000:1.0.$revision\"/" "$1/Workloads/App0000.cs"
  local start
  start=$(date +%s%N)
  dotnet build "$1" --no-restore -nologo -v q >/dev/null
  echo $((($(date +%s%N) - start) / 1000000))
}
median() { sort -n | awk '{ a[NR] = $1 } END { print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2 }'; }

echo "Timing $runs rebuilds of each after a one-workload edit (one warm-up each)..." >&2
rebuild "$work/with" >/dev/null
rebuild "$work/without" >/dev/null
: > "$work/with.ms"
: > "$work/without.ms"
for _ in $(seq "$runs"); do
  rebuild "$work/with" >> "$work/with.ms"
  rebuild "$work/without" >> "$work/without.ms"
done
with=$(median < "$work/with.ms")
without=$(median < "$work/without.ms")

echo "Measuring the generated code and the analyzers' share..." >&2
# Twice: other options start a new cached driver in the compiler server, and the second rebuild is the one a user pays.
for _ in 1 2; do
  revision=$((revision + 1))
  sed -i "s/app-0000:1\.0\.[0-9]*\"/app-0000:1.0.$revision\"/" "$work/with/Workloads/App0000.cs"
  dotnet build "$work/with" --no-restore -nologo -v d -p:ReportAnalyzer=true -p:EmitCompilerGeneratedFiles=true > "$work/report.log"
done

echo
echo "workloads: $count${shape:+ (each with a Service)}; rebuild after a one-workload edit, median of $runs; compiler server: $shared"
echo "  with Consort:    $with ms   (runs: $(paste -sd' ' "$work/with.ms"))"
echo "  without Consort: $without ms   (runs: $(paste -sd' ' "$work/without.ms"))"
awk -v a="$with" -v b="$without" -v n="$count" 'BEGIN { printf "  overhead: %.0f ms in all, %.2f ms per workload\n", a - b, (a - b) / n }'
echo "  $(dotnet "$tool" size "$work/with/obj")"
echo "one rebuild with -p:ReportAnalyzer=true (seconds):"
grep -E 'Total (analyzer|generator) execution time|Consort\.Generator\.(ConsortGenerator|Diagnostics\.ConsortAnalyzer)' "$work/report.log" \
  | sed -E 's/^ +/  /' | sort -u
[ "${BUILD_COST_KEEP:-}" = 1 ] && echo "scratch projects kept in $work"
exit 0
