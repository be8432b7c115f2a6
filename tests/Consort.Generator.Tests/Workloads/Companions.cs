using Consort;

namespace Consort.Generator.Tests.Workloads;

/// <summary>A storefront with its own service account, an internal and an external Service, a disruption budget and an autoscaler (SPEC 7.1, 7.2 and 7.4).</summary>
[Deployment("storefront", Namespace = "shop")]
[PodDisruptionBudget(MaxUnavailable = "1")]
[Autoscale(MinReplicas = 2, MaxReplicas = 10, CpuUtilization = 70, MemoryUtilization = 80)]
public partial class Storefront
{
    [ServiceAccount(AutomountToken = false)] partial class Identity;

    [Service(Name = "storefront")] [ServicePort(80, typeof(Web))] partial class Http;

    [Service(Type = ServiceType.LoadBalancer)]
    [ServicePort(443, typeof(Web), "http", Name = "https", NodePort = 30443)]
    partial class External;

    [Container("ghcr.io/acme/storefront:3.1.0")]
    [Port(8080, Name = "http")]
    [Resources(CpuRequest = "250m", MemoryRequest = "256Mi", MemoryLimit = "256Mi")]
    partial class Web;
}

/// <summary>A queue whose budget keeps half its pods, under an account named explicitly, with the headless Service that names its pods.</summary>
[StatefulSet("queue", Replicas = 3)]
[Selector("app", "queue")]
[PodDisruptionBudget(MinAvailable = "50%")]
public partial class Queue
{
    [ServiceAccount(Name = "queue-runner")] partial class Runner;

    [Service(Name = "queue", Type = ServiceType.Headless, PublishNotReadyAddresses = true)] partial class Peers;

    [Container("ghcr.io/acme/queue:1.4.2")]
    [Resources(CpuRequest = "100m", MemoryLimit = "512Mi")]
    partial class Broker;
}
