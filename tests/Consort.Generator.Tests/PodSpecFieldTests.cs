using Consort.Generator.Tests.Infrastructure;
using Consort.Generator.Tests.Workloads;
using k8s.Models;

namespace Consort.Generator.Tests;

/// <summary>SPEC 8.1: the typed attributes for the common pod spec fields, what they write, and the API server's rules on them.</summary>
public class PodSpecFieldTests
{
    private static string Workload(string attributes, string body = """[Container("nginx:1.27.3")] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] partial class Web;""", string kind = "Deployment")
        => $$"""
            using Consort;
            {{attributes.Replace("KIND", kind, StringComparison.Ordinal)}}
            public partial class Shop
            {
                {{body}}
            }
            """;

    [Theory]
    [InlineData("""[Deployment("shop", MaxSurge = [|"abc"|])]""")]
    [InlineData("""[Deployment("shop", MaxUnavailable = [|"-1"|])]""")]
    [InlineData("""[Deployment("shop", MaxUnavailable = [|"150%"|])]""")]
    [InlineData("""[Deployment("shop", MaxSurge = "0", MaxUnavailable = [|"0%"|])]""")]
    [InlineData("""[Deployment("shop", Strategy = DeploymentStrategy.Recreate, MaxSurge = [|"1"|])]""")]
    [InlineData("""[DaemonSet("shop", MaxUnavailable = [|"0"|])]""")]
    [InlineData("""[Deployment("shop", DnsPolicy = [|DnsPolicy.None|])]""")]
    [InlineData("""[Deployment("shop", MinReadySeconds = 30, ProgressDeadlineSeconds = [|30|])]""")]
    [InlineData("""[Deployment("shop")] [Toleration(Value = [|"gpu"|])]""")]
    [InlineData("""[Deployment("shop")] [Toleration("dedicated", TolerationSeconds = [|30|])]""")]
    [InlineData("""[Deployment("shop")] [Toleration([|"bad key!"|])]""")]
    [InlineData("""[Deployment("shop")] [TopologySpread("topology.kubernetes.io/zone", MaxSkew = [|0|])]""")]
    [InlineData("""[Deployment("shop")] [TopologySpread([|""|])]""")]
    [InlineData("""[Deployment("shop")] [PodAntiAffinity("kubernetes.io/hostname", Weight = [|101|])]""")]
    [InlineData("""[Deployment("shop")] [PodAntiAffinity("kubernetes.io/hostname", Required = true, Weight = [|50|])]""")]
    [InlineData("""[Deployment("shop")] [[|NodeAffinity|]("kubernetes.io/arch")]""")]
    [InlineData("""[Deployment("shop")] [NodeAffinity("kubernetes.io/arch", [|"amd 64"|])]""")]
    [InlineData("""[Deployment("shop")] [PodSecurityContext(Seccomp = [|SeccompProfile.Localhost|])]""")]
    [InlineData("""[Deployment("shop")] [PodSecurityContext(Seccomp = SeccompProfile.RuntimeDefault, SeccompLocalhostProfile = [|"p.json"|])]""")]
    [InlineData("""[Deployment("shop")] [PodSecurityContext(RunAsUser = [|-1|])]""")]
    public void CNS024_invalid_pod_level_values(string attributes)
    {
        var diagnostic = DiagnosticAssert.Single(Workload(attributes), "CNS024");
        Assert.Contains("'", diagnostic.Message() + "'", StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[ConfigMapVolume("conf", DefaultMode = [|"0999"|])] partial class Conf;""")]
    [InlineData("""[SecretVolume("tls", DefaultMode = [|"01777"|])] partial class Tls;""")]
    [InlineData("""[ConfigMapVolume("conf")] [VolumeItem("a.conf", [|"../a.conf"|])] partial class Conf;""")]
    [InlineData("""[ConfigMapVolume("conf")] [VolumeItem("a.conf", "a.conf", Mode = [|"rw"|])] partial class Conf;""")]
    [InlineData("""[HostPathVolume([|"/var/../etc"|])] partial class Host;""")]
    public void CNS024_invalid_volume_values(string volume)
        => DiagnosticAssert.Single(Workload("""[Deployment("shop")]""", volume + """ [Container("nginx:1.27.3")] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] partial class Web;"""), "CNS024");

    [Theory]
    [InlineData("""[Port(8080, HostPort = [|9090|])]""", "HostNetwork = true")]
    [InlineData("""[HttpProbe(ProbeKind.Readiness, "/", 8080, Headers = [|["Bad Header: x"]|])]""", "")]
    [InlineData("""[HttpProbe(ProbeKind.Readiness, "/", 8080, Headers = [|["no colon"]|])]""", "")]
    [InlineData("""[PreStop("sh", "-c", "sleep 1", SleepSeconds = 5)]""", "")]
    [InlineData("""[PreStop(SleepSeconds = [|40|])]""", "")]
    [InlineData("""[SecurityContext(Seccomp = [|SeccompProfile.Localhost|])]""", "")]
    public void CNS024_invalid_container_values(string setting, string workloadSettings)
    {
        var source = Workload($"[Deployment(\"shop\"{(workloadSettings.Length > 0 ? ", " + workloadSettings : string.Empty)})]", $$"""[Container("nginx:1.27.3")] [Port(8080)] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] {{setting}} partial class Web;""");
        if (!source.Contains("[|", StringComparison.Ordinal))
        {
            // Both a command and a pause: reported at the attribute's name.
            source = source.Replace("[PreStop(", "[[|PreStop|](", StringComparison.Ordinal);
        }

        DiagnosticAssert.Single(source, "CNS024");
    }

    [Fact]
    public void CNS024_the_sleep_action_needs_Kubernetes_1_30()
    {
        var source = Workload("""[Deployment("shop")]""", """[Container("nginx:1.27.3")] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] [PreStop(SleepSeconds = [|5|])] partial class Web;""");
        DiagnosticAssert.Single(source, "CNS024", kubernetesVersion: "1.29");
        Assert.DoesNotContain(GeneratorHarness.Run(DiagnosticAssert.Unmark(source), "1.30").Diagnostics, static d => d.Id == "CNS024");
    }

    [Fact]
    public void CNS024_bidirectional_propagation_needs_a_privileged_container()
        => DiagnosticAssert.Single(
            Workload("""[DaemonSet("shop")]""", """[HostPathVolume("/mnt")] partial class Host; [Container("nginx:1.27.3")] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] [Mount(typeof(Host), "/mnt", MountPropagation = [|MountPropagation.Bidirectional|])] partial class Web;"""),
            "CNS024");

    [Fact]
    public void CNS024_a_claim_template_no_container_mounts()
        => DiagnosticAssert.Single(
            Workload("""[StatefulSet("shop")]""", """[VolumeClaimTemplate("1Gi")] partial class [|Data|]; [Container("nginx:1.27.3")] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] partial class Web;"""),
            "CNS024");

    [Fact]
    public void CNS021_a_claim_template_outside_a_StatefulSet()
        => DiagnosticAssert.Single(
            Workload("""[Deployment("shop")]""", """[[|VolumeClaimTemplate|]("1Gi")] partial class Data; [Container("nginx:1.27.3")] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] [Mount(typeof(Data), "/data")] partial class Web;"""),
            "CNS021");

    [Theory]
    [InlineData("Job")]
    [InlineData("CronJob")]
    [InlineData("Pod")]
    public void CNS021_a_selector_on_a_kind_whose_selector_Consort_does_not_write(string kind)
    {
        var attribute = kind == "CronJob" ? """[CronJob("shop", "0 * * * *")]""" : $$"""[{{kind}}("shop")]""";
        DiagnosticAssert.Single(Workload(attribute + """ [[|Selector|]("app", "shop")]"""), "CNS021");
    }

    [Theory]
    [InlineData("""[Deployment("shop")] [Label("app", "shop")] [Selector("app", [|"store"|])]""")]
    [InlineData("""[Deployment("shop")] [Selector("app.kubernetes.io/name", [|"store"|])]""")]
    public void CNS021_a_selector_label_at_odds_with_a_template_label(string attributes)
        => DiagnosticAssert.Single(Workload(attributes), "CNS021");

    [Theory]
    [InlineData("""([|"gpu"|], 1)""")]
    [InlineData("""([|"kubernetes.io/gpu"|], 1)""")]
    [InlineData("""([|"node.kubernetes.io/x"|], 1)""")]
    [InlineData("""([|"acmekubernetes.io/gpu"|], 1)""")]
    [InlineData("""("nvidia.com/gpu", [|-1|])""")]
    public void CNS007_an_invalid_extended_resource(string arguments)
        => DiagnosticAssert.Single(Workload("""[Deployment("shop")]""", $$"""[Container("nginx:1.27.3")] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] [ExtendedResource{{arguments}}] partial class Web;"""), "CNS007");

    [Fact]
    public void CNS021_an_extended_resource_given_twice()
        => DiagnosticAssert.Single(Workload("""[Deployment("shop")]""", """[Container("nginx:1.27.3")] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] [ExtendedResource("nvidia.com/gpu", 1)] [ExtendedResource([|"nvidia.com/gpu"|], 2)] partial class Web;"""), "CNS021");

    [Theory]
    [InlineData("""[Pod("shop")] [Label("team", "shop", WorkloadOnly = [|true|])]""")]
    [InlineData("""[Pod("shop")] [Annotation("team", "shop", WorkloadOnly = [|true|])]""")]
    [InlineData("""[Deployment("shop")] [Label("app.kubernetes.io/name", "shop", WorkloadOnly = [|true|])]""")]
    public void CNS021_WorkloadOnly_where_the_pods_must_carry_it(string attributes)
        => DiagnosticAssert.Single(Workload(attributes), "CNS021");

    [Fact]
    public void A_selector_label_may_differ_from_a_workload_only_label()
        => Assert.Empty(GeneratorHarness.Run(Workload("""[Deployment("shop")] [Label("app", "store", WorkloadOnly = true)] [Selector("app", "shop")]""")).Errors);

    [Fact]
    public void Retain_is_the_default_claim_retention_and_needs_no_Kubernetes_1_27()
        => Assert.Empty(GeneratorHarness.Run(Workload("""[StatefulSet("shop", ClaimsWhenDeleted = ClaimRetention.Retain)]"""), kubernetesVersion: "1.26").Errors);

    [Fact]
    public void CNS024_a_claim_retention_policy_needs_Kubernetes_1_27()
        => DiagnosticAssert.Single(
            Workload("""[StatefulSet("shop", ClaimsWhenScaled = [|ClaimRetention.Delete|])]"""),
            "CNS024",
            kubernetesVersion: "1.26");

    [Theory]
    [InlineData("""[ServiceAccountTokenVolume([|"../token"|])]""")]
    [InlineData("""[ServiceAccountTokenVolume([|"/token"|])]""")]
    [InlineData("""[ServiceAccountTokenVolume("token", ExpirationSeconds = [|300|])]""")]
    public void CNS024_an_invalid_service_account_token_volume(string volume)
        => DiagnosticAssert.Single(Workload("""[Deployment("shop")]""", volume + """ partial class Token; [Container("nginx:1.27.3")] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] [Mount(typeof(Token), "/token")] partial class Web;"""), "CNS024");

    [Theory]
    [InlineData("""[IscsiVolume([|" "|], "iqn.2001-04.com.example:disk", 0)]""")]
    [InlineData("""[IscsiVolume("10.0.2.15", [|"storage.example.com"|], 0)]""")]
    [InlineData("""[IscsiVolume("10.0.2.15", [|"iqn.2001-4.com.example:disk"|], 0)]""")]
    [InlineData("""[IscsiVolume("10.0.2.15", [|"iqn.2001-04.com.example"|], 0)]""")]
    [InlineData("""[IscsiVolume("10.0.2.15", [|"iqn.2001-04.com.example:a b"|], 0)]""")]
    [InlineData("""[IscsiVolume("10.0.2.15", [|"eui.02004567A425678"|], 0)]""")]
    [InlineData("""[IscsiVolume("10.0.2.15", [|"naa.60014055"|], 0)]""")]
    [InlineData("""[IscsiVolume("10.0.2.15", "iqn.2001-04.com.example:disk", [|256|])]""")]
    [InlineData("""[IscsiVolume("10.0.2.15", "iqn.2001-04.com.example:disk", [|-1|])]""")]
    [InlineData("""[IscsiVolume("10.0.2.15", "iqn.2001-04.com.example:disk", 0, InitiatorName = [|"node-1"|])]""")]
    [InlineData("""[IscsiVolume("10.0.2.15", "iqn.2001-04.com.example:disk", 0, [|ChapAuthDiscovery = true|])]""")]
    [InlineData("""[IscsiVolume("10.0.2.15", "iqn.2001-04.com.example:disk", 0, Portals = [|new[] { "10.0.2.16", "" }|])]""")]
    public void CNS024_an_invalid_iscsi_volume(string volume)
        => DiagnosticAssert.Single(Workload("""[Deployment("shop")]""", volume + """ partial class Disk; [Container("nginx:1.27.3")] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] [Mount(typeof(Disk), "/disk")] partial class Web;"""), "CNS024");

    [Theory]
    [InlineData("iqn.2001-04.com.example:storage.kube.sys1.xyz")]
    [InlineData("eui.02004567A425678D")]
    [InlineData("naa.60014055ca8b5b3a1c7e4a5d9b2f6e10")]
    public void An_iscsi_target_name_in_each_form_is_accepted(string iqn)
        => Assert.Empty(GeneratorHarness.Run(Workload("""[Deployment("shop")]""", $$"""[IscsiVolume("10.0.2.15", "{{iqn}}", 255, InitiatorName = "iqn.2026-12.io.acme:node")] partial class Disk; [Container("nginx:1.27.3")] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] [Mount(typeof(Disk), "/disk")] partial class Web;""")).Errors);

    [Fact]
    public void CNS008_an_invalid_selector_label()
        => DiagnosticAssert.Single(Workload("""[Deployment("shop")] [Selector([|"-app"|], "shop")]"""), "CNS008");

    [Fact]
    public void A_selector_replaces_the_default_one_everywhere_the_workload_selects_its_own_pods()
    {
        var yaml = GeneratorHarness.Run(Workload("""[Deployment("shop")] [Selector("app", "shop")] [PodAntiAffinity("kubernetes.io/hostname")] [TopologySpread("topology.kubernetes.io/zone", WhenUnsatisfiable = Unsatisfiable.ScheduleAnyway)]""")).LoadWorkloads().Single().Yaml;
        var deployment = (V1Deployment)k8s.KubernetesYaml.LoadAllFromString(yaml, strict: true).Single();
        var selector = new Dictionary<string, string> { ["app"] = "shop" };
        Assert.Equal(selector, deployment.Spec.Selector.MatchLabels);
        Assert.Equal(selector, deployment.Spec.Template.Spec.Affinity.PodAntiAffinity.PreferredDuringSchedulingIgnoredDuringExecution.Single().PodAffinityTerm.LabelSelector.MatchLabels);
        Assert.Equal(selector, deployment.Spec.Template.Spec.TopologySpreadConstraints.Single().LabelSelector.MatchLabels);
        Assert.Equal(new Dictionary<string, string> { ["app.kubernetes.io/name"] = "shop", ["app"] = "shop" }, deployment.Spec.Template.Metadata.Labels);
    }

    [Theory]
    [InlineData("""[[|EnvFrom|](Prefix = "APP_")]""")]
    [InlineData("""[[|EnvFrom|](ConfigMap = "a", Secret = "b")]""")]
    public void CNS021_EnvFrom_needs_exactly_one_source(string envFrom)
        => DiagnosticAssert.Single(Workload("""[Deployment("shop")]""", $$"""[Container("nginx:1.27.3")] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] {{envFrom}} partial class Web;"""), "CNS021");

    [Fact]
    public void CNS021_a_volume_item_on_a_volume_that_projects_no_keys()
        => DiagnosticAssert.Single(
            Workload("""[Deployment("shop")]""", """[EmptyDirVolume] [[|VolumeItem|]("a", "a")] partial class Scratch; [Container("nginx:1.27.3")] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] partial class Web;"""),
            "CNS021");

    [Theory]
    [InlineData("""[Deployment("shop", PriorityClassName = [|"Business Critical"|])]""")]
    [InlineData("""[Deployment("shop", ImagePullSecrets = [|["Registry_Credentials"]|])]""")]
    public void CNS001_invalid_pod_level_names(string attributes) => DiagnosticAssert.Single(Workload(attributes), "CNS001");

    [Fact]
    public void CNS004_a_gRPC_probe_port_out_of_range()
        => DiagnosticAssert.Single(Workload("""[Deployment("shop")]""", """[Container("nginx:1.27.3")] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] [GrpcProbe(ProbeKind.Readiness, [|70000|])] partial class Web;"""), "CNS004");

    [Fact]
    public void CNS006_an_EnvFrom_prefix_that_is_no_variable_name()
        => DiagnosticAssert.Single(Workload("""[Deployment("shop")]""", """[Container("nginx:1.27.3")] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] [EnvFrom(ConfigMap = "env", Prefix = [|"APP="|])] partial class Web;"""), "CNS006");

    [Fact]
    public void CNS009_a_lifecycle_hook_on_a_regular_init_container()
        => DiagnosticAssert.Single(Workload("""[Deployment("shop")]""", """[Container("nginx:1.27.3")] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] partial class Web; [InitContainer("busybox:1.37")] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] [[|PostStart|]("true")] partial class Init;"""), "CNS009");

    [Fact]
    public void Unset_properties_are_not_written_and_explicit_booleans_are()
    {
        var yaml = GeneratorHarness.Run(Workload("""[Deployment("shop", AutomountServiceAccountToken = false, HostNetwork = false, DnsPolicy = DnsPolicy.ClusterFirst, RevisionHistoryLimit = 10, MaxSurge = "25%")]""")).LoadWorkloads().Single().Yaml;
        Assert.Contains("automountServiceAccountToken: false", yaml, StringComparison.Ordinal);
        Assert.Contains("hostNetwork: false", yaml, StringComparison.Ordinal);
        foreach (var absent in new[] { "dnsPolicy", "revisionHistoryLimit", "strategy", "enableServiceLinks", "hostPID", "securityContext", "affinity" })
        {
            Assert.DoesNotContain(absent, yaml, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_fixture_builds_what_its_attributes_say()
    {
        var checkout = Checkout.Build();
        var pod = checkout.Spec.Template.Spec;
        Assert.Equal("1", checkout.Spec.Strategy.RollingUpdate.MaxSurge.Value);
        Assert.Equal("0", checkout.Spec.Strategy.RollingUpdate.MaxUnavailable.Value);
        Assert.Equal(new long?[] { 2000, 3000 }, pod.SecurityContext.SupplementalGroups);
        Assert.Equal("RuntimeDefault", pod.SecurityContext.SeccompProfile.Type);
        Assert.Equal(["amd64", "arm64"], pod.Affinity.NodeAffinity.RequiredDuringSchedulingIgnoredDuringExecution.NodeSelectorTerms.Single().MatchExpressions.Single().Values);
        Assert.Equal("checkout", pod.Affinity.PodAntiAffinity.PreferredDuringSchedulingIgnoredDuringExecution.Single().PodAffinityTerm.LabelSelector.MatchLabels["app.kubernetes.io/name"]);
        Assert.Equal([null, "Exists"], pod.Tolerations.Select(static t => t.OperatorProperty));
        Assert.Equal(292, pod.Volumes.Single(static v => v.Name == "settings").ConfigMap.DefaultMode);
        Assert.Equal(256, pod.Volumes.Single(static v => v.Name == "settings").ConfigMap.Items[1].Mode);
        var server = pod.Containers.Single();
        Assert.Equal(7070, server.ReadinessProbe.Grpc.Port);
        Assert.Equal("liveness", server.LivenessProbe.Grpc.Service);
        Assert.Equal("X-Probe", server.StartupProbe.HttpGet.HttpHeaders[0].Name);
        Assert.Equal(10L, server.Lifecycle.PreStop.Sleep.Seconds);
        Assert.Equal(["sh", "-c", "echo started > /tmp/started"], server.Lifecycle.PostStart.Exec.Command);
        Assert.Equal("CHECKOUT_", server.EnvFrom[0].Prefix);
        Assert.True(server.EnvFrom[1].SecretRef.Optional);
        Assert.Equal("FallbackToLogsOnError", server.TerminationMessagePolicy);

        var ledger = Ledger.Build();
        Assert.Equal(["data", "wal"], ledger.Spec.VolumeClaimTemplates.Select(static t => t.Metadata.Name));
        Assert.Equal("20Gi", ledger.Spec.VolumeClaimTemplates[0].Spec.Resources.Requests["storage"].ToString());
        Assert.Null(ledger.Spec.Template.Spec.Volumes);
        Assert.Equal("Parallel", ledger.Spec.PodManagementPolicy);
        Assert.Equal("OnDelete", ledger.Spec.UpdateStrategy.Type);
        Assert.Equal(new Dictionary<string, string> { ["app"] = "ledger", ["tier"] = "db" }, ledger.Spec.Selector.MatchLabels);
        Assert.Equal(new Dictionary<string, string> { ["app.kubernetes.io/name"] = "ledger", ["tier"] = "db", ["app"] = "ledger" }, ledger.Spec.Template.Metadata.Labels);
        Assert.DoesNotContain("app", ledger.Metadata.Labels.Keys);
        // Retain is the API server's default, so ClaimsWhenScaled = Retain is left out.
        Assert.Equal(("Delete", (string?)null), (ledger.Spec.PersistentVolumeClaimRetentionPolicy.WhenDeleted, ledger.Spec.PersistentVolumeClaimRetentionPolicy.WhenScaled));

        var inference = Inference.Build();
        var gpuServer = inference.Spec.Template.Spec.Containers.Single();
        Assert.Equal("1", gpuServer.Resources.Limits["nvidia.com/gpu"].ToString());
        Assert.False(gpuServer.Resources.Requests.ContainsKey("nvidia.com/gpu"));
        Assert.Equal("OnRootMismatch", inference.Spec.Template.Spec.SecurityContext.FsGroupChangePolicy);
        var token = inference.Spec.Template.Spec.Volumes.Single(static v => v.Name == "vault-token").Projected.Sources.Single().ServiceAccountToken;
        Assert.Equal(("vault", 7200L, "token"), (token.Audience, token.ExpirationSeconds, token.Path));
        var weights = inference.Spec.Template.Spec.Volumes.Single(static v => v.Name == "weights").Iscsi;
        Assert.Equal(("10.0.2.15:3260", "iqn.2001-04.com.example:storage.weights", 0, "xfs", (bool?)true), (weights.TargetPortal, weights.Iqn, weights.Lun, weights.FsType, weights.ReadOnlyProperty));
        Assert.Equal(["10.0.2.16:3260"], weights.Portals);
        Assert.Equal(((bool?)null, (bool?)true, "weights-chap", (string?)null, (string?)null), (weights.ChapAuthDiscovery, weights.ChapAuthSession, weights.SecretRef.Name, weights.IscsiInterface, weights.InitiatorName));
        Assert.Equal("2026-11", inference.Metadata.Labels["release"]);
        Assert.False(inference.Spec.Template.Metadata.Labels.ContainsKey("release"));
        Assert.Equal("ml", inference.Spec.Template.Metadata.Labels["team"]);
        Assert.Equal("ml-platform", inference.Metadata.Annotations["acme.io/owner"]);
        Assert.Null(inference.Spec.Template.Metadata.Annotations);

        var exporter = NodeExporter.Build();
        Assert.True(exporter.Spec.Template.Spec.HostNetwork);
        Assert.Equal("HostToContainer", exporter.Spec.Template.Spec.Containers[0].VolumeMounts[1].MountPropagation);
        Assert.Equal("10%", exporter.Spec.UpdateStrategy.RollingUpdate.MaxUnavailable.Value);
        Assert.Equal((int?)9100, exporter.Spec.Template.Spec.Containers[0].Ports[0].HostPort);
        Assert.Equal("Exists", exporter.Spec.Template.Spec.Tolerations.Single().OperatorProperty);
        Assert.Null(exporter.Spec.Template.Spec.Tolerations.Single().Key);
    }
}
