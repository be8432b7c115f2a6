using Consort;
using static Consort.SidecarKind;

namespace Consort.Samples;

/// <summary>
/// An app that writes log files, and a Fluent Bit sidecar that ships them to Elasticsearch. The seed's version
/// ran Fluentd as a regular container (a Job never completes; logs lost at start and stop), used the v0.12
/// config syntax, and the Fluentd image it named has no Elasticsearch plugin.
/// </summary>
[Deployment("orders", Namespace = "shop")]
[PodSecurityContext(RunAsNonRoot = true, RunAsUser = 1000, Seccomp = SeccompProfile.RuntimeDefault)]
public partial class LogShipping
{
    [EmptyDirVolume(SizeLimit = "2Gi")] partial class AppLogs;

    [Container("ghcr.io/acme/orders:3.2.0")]
    [Port(8080, Name = "http")]
    [Mount(typeof(AppLogs), "/var/log/orders")]
    [Resources(CpuRequest = "200m", MemoryRequest = "256Mi", MemoryLimit = "512Mi")]
    [SecurityContext(AllowPrivilegeEscalation = false, DropCapabilities = ["ALL"])]
    partial class Api;

    [Sidecar(Logging, Output = LogOutput.Elasticsearch, Host = "elasticsearch.logging.svc")]
    partial class LogShipper;
}
