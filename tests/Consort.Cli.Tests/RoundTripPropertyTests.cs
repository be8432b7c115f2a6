using System.Globalization;
using System.Text;
using Consort.Cli.Import;
using Consort.Cli.Tests.Infrastructure;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace Consort.Cli.Tests;

/// <summary>
/// The round trip as a property: random valid Consort workloads (every kind; labels, annotations and env values
/// among them the YAML 1.1 traps and multi-line text; ports, probes, resources, volumes and mounts) are built to
/// YAML; that YAML is imported; the imported C# is built again, and gives the same YAML, byte for byte.
/// </summary>
/// <remarks>A run builds one batch of workloads at once. The seed is fixed (<see cref="Replay"/>) so that a failure reproduces.</remarks>
public sealed class RoundTripPropertyTests
{
    private const string Replay = "(20261202,1234567890123456789)";

    [Property(MaxTest = 8, Replay = Replay, Arbitrary = [typeof(WorkloadArbitraries)])]
    public void Consort_yaml_imported_and_built_again_is_the_same_yaml(WorkloadBatch batch)
    {
        var source = batch.Source();
        var first = ImportHarness.Build(new Dictionary<string, string> { ["Batch.cs"] = source }, batch.ClassNames);
        var yaml = string.Join("---\n", batch.ClassNames.Select(c => first[c]));

        var imported = ImportHarness.Import(yaml);
        Assert.True(!imported.HasErrors, string.Join("\n", imported.Messages) + "\n" + source);
        Assert.DoesNotContain(imported.Messages, static m => m.Text.Contains("kept as written", StringComparison.Ordinal));
        var again = ImportHarness.Build(imported.Files, imported.Files.Keys.Select(static f => f[..^3]));
        foreach (var workload in batch.Workloads)
        {
            var className = imported.Files.Keys.Select(static f => f[..^3]).Single(c => again[c].Contains($"\n  name: {workload.Name}\n", StringComparison.Ordinal));
            Assert.True(
                first[workload.ClassName] == again[className],
                $"{workload.ClassName}:\n{first[workload.ClassName]}\nbecame\n{again[className]}\nthrough\n{imported.File(className)}\nfrom\n{source}");
        }
    }
}

/// <summary>Workloads to generate, a few per compilation.</summary>
public sealed record WorkloadBatch(IReadOnlyList<GeneratedWorkload> Workloads)
{
    public IEnumerable<string> ClassNames => Workloads.Select(static w => w.ClassName);

    public string Source() => "using Consort;\n\nnamespace " + ImportHarness.Namespace + ";\n\n" + string.Join("\n", Workloads.Select(static w => w.Source));

    public override string ToString() => Source();
}

/// <summary>One generated workload: its class name, Kubernetes name and C#.</summary>
public sealed record GeneratedWorkload(string ClassName, string Name, string Source);

/// <summary>FsCheck generators of valid workloads.</summary>
public static class WorkloadArbitraries
{
    private static readonly string[] Values = ["plain", "yes", "on", "0123", "1e3", "12:30:45", "~", "", "a: b", "#x", "two\nlines\n", "ünïcode", "100%"];
    private static readonly string[] Images = ["nginx:1.27", "ghcr.io/acme/api:2.0.1", "busybox:1.37", "registry.local:5000/team/job@sha256:" + new string('a', 64)];

    public static Arbitrary<WorkloadBatch> Batches()
        => Arb.From(
            from count in Gen.Choose(1, 4)
            from workloads in Workload.ArrayOf(count)
            select new WorkloadBatch([.. workloads.Select(static (render, i) => render(i))]));

    private static readonly Gen<Func<int, GeneratedWorkload>> Workload =
        from kind in Gen.Elements("Deployment", "StatefulSet", "DaemonSet", "Pod", "Job")
           from ns in Gen.Elements<string?>(null, "shop", "prod")
           from replicas in Gen.Elements<int?>(null, 2, 5)
           from labelCount in Gen.Choose(0, 2)
           from labels in Gen.Elements("team", "tier", "release").ArrayOf(labelCount)
           from labelValue in Gen.Elements("a", "b-1", "x.y")
           from annotationCount in Gen.Choose(0, 2)
           from annotations in Gen.Elements(Values).ArrayOf(annotationCount)
           from volumes in Gen.Choose(0, 2)
           from containerCount in Gen.Choose(1, 3)
           from containers in Container(volumes).ArrayOf(containerCount)
           select (Func<int, GeneratedWorkload>)(index => Render(index, kind, ns, replicas, [.. labels.Distinct()], labelValue, annotations, volumes, [.. containers.Select(static (render, c) => render(c))]));

    private static Gen<Func<int, string>> Container(int volumes)
        => from image in Gen.Elements(Images)
           from args in Gen.Elements<string[]?>(null, ["--port", "8080"], ["run", "yes"])
           from ports in Gen.Choose(0, 2)
           from envCount in Gen.Choose(0, 3)
           from env in Gen.Elements(Values).ArrayOf(envCount)
           from resources in Gen.Elements(false, true)
           from probe in Gen.Elements(false, true)
           from mount in Gen.Choose(0, volumes)
           select (Func<int, string>)(index => RenderContainer(index, image, args, ports, env, resources, probe, mount));

    private static string RenderContainer(int index, string image, string[]? args, int ports, string[] env, bool resources, bool probe, int mount)
    {
        var c = new StringBuilder();
        c.Append("    [Container(").Append(Literal(image));
        if (args is not null)
        {
            c.Append(", Args = [").Append(string.Join(", ", args.Select(Literal))).Append(']');
        }

        c.Append(")]\n");
        for (var p = 0; p < ports; p++)
        {
            c.Append(CultureInfo.InvariantCulture, $"    [Port({8080 + (index * 10) + p}, Name = \"p{index}x{p}\")]\n");
        }

        for (var e = 0; e < env.Length; e++)
        {
            c.Append(CultureInfo.InvariantCulture, $"    [Env(\"VAR_{e}\", {Literal(env[e])})]\n");
        }

        if (resources)
        {
            c.Append("    [Resources(CpuRequest = \"100m\", MemoryLimit = \"128Mi\")]\n");
        }

        if (probe)
        {
            c.Append("    [HttpProbe(ProbeKind.Readiness, \"/healthz\", 8080, PeriodSeconds = 5)]\n");
        }

        if (mount > 0)
        {
            c.Append(CultureInfo.InvariantCulture, $"    [Mount(typeof(Volume{mount - 1}), \"/data/{mount}\", ReadOnly = true)]\n");
        }

        c.Append(CultureInfo.InvariantCulture, $"    partial class Container{index};\n");
        return c.ToString();
    }

    private static GeneratedWorkload Render(int index, string kind, string? ns, int? replicas, string[] labels, string labelValue, string[] annotations, int volumes, string[] containers)
    {
        var name = $"w{index}-{kind.ToLowerInvariant()}";
        var className = "W" + index.ToString(CultureInfo.InvariantCulture);
        var s = new StringBuilder();
        s.Append('[').Append(kind).Append('(').Append(Literal(name));
        if (ns is not null)
        {
            s.Append(", Namespace = ").Append(Literal(ns));
        }

        if (replicas is not null && kind is "Deployment" or "StatefulSet")
        {
            s.Append(CultureInfo.InvariantCulture, $", Replicas = {replicas}");
        }

        s.Append(")]\n");
        foreach (var label in labels)
        {
            s.Append(CultureInfo.InvariantCulture, $"[Label(\"{label}\", \"{labelValue}\")]\n");
        }

        for (var a = 0; a < annotations.Length; a++)
        {
            s.Append(CultureInfo.InvariantCulture, $"[Annotation(\"note-{a}\", {Literal(annotations[a])})]\n");
        }

        s.Append("public partial class ").Append(className).Append("\n{\n");
        for (var v = 0; v < volumes; v++)
        {
            s.Append(v % 2 == 0 ? "    [EmptyDirVolume]" : "    [ConfigMapVolume(\"settings\", DefaultMode = \"0440\")]").Append(CultureInfo.InvariantCulture, $" partial class Volume{v};\n");
        }

        foreach (var container in containers)
        {
            s.Append(container);
        }

        s.Append("}\n");
        return new GeneratedWorkload(className, name, s.ToString());
    }

    private static string Literal(string value) => CSharpWriter.String(value).Replace("\n", "\n    ", StringComparison.Ordinal);
}
