using Consort.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Consort.Generator.Tests;

/// <summary>CNS014, CNS101 and CNS102: preset properties checked against the rest of the workload, at the argument at fault.</summary>
public class PresetDiagnosticTests
{
    private static string Workload(string sidecar, string nginxMount = """[Mount(typeof(Conf), "/etc/nginx/live")]""") => $$"""
        using Consort;
        using static Consort.SidecarKind;
        [Deployment("web")]
        public partial class Web
        {
            [ConfigMapVolume("conf")] partial class Conf;
            [EmptyDirVolume] partial class Logs;
            [Container("nginx:1.27")] {{nginxMount}} [Mount(typeof(Logs), "/var/log/nginx")] partial class Nginx;
            {{sidecar}}
        }
        """;

    [Theory]
    [InlineData("""[Sidecar(Logging, [|Process = "nginx"|])] partial class Ship;""", "does not apply to the Logging preset")]
    [InlineData("""[Sidecar(Logging, [|Host = "es"|])] partial class Ship;""", "does not apply to Output = Stdout")]
    [InlineData("""[Sidecar(Logging, Output = [|LogOutput.Loki|])] partial class Ship;""", "needs Host")]
    [InlineData("""[Sidecar(Logging, Agent = LogAgent.Fluentd, Output = [|LogOutput.Elasticsearch|], Host = "es")] partial class Ship;""", "no Elasticsearch output plugin")]
    [InlineData("""[Sidecar(Logging, Files = [|"/var/log/*.log"|])] partial class Ship;""", "relative to the source volume")]
    [InlineData("""[Sidecar(Logging, Source = [|typeof(Conf)|])] partial class Ship;""", "cannot write logs to")]
    [InlineData("""[Sidecar(Logging, [|Command = ["tail"]|])] partial class Ship;""", "sets its own command")]
    [InlineData("""[Sidecar([|ConfigReload|], Target = typeof(Nginx), Process = "nginx")] partial class Reload;""", "needs Config")]
    [InlineData("""[Sidecar([|ConfigReload|], Config = typeof(Conf), Process = "nginx")] partial class Reload;""", "needs Target")]
    [InlineData("""[Sidecar([|ConfigReload|], Config = typeof(Conf), Target = typeof(Nginx))] partial class Reload;""", "exactly one of Process")]
    [InlineData("""[Sidecar(ConfigReload, Config = typeof(Conf), Target = typeof(Nginx), Process = "nginx", ReloadUrl = [|"http://x/-/reload"|])] partial class Reload;""", "exactly one of Process")]
    [InlineData("""[Sidecar(ConfigReload, Config = [|typeof(Logs)|], Target = typeof(Nginx), Process = "nginx")] partial class Reload;""", "only ConfigMap and Secret")]
    [InlineData("""[Sidecar(ConfigReload, Config = typeof(Conf), Target = [|typeof(Web)|], Process = "nginx")] partial class Reload;""", "is not a container")]
    [InlineData("""[Sidecar(ConfigReload, Config = typeof(Conf), Target = typeof(Nginx), Process = [|"nginx; rm -rf /"|])] partial class Reload;""", "program name")]
    [InlineData("""[Sidecar(ConfigReload, Config = typeof(Conf), Target = typeof(Nginx), Process = "nginx", Signal = [|"hangup"|])] partial class Reload;""", "signal name")]
    [InlineData("""[Sidecar(ConfigReload, Config = typeof(Conf), Target = typeof(Nginx), ReloadUrl = [|"/-/reload"|])] partial class Reload;""", "absolute http")]
    [InlineData("""[Sidecar(ConfigReload, Config = typeof(Conf), Target = typeof(Nginx), ReloadUrl = "http://127.0.0.1/-/reload", [|Signal = "HUP"|])] partial class Reload;""", "applies only to signal mode")]
    [InlineData("""[Sidecar([|ServiceMesh|], Injection = MeshInjection.Explicit)] partial class Mesh;""", "needs ProxyVersion")]
    [InlineData("""[Sidecar([|ServiceMesh|])] [Patch("stdin: true")] partial class Mesh;""", "or a [Patch]")]
    [InlineData("""[Sidecar(ServiceMesh, Injection = MeshInjection.Explicit, ProxyVersion = [|"latest"|])] partial class Mesh;""", "not a release")]
    [InlineData("""[Sidecar(ServiceMesh, [|ProxyVersion = "1.28.1"|])] partial class Mesh;""", "applies only to Injection = Explicit")]
    [InlineData("""[Sidecar(ServiceMesh, Mesh = MeshKind.Linkerd, Injection = [|MeshInjection.Explicit|])] partial class Mesh;""", "Istio only")]
    [InlineData("""[Sidecar("busybox:1.37", [|Target = typeof(Nginx)|])] partial class Custom;""", "applies only to preset sidecars")]
    [InlineData("""[Sidecar(Logging, Agent = [|(LogAgent)7|])] partial class Ship;""", "is not one of the LogAgent values")]
    [InlineData("""[Sidecar(ServiceMesh, Injection = [|(MeshInjection)4|])] partial class Mesh;""", "is not one of the MeshInjection values")]
    public void CNS014_preset_properties(string sidecar, string reason)
    {
        var diagnostic = DiagnosticAssert.Single(Workload(sidecar), "CNS014");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains(reason, diagnostic.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public void CNS014_a_second_service_mesh()
        => DiagnosticAssert.Single(Workload("""
            [Sidecar(ServiceMesh)] partial class Mesh;
            [Sidecar([|ServiceMesh|], Mesh = MeshKind.Linkerd)] partial class Mesh2;
            """), "CNS014");

    [Fact]
    public void CNS102_config_reload_target_mounts_its_config_with_a_sub_path()
    {
        var diagnostic = DiagnosticAssert.Single(
            Workload(
                """[Sidecar(ConfigReload, Config = typeof(Conf), Target = typeof(Nginx), Process = "nginx")] partial class Reload;""",
                """[Mount(typeof(Conf), "/etc/nginx/nginx.conf", SubPath = [|"nginx.conf"|])]"""),
            "CNS102");
        Assert.Equal(DiagnosticSeverity.Error, diagnostic.Severity);
        Assert.Contains("never receives", diagnostic.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public void CNS101_no_emptyDir_shared_with_the_app_is_a_warning_and_no_agent_is_generated()
    {
        var source = """
            using Consort;
            using static Consort.SidecarKind;
            namespace Demo;
            [Deployment("web")]
            public partial class Web
            {
                [Container("nginx:1.27")] partial class Nginx;
                [Sidecar([|Logging|])] partial class Ship;
            }
            """;
        var diagnostic = DiagnosticAssert.Single(source, "CNS101");
        Assert.Equal(DiagnosticSeverity.Warning, diagnostic.Severity);
        var yaml = GeneratorHarness.Run(DiagnosticAssert.Unmark(source)).Source("Demo.Web.g.cs");
        Assert.DoesNotContain("fluent-bit", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void CNS101_two_candidate_emptyDirs()
    {
        var diagnostic = DiagnosticAssert.Single("""
            using Consort;
            using static Consort.SidecarKind;
            [Deployment("web")]
            public partial class Web
            {
                [EmptyDirVolume] partial class A;
                [EmptyDirVolume] partial class B;
                [Container("nginx:1.27")] [Mount(typeof(A), "/a")] [Mount(typeof(B), "/b")] partial class Nginx;
                [Sidecar([|Logging|])] partial class Ship;
            }
            """, "CNS101");
        Assert.Contains("'a', 'b'", diagnostic.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public void CNS101_source_not_mounted_by_an_app_container()
        => DiagnosticAssert.Single("""
            using Consort;
            using static Consort.SidecarKind;
            [Deployment("web")]
            public partial class Web
            {
                [EmptyDirVolume] partial class Logs;
                [Container("nginx:1.27")] partial class Nginx;
                [Sidecar(Logging, Source = [|typeof(Logs)|])] partial class Ship;
            }
            """, "CNS101");

    [Fact]
    public void CNS002_a_preset_volume_name_clashes_with_a_declared_one()
        => DiagnosticAssert.Single("""
            using Consort;
            using static Consort.SidecarKind;
            [Deployment("web")]
            public partial class Web
            {
                [EmptyDirVolume] partial class Logs;
                [EmptyDirVolume] partial class ShipState;
                [Container("nginx:1.27")] [Mount(typeof(Logs), "/logs")] partial class Nginx;
                [Sidecar([|Logging|])] partial class Ship;
            }
            """, "CNS002");

    [Fact]
    public void CNS002_a_container_named_istio_init_clashes_with_explicit_istio()
        => DiagnosticAssert.Single("""
            using Consort;
            using static Consort.SidecarKind;
            [Deployment("web")]
            public partial class Web
            {
                [Container("nginx:1.27")] partial class Nginx;
                [InitContainer("busybox:1.37")] partial class IstioInit;
                [Sidecar([|ServiceMesh|], Injection = MeshInjection.Explicit, ProxyVersion = "1.28.1")] partial class Mesh;
            }
            """, "CNS002");

    [Fact]
    public void CNS001_a_sidecar_name_too_long_for_the_volumes_it_adds()
    {
        var name = new string('a', 60);
        var diagnostic = DiagnosticAssert.Single($$"""
            using Consort;
            using static Consort.SidecarKind;
            [Deployment("web")]
            public partial class Web
            {
                [EmptyDirVolume] partial class Logs;
                [Container("nginx:1.27")] [Mount(typeof(Logs), "/logs")] partial class Nginx;
                [Sidecar([|Logging|], Name = "{{name}}")] partial class Ship;
            }
            """, "CNS001");
        Assert.Contains(name + "-config", diagnostic.Message(), StringComparison.Ordinal);
    }
}
