using System.Text.RegularExpressions;
using Consort.Generator.Tests.Infrastructure;
using Consort.Generator.Tests.Workloads;
using k8s;
using k8s.Models;

namespace Consort.Generator.Tests;

/// <summary>What each preset guarantees on a real cluster, asserted on the objects the generated code builds.</summary>
public partial class PresetBehaviourTests
{
    [Fact]
    public void Logging_agent_reads_the_apps_files_read_only_with_its_config_as_a_directory_and_a_writable_db()
    {
        var objects = FluentBitToElasticsearch.BuildAll();
        var pod = ((V1Deployment)objects[0]).Spec.Template.Spec;
        var configMap = Assert.IsType<V1ConfigMap>(objects[1]);
        var agent = pod.InitContainers[0];
        Assert.Equal(["log-shipper", "migrate"], pod.InitContainers.Select(c => c.Name));
        Assert.Equal("Always", agent.RestartPolicy);
        Assert.Matches(@"^cr\.fluentbit\.io/fluent/fluent-bit:\d+\.\d+\.\d+$", agent.Image);

        var appMount = pod.Containers.Single(c => c.Name == "api").VolumeMounts.Single(m => m.Name == "app-logs");
        var source = agent.VolumeMounts.Single(m => m.Name == "app-logs");
        Assert.Equal((appMount.MountPath, true), (source.MountPath, source.ReadOnlyProperty == true));

        var config = agent.VolumeMounts.Single(m => m.MountPath == "/fluent-bit/etc/");
        Assert.Null(config.SubPath);
        Assert.Equal(configMap.Metadata.Name, pod.Volumes.Single(v => v.Name == config.Name).ConfigMap.Name);
        Assert.Equal("shop", configMap.Metadata.NamespaceProperty);
        Assert.Equal(["-c", "/fluent-bit/etc/fluent-bit.conf"], agent.Args);

        var state = agent.VolumeMounts.Single(m => pod.Volumes.Single(v => v.Name == m.Name).EmptyDir is not null && m.Name != "app-logs");
        Assert.NotEqual(true, state.ReadOnlyProperty);
        var conf = configMap.Data["fluent-bit.conf"];
        AssertSetting(conf, "Path", "/var/log/orders/*.json");
        AssertSetting(conf, "DB", state.MountPath + "/tail.db");
        AssertSetting(conf, "Name", "es");
        AssertSetting(conf, "Host", "elasticsearch.logging.svc");
        Assert.Matches(@"^[0-9a-f]{16}$", ((V1Deployment)objects[0]).Spec.Template.Metadata.Annotations["checksum/" + agent.Name]);
    }

    [Fact]
    public void Fluentd_config_uses_v1_syntax()
    {
        var conf = ((V1ConfigMap)FluentdForward.BuildAll()[1]).Data["fluent.conf"];
        Assert.Contains("@type tail", conf, StringComparison.Ordinal);
        Assert.Contains("<parse>\n    @type none\n  </parse>", conf, StringComparison.Ordinal);
        Assert.Contains("@type forward", conf, StringComparison.Ordinal);
        AssertSetting(conf, "path", "/app/logs/*.log");
        Assert.DoesNotMatch(@"(?m)^\s*(type|format) ", conf);
        var agent = FluentdForward.Build().Spec.Template.Spec.InitContainers.Single();
        Assert.Equal("log-shipper", agent.Name);
        Assert.Equal("/fluentd/etc", agent.VolumeMounts.Single(m => m.Name == "log-shipper-config").MountPath);
    }

    [Fact]
    public void Logging_agent_takes_the_resources_declared_on_its_class()
    {
        var agent = FluentBitToLoki.Build().Spec.InitContainers.Single();
        Assert.Equal("20m", agent.Resources.Requests["cpu"].ToString());
        Assert.Equal("64Mi", agent.Resources.Limits["memory"].ToString());
        AssertSetting(((V1ConfigMap)FluentBitToLoki.BuildAll()[1]).Data["fluent-bit.conf"], "Port", "3101");
    }

    [Fact]
    public void Signal_mode_watcher_shares_the_pid_namespace_mounts_the_config_directory_and_uses_only_busybox_tools()
    {
        var pod = NginxSignalReload.Build().Spec.Template.Spec;
        Assert.True(pod.ShareProcessNamespace);
        var watcher = pod.InitContainers.Single();
        var nginx = pod.Containers.Single();
        Assert.Equal("busybox:1.37", watcher.Image);
        var watched = watcher.VolumeMounts.Single();
        var target = nginx.VolumeMounts.Single();
        Assert.Equal((target.Name, target.MountPath), (watched.Name, watched.MountPath));
        Assert.Null(watched.SubPath);
        Assert.Null(target.SubPath);

        Assert.Equal(["sh", "-c"], watcher.Command.Take(2));
        var script = watcher.Command[2];
        Assert.Contains("..data", script, StringComparison.Ordinal);
        Assert.Contains("pkill -HUP -o -x 'nginx'", script, StringComparison.Ordinal);
        Assert.DoesNotContain("inotifywait", script, StringComparison.Ordinal);
        Assert.DoesNotContain("nginx -s", script, StringComparison.Ordinal);

        // Every program the script runs is a busybox applet (or a shell keyword or builtin).
        string[] busybox = ["readlink", "sleep", "pkill", "echo", "[", "if", "then", "else", "fi", "while", "do", "done"];
        var programs = Commands().Matches(script).Select(m => m.Groups["program"].Value).Distinct();
        Assert.All(programs, p => Assert.Contains(p, busybox));
    }

    [Fact]
    public void Http_mode_watcher_calls_the_reload_url_without_sharing_the_pid_namespace()
    {
        var pod = PrometheusHttpReload.Build().Spec.Template.Spec;
        Assert.Null(pod.ShareProcessNamespace);
        var watcher = pod.InitContainers.Single();
        Assert.StartsWith("ghcr.io/jimmidyson/configmap-reload:v", watcher.Image, StringComparison.Ordinal);
        Assert.Equal(["--volume-dir=/etc/prometheus", "--webhook-url=http://127.0.0.1:9090/-/reload"], watcher.Args);
        Assert.Equal("prom-config", watcher.VolumeMounts.Single().Name);
    }

    [Fact]
    public void Explicit_istio_writes_init_and_proxy_as_kube_inject_does()
    {
        var deployment = IstioExplicit.Build();
        var pod = deployment.Spec.Template.Spec;
        Assert.Equal(["istio-init", "istio-proxy", "migrate"], pod.InitContainers.Select(c => c.Name));
        var init = pod.InitContainers[0];
        Assert.Contains("NET_ADMIN", init.SecurityContext.Capabilities.Add);
        Assert.Equal(["-u", "1337"], init.Args.SkipWhile(a => a != "-u").Take(2));

        var proxy = pod.InitContainers[1];
        Assert.Equal("docker.io/istio/proxyv2:1.28.1", proxy.Image);
        Assert.Equal("Always", proxy.RestartPolicy);
        Assert.Equal(["proxy", "sidecar", "--domain", "$(POD_NAMESPACE).svc.cluster.local"], proxy.Args.Take(4));
        Assert.Equal((1337L, 1337L, true), (proxy.SecurityContext.RunAsUser, proxy.SecurityContext.RunAsGroup, proxy.SecurityContext.RunAsNonRoot));
        Assert.Equal("metadata.name", proxy.Env.Single(e => e.Name == "POD_NAME").ValueFrom.FieldRef.FieldPath);
        Assert.DoesNotContain(proxy.Env, e => e.Name == "ISTIO_META_POD_NAME");
        foreach (var name in new[] { "POD_NAMESPACE", "INSTANCE_IP", "SERVICE_ACCOUNT", "HOST_IP" })
        {
            Assert.NotNull(proxy.Env.Single(e => e.Name == name).ValueFrom.FieldRef);
        }

        Assert.Equal("""[{"name":"http","containerPort":8080,"protocol":"TCP"},{"name":"grpc","containerPort":9000,"protocol":"TCP"}]""", proxy.Env.Single(e => e.Name == "ISTIO_META_POD_PORTS").Value);
        Assert.Equal(15021, int.Parse(proxy.StartupProbe.HttpGet.Port.Value, System.Globalization.CultureInfo.InvariantCulture));
        Assert.NotNull(proxy.Lifecycle.PreStop);
        Assert.All(proxy.VolumeMounts, m => Assert.Contains(pod.Volumes, v => v.Name == m.Name));
        Assert.Equal("istio-ca", pod.Volumes.Single(v => v.Name == "istio-token").Projected.Sources.Single().ServiceAccountToken.Audience);
        Assert.Equal("false", deployment.Spec.Template.Metadata.Labels["sidecar.istio.io/inject"]);
        Assert.DoesNotContain("sidecar.istio.io/inject", deployment.Metadata.Labels.Keys);
    }

    [Fact]
    public void Explicit_istio_below_1_29_puts_the_proxy_in_containers_without_the_drain_hook()
    {
        var yaml = GoldenTests.YamlOf("Presets", "1.27").Single(w => w.Name == "IstioExplicit").Yaml;
        var pod = KubernetesYaml.Deserialize<V1Deployment>(yaml, strict: true).Spec.Template.Spec;
        Assert.Equal(["istio-init", "migrate"], pod.InitContainers.Select(c => c.Name));
        var proxy = pod.Containers.Single(c => c.Name == "istio-proxy");
        Assert.Null(proxy.RestartPolicy);
        Assert.Null(proxy.Lifecycle);
    }

    [Fact]
    public void Probes_declared_on_the_istio_class_are_kept_and_win_over_the_presets()
    {
        var outcome = GeneratorHarness.Run("""
            using Consort;
            using static Consort.SidecarKind;
            namespace Demo;
            [Deployment("app")]
            public partial class App
            {
                [Container("nginx:1.27")] partial class Web;
                [Sidecar(ServiceMesh, Injection = MeshInjection.Explicit, ProxyVersion = "1.28.1")]
                [HttpProbe(ProbeKind.Liveness, "/healthz/ready", 15021)]
                [HttpProbe(ProbeKind.Readiness, "/ready", 15021, PeriodSeconds = 30)]
                partial class Mesh;
            }
            """);
        Assert.Empty(outcome.Errors);
        var proxy = ((V1Deployment)outcome.Load().GetType("Demo.App")!.GetMethod("Build")!.Invoke(null, null)!).Spec.Template.Spec.InitContainers.Single(c => c.Name == "istio-proxy");
        Assert.Equal("/healthz/ready", proxy.LivenessProbe.HttpGet.Path);
        Assert.Equal(("/ready", 30), (proxy.ReadinessProbe.HttpGet.Path, proxy.ReadinessProbe.PeriodSeconds!.Value));
        Assert.Equal(600, proxy.StartupProbe.FailureThreshold);
    }

    [Fact]
    public void An_extended_resource_on_a_preset_class_keeps_the_presets_default_resources()
    {
        var outcome = GeneratorHarness.Run("""
            using Consort;
            using static Consort.SidecarKind;
            namespace Demo;
            [Deployment("app")]
            public partial class App
            {
                [EmptyDirVolume] partial class Logs;
                [Container("nginx:1.27")] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] [Mount(typeof(Logs), "/var/log/nginx")] partial class Web;
                [Sidecar(ServiceMesh, Injection = MeshInjection.Explicit, ProxyVersion = "1.28.1")] [ExtendedResource("acme.io/hsm", 1)] partial class Mesh;
                [Sidecar(Logging)] [ExtendedResource("acme.io/hsm", 1)] partial class Ship;
            }
            """);
        Assert.Empty(outcome.Errors);
        var pod = ((V1Deployment)outcome.Load().GetType("Demo.App")!.GetMethod("Build")!.Invoke(null, null)!).Spec.Template.Spec;
        foreach (var name in new[] { "istio-proxy", "ship" })
        {
            var resources = pod.InitContainers.Single(c => c.Name == name).Resources;
            Assert.True(resources.Requests.ContainsKey("cpu") && resources.Requests.ContainsKey("memory") && resources.Limits.ContainsKey("memory"), name);
            Assert.Equal("1", resources.Limits["acme.io/hsm"].ToString());
        }
    }

    [Fact]
    public void Annotate_mode_labels_only_the_pod_template()
    {
        var istio = IstioAnnotate.Build();
        Assert.Equal("true", istio.Spec.Template.Metadata.Labels["sidecar.istio.io/inject"]);
        Assert.DoesNotContain("sidecar.istio.io/inject", istio.Metadata.Labels.Keys);
        Assert.DoesNotContain("sidecar.istio.io/inject", istio.Spec.Selector.MatchLabels.Keys);
        Assert.Equal("payments", istio.Spec.Template.Metadata.Labels["team"]);
        Assert.Single(istio.Spec.Template.Spec.Containers);
        Assert.Null(istio.Spec.Template.Spec.InitContainers);

        var linkerd = LinkerdAnnotate.Build();
        Assert.Equal("enabled", linkerd.Metadata.Annotations["linkerd.io/inject"]);
        Assert.Single(linkerd.Spec.Containers);
    }

    [Fact]
    public void Changing_the_agent_config_changes_the_pod_template_checksum()
    {
        static string Checksum(string files) => GeneratorHarness.Run($$"""
            using Consort;
            using static Consort.SidecarKind;
            namespace Demo;
            [Deployment("app")]
            public partial class App
            {
                [EmptyDirVolume] partial class Logs;
                [Container("nginx:1.27")] [Mount(typeof(Logs), "/logs")] partial class Web;
                [Sidecar(Logging, Files = "{{files}}")] partial class Ship;
            }
            """).Source("Demo.App.g.cs").Split('\n').Single(l => l.Contains("checksum/ship:", StringComparison.Ordinal));

        Assert.NotEqual(Checksum("*.log"), Checksum("*.json"));
        Assert.Equal(Checksum("*.log"), Checksum("*.log"));
    }

    /// <summary>A Fluent Bit <c>Key value</c> line, whatever the alignment.</summary>
    private static void AssertSetting(string conf, string key, string value)
        => Assert.Matches("(?m)^\\s+" + Regex.Escape(key) + " +" + Regex.Escape(value) + "$", conf);

    [GeneratedRegex(@"(?m)(?:^\s*(?:if|while|then|else)?\s*|\$\()(?<program>[\[\w-]+)(?=[\s;)]|$)(?!=)")]
    private static partial Regex Commands();
}
