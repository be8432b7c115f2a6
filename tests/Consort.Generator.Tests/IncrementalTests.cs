using System.Collections;
using System.Reflection;
using Consort.Generator.Benchmarks;
using Consort.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Consort.Generator.Tests;

/// <summary>Which pipeline steps re-run after an edit: asserted from the driver's run reasons, never from timings.</summary>
public class IncrementalTests
{
    private const string ShopSource = """
        using Consort;
        namespace Demo;
        [Deployment("shop")]
        public partial class Shop { [Container("ghcr.io/acme/shop:1.4.2")] [Port(8080, Name = "http")] partial class Api; }
        """;

    private const string DebugSource = """
        using Consort;
        namespace Demo;
        [Pod("debug")]
        public partial class Debug { [Container("busybox:1.37")] partial class Shell; }
        """;

    private const string UnrelatedSource = "namespace Demo; public class Unrelated { public int X; }";

    private static readonly string[] ModelSteps = ["Candidate", "Parse", "Source"];

    [Fact]
    public void An_edit_in_an_unrelated_file_reruns_nothing()
    {
        var (driver, compilation) = WarmDriver();
        var edited = GeneratorHarness.Replace(compilation, 2, "namespace Demo; public class Unrelated { public int X; public int Y; }");
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        AssertSteps(result, ModelSteps, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertNothingReEmitted(result);
    }

    [Fact]
    public void Running_again_on_an_equal_compilation_reruns_nothing()
    {
        var (driver, compilation) = WarmDriver();
        var result = driver.RunGenerators(compilation.Clone()).GetRunResult().Results.Single();
        AssertSteps(result, ModelSteps, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertNothingReEmitted(result);
    }

    [Fact]
    public void Whitespace_in_a_workload_file_reruns_its_parse_but_not_its_emit()
    {
        var (driver, compilation) = WarmDriver();
        var edited = GeneratorHarness.Replace(compilation, 0, ShopSource.Replace("[Deployment(\"shop\")]", "\n\n[Deployment(\"shop\")]  "));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();
        AssertSteps(result, ["Parse", "Source"], IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertNothingReEmitted(result);
    }

    [Fact]
    public void Editing_one_workload_re_emits_only_that_workload()
    {
        var (driver, compilation) = WarmDriver();
        var edited = GeneratorHarness.Replace(compilation, 0, ShopSource.Replace("1.4.2", "1.5.0"));
        var result = driver.RunGenerators(edited).GetRunResult().Results.Single();

        var sources = result.TrackedSteps["Source"].SelectMany(s => s.Outputs).ToList();
        var modified = sources.Where(o => o.Reason == IncrementalStepRunReason.Modified).Select(o => PipelineCheck.HintName(o.Value!)).ToList();
        Assert.Equal(["Demo.Shop.g.cs"], modified);
        Assert.All(sources.Where(o => o.Value is null || PipelineCheck.HintName(o.Value) != "Demo.Shop.g.cs"), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
        Assert.Contains("1.5.0", result.GeneratedSources.Single(s => s.HintName == "Demo.Shop.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Changing_the_Kubernetes_version_yields_equal_specs_and_new_emit_settings()
    {
        var (driver, compilation) = WarmDriver();
        driver = driver.WithUpdatedAnalyzerConfigOptions(GeneratorHarness.Options("1.28"));
        var result = driver.RunGenerators(compilation).GetRunResult().Results.Single();
        // Roslyn may re-run the attribute transform when analyzer options change; the specs it yields are equal.
        AssertSteps(result, ["Parse"], IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        Assert.Contains(result.TrackedSteps["EmitSettings"].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
    }

    [Fact]
    public void Specs_hold_no_symbols_syntax_or_compilations()
    {
        var (driver, _) = WarmDriver();
        var specs = driver.GetRunResult().Results.Single().TrackedSteps["Parse"].SelectMany(s => s.Outputs).Select(o => o.Value).ToList();
        Assert.Equal(2, specs.Count);
        foreach (var spec in specs)
        {
            AssertObjectGraph(spec, new HashSet<object>(ReferenceEqualityComparer.Instance));
        }
    }

    private const string PatchedSource = """"
        using Consort;
        namespace Demo;
        [Deployment("patched")]
        [Patch("""
            spec:
              template:
                spec:
                  hostAliases:
                    - ip: "10.0.0.1"
                      hostnames: [legacy.local]
            """)]
        public partial class Patched { [Container("ghcr.io/acme/shop:1.4.2")] [Patch("stdin: true")] partial class Api; }
        """";

    [Fact]
    public void A_workload_with_patches_is_as_incremental_as_one_without()
    {
        var (driver, compilation) = AssertUnrelatedEditsRerunNothing(PatchedSource);
        var edited = driver.RunGenerators(GeneratorHarness.Replace(compilation, 0, PatchedSource.Replace("10.0.0.1", "10.0.0.2", StringComparison.Ordinal))).GetRunResult().Results.Single();
        Assert.Contains("10.0.0.2", edited.GeneratedSources.Single(s => s.HintName == "Demo.Patched.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    private const string CompanionsSource = """
        using Consort;
        namespace Demo;
        [Deployment("front")]
        [PodDisruptionBudget(MaxUnavailable = "1")]
        [Autoscale(MaxReplicas = 4, CpuUtilization = 70)]
        public partial class Front
        {
            [ServiceAccount] partial class Identity;
            [Service] [ServicePort(80, typeof(Web))] partial class Http;
            [Container("ghcr.io/acme/front:2.0.0")] [Port(8080, Name = "http")] [Resources(CpuRequest = "50m", MemoryLimit = "64Mi")] partial class Web;
        }
        """;

    [Fact]
    public void A_workload_with_companions_is_as_incremental_as_one_without_and_read_without_binding()
    {
        Assert.Equal(1, SyntaxReaderCheck.AssertAgreesWithCompiler(GeneratorHarness.Compilation(CompanionsSource)));
        var (driver, compilation) = AssertUnrelatedEditsRerunNothing(CompanionsSource);

        // The Service forwards to the container port: moving the port changes the Service too.
        var edited = driver.RunGenerators(GeneratorHarness.Replace(compilation, 0, CompanionsSource.Replace("[Port(8080", "[Port(8081", StringComparison.Ordinal))).GetRunResult().Results.Single();
        Assert.Contains("targetPort: 8081", edited.GeneratedSources.Single(s => s.HintName == "Demo.Front.g.cs").SourceText.ToString(), StringComparison.Ordinal);
    }

    /// <summary>Warms a driver on <paramref name="source"/>: an edit of another file reruns nothing, and white space before the workload re-emits nothing.</summary>
    private static (GeneratorDriver Driver, Compilation Compilation) AssertUnrelatedEditsRerunNothing(string source)
    {
        var (driver, compilation) = GeneratorHarness.Warm(source, UnrelatedSource);
        var unrelated = driver.RunGenerators(GeneratorHarness.Replace(compilation, 1, "namespace Demo; public class Unrelated { public int Y; }")).GetRunResult().Results.Single();
        AssertSteps(unrelated, ModelSteps, IncrementalStepRunReason.Cached, IncrementalStepRunReason.Unchanged);
        AssertNothingReEmitted(unrelated);

        var whitespace = driver.RunGenerators(GeneratorHarness.Replace(compilation, 0, source.Replace("[Deployment(", "\n[Deployment(", StringComparison.Ordinal))).GetRunResult().Results.Single();
        AssertNothingReEmitted(whitespace);
        return (driver, compilation);
    }

    [Fact]
    public void A_workload_with_raw_string_patches_is_read_without_binding()
        => Assert.Equal(1, SyntaxReaderCheck.AssertAgreesWithCompiler(GeneratorHarness.Compilation(PatchedSource)));

    private static (GeneratorDriver Driver, Compilation Compilation) WarmDriver() => GeneratorHarness.Warm(ShopSource, DebugSource, UnrelatedSource);

    /// <summary>Every output step of the run is <c>Cached</c>: no file was added again with new text.</summary>
    private static void AssertNothingReEmitted(GeneratorRunResult result)
        => Assert.All(result.TrackedOutputSteps.SelectMany(s => s.Value).SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));

    private static void AssertSteps(GeneratorRunResult result, IEnumerable<string> steps, params IncrementalStepRunReason[] allowed)
    {
        foreach (var step in steps)
        {
            Assert.True(result.TrackedSteps.ContainsKey(step), $"No tracked step '{step}'.");
            Assert.All(result.TrackedSteps[step].SelectMany(s => s.Outputs), o => Assert.Contains(o.Reason, allowed));
        }
    }

    private static void AssertObjectGraph(object? node, HashSet<object> visited)
    {
        if (node is null || node is string || node.GetType().IsPrimitive || node.GetType().IsEnum || !(node.GetType().IsValueType || visited.Add(node)))
        {
            return;
        }

        Assert.False(node is ISymbol or SyntaxNode or SyntaxTree or Compilation or SemanticModel or Location, $"A model holds a {node.GetType().Name}.");
        if (node is IEnumerable items)
        {
            foreach (var item in items)
            {
                AssertObjectGraph(item, visited);
            }

            return;
        }

        foreach (var field in node.GetType().GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic))
        {
            AssertObjectGraph(field.GetValue(node), visited);
        }
    }
}
