using Consort;

namespace Consort.Generator.Tests.Workloads;

/// <summary>A Deployment that uses every part of the DSL at least once.</summary>
[Deployment("web-shop", Namespace = "prod", Replicas = 3, ServiceAccount = "web-shop", TerminationGracePeriodSeconds = 45)]
[Label("team", "checkout")]
[Label("tier", "frontend")]
[Annotation("acme.io/owner", "checkout@acme.io")]
public partial class WebShop
{
    [EmptyDirVolume(SizeLimit = "1Gi")] partial class AppLogs;

    [EmptyDirVolume(Medium = EmptyDirMedium.Memory, Name = "scratch")] partial class Tmp;

    [ConfigMapVolume("web-shop-config", Optional = true)] partial class Config;

    [SecretVolume("web-shop-tls")] partial class Tls;

    [PersistentVolumeClaimVolume("web-shop-cache", ReadOnly = true)] partial class Cache;

    [Container("ghcr.io/acme/shop:1.4.2", ImagePullPolicy = ImagePullPolicy.IfNotPresent, WorkingDir = "/app")]
    [Port(8080, Name = "http")]
    [Port(9090, Name = "metrics")]
    [Port(5353, Protocol = Protocol.Udp)]
    [Env("ASPNETCORE_URLS", "http://+:8080")]
    [EnvFromField("POD_NAME", PodField.Name)]
    [EnvFromField("POD_IP", PodField.PodIP)]
    [EnvFromField("APP_LABEL", "metadata.labels['app.kubernetes.io/name']")]
    [EnvFromSecret("DB_PASSWORD", "web-shop-db", "password")]
    [EnvFromConfigMap("LOG_LEVEL", "web-shop-config", "level", Optional = true)]
    [Mount(typeof(AppLogs), "/var/log/app")]
    [Mount(typeof(Tmp), "/tmp")]
    [Mount(typeof(Config), "/etc/shop", ReadOnly = true)]
    [Mount(typeof(Tls), "/etc/tls/tls.crt", SubPath = "tls.crt", ReadOnly = true)]
    [Mount(typeof(Cache), "/var/cache/shop")]
    [Resources(CpuRequest = "250m", CpuLimit = "1", MemoryRequest = "256Mi", MemoryLimit = "512Mi", EphemeralStorageLimit = "2Gi")]
    [HttpProbe(ProbeKind.Readiness, "/healthz/ready", "http", PeriodSeconds = 5, FailureThreshold = 2)]
    [HttpProbe(ProbeKind.Liveness, "/healthz/live", 8080, Https = true, InitialDelaySeconds = 10, TimeoutSeconds = 2)]
    [TcpProbe(ProbeKind.Startup, "http", FailureThreshold = 30, PeriodSeconds = 2)]
    [SecurityContext(RunAsNonRoot = true, RunAsUser = 10001, RunAsGroup = 10001, ReadOnlyRootFilesystem = true, AllowPrivilegeEscalation = false, DropCapabilities = ["ALL"])]
    partial class Api;

    [InitContainer("ghcr.io/acme/shop:1.4.2", Command = ["dotnet", "Shop.dll"], Args = ["migrate", "--to", "latest"])]
    [EnvFromSecret("DB_PASSWORD", "web-shop-db", "password")]
    partial class Migrate;

    [InitContainer("busybox:1.37", Command = ["sh", "-c", "until nslookup db; do sleep 2; done"], Order = -1)]
    partial class WaitForDb;

    [Sidecar("busybox:1.37", Command = ["sh", "-c", "tail -n+1 -F /var/log/app/*.log"])]
    [Mount(typeof(AppLogs), "/var/log/app", ReadOnly = true)]
    [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")]
    [ExecProbe(ProbeKind.Liveness, "sh", "-c", "test -d /var/log/app")]
    partial class LogTail;

    [Sidecar("ghcr.io/acme/metrics-proxy:2.0.1", Mode = SidecarMode.Classic)]
    [Port(9100, Name = "proxy-metrics")]
    partial class MetricsProxy;
}
