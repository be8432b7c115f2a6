using Consort;

namespace Consort.Samples;

/// <summary>
/// A web shop: the API container, a database migration that runs before it, and a sidecar that tails the
/// logs the API writes to a shared emptyDir.
/// </summary>
[Deployment("shop", Namespace = "prod", Replicas = 3)]
[Label("team", "checkout")]
[Annotation("acme.io/owner", "checkout@acme.io")]
[PodSecurityContext(RunAsNonRoot = true, RunAsUser = 1000, Seccomp = SeccompProfile.RuntimeDefault)]
public partial class Shop
{
    [EmptyDirVolume(SizeLimit = "1Gi")] partial class AppLogs;

    [ConfigMapVolume("shop-config")] partial class Config;

    [Container("ghcr.io/acme/shop:1.4.2")]
    [Port(8080, Name = "http")]
    [Env("ASPNETCORE_URLS", "http://+:8080")]
    [EnvFromField("POD_NAME", PodField.Name)]
    [EnvFromSecret("DB_PASSWORD", "shop-db", "password")]
    [Mount(typeof(AppLogs), "/var/log/app")]
    [Mount(typeof(Config), "/etc/shop", ReadOnly = true)]
    [Resources(CpuRequest = "250m", MemoryRequest = "256Mi", MemoryLimit = "512Mi")]
    [HttpProbe(ProbeKind.Readiness, "/healthz", "http", PeriodSeconds = 5)]
    [SecurityContext(ReadOnlyRootFilesystem = true, AllowPrivilegeEscalation = false, DropCapabilities = ["ALL"])]
    partial class Api;

    [InitContainer("ghcr.io/acme/shop:1.4.2", Args = ["migrate", "--to", "latest"])]
    [EnvFromSecret("DB_PASSWORD", "shop-db", "password")]
    [Resources(CpuRequest = "100m", MemoryRequest = "128Mi", MemoryLimit = "256Mi")]
    [SecurityContext(AllowPrivilegeEscalation = false, DropCapabilities = ["ALL"])]
    partial class Migrate;

    [Sidecar("busybox:1.37", Command = ["sh", "-c", "tail -n+1 -F /var/log/app/*.log"])]
    [Mount(typeof(AppLogs), "/var/log/app", ReadOnly = true)]
    [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")]
    [SecurityContext(AllowPrivilegeEscalation = false, DropCapabilities = ["ALL"])]
    partial class LogTail;
}
