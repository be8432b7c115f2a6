using Consort;
using static Consort.SidecarKind;

namespace Consort.Generator.Tests.Workloads;

/// <summary>A cart service with its configuration in a hashed ConfigMap: a file, a literal and a binary file (SPEC 7.3).</summary>
[Deployment("cart", Namespace = "shop")]
public partial class Cart
{
    [ConfigMap(Name = "cart-config")]
    [ConfigMapEntry("cart.json", File = "Workloads/config/cart.json")]
    [ConfigMapEntry("LOG_LEVEL", "info")]
    [ConfigMapEntry("pixel.bin", File = "Workloads/config/pixel.bin")]
    partial class Settings;

    [Service(Name = "cartservice")] [ServicePort(7070, typeof(Server))] partial class Grpc;

    [Container("ghcr.io/acme/cart:2.0.1")]
    [Port(7070, Name = "grpc")]
    [EnvFrom(Source = typeof(Settings))]
    [EnvFromConfigMap("CART_LOG_LEVEL", "cart-config", "LOG_LEVEL")]
    [Mount(typeof(Settings), "/etc/cart", ReadOnly = true)]
    [Resources(CpuRequest = "100m", MemoryLimit = "128Mi")]
    partial class Server;
}

/// <summary>A catalog in a namespace of its own, with two named ports.</summary>
[Deployment("catalog", Namespace = "catalog")]
public partial class Catalog
{
    [Service(Name = "productcatalog")]
    [ServicePort(3550, typeof(Server), "grpc")]
    [ServicePort(80, typeof(Server), "http")]
    partial class Api;

    [Container("ghcr.io/acme/catalog:1.2.0")]
    [Port(3550, Name = "grpc")]
    [Port(8080, Name = "http")]
    [Resources(CpuRequest = "100m", MemoryLimit = "128Mi")]
    partial class Server;
}

/// <summary>A frontend wired to both by their Services, with an nginx ConfigMap that a reload sidecar watches (no suffix).</summary>
[Deployment("frontend", Namespace = "shop")]
public partial class Frontend
{
    [ConfigMap(Name = "frontend-nginx", HashSuffix = false)]
    [ConfigMapEntry("nginx.conf", File = "Workloads/config/nginx.conf")]
    partial class NginxConf;

    [Container("nginx:1.27.3")]
    [Port(8080, Name = "http")]
    [EnvFromService("CART_SERVICE_ADDR", typeof(Cart.Grpc))]
    [EnvFromService("CATALOG_URL", typeof(Catalog.Api), Port = "http", Scheme = "http")]
    [Mount(typeof(NginxConf), "/etc/nginx/conf.d", ReadOnly = true)]
    [Resources(CpuRequest = "100m", MemoryLimit = "64Mi")]
    partial class Web;

    [Sidecar(ConfigReload, Config = typeof(NginxConf), Target = typeof(Web), Process = "nginx")]
    partial class Reloader;
}
