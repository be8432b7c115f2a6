using Consort;
using static Consort.SidecarKind;

namespace Consort.Generator.Tests.Workloads;

/// <summary>Fluent Bit shipping to Elasticsearch; the source volume is found from the app's only emptyDir.</summary>
[Deployment("fluent-bit-es", Namespace = "shop")]
public partial class FluentBitToElasticsearch
{
    [EmptyDirVolume(SizeLimit = "2Gi")] partial class AppLogs;

    [EmptyDirVolume(Medium = EmptyDirMedium.Memory)] partial class Cache;

    [ConfigMapVolume("orders-config")] partial class Config;

    [Container("ghcr.io/acme/orders:3.2.0")]
    [Mount(typeof(AppLogs), "/var/log/orders")]
    [Mount(typeof(Config), "/etc/orders", ReadOnly = true)]
    partial class Api;

    [Container("ghcr.io/acme/cache:1.0.0")]
    [Mount(typeof(Cache), "/cache")]
    partial class Cache2;

    [InitContainer("ghcr.io/acme/orders:3.2.0", Args = ["migrate"])]
    [Mount(typeof(AppLogs), "/var/log/orders")]
    partial class Migrate;

    [Sidecar(Logging, Source = typeof(AppLogs), Files = "*.json", Output = LogOutput.Elasticsearch, Host = "elasticsearch.logging.svc")]
    partial class LogShipper;
}

/// <summary>Fluentd forwarding to an aggregator, written as the shorthand on the workload class.</summary>
[Deployment("fluentd-forward")]
[Sidecar(Logging, Agent = LogAgent.Fluentd, Output = LogOutput.Forward, Host = "fluentd.logging.svc")]
public partial class FluentdForward
{
    [EmptyDirVolume] partial class Logs;

    [Container("ghcr.io/acme/worker:1.0.0")]
    [Mount(typeof(Logs), "/app/logs")]
    partial class Worker;
}

/// <summary>Fluent Bit to Loki and to stdout, with the agent's resources set on the preset class.</summary>
[Pod("loki-pod")]
public partial class FluentBitToLoki
{
    [EmptyDirVolume] partial class Logs;

    [Container("ghcr.io/acme/batch:1.0.0")]
    [Mount(typeof(Logs), "/logs")]
    partial class Batch;

    [Sidecar(Logging, Output = LogOutput.Loki, Host = "loki.monitoring.svc", Port = 3101)]
    [Resources(CpuRequest = "20m", MemoryLimit = "64Mi")]
    partial class ToLoki;
}

/// <summary>nginx reloaded by signal when its ConfigMap changes.</summary>
[Deployment("nginx-signal")]
public partial class NginxSignalReload
{
    [ConfigMapVolume("nginx-conf")] partial class NginxConf;

    [Container("nginx:1.27.3", Args = ["nginx", "-g", "daemon off;", "-c", "/etc/nginx/live/nginx.conf"])]
    [Port(80, Name = "http")]
    [Mount(typeof(NginxConf), "/etc/nginx/live", ReadOnly = true)]
    partial class Nginx;

    [Sidecar(ConfigReload, Config = typeof(NginxConf), Target = typeof(Nginx), Process = "nginx")]
    partial class Reloader;
}

/// <summary>Prometheus reloaded over HTTP when its Secret changes.</summary>
[Deployment("prometheus-http")]
public partial class PrometheusHttpReload
{
    [SecretVolume("prometheus-config")] partial class PromConfig;

    [Container("quay.io/prometheus/prometheus:v3.5.0", Args = ["--config.file=/etc/prometheus/prometheus.yml", "--web.enable-lifecycle"])]
    [Port(9090, Name = "web")]
    [Mount(typeof(PromConfig), "/etc/prometheus", ReadOnly = true)]
    partial class Prometheus;

    [Sidecar(ConfigReload, Config = typeof(PromConfig), Target = typeof(Prometheus), ReloadUrl = "http://127.0.0.1:9090/-/reload")]
    partial class Reload;
}

/// <summary>Istio written explicitly, as istioctl kube-inject would.</summary>
[Deployment("istio-explicit", Namespace = "payments")]
[PodSecurity(PodSecurityLevel.Privileged)] // istio-init adds NET_ADMIN and NET_RAW (CNS203): without Istio CNI, a privileged namespace
public partial class IstioExplicit
{
    [Container("ghcr.io/acme/payments:2.7.1")]
    [Port(8080, Name = "http")]
    [Port(9000, Name = "grpc")]
    partial class Api;

    [InitContainer("ghcr.io/acme/payments:2.7.1", Args = ["migrate"])]
    partial class Migrate;

    [Sidecar(ServiceMesh, Injection = MeshInjection.Explicit, ProxyVersion = "1.28.1")]
    partial class Mesh;
}

/// <summary>Istio and Linkerd by their injectors: labels and annotations on the pod template only.</summary>
[Deployment("istio-annotate")]
[Label("team", "payments")]
[Sidecar(ServiceMesh)]
public partial class IstioAnnotate
{
    [Container("ghcr.io/acme/payments:2.7.1")] partial class Api;
}

/// <summary>Linkerd through its injector.</summary>
[Pod("linkerd-annotate")]
public partial class LinkerdAnnotate
{
    [Container("ghcr.io/acme/payments:2.7.1")] partial class Api;

    [Sidecar(ServiceMesh, Mesh = MeshKind.Linkerd)] partial class Mesh;
}
