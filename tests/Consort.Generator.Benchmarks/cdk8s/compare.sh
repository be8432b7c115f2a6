#!/usr/bin/env bash
# Side by side, in one run: cdk8s with cdk8s-plus-34 rendering the benchmark's Deployments (construct tree and
# YAML synthesis, module load excluded) against Consort's cold generator run over the same Deployments.
# Usage: tests/Consort.Generator.Benchmarks/cdk8s/compare.sh [workloads=1000]. Needs node/npm and the .NET SDK.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
workloads=${1:-1000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

echo "Installing cdk8s and cdk8s-plus-34 from npm into a scratch folder..." >&2
cp "$here/render.mjs" "$work/"
(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --loglevel=error \
  cdk8s@2.70.106 cdk8s-plus-34@2.0.54 constructs@10.8.1 >/dev/null)

echo "Rendering $workloads Deployments with cdk8s-plus-34..." >&2
cdk8s=$(node --expose-gc "$work/render.mjs" "$workloads")

echo "Running Consort's generator cold over $workloads Deployments..." >&2
dotnet build -c Release "$here/../Consort.Generator.Benchmarks.csproj" -v q -nologo >/dev/null
consort=$(dotnet "$here/../bin/Release/net10.0/Consort.Generator.Benchmarks.dll" cold "$workloads")

node -e '
const [cdk8s, consort] = [JSON.parse(process.argv[1]), JSON.parse(process.argv[2])];
const ratio = cdk8s.perWorkloadUs / consort.perWorkloadUs;
console.log(`| tool | ${cdk8s.workloads} Deployments (median) | per Deployment |`);
console.log(`|---|---:|---:|`);
console.log(`| cdk8s 2.70.106 + cdk8s-plus-34 2.0.54 (build + synthYaml) | ${cdk8s.medianMs.toFixed(1)} ms | ${cdk8s.perWorkloadUs.toFixed(1)} µs |`);
console.log(`| Consort generator, cold run on a fresh compilation | ${consort.medianMs.toFixed(1)} ms | ${consort.perWorkloadUs.toFixed(1)} µs |`);
console.log(`\nConsort is ${ratio.toFixed(1)}x faster per Deployment.`);
' "$cdk8s" "$consort"
