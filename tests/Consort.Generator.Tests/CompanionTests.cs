using Consort.Generator.Tests.Infrastructure;
using Consort.Generator.Tests.Workloads;
using k8s.Models;

namespace Consort.Generator.Tests;

/// <summary>SPEC 7.1, 7.2 and 7.4: the Services, service account, disruption budget and autoscaler that ship with a workload, and their rules.</summary>
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
            static d => Assert.IsType<V1Service>(d),
            static d => Assert.IsType<V1Service>(d),
            static d => Assert.IsType<V1PodDisruptionBudget>(d),
            static d => Assert.IsType<V2HorizontalPodAutoscaler>(d));
        var deployment = (V1Deployment)all[0];
        var account = (V1ServiceAccount)all[1];
        var budget = (V1PodDisruptionBudget)all[4];
        var autoscaler = (V2HorizontalPodAutoscaler)all[5];

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
        Assert.Equal(4, queue.Count);
        Assert.Equal("queue-runner", ((V1StatefulSet)queue[0]).Spec.Template.Spec.ServiceAccountName);
        Assert.Null(((V1ServiceAccount)queue[1]).AutomountServiceAccountToken);
        var queueBudget = (V1PodDisruptionBudget)queue[3];
        Assert.Equal("50%", queueBudget.Spec.MinAvailable.Value);
        Assert.Equal(new Dictionary<string, string> { ["app"] = "queue" }, queueBudget.Spec.Selector.MatchLabels);
    }

    [Fact]
    public void A_service_forwards_to_the_container_port_and_selects_the_workloads_pods()
    {
        var all = Storefront.BuildAll();
        var deployment = (V1Deployment)all[0];
        var http = (V1Service)all[2];
        var external = (V1Service)all[3];
        Assert.Equal(("storefront", "shop"), (http.Metadata.Name, http.Metadata.NamespaceProperty));
        Assert.Equal(deployment.Spec.Selector.MatchLabels, http.Spec.Selector);
        Assert.Null(http.Spec.Type);
        var port = Assert.Single(http.Spec.Ports);
        Assert.Equal(("http", 80, "8080", (string?)null), (port.Name, port.Port, port.TargetPort.Value, port.Protocol));
        Assert.Equal("LoadBalancer", external.Spec.Type);
        var https = Assert.Single(external.Spec.Ports);
        Assert.Equal(("https", 443, "8080", (int?)30443), (https.Name, https.Port, https.TargetPort.Value, https.NodePort));

        // The constants, as for containers.
        Assert.Equal("storefront", Storefront.Http.Name);
        Assert.Equal(80, Storefront.Http.Ports.Http);
        Assert.Equal(("external", 443), (Storefront.External.Name, Storefront.External.Ports.Https));

        var peers = (V1Service)Queue.BuildAll()[2];
        Assert.Equal(("queue", "None", (bool?)true), (peers.Metadata.Name, peers.Spec.ClusterIP, peers.Spec.PublishNotReadyAddresses));
        Assert.Null(peers.Spec.Ports);
        Assert.Equal(new Dictionary<string, string> { ["app"] = "queue" }, peers.Spec.Selector);
    }

    [Fact]
    public void The_builder_changes_a_copy_of_a_service_in_BuildAll()
    {
        var all = Storefront.CreateBuilder()
            .External(static s => s.WithType(ServiceType.ClusterIP).WithAnnotation("acme.io/tier", "internal"))
            .Http(static s => s.WithType(ServiceType.Headless))
            .WithNamespace("staging")
            .BuildAll();
        var external = (V1Service)all[3];
        Assert.Equal(((string?)null, (int?)null, "internal"), (external.Spec.Type, external.Spec.Ports.Single().NodePort, external.Metadata.Annotations["acme.io/tier"]));
        Assert.Equal("None", ((V1Service)all[2]).Spec.ClusterIP);
        Assert.Equal("staging", ((V1Deployment)all[0]).Metadata.NamespaceProperty);

        // The declared objects never change, and Build() is the workload alone.
        Assert.Equal("LoadBalancer", ((V1Service)Storefront.BuildAll()[3]).Spec.Type);
        Assert.Equal("staging", Storefront.CreateBuilder().WithNamespace("staging").Build().Metadata.NamespaceProperty);
    }

    private const string Server = """[Container("nginx:1.27.3")] [Port(8080, Name = "http")] [Port(9090, Name = "metrics")] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] partial class Web; [InitContainer("busybox:1.37")] [Port(7000)] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] partial class Init; [EmptyDirVolume] partial class Data; """;

    [Theory]
    [InlineData("""[Service] [ServicePort(80, [|typeof(Data)|])] partial class Http;""", "CNS019")]
    [InlineData("""[Service] [ServicePort(80, [|typeof(Init)|])] partial class Http;""", "CNS019")]
    [InlineData("""[Service] [ServicePort(80, typeof(Web), [|"grpc"|])] partial class Http;""", "CNS020")]
    [InlineData("""[Service] [ServicePort(80, [|typeof(Web)|])] partial class Http;""", "CNS020")]
    [InlineData("""[[|Service|]] partial class Http;""", "CNS021")]
    [InlineData("""[Service] [ServicePort(80, typeof(Web), "http", [|NodePort = 30080|])] partial class Http;""", "CNS021")]
    [InlineData("""[[|ServicePort|](80, typeof(Web), "http")] partial class Http;""", "CNS021")]
    [InlineData("""[Service] [ServicePort(80, typeof(Web), "http")] partial class Http; [Service(Name = [|"http"|])] [ServicePort(81, typeof(Web), "metrics")] partial class Other;""", "CNS021")]
    [InlineData("""[Service] [ServicePort([|0|], typeof(Web), "http")] partial class Http;""", "CNS004")]
    [InlineData("""[Service] [ServicePort(80, typeof(Web), "http")] [ServicePort(81, typeof(Web), "metrics", Name = [|"http"|])] partial class Http;""", "CNS004")]
    [InlineData("""[Service] [ServicePort(80, typeof(Web), "http")] [ServicePort([|80|], typeof(Web), "metrics", Name = "m")] partial class Http;""", "CNS004")]
    [InlineData("""[Service(Name = [|"1http"|])] [ServicePort(80, typeof(Web), "http")] partial class Http;""", "CNS001")]
    [InlineData("""[Service] [ServicePort(80, typeof(Web), "http")] class [|Http|];""", "CNS015")]
    [InlineData("""[[|Service|]] [ServicePort(80, typeof(Web), "http")] [EmptyDirVolume] partial class Http;""", "CNS015")]
    [InlineData("""[Service] [ServicePort(80, typeof(Web), "http", Protocol = [|Protocol.Udp|])] partial class Http;""", "CNS020")]
    [InlineData("""[Service(Type = ServiceType.NodePort)] [ServicePort(80, typeof(Web), "http", NodePort = 30080)] [ServicePort(81, typeof(Web), "metrics", NodePort = [|30080|])] partial class Http;""", "CNS004")]
    [InlineData("""[Service] [ServicePort(80, typeof(Web), "http", Name = [|"Http_1"|])] partial class Http;""", "CNS001")]
    public void A_service_part_is_checked_at_the_argument_that_breaks_it(string service, string id)
        => DiagnosticAssert.Single(Workload("""[Deployment("shop")]""", Server + service), id);

    [Fact]
    public void A_service_port_name_is_a_DNS_label_longer_than_a_container_port_name_may_be()
        => Assert.Empty(GeneratorHarness.Run(Workload("""[Deployment("shop")]""", Server + """[Service] [ServicePort(80, typeof(Web), "http", Name = "http-metrics-admin")] partial class Http;""")).Errors);

    [Fact]
    public void Several_ports_each_need_a_name()
        => DiagnosticAssert.Single(
            Workload("""[Deployment("shop")]""", """[Container("nginx:1.27.3")] [Port(8080)] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] partial class Web; [Sidecar("envoy:1.31.0")] [Port(9901)] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] partial class Proxy; [Service] [ServicePort(80, typeof(Web), Name = "web")] [[|ServicePort|](9901, typeof(Proxy))] partial class Http;"""),
            "CNS004");

    [Fact]
    public void A_service_on_a_job_is_CNS021()
        => DiagnosticAssert.Single(Workload("""[Job("shop")]""", """[Container("nginx:1.27.3")] [Port(8080)] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] partial class Web; [[|Service|]] [ServicePort(80, typeof(Web))] partial class Http;"""), "CNS021");

    [Theory]
    [InlineData("""[StatefulSet("db")]""", "db-peers")]
    [InlineData("""[StatefulSet("db", ServiceName = "db-other")]""", "db-other")]
    public void A_StatefulSet_is_governed_by_its_one_headless_service_unless_ServiceName_says_otherwise(string attributes, string expected)
    {
        var outcome = GeneratorHarness.Run(Workload(attributes, """[Container("postgres:17.2")] [Port(5432, Name = "pg")] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] partial class Db; [Service(Name = "db-peers", Type = ServiceType.Headless)] partial class Peers;"""));
        Assert.Empty(outcome.Errors);
        var statefulSet = (V1StatefulSet)k8s.KubernetesYaml.LoadAllFromString(outcome.LoadWorkloads().Single().Yaml, strict: true)[0];
        Assert.Equal(expected, statefulSet.Spec.ServiceName);
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
    [InlineData("""[Deployment("shop")] [PodDisruptionBudget(MinAvailable = [|"99999999999"|])]""")]
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
