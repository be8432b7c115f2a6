using Consort.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Consort.Generator.Tests;

/// <summary>Each diagnostic: its ID, its severity, the exact argument it points at, and a message naming the bad value.</summary>
public class DiagnosticTests
{
    [Theory]
    [InlineData("""[Deployment([|"Web_Shop"|])]""", "Web_Shop")]
    [InlineData("""[Deployment([|"-shop"|])]""", "-shop")]
    [InlineData("""[Deployment([|""|])]""", "")]
    [InlineData("""[Deployment("shop", Namespace = [|"prod.eu"|])]""", "prod.eu")]
    [InlineData("""[Deployment("shop", ServiceAccount = [|"Shop SA"|])]""", "Shop SA")]
    public void CNS001_invalid_workload_names(string attribute, string value)
    {
        var diagnostic = DiagnosticAssert.Single($$"""
            using Consort;
            {{attribute}}
            public partial class Shop { [Container("nginx:1.27")] partial class Web; }
            """, "CNS001");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains($"'{value}'", diagnostic.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public void CNS001_workload_name_longer_than_a_label_value()
    {
        var name = new string('a', 64);
        var diagnostic = DiagnosticAssert.Single($$"""
            using Consort;
            [Pod([|"{{name}}"|])]
            public partial class Shop { [Container("nginx:1.27")] partial class Web; }
            """, "CNS001");
        Assert.Contains("63 characters", diagnostic.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public void CNS001_container_name_from_a_class_name_points_at_the_class()
        => DiagnosticAssert.Single("""
            using Consort;
            [Pod("shop")]
            public partial class Shop { [Container("nginx:1.27")] partial class [|Wéb|]; }
            """, "CNS001");

    [Fact]
    public void CNS001_explicit_container_name()
        => DiagnosticAssert.Single("""
            using Consort;
            [Pod("shop")]
            public partial class Shop { [Container("nginx:1.27", Name = [|"web.server"|])] partial class Web; }
            """, "CNS001");

    [Fact]
    public void CNS001_volume_name()
        => DiagnosticAssert.Single("""
            using Consort;
            [Pod("shop")]
            public partial class Shop
            {
                [EmptyDirVolume(Name = [|"Scratch"|])] partial class Scratch;
                [Container("nginx:1.27")] partial class Web;
            }
            """, "CNS001");

    [Fact]
    public void CNS001_config_map_name()
        => DiagnosticAssert.Single("""
            using Consort;
            [Pod("shop")]
            public partial class Shop
            {
                [ConfigMapVolume([|"Shop_Config"|])] partial class Config;
                [Container("nginx:1.27")] partial class Web;
            }
            """, "CNS001");

    [Theory]
    [InlineData("http-metrics-admin", "15 characters")]
    [InlineData("HTTP", "alpha-numeric")]
    [InlineData("8080", "at least one letter")]
    [InlineData("web--ui", "consecutive hyphens")]
    [InlineData("-web", "begin or end with a hyphen")]
    public void CNS001_port_names_follow_IANA_SVC_NAME(string name, string reason)
    {
        var diagnostic = DiagnosticAssert.Single($$"""
            using Consort;
            [Pod("shop")]
            public partial class Shop { [Container("nginx:1.27")] [Port(80, Name = [|"{{name}}"|])] partial class Web; }
            """, "CNS001");
        Assert.Contains(reason, diagnostic.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public void CNS002_duplicate_container_name_across_roles()
    {
        var diagnostic = DiagnosticAssert.Single("""
            using Consort;
            [Deployment("shop")]
            public partial class Shop
            {
                [Container("nginx:1.27")] partial class Web;
                [InitContainer("busybox:1.37", Name = [|"web"|])] partial class Setup;
            }
            """, "CNS002");
        Assert.Contains("'web'", diagnostic.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public void CNS002_duplicate_sidecar_name_from_class_name()
        => DiagnosticAssert.Single("""
            using Consort;
            [Deployment("shop")]
            public partial class Shop
            {
                [Container("nginx:1.27", Name = "log-tail")] partial class Web;
                [Sidecar("busybox:1.37")] partial class [|LogTail|];
            }
            """, "CNS002");

    [Fact]
    public void CNS002_duplicate_volume_name()
        => DiagnosticAssert.Single("""
            using Consort;
            [Deployment("shop")]
            public partial class Shop
            {
                [EmptyDirVolume] partial class Data;
                [ConfigMapVolume("shop", Name = [|"data"|])] partial class Config;
                [Container("nginx:1.27")] partial class Web;
            }
            """, "CNS002");

    [Fact]
    public void CNS003_mount_of_a_container_class()
    {
        var diagnostic = DiagnosticAssert.Single("""
            using Consort;
            [Deployment("shop")]
            public partial class Shop
            {
                [EmptyDirVolume] partial class Data;
                [Container("nginx:1.27")] [Mount([|typeof(Sidecar)|], "/data")] partial class Web;
                [Sidecar("busybox:1.37")] partial class Sidecar;
            }
            """, "CNS003");
        Assert.Contains("typeof(Data)", diagnostic.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public void CNS003_mount_of_another_workloads_volume()
        => DiagnosticAssert.Single("""
            using Consort;
            [Deployment("other")]
            public partial class Other { [EmptyDirVolume] public partial class Data; [Container("nginx:1.27")] partial class Web; }
            [Deployment("shop")]
            public partial class Shop { [Container("nginx:1.27")] [Mount([|typeof(Other.Data)|], "/data")] partial class Web; }
            """, "CNS003");

    [Theory]
    [InlineData("""[Mount(typeof(Data), [|"data"|])]""")]
    [InlineData("""[Mount(typeof(Data), [|""|])]""")]
    [InlineData("""[Mount(typeof(Data), "/data", SubPath = [|"/abs"|])]""")]
    [InlineData("""[Mount(typeof(Data), "/data", SubPath = [|"a/../../etc"|])]""")]
    [InlineData("""[Mount(typeof(Data), "/data")] [Mount(typeof(Logs), [|"/data"|])]""")]
    public void CNS005_mount_paths(string mounts)
        => DiagnosticAssert.Single($$"""
            using Consort;
            [Pod("shop")]
            public partial class Shop
            {
                [EmptyDirVolume] partial class Data;
                [EmptyDirVolume] partial class Logs;
                [Container("nginx:1.27")] {{mounts}} partial class Web;
            }
            """, "CNS005");

    [Fact]
    public void CNS011_native_sidecar_below_1_28()
    {
        var diagnostic = DiagnosticAssert.Single("""
            using Consort;
            [Deployment("shop")]
            public partial class Shop
            {
                [Container("nginx:1.27")] partial class Web;
                [Sidecar("busybox:1.37", Mode = [|SidecarMode.Native|])] partial class Tail;
            }
            """, "CNS011", kubernetesVersion: "1.27");
        Assert.Contains("1.27", diagnostic.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public void CNS011_is_not_reported_from_1_28()
        => Assert.DoesNotContain(GeneratorHarness.Run("""
            using Consort;
            [Deployment("shop")]
            public partial class Shop
            {
                [Container("nginx:1.27")] partial class Web;
                [Sidecar("busybox:1.37", Mode = SidecarMode.Native)] partial class Tail;
            }
            """, "1.28").Diagnostics, d => d.Id == "CNS011");

    [Fact]
    public void CNS013_no_app_container()
        => DiagnosticAssert.Single("""
            using Consort;
            [[|Deployment|]("shop")]
            public partial class Shop { [InitContainer("busybox:1.37")] partial class Setup; }
            """, "CNS013");

    [Theory]
    [InlineData("""[Container([|""|])]""")]
    [InlineData("""[Container([|"   "|])]""")]
    [InlineData("""[Container([|" nginx:1.27"|])]""")]
    [InlineData("""[Container([|null|])]""")]
    public void CNS013_missing_or_blank_image(string attribute)
        => DiagnosticAssert.Single($$"""
            using Consort;
            [Pod("shop")]
            public partial class Shop { {{attribute}} partial class Web; }
            """, "CNS013");

    [Fact]
    public void CNS015_workload_class_not_partial()
        => DiagnosticAssert.Single("""
            using Consort;
            [Deployment("shop")]
            public class [|Shop|] { [Container("nginx:1.27")] partial class Web; }
            """, "CNS015");

    [Fact]
    public void CNS015_more_than_one_workload_attribute()
    {
        var diagnostic = DiagnosticAssert.Single("""
            using Consort;
            [Deployment("shop")]
            [[|Pod|]("shop")]
            public partial class Shop { [Container("nginx:1.27")] partial class Web; }
            """, "CNS015");
        Assert.Contains("more than one workload attribute", diagnostic.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public void CNS015_part_class_not_partial()
        => DiagnosticAssert.Single("""
            using Consort;
            [Pod("shop")]
            public partial class Shop { [Container("nginx:1.27")] class [|Web|] { } }
            """, "CNS015");

    [Fact]
    public void CNS015_part_with_two_part_attributes()
        => DiagnosticAssert.Single("""
            using Consort;
            [Pod("shop")]
            public partial class Shop { [Container("nginx:1.27")] [[|EmptyDirVolume|]] partial class Web; }
            """, "CNS015");

    [Fact]
    public void CNS015_workload_nested_in_a_class_that_is_not_partial()
        => DiagnosticAssert.Single("""
            using Consort;
            public class Outer
            {
                [Pod("shop")]
                public partial class [|Shop|] { [Container("nginx:1.27")] partial class Web; }
            }
            """, "CNS015");

    [Fact]
    public void A_workload_with_an_error_emits_nothing_and_its_neighbour_is_unaffected()
    {
        var outcome = GeneratorHarness.Run("""
            using Consort;
            namespace Demo;
            [Deployment("Bad_Name")]
            public partial class Bad { [Container("nginx:1.27")] partial class Web; }
            [Deployment("good")]
            public partial class Good { [Container("nginx:1.27")] partial class Web; }
            """);
        Assert.Equal("CNS001", Assert.Single(outcome.Errors).Id);
        Assert.DoesNotContain("Demo.Bad.g.cs", outcome.Sources.Keys);
        Assert.Contains("Demo.Good.g.cs", outcome.Sources.Keys);
    }

    [Theory]
    [InlineData("Build")]
    [InlineData("Yaml")]
    [InlineData("Name")]
    [InlineData("Image")]
    [InlineData("Ports")]
    [InlineData("Builder")]
    public void CNS015_a_part_named_like_a_generated_member(string className)
    {
        var diagnostic = DiagnosticAssert.Single($$"""
            using Consort;
            [Pod("shop")]
            public partial class Shop { [Container("nginx:1.27")] partial class [|{{className}}|]; }
            """, "CNS015");
        Assert.Contains("Name = ", diagnostic.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public void CNS015_a_generic_workload_is_reported_once()
        => DiagnosticAssert.Single("""
            using Consort;
            [Pod("shop")]
            public partial class [|Shop|]<T> { [Container("nginx:1.27")] partial class Web; [EmptyDirVolume] partial class Data; }
            """, "CNS015");
}
