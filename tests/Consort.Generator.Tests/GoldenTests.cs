using Consort.Generator.Tests.Infrastructure;

namespace Consort.Generator.Tests;

/// <summary>The generated C# and YAML of representative workloads, reviewed and kept under Golden/.</summary>
public class GoldenTests
{
    [Theory]
    [MemberData(nameof(Fixtures.All), MemberType = typeof(Fixtures))]
    public void Generated_source_matches_golden_file(string fixture)
    {
        var outcome = GeneratorHarness.Run(Fixtures.Source(fixture));
        Assert.Empty(outcome.Diagnostics);
        Golden.Verify(outcome.Source($"Consort.Generator.Tests.Workloads.{fixture}.g.cs"), fixture, "cs");
    }

    [Theory]
    [MemberData(nameof(Fixtures.All), MemberType = typeof(Fixtures))]
    public void Yaml_matches_golden_file(string fixture)
        => Golden.Verify(YamlOf(fixture, kubernetesVersion: null), fixture, "yaml");

    [Theory]
    [InlineData("WebShop", "1.27")]
    [InlineData("LegacyCluster", "1.28")]
    public void Yaml_for_an_older_Kubernetes_matches_golden_file(string fixture, string version)
        => Golden.Verify(YamlOf(fixture, version), $"{fixture}.k8s-{version}", "yaml");

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

    internal static string YamlOf(string fixture, string? kubernetesVersion)
    {
        var outcome = GeneratorHarness.Run(Fixtures.Source(fixture), kubernetesVersion);
        Assert.Empty(outcome.Diagnostics);
        var type = outcome.Load().GetType("Consort.Generator.Tests.Workloads." + fixture, throwOnError: true)!;
        return (string)type.GetField("Yaml")!.GetRawConstantValue()!;
    }
}
