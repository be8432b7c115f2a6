extern alias ConsortGenerator;

using Consort.Generator.Benchmarks;
using Consort.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Consort.Generator.Tests.PodSecurity;

/// <summary>SPEC 9: the samples meet the restricted standard, but those that say why not with <c>[PodSecurity]</c>.</summary>
public class SampleSecurityTests
{
    [Fact]
    public async Task Every_sample_meets_restricted_or_says_why_not()
    {
        var directory = Path.GetFullPath(Path.Combine(TestPaths.ProjectDirectory, "..", "..", "samples", "Consort.Samples"));
        var sources = Directory.GetFiles(directory, "*.cs").Where(static f => !f.EndsWith("Program.cs", StringComparison.Ordinal)).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToList();
        Assert.Empty(await Warnings(directory, sources));

        // The one that says why not would be reported without it (at restricted, its istio-init's capabilities are CNS215).
        const string Why = "[PodSecurity(PodSecurityLevel.Privileged)]";
        Assert.Single(sources, static s => s.Contains(Why, StringComparison.Ordinal));
        Assert.Contains(await Warnings(directory, [.. sources.Select(static s => s.Replace(Why, string.Empty, StringComparison.Ordinal))]), static d => d.Id == "CNS215" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("\"istio-init\" must not include \"NET_ADMIN\", \"NET_RAW\"", StringComparison.Ordinal));
    }

    /// <summary>The errors and Pod Security warnings of <paramref name="sources"/> at restricted, read as the samples' build reads them.</summary>
    private static async Task<List<Diagnostic>> Warnings(string directory, List<string> sources)
    {
        var compilation = GeneratorHarness.Compilation([.. sources]);
        var texts = TestAdditionalText.FromDisk(Directory.GetFiles(Path.Combine(directory, "config")));
        var options = new TestOptionsProvider(new Dictionary<string, string>
        {
            ["build_property.projectdir"] = directory + "/",
            ["build_property.ConsortPodSecurity"] = "restricted",
        });
        GeneratorScenario.NewDriver(options: options).AddAdditionalTexts([.. texts]).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var diagnostics = await output
            .WithAnalyzers([new ConsortGenerator::Consort.Generator.Diagnostics.ConsortAnalyzer()], new AnalyzerOptions([.. texts], options))
            .GetAnalyzerDiagnosticsAsync();

        return [.. diagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error || d.Id.StartsWith("CNS2", StringComparison.Ordinal))];
    }
}
