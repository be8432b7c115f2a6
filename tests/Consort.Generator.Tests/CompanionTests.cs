using Consort.Generator.Tests.Infrastructure;
using Consort.Generator.Tests.Workloads;
using k8s.Models;

namespace Consort.Generator.Tests;

/// <summary>SPEC 7.2 and 7.4: the service account, disruption budget and autoscaler that ship with a workload, and their rules.</summary>
public class CompanionTests
{
    private static string Workload(string attributes, string body = """[Container("nginx:1.27.3")] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] partial class Web;""")
        => $$"""
            using Consort;
            {{attributes}}
            public partial class Shop
            {
                {{body}}
            }
            """;

    [Fact]
    public void The_companions_follow_the_workload_typed_and_select_its_pods()
    {
        var all = Storefront.BuildAll();
        Assert.Collection(
            all,
            static d => Assert.IsType<V1Deployment>(d),
            static d => Assert.IsType<V1ServiceAccount>(d),
            static d => Assert.IsType<V1PodDisruptionBudget>(d),
            static d => Assert.IsType<V2HorizontalPodAutoscaler>(d));
        var deployment = (V1Deployment)all[0];
        var account = (V1ServiceAccount)all[1];
        var budget = (V1PodDisruptionBudget)all[2];
        var autoscaler = (V2HorizontalPodAutoscaler)all[3];

        Assert.Null(deployment.Spec.Replicas);
        Assert.Equal("identity", deployment.Spec.Template.Spec.ServiceAccountName);
        Assert.Equal(("identity", "shop", (bool?)false), (account.Metadata.Name, account.Metadata.NamespaceProperty, account.AutomountServiceAccountToken));
        Assert.Equal(("storefront", "shop"), (budget.Metadata.Name, budget.Metadata.NamespaceProperty));
        Assert.Equal(deployment.Spec.Selector.MatchLabels, budget.Spec.Selector.MatchLabels);
        Assert.Equal("1", budget.Spec.MaxUnavailable.Value);
        Assert.Null(budget.Spec.MinAvailable);
        Assert.Equal(("apps/v1", "Deployment", "storefront"), (autoscaler.Spec.ScaleTargetRef.ApiVersion, autoscaler.Spec.ScaleTargetRef.Kind, autoscaler.Spec.ScaleTargetRef.Name));
        Assert.Equal((2, 10), (autoscaler.Spec.MinReplicas!.Value, autoscaler.Spec.MaxReplicas));
        Assert.Equal(
            [("cpu", 70), ("memory", 80)],
            autoscaler.Spec.Metrics.Select(static m => (m.Resource.Name, m.Resource.Target.AverageUtilization!.Value)));

        var queue = Queue.BuildAll();
        Assert.Equal(3, queue.Count);
        Assert.Equal("queue-runner", ((V1StatefulSet)queue[0]).Spec.Template.Spec.ServiceAccountName);
        Assert.Null(((V1ServiceAccount)queue[1]).AutomountServiceAccountToken);
        var queueBudget = (V1PodDisruptionBudget)queue[2];
        Assert.Equal("50%", queueBudget.Spec.MinAvailable.Value);
        Assert.Equal(new Dictionary<string, string> { ["app"] = "queue" }, queueBudget.Spec.Selector.MatchLabels);
    }

    [Fact]
    public void Without_a_target_the_autoscaler_keeps_its_default_and_writes_no_metrics()
    {
        var outcome = GeneratorHarness.Run(Workload("""[Deployment("shop")] [Autoscale(MaxReplicas = 4)]"""));
        Assert.Empty(outcome.Errors);
        var yaml = outcome.LoadWorkloads().Single().Yaml;
        Assert.Contains("  scaleTargetRef:\n    apiVersion: apps/v1\n    kind: Deployment\n    name: shop\n  maxReplicas: 4\n", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("metrics", yaml, StringComparison.Ordinal);
        Assert.DoesNotContain("minReplicas", yaml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[Deployment("shop")]""", """[ServiceAccount] partial class Identity; [[|ServiceAccount|](Name = "other")] partial class Other;""")]
    [InlineData("""[Deployment("shop", ServiceAccount = "existing")]""", """[[|ServiceAccount|]] partial class Identity;""")]
    [InlineData("""[Job("shop")] [[|Autoscale|](MaxReplicas = 3)]""", "")]
    [InlineData("""[DaemonSet("shop")] [[|PodDisruptionBudget|](MaxUnavailable = "1")]""", "")]
    [InlineData("""[Deployment("shop")] [[|PodDisruptionBudget|](MinAvailable = "1", MaxUnavailable = "1")]""", "")]
    [InlineData("""[Deployment("shop")] [[|PodDisruptionBudget|]]""", "")]
    [InlineData("""[Deployment("shop")] [[|Autoscale|](MinReplicas = 2)]""", "")]
    [InlineData("""[Deployment("shop")] [Autoscale(MinReplicas = 5, MaxReplicas = [|3|])]""", "")]
    [InlineData("""[Deployment("shop", [|Replicas = 3|])] [Autoscale(MaxReplicas = 5)]""", "")]
    public void CNS021_a_companion_that_does_not_apply_or_is_given_twice(string attributes, string parts)
        => DiagnosticAssert.Single(Workload(attributes, parts + """ [Container("nginx:1.27.3")] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] partial class Web;"""), "CNS021");

    [Theory]
    [InlineData("""[Deployment("shop")] [Autoscale(MinReplicas = [|0|], MaxReplicas = 3)]""")]
    [InlineData("""[Deployment("shop")] [Autoscale(MaxReplicas = 3, CpuUtilization = [|-5|])]""")]
    [InlineData("""[Deployment("shop")] [PodDisruptionBudget(MinAvailable = [|"150%"|])]""")]
    [InlineData("""[Deployment("shop")] [PodDisruptionBudget(MaxUnavailable = [|"one"|])]""")]
    public void CNS024_an_invalid_autoscaler_or_budget_value(string attributes)
        => DiagnosticAssert.Single(Workload(attributes), "CNS024");

    [Theory]
    [InlineData("""[Deployment("shop")] [Autoscale(MaxReplicas = 3, [|CpuUtilization = 70|])]""", """[Resources(MemoryLimit = "32Mi")]""")]
    [InlineData("""[Deployment("shop")] [[|Autoscale|](MaxReplicas = 3)]""", """[Resources(MemoryLimit = "32Mi")]""")]
    [InlineData("""[Deployment("shop")] [Autoscale(MaxReplicas = 3, [|MemoryUtilization = 70|])]""", """[Resources(CpuRequest = "10m")]""")]
    [InlineData("""[Deployment("shop")] [Autoscale(MaxReplicas = 3, [|CpuUtilization = 70|])]""", """[Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] partial class Api; [Sidecar("busybox:1.37")] [Resources(MemoryLimit = "32Mi")]""")]
    public void CNS023_a_utilization_target_without_a_request(string attributes, string resources)
    {
        var diagnostic = DiagnosticAssert.Single(Workload(attributes, $$"""[Container("nginx:1.27.3")] {{resources}} partial class Web;"""), "CNS023");
        Assert.Contains("container 'web' requests no", diagnostic.GetMessage(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_limit_alone_is_a_request_for_the_autoscaler()
        => Assert.Empty(GeneratorHarness.Run(Workload("""[Deployment("shop")] [Autoscale(MaxReplicas = 3, CpuUtilization = 60)]""", """[Container("nginx:1.27.3")] [Resources(CpuLimit = "100m", MemoryLimit = "32Mi")] partial class Web;""")).Errors);

    [Theory]
    [InlineData("""[Deployment("shop", Replicas = 2)] [PodDisruptionBudget(MinAvailable = [|"2"|])]""")]
    [InlineData("""[Deployment("shop")] [PodDisruptionBudget(MinAvailable = [|"1"|])]""")]
    [InlineData("""[Deployment("shop", Replicas = 4)] [PodDisruptionBudget(MinAvailable = [|"100%"|])]""")]
    [InlineData("""[Deployment("shop", Replicas = 4)] [PodDisruptionBudget(MaxUnavailable = [|"0"|])]""")]
    [InlineData("""[Deployment("shop")] [Autoscale(MinReplicas = 3, MaxReplicas = 9)] [PodDisruptionBudget(MinAvailable = [|"3"|])]""")]
    [InlineData("""[Deployment("shop")] [PodDisruptionBudget(MinAvailable = [|"50%"|])]""")]
    [InlineData("""[Deployment("shop", Replicas = 3)] [PodDisruptionBudget(MinAvailable = [|"90%"|])]""")]
    public void CNS106_a_budget_that_blocks_every_drain_is_a_warning_at_its_value(string attributes)
        => DiagnosticAssert.Single(Workload(attributes), "CNS106");

    [Theory]
    [InlineData("""[Deployment("shop", Replicas = 3)] [PodDisruptionBudget(MinAvailable = "2")]""")]
    [InlineData("""[Deployment("shop", Replicas = 3)] [PodDisruptionBudget(MinAvailable = "60%")]""")]
    [InlineData("""[Deployment("shop")] [PodDisruptionBudget(MaxUnavailable = "10%")]""")]
    public void A_budget_that_leaves_a_pod_to_evict_is_quiet(string attributes)
        => Assert.DoesNotContain(GeneratorHarness.Run(Workload(attributes)).Diagnostics, static d => d.Id == "CNS106");

    [Fact]
    public void A_preset_sidecar_with_its_default_requests_needs_no_request_for_the_autoscaler()
        => Assert.DoesNotContain(
            GeneratorHarness.Run(Workload(
                """[Deployment("shop")] [Autoscale(MaxReplicas = 3)]""",
                """[EmptyDirVolume] partial class Logs; [Container("nginx:1.27.3")] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] [Mount(typeof(Logs), "/var/log/nginx")] partial class Web; [Sidecar(SidecarKind.Logging)] [ExtendedResource("acme.io/hsm", 1)] partial class Ship;""")).Diagnostics,
            static d => d.Id == "CNS023");

    [Fact]
    public void CNS001_an_invalid_service_account_name()
        => DiagnosticAssert.Single(Workload("""[Deployment("shop")]""", """[ServiceAccount(Name = [|"Shop_Runner"|])] partial class Identity; [Container("nginx:1.27.3")] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] partial class Web;"""), "CNS001");
}
