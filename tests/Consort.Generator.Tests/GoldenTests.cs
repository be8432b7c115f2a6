using Consort.Generator.Tests.Infrastructure;

namespace Consort.Generator.Tests;

/// <summary>The generated C# and YAML of representative workloads, reviewed and kept under Golden/ (one pair per workload class).</summary>
public class GoldenTests
{
    private const string FixtureNamespace = "Consort.Generator.Tests.Workloads.";

    [Theory]
    [MemberData(nameof(Fixtures.All), MemberType = typeof(Fixtures))]
    public void Generated_source_matches_golden_files(string fixture)
    {
        var outcome = GeneratorHarness.Run(Fixtures.Source(fixture));
        Assert.Empty(outcome.Errors);
        var workloads = outcome.Sources
            .Where(s => s.Key.StartsWith(FixtureNamespace, StringComparison.Ordinal))
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(workloads);
        foreach (var (hint, text) in workloads)
        {
            Golden.Verify(text, hint.Substring(FixtureNamespace.Length).Replace(".g.cs", string.Empty, StringComparison.Ordinal), "cs");
        }
    }

    [Theory]
    [MemberData(nameof(Fixtures.All), MemberType = typeof(Fixtures))]
    public void Yaml_matches_golden_files(string fixture)
    {
        foreach (var (name, yaml) in YamlOf(fixture, kubernetesVersion: null))
        {
            Golden.Verify(yaml, name, "yaml");
        }
    }

    [Theory]
    [InlineData("WebShop", "1.27")]
    [InlineData("LegacyCluster", "1.28")]
    [InlineData("Presets", "1.27")]
    public void Yaml_for_an_older_Kubernetes_matches_golden_files(string fixture, string version)
    {
        foreach (var (name, yaml) in YamlOf(fixture, version))
        {
            Golden.Verify(yaml, $"{name}.k8s-{version}", "yaml");
        }
    }

    [Fact]
    public void Registry_source_matches_golden_file()
        => Golden.Verify(GeneratorHarness.Run(Fixtures.Source("DebugPod")).Source("Consort.Generated.Manifests.g.cs"), "Registry", "cs");

    [Theory]
    [MemberData(nameof(Fixtures.All), MemberType = typeof(Fixtures))]
    public void Generated_source_compiles_without_warnings(string fixture)
    {
        var outcome = GeneratorHarness.Run(Fixtures.Source(fixture));
        Assert.Empty(outcome.DriverDiagnostics);
        Assert.Empty(outcome.CompilationProblems);
    }

    /// <summary>The <c>Yaml</c> constant of every workload class the fixture file declares, by class name.</summary>
    internal static IEnumerable<(string Name, string Yaml)> YamlOf(string fixture, string? kubernetesVersion)
    {
        var outcome = GeneratorHarness.Run(Fixtures.Source(fixture), kubernetesVersion);
        Assert.Empty(outcome.Errors);
        return outcome.LoadWorkloads()
            .Where(w => w.Type.Namespace + "." == FixtureNamespace)
            .Select(w => (w.Type.Name, w.Yaml))
            .ToList();
    }
}
