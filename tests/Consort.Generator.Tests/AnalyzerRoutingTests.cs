extern alias ConsortGenerator;

using System.Collections.Immutable;
using Consort.Generator.Tests.Infrastructure;
using ConsortGenerator::Consort.Generator.Binding;
using ConsortGenerator::Consort.Generator.Diagnostics;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Consort.Generator.Tests;

/// <summary>
/// The analyzer finds workloads as the generator does (by how their attribute is spelled, read from syntax when
/// self-contained) and still checks the ones the generator's syntax filter cannot see or the reader cannot read.
/// </summary>
public class AnalyzerRoutingTests
{
    [Fact]
    public void A_workload_whose_attribute_comes_through_a_global_alias_in_another_file_is_checked()
    {
        var outcome = GeneratorHarness.Run([
            "global using Dep = Consort.DeploymentAttribute;",
            """
            using Consort;
            [Dep("Web_Shop")]
            public partial class Shop { [Container("nginx:1.27")] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] partial class Web; }
            """]);
        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Equal("CNS001", diagnostic.Id);
        Assert.Equal("\"Web_Shop\"", diagnostic.Location.SourceTree!.ToString().Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
    }

    [Fact]
    public void A_workload_that_needs_the_whole_compilation_is_checked_with_it()
    {
        var outcome = GeneratorHarness.Run([
            "public static class Names { public const string Shop = \"Web_Shop\"; }",
            """
            using Consort;
            [Deployment(Names.Shop)]
            public partial class Shop { [Container("nginx:1.27")] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] partial class Web; }
            """]);
        var diagnostic = Assert.Single(outcome.Diagnostics);
        Assert.Equal("CNS001", diagnostic.Id);
        Assert.Contains("'Web_Shop'", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);
    }

    [Fact]
    public void A_workload_split_over_two_files_is_checked_once()
    {
        var outcome = GeneratorHarness.Run([
            """
            using Consort;
            [Deployment("shop")]
            public partial class Shop { [Container("nginx")] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] partial class Web; }
            """,
            """
            using Consort;
            [Pod("shop")]
            public partial class Shop { }
            """]);
        Assert.Equal(["CNS015", "CNS103"], outcome.Diagnostics.Select(static d => d.Id).Order(StringComparer.Ordinal));
    }

    public static TheoryData<string> Inputs()
    {
        var data = Fixtures.All();
        data.Add("""
            using Consort;
            [Deployment("Web_Shop", Replicas = -1)]
            public partial class Shop
            {
                [EmptyDirVolume] partial class Logs;
                [Container("nginx")] [Port(70000)] [Mount(typeof(Logs), "relative")] partial class Web;
                [Sidecar(SidecarKind.Logging, Source = typeof(Web))] partial class Ship;
            }
            """);
        return data;
    }

    /// <summary>
    /// In a build the analyzer takes the generator's parse of each workload; in the IDE it may find none and parse
    /// itself. Both must report the same.
    /// </summary>
    [Theory]
    [MemberData(nameof(Inputs))]
    public void Without_the_generators_parse_the_analyzer_reports_the_same(string input)
    {
        var source = Fixtures.Names.Contains(input) ? Fixtures.Source(input) : input;
        var withGenerator = GeneratorHarness.Run(source).AnalyzerDiagnostics;

        // A compilation the generator never saw: new syntax trees, so nothing is shared with it.
        var (alone, exceptions) = GeneratorHarness.Analyze(GeneratorHarness.Compilation(source), kubernetesVersion: null);
        Assert.Empty(exceptions);
        Assert.Equal(Describe(withGenerator), Describe(alone));
        Assert.True(Fixtures.Names.Contains(input) || !alone.IsEmpty, "The hand-written input has errors to report");
    }

    [Fact]
    public void A_parse_kept_under_other_binding_facts_is_not_used()
    {
        var compilation = GeneratorHarness.Compilation("""
            using Consort;
            [Pod("shop")]
            public partial class Shop { [Container("nginx:1.27")] partial class Web; }
            """);
        var node = compilation.SyntaxTrees.Single().GetRoot().DescendantNodes().OfType<ClassDeclarationSyntax>().First();
        var references = new ReferencesOnly(compilation);
        var environment = BindingEnvironment.From([]);
        var lookalike = BindingEnvironment.From([SourceFileFacts.Read((CompilationUnitSyntax)GeneratorHarness.Compilation("public class Port { }").SyntaxTrees.Single().GetRoot(), CancellationToken.None)]);
        var request = BindingRequest.From(node, environment, references, CancellationToken.None);
        Assert.True(request.Alone);
        request.BindAlone(CancellationToken.None);

        Assert.True(SharedParseResults.TryGet(node, environment, references, out var kept));
        Assert.NotNull(kept!.Spec);
        Assert.False(SharedParseResults.TryGet(node, lookalike, references, out _));
        Assert.False(SharedParseResults.TryGet(node, environment, new ReferencesOnly(compilation.WithReferences(compilation.References.Skip(1))), out _));
    }

    private static IEnumerable<string> Describe(ImmutableArray<Diagnostic> diagnostics)
        => diagnostics.Select(static d => $"{d.Id} {d.Location.SourceSpan} {d.Severity} {d.GetMessage(System.Globalization.CultureInfo.InvariantCulture)}");

    [Fact]
    public void Classes_without_a_workload_attribute_are_not_bound()
    {
        var outcome = GeneratorHarness.Run("""
            using System;
            [Obsolete("x")]
            public partial class NotAWorkload { [Obsolete] partial class Part { } }
            """);
        Assert.Empty(outcome.Diagnostics);
        Assert.Empty(outcome.Exceptions);
    }
}
