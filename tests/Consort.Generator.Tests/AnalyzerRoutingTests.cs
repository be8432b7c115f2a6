using Consort.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

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
