using System.Globalization;

namespace Consort.Generator.Benchmarks;

/// <summary>
/// The benchmark's input: <c>count</c> Deployments, one per file, each with an app container (a port, an env var
/// from a pod field, resources, two mounts), an init container and a sidecar that share an emptyDir with it, and a
/// ConfigMap volume (every container with resources, so that no warning is reported); plus one file that declares no workload, for the unrelated edit.
/// </summary>
public static class SyntheticWorkloads
{
    /// <summary>The file path of the workload-free file.</summary>
    public const string UnrelatedPath = "Unrelated.cs";

    /// <summary>The file path of workload <paramref name="index"/>.</summary>
    public static string PathOf(int index) => $"Workloads/App{Id(index)}.cs";

    /// <summary>The Kubernetes name of workload <paramref name="index"/>, as it appears in the YAML.</summary>
    public static string NameOf(int index) => $"app-{Id(index)}";

    /// <summary>
    /// The C# source of workload <paramref name="index"/>; <paramref name="revision"/> changes its image tag;
    /// <paramref name="service"/> adds a Service in front of its app container (SPEC 7.1).
    /// </summary>
    public static string Workload(int index, int revision = 0, bool service = false)
        => service
            ? Workload(index, revision).Replace("partial class Settings;\n", "partial class Settings;\n\n    [Service] [ServicePort(80, typeof(Api))] partial class Http;\n")
            : $$"""
        using Consort;

        namespace Bench.Workloads;

        [Deployment("{{NameOf(index)}}", Replicas = 2)]
        [Label("team", "team-{{index % 10}}")]
        public partial class App{{Id(index)}}
        {
            [EmptyDirVolume] partial class Shared;

            [ConfigMapVolume("{{NameOf(index)}}-config")] partial class Settings;

            [Container("ghcr.io/acme/app-{{Id(index)}}:1.0.{{revision}}")]
            [Port(8080, Name = "http")]
            [EnvFromField("POD_NAME", PodField.Name)]
            [Resources(CpuRequest = "100m", MemoryRequest = "128Mi", MemoryLimit = "256Mi")]
            [Mount(typeof(Shared), "/var/log/app")]
            [Mount(typeof(Settings), "/etc/app", ReadOnly = true)]
            partial class Api;

            [InitContainer("busybox:1.37", Command = ["sh", "-c", "mkdir -p /var/log/app/archive"])]
            [Mount(typeof(Shared), "/var/log/app")]
            [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")]
            partial class Prepare;

            [Sidecar("busybox:1.37", Command = ["sh", "-c", "tail -n+1 -F /var/log/app/app.log"])]
            [Mount(typeof(Shared), "/var/log/app", ReadOnly = true)]
            [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")]
            partial class LogTail;
        }
        """;

    /// <summary>The workload-free file; <paramref name="revision"/> changes a member.</summary>
    public static string Unrelated(int revision = 0) => $$"""
        namespace Bench;

        public static class Unrelated
        {
            public static int Answer => {{42 + revision}};
        }
        """;

    private static string Id(int index) => index.ToString("D4", CultureInfo.InvariantCulture);
}
