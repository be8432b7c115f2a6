using Consort.Generator.Tests.Infrastructure;
using k8s;
using k8s.Models;

namespace Consort.Generator.Tests;

/// <summary>Sidecar placement by target Kubernetes version and Mode, and the defaults left out.</summary>
public class LoweringTests
{
    private const string Workload = """
        using Consort;
        namespace Demo;
        [Deployment("app")]
        public partial class App
        {
            [EmptyDirVolume] partial class Logs;
            [Container("nginx:1.27")] [Mount(typeof(Logs), "/var/log/nginx")] partial class Web;
            [InitContainer("busybox:1.37")] partial class Setup;
            [Sidecar("busybox:1.37", Command = ["tail", "-F", "/logs/access.log"])] [Mount(typeof(Logs), "/logs", ReadOnly = true)] partial class Tail;
            [Sidecar("envoyproxy/envoy:v1.31.0", MODE)] partial class Proxy;
        }
        """;

    [Theory]
    [InlineData("1.29")]
    [InlineData("1.33")]
    [InlineData("1.36")]
    public void From_1_29_sidecars_are_native_and_come_before_init_containers(string version)
    {
        var pod = PodSpec(version, mode: string.Empty);
        Assert.Equal(["tail", "proxy", "setup"], pod.InitContainers.Select(c => c.Name));
        Assert.Equal(["Always", "Always", null], pod.InitContainers.Select(c => c.RestartPolicy));
        Assert.Equal(["web"], pod.Containers.Select(c => c.Name));
    }

    [Theory]
    [InlineData("1.27")]
    [InlineData("1.28")]
    public void Below_1_29_sidecars_are_classic_containers_after_the_app(string version)
    {
        var pod = PodSpec(version, mode: string.Empty);
        Assert.Equal(["setup"], pod.InitContainers.Select(c => c.Name));
        Assert.Equal(["web", "tail", "proxy"], pod.Containers.Select(c => c.Name));
        Assert.All(pod.Containers, c => Assert.Null(c.RestartPolicy));
    }

    [Fact]
    public void Mode_Native_is_honoured_at_1_28()
    {
        var pod = PodSpec("1.28", mode: ", Mode = SidecarMode.Native");
        Assert.Equal(["proxy", "setup"], pod.InitContainers.Select(c => c.Name));
        Assert.Equal("Always", pod.InitContainers[0].RestartPolicy);
    }

    [Fact]
    public void Mode_Classic_is_honoured_at_1_33()
    {
        var pod = PodSpec("1.33", mode: ", Mode = SidecarMode.Classic");
        Assert.Equal(["tail", "setup"], pod.InitContainers.Select(c => c.Name));
        Assert.Equal(["web", "proxy"], pod.Containers.Select(c => c.Name));
    }

    [Fact]
    public void Mode_Native_below_1_28_is_an_error_and_emits_nothing()
    {
        var outcome = GeneratorHarness.Run(Workload.Replace("MODE", "Mode = SidecarMode.Native"), "1.27");
        var diagnostic = Assert.Single(outcome.Errors);
        Assert.Equal("CNS011", diagnostic.Id);
        Assert.Contains("1.27", diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
        Assert.DoesNotContain("Demo.App.g.cs", outcome.Sources.Keys);
    }

    [Fact]
    public void Api_server_defaults_are_left_out()
    {
        var yaml = Yaml("""
            using Consort;
            namespace Demo;
            [Deployment("app", Replicas = 1, TerminationGracePeriodSeconds = 30, ShareProcessNamespace = false)]
            public partial class App
            {
                [EmptyDirVolume(Medium = EmptyDirMedium.Default)] partial class Scratch;
                [Container("nginx:1.27")]
                [Port(80, Protocol = Protocol.Tcp)]
                [Mount(typeof(Scratch), "/tmp", ReadOnly = false)]
                partial class Web;
            }
            """);
        foreach (var defaulted in new[] { "replicas", "terminationGracePeriodSeconds", "shareProcessNamespace", "protocol", "readOnly", "medium", "restartPolicy", "imagePullPolicy" })
        {
            Assert.DoesNotContain(defaulted + ":", yaml, StringComparison.Ordinal);
        }

        Assert.Contains("emptyDir: {}", yaml, StringComparison.Ordinal);
    }

    [Fact]
    public void Selector_label_is_on_the_workload_and_pod_template_and_a_user_value_wins()
    {
        var deployment = KubernetesYaml.Deserialize<V1Deployment>(Yaml("""
            using Consort;
            [Deployment("api")]
            [Label("app.kubernetes.io/name", "shop-api")]
            [Label("team", "a")]
            [Label("team", "b")]
            public partial class Api { [Container("nginx:1.27")] partial class Web; }
            """), strict: true);
        Assert.Equal("shop-api", deployment.Spec.Selector.MatchLabels["app.kubernetes.io/name"]);
        Assert.Equal(deployment.Spec.Selector.MatchLabels, deployment.Spec.Template.Metadata.Labels.Where(l => l.Key == "app.kubernetes.io/name"));
        Assert.Equal("b", deployment.Metadata.Labels["team"]);
        Assert.Equal(["app.kubernetes.io/name", "team"], deployment.Spec.Template.Metadata.Labels.Keys);
    }

    private static V1PodSpec PodSpec(string version, string mode)
        => KubernetesYaml.Deserialize<V1Deployment>(Yaml(Workload.Replace(", MODE", mode), version), strict: true).Spec.Template.Spec;

    private static string Yaml(string source, string? version = null)
    {
        var outcome = GeneratorHarness.Run(source, version);
        Assert.Empty(outcome.Errors);
        Assert.Empty(outcome.CompilationProblems);
        return Assert.Single(outcome.LoadWorkloads()).Yaml;
    }
}
