using BenchmarkDotNet.Attributes;
using Consort.Kubernetes;
using k8s.Models;

namespace Consort.Generator.Benchmarks;

/// <summary>
/// The generated <c>Build()</c> of a workload of the benchmark's shape, which is one call into the runtime library:
/// warm (the YAML already read), and a workload's first call (reading its YAML, then building).
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(InProcessConfig))]
public class BuildBenchmarks
{
    private string _yaml = null!;
    private ManifestDocuments _manifest = null!;

    /// <summary>Generates the workload and reads its YAML once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _yaml = BuildCost.GeneratedYaml();
        _manifest = new ManifestDocuments(_yaml, typeof(V1Deployment));
        _manifest.Build<V1Deployment>();
    }

    /// <summary><c>W.Build()</c> once warm.</summary>
    [Benchmark(Baseline = true)]
    public V1Deployment Build() => _manifest.Build<V1Deployment>();

    /// <summary>A workload's first <c>Build()</c>: its YAML read, then a model built.</summary>
    [Benchmark]
    public V1Deployment FirstBuild() => new ManifestDocuments(_yaml, typeof(V1Deployment)).Build<V1Deployment>();
}
