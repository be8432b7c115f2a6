#!/usr/bin/env python3
"""import-corpus.py CORPUS_DIR SEMANTIC_DIFF [--keep]: measures `consort import` on a folder of Kubernetes YAML files.

For every file: `consort import FILE` into a C# namespace of its own; then ONE real `dotnet build` of a project
that holds all the imported C# and references Consort (the in-repo projects, as the samples do); running it writes
each class's YAML (from the generated registry) into a folder per source file; then SEMANTIC_DIFF --metadata
compares each source file with its folder. Prints per file: objects equal / total, objects of API versions the
API server no longer serves (reported by the importer, not imported), and the workload fields typed vs patched;
then the totals. Needs the .NET SDK and python3 with PyYAML."""
import os, re, subprocess, sys, tempfile, shutil
from concurrent.futures import ThreadPoolExecutor

REPO = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

PROJECT = """<Project Sdk="Microsoft.NET.Sdk">
  <Import Project="{repo}/eng/Consort.InRepo.props" />
  <PropertyGroup>
    <OutputType>Exe</OutputType>
    <TargetFramework>net10.0</TargetFramework>
    <Nullable>enable</Nullable>
    <ConsortWriteManifests>false</ConsortWriteManifests>
    <!-- The imported workloads are checked by the importer; Pod Security warnings are not what this measures. -->
    <ConsortPodSecurity>privileged</ConsortPodSecurity>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="KubernetesClient" Version="21.0.8" />
  </ItemGroup>
  <Import Project="{repo}/eng/Consort.InRepo.targets" />
</Project>
"""

PROGRAM = """using System.IO;
foreach (var entry in Consort.Generated.Manifests.All)
{
    var folder = Path.Combine(args[0], entry.WorkloadType.Namespace!.Split('.')[^1]);
    Directory.CreateDirectory(folder);
    File.WriteAllText(Path.Combine(folder, entry.WorkloadType.Name + ".yaml"), entry.Yaml);
}
"""


def run(args, **kw):
    return subprocess.run(args, capture_output=True, text=True, **kw)


def main():
    args = [a for a in sys.argv[1:] if a != "--keep"]
    if len(args) != 2:
        sys.exit(__doc__)
    corpus, differ = os.path.abspath(args[0]), os.path.abspath(args[1])
    work = tempfile.mkdtemp(prefix="consort-corpus-")
    try:
        print("Building the importer...", file=sys.stderr)
        build = run(["dotnet", "build", os.path.join(REPO, "src/Cli/Consort.Cli.csproj"), "-c", "Release", "-v", "q", "-nologo"])
        if build.returncode:
            sys.exit(build.stdout + build.stderr)
        cli = os.path.join(REPO, "src/Cli/bin/Release/net10.0/Consort.Cli.dll")
        files = sorted(f for f in os.listdir(corpus) if f.endswith((".yaml", ".yml")))
        ids = {f: "F%03d" % i for i, f in enumerate(files, 1)}

        def imp(f):
            out = os.path.join(work, "src", ids[f])
            r = run(["dotnet", cli, "import", os.path.join(corpus, f), "--output", out, "--namespace", "Corpus." + ids[f]])
            return f, r.returncode, r.stdout + r.stderr

        print(f"Importing {len(files)} files...", file=sys.stderr)
        with ThreadPoolExecutor(max_workers=os.cpu_count() or 2) as pool:
            logs = {f: (code, text) for f, code, text in pool.map(imp, files)}

        project = os.path.join(work, "project")
        os.makedirs(project)
        with open(os.path.join(project, "Corpus.csproj"), "w") as p:
            p.write(PROJECT.format(repo=REPO))
        with open(os.path.join(project, "Program.cs"), "w") as p:
            p.write(PROGRAM)
        for f in files:
            src = os.path.join(work, "src", ids[f])
            if os.path.isdir(src):
                shutil.copytree(src, os.path.join(project, ids[f]))
        print("Building the imported C# (one project)...", file=sys.stderr)
        build = run(["dotnet", "build", project, "-v", "q", "-nologo"])
        if build.returncode:
            sys.exit("The imported C# does not build:\n" + "\n".join(l for l in build.stdout.splitlines() if " error " in l)[:20000])
        built = os.path.join(work, "built")
        written = run(["dotnet", "run", "--no-build", "--project", project, "--", built])
        if written.returncode:
            sys.exit(written.stdout + written.stderr)

        totals = dict(equal=0, objects=0, removed=0, typed=0, patched=0, defaults=0, notes=0)
        print(f"{'file':90} {'equal':>9} {'removed':>7} {'typed':>7} {'patched':>7}")
        for f in files:
            code, log = logs[f]
            removed = len(re.findall(r"is not served by the Kubernetes API", log))
            fields = re.search(r"workload fields: (\d+) typed, (\d+) in patches or kept as written .*?, (\d+) API defaults", log)
            typed, patched, defaults = (int(x) for x in fields.groups()) if fields else (0, 0, 0)
            out = os.path.join(built, ids[f])
            os.makedirs(out, exist_ok=True)
            diff = run([sys.executable, differ, "--metadata", os.path.join(corpus, f), out])
            m = re.search(r"(\d+)/(\d+) objects equal", diff.stdout)
            equal, total = (int(m.group(1)), int(m.group(2))) if m else (0, 0)
            accepted = total - removed
            totals["equal"] += equal; totals["objects"] += accepted; totals["removed"] += removed
            totals["typed"] += typed; totals["patched"] += patched; totals["defaults"] += defaults
            totals["notes"] += log.count("note: ")
            share = f"{100 * typed / (typed + patched):.0f}%" if typed + patched else "-"
            print(f"{f:90} {equal:>4}/{accepted:<4} {removed:>7} {typed:>7} {patched:>7}  {share}")
            problems = [l for l in diff.stdout.splitlines() if not l.endswith("objects equal") and "not produced" not in l]
            problems += [l for l in log.splitlines() if l.startswith("error:") and "is not served" not in l]
            for line in problems:
                print("    " + line)
        t = totals
        share = 100 * t["typed"] / (t["typed"] + t["patched"]) if t["typed"] + t["patched"] else 100
        print(f"\nobjects equal after the round trip: {t['equal']}/{t['objects']} ({100 * t['equal'] / max(t['objects'], 1):.1f}%) "
              f"of the objects whose API version is served; {t['removed']} objects of removed API versions reported, not imported")
        print(f"workload fields: {t['typed']} typed, {t['patched']} in patches or kept as written ({share:.1f}% typed); "
              f"{t['defaults']} API-server defaults left out; {t['notes']} workloads kept as written")
    finally:
        if "--keep" in sys.argv:
            print("kept: " + work, file=sys.stderr)
        else:
            shutil.rmtree(work, ignore_errors=True)


main()
