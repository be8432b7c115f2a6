using Consort;

namespace Consort.Samples.Boutique;

// A small shop in the shape of Online Boutique: a frontend that reaches a product catalog and a cart through
// their Services. Each address is [EnvFromService]: checked when this file compiles, and renamed with the Service.

/// <summary>The storefront: autoscaled, with a disruption budget, its own service account and a hashed ConfigMap read from config/frontend.yaml.</summary>
[Deployment("frontend", Namespace = "boutique")]
[Autoscale(MinReplicas = 2, MaxReplicas = 6, CpuUtilization = 70)]
[PodDisruptionBudget(MinAvailable = "1")]
[PodSecurityContext(RunAsNonRoot = true, RunAsUser = 1000, Seccomp = SeccompProfile.RuntimeDefault)]
public partial class Frontend
{
    [ServiceAccount(AutomountToken = false)] partial class Identity;

    [ConfigMap(Name = "frontend-config")]
    [ConfigMapEntry("frontend.yaml", File = "config/frontend.yaml")]
    [ConfigMapEntry("LOG_LEVEL", "info")]
    partial class Settings;

    [Service(Name = "frontend")] [ServicePort(80, typeof(Web))] partial class Http;

    [Container("ghcr.io/acme/boutique-frontend:0.10.1")]
    [Port(8080, Name = "http")]
    [EnvFromService("PRODUCT_CATALOG_SERVICE_ADDR", typeof(ProductCatalog.Grpc))]
    [EnvFromService("CART_SERVICE_ADDR", typeof(Cart.Grpc))]
    [EnvFromConfigMap("LOG_LEVEL", "frontend-config", "LOG_LEVEL")]
    [Mount(typeof(Settings), "/etc/frontend", ReadOnly = true)]
    [Resources(CpuRequest = "100m", MemoryRequest = "64Mi", MemoryLimit = "128Mi")]
    [HttpProbe(ProbeKind.Readiness, "/_healthz", "http")]
    [SecurityContext(ReadOnlyRootFilesystem = true, AllowPrivilegeEscalation = false, DropCapabilities = ["ALL"])]
    partial class Web;
}

/// <summary>The product catalog: a gRPC Service and an account of its own.</summary>
[Deployment("productcatalog", Namespace = "boutique", Replicas = 2)]
[PodDisruptionBudget(MaxUnavailable = "1")]
[PodSecurityContext(RunAsNonRoot = true, RunAsUser = 1000, Seccomp = SeccompProfile.RuntimeDefault)]
public partial class ProductCatalog
{
    [ServiceAccount(AutomountToken = false)] partial class Identity;

    [Service(Name = "productcatalogservice")] [ServicePort(3550, typeof(Server))] partial class Grpc;

    [Container("ghcr.io/acme/boutique-catalog:0.10.1")]
    [Port(3550, Name = "grpc")]
    [Resources(CpuRequest = "100m", MemoryRequest = "64Mi", MemoryLimit = "128Mi")]
    [GrpcProbe(ProbeKind.Readiness, 3550)]
    [SecurityContext(ReadOnlyRootFilesystem = true, AllowPrivilegeEscalation = false, DropCapabilities = ["ALL"])]
    partial class Server;
}

/// <summary>The cart, in a namespace of its own: the frontend reaches it as cartservice.carts.svc.</summary>
[Deployment("cart", Namespace = "carts")]
[PodSecurityContext(RunAsNonRoot = true, RunAsUser = 1000, Seccomp = SeccompProfile.RuntimeDefault)]
public partial class Cart
{
    [ServiceAccount(AutomountToken = false)] partial class Identity;

    [Service(Name = "cartservice")] [ServicePort(7070, typeof(Server))] partial class Grpc;

    [Container("ghcr.io/acme/boutique-cart:0.10.1")]
    [Port(7070, Name = "grpc")]
    [Env("REDIS_ADDR", "redis-cart:6379")]
    [Resources(CpuRequest = "200m", MemoryRequest = "64Mi", MemoryLimit = "128Mi")]
    [GrpcProbe(ProbeKind.Readiness, 7070)]
    [SecurityContext(ReadOnlyRootFilesystem = true, AllowPrivilegeEscalation = false, DropCapabilities = ["ALL"])]
    partial class Server;
}
