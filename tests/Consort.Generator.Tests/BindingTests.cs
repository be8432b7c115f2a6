using Consort.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Consort.Generator.Tests;

/// <summary>
/// A workload that binds on its own file must come out exactly as if bound in the whole compilation; when another
/// file can change what its attributes mean, it is bound in the whole compilation, and follows that file's edits.
/// </summary>
public class BindingTests
{
    private const string Workload = """
        using Consort;
        namespace Demo;
        [Deployment("shop")]
        public partial class Shop
        {
            [Container(IMAGE)]
            [Port(8080)]
            [Resources(CpuRequest = "100m", MemoryLimit = "128Mi")]
            partial class Api;
        }
        """;

    [Fact]
    public void A_constant_from_another_file_is_bound_in_the_whole_compilation_and_follows_its_edits()
    {
        var workload = Workload.Replace("IMAGE", "Images.Shop");
        var (driver, compilation) = GeneratorHarness.Warm(workload, "namespace Demo; static class Images { public const string Shop = \"ghcr.io/acme/shop:1.0.0\"; }");
        Assert.Contains("image: ghcr.io/acme/shop:1.0.0", Yaml(driver), StringComparison.Ordinal);

        var edited = GeneratorHarness.Replace(compilation, 1, "namespace Demo; static class Images { public const string Shop = \"ghcr.io/acme/shop:2.0.0\"; }");
        Assert.Contains("image: ghcr.io/acme/shop:2.0.0", Yaml(driver.RunGenerators(edited)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_global_using_in_another_file_is_seen_by_a_workload_bound_on_its_own()
    {
        var workload = Workload.Replace("using Consort;\n", string.Empty).Replace("IMAGE", "\"ghcr.io/acme/shop:1.0.0\"");
        var (driver, _) = GeneratorHarness.Warm(workload, "global using Consort;");
        Assert.Contains("containerPort: 8080", Yaml(driver), StringComparison.Ordinal);
    }

    [Fact]
    public void A_source_type_named_like_a_DSL_attribute_wins_as_the_compiler_says()
    {
        // Demo.PortAttribute is nearer than Consort.PortAttribute, so [Port(8080)] is the user's attribute.
        var workload = Workload.Replace("IMAGE", "\"ghcr.io/acme/shop:1.0.0\"");
        var (driver, compilation) = GeneratorHarness.Warm(workload, "namespace Demo; class PortAttribute(int number) : System.Attribute { public int Number { get; } = number; }");
        Assert.DoesNotContain("containerPort", Yaml(driver), StringComparison.Ordinal);

        var removed = GeneratorHarness.Replace(compilation, 1, "namespace Demo; class Unrelated { }");
        Assert.Contains("containerPort: 8080", Yaml(driver.RunGenerators(removed)), StringComparison.Ordinal);
    }

    [Fact]
    public void A_workload_class_split_over_files_is_generated_once_with_the_parts_of_every_file()
    {
        var workload = Workload.Replace("IMAGE", "\"ghcr.io/acme/shop:1.0.0\"");
        var (driver, _) = GeneratorHarness.Warm(workload, """
            using Consort;
            namespace Demo;
            [Label("team", "checkout")]
            public partial class Shop
            {
                [Sidecar("busybox:1.37")]
                [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")]
                partial class Tail;
            }
            """);
        var yaml = Yaml(driver);
        Assert.Contains("team: checkout", yaml, StringComparison.Ordinal);
        Assert.Contains("name: tail", yaml, StringComparison.Ordinal);
        Assert.Single(driver.GetRunResult().GeneratedTrees, t => t.FilePath.EndsWith("Demo.Shop.g.cs", StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Fixtures.All), MemberType = typeof(Fixtures))]
    public void Every_fixture_binds_alone_to_the_same_source_as_in_the_whole_compilation(string fixture)
    {
        // Every fixture workload is self-contained but one that names another workload's Service (Frontend). Each
        // fixture is generated twice: as it is, and with a look-alike type in another file, which sends every workload
        // to the whole compilation. The sources must be the same.
        var alone = GeneratorHarness.Run(Fixtures.Source(fixture));
        var whole = GeneratorHarness.Run([Fixtures.Source(fixture), "namespace Elsewhere; class Memory { }"]);
        Assert.All(Requests(whole), static alone => Assert.False(alone));
        Assert.Equal(fixture == "Application" ? 1 : 0, Requests(alone).Count(static alone => !alone));
        Assert.Equal(alone.Sources.OrderBy(static s => s.Key, StringComparer.Ordinal), whole.Sources.OrderBy(static s => s.Key, StringComparer.Ordinal));
    }

    [Theory]
    [MemberData(nameof(Fixtures.All), MemberType = typeof(Fixtures))]
    public void Every_fixture_workload_is_read_without_binding_and_agrees_with_the_compiler(string fixture)
        => Assert.NotEqual(0, SyntaxReaderCheck.AssertAgreesWithCompiler(GeneratorHarness.Compilation(Fixtures.Source(fixture))));

    [Theory]
    [InlineData("using static Demo.Policies;\n", "")]
    [InlineData("", "global using static Demo.Policies;\n")]
    public void A_name_imported_from_a_type_in_another_file_means_what_the_compiler_says(string fileUsing, string globalUsing)
    {
        // Always is also an ImagePullPolicy member's name; here it is Policies.Always, which is Never.
        var workload = fileUsing + Workload.Replace("IMAGE", "\"ghcr.io/acme/shop:1.0.0\", ImagePullPolicy = Always");
        var policies = globalUsing + "namespace Demo; public static class Policies { public const Consort.ImagePullPolicy Always = Consort.ImagePullPolicy.Never; }";
        var outcome = GeneratorHarness.Run([workload, policies]);
        Assert.Contains("imagePullPolicy: Never", outcome.Source("Demo.Shop.g.cs"), StringComparison.Ordinal);
        Assert.Equal([false], Requests(outcome));
    }

    [Fact]
    public void An_alias_named_like_the_DSL_sends_the_workload_to_the_whole_compilation()
    {
        var workload = "using Protocol = Demo.Wire;\n" + Workload.Replace("IMAGE", "\"ghcr.io/acme/shop:1.0.0\"").Replace("[Port(8080)]", "[Port(8080, Protocol = (Consort.Protocol)Protocol.Udp)]");
        var outcome = GeneratorHarness.Run([workload, "namespace Demo; public static class Wire { public const int Udp = 1; }"]);
        Assert.Contains("protocol: UDP", outcome.Source("Demo.Shop.g.cs"), StringComparison.Ordinal);
        Assert.Equal([false], Requests(outcome));
    }

    [Fact]
    public void A_workload_attribute_written_through_an_alias_of_the_file_is_found()
    {
        var aliased = Workload.Replace("IMAGE", "\"ghcr.io/acme/shop:1.0.0\"").Replace("using Consort;", "using Consort;\nusing Workload = Consort.DeploymentAttribute;").Replace("[Deployment(", "[Workload(");
        var outcome = GeneratorHarness.Run(aliased);
        Assert.Contains("kind: Deployment", outcome.Source("Demo.Shop.g.cs"), StringComparison.Ordinal);
        Assert.Equal([false], Requests(outcome));
    }

    [Fact]
    public void Only_self_contained_workloads_bind_alone()
    {
        var constant = GeneratorHarness.Run([Workload.Replace("IMAGE", "Images.Shop"), "namespace Demo; static class Images { public const string Shop = \"ghcr.io/acme/shop:1.0.0\"; }"]);
        Assert.Equal([false], Requests(constant));
        var literal = GeneratorHarness.Run(Workload.Replace("IMAGE", "\"ghcr.io/acme/shop:1.0.0\""));
        Assert.Equal([true], Requests(literal));
    }

    /// <summary>For each workload the generator found, whether it was bound alone (from the Candidate step's requests).</summary>
    private static List<bool> Requests(GeneratorOutcome outcome)
        => [.. outcome.Result.Results.Single().TrackedSteps["Candidate"]
            .SelectMany(static s => s.Outputs)
            .Select(static o => (bool)o.Value.GetType().GetProperty("Alone")!.GetValue(o.Value)!)];

    private static string Yaml(GeneratorDriver driver)
        => driver.GetRunResult().GeneratedTrees.Single(static t => t.FilePath.EndsWith("Demo.Shop.g.cs", StringComparison.Ordinal)).ToString();
}
