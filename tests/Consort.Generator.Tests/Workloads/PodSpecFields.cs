using Consort;

namespace Consort.Generator.Tests.Workloads;

/// <summary>A hardened, spread-out web Deployment: pod security context, scheduling, rollout, gRPC probe, lifecycle hooks, envFrom, projected keys.</summary>
[Deployment(
    "checkout",
    Namespace = "shop",
    Replicas = 4,
    Strategy = DeploymentStrategy.RollingUpdate,
    MaxSurge = "1",
    MaxUnavailable = "0",
    MinReadySeconds = 5,
    RevisionHistoryLimit = 3,
    AutomountServiceAccountToken = false,
    EnableServiceLinks = false,
    PriorityClassName = "business-critical",
    ImagePullSecrets = ["registry-credentials"],
    TerminationGracePeriodSeconds = 40)]
[PodSecurityContext(RunAsNonRoot = true, RunAsUser = 10001, RunAsGroup = 10001, FsGroup = 10001, SupplementalGroups = [2000, 3000], Seccomp = SeccompProfile.RuntimeDefault)]
[NodeSelector("kubernetes.io/os", "linux")]
[NodeAffinity("kubernetes.io/arch", "amd64", "arm64")]
[Toleration("dedicated", Value = "shop", Effect = TaintEffect.NoSchedule)]
[Toleration("node.kubernetes.io/unreachable", Effect = TaintEffect.NoExecute, TolerationSeconds = 30)]
[TopologySpread("topology.kubernetes.io/zone", MaxSkew = 1, WhenUnsatisfiable = Unsatisfiable.ScheduleAnyway)]
[PodAntiAffinity("kubernetes.io/hostname")]
public partial class Checkout
{
    [ConfigMapVolume("checkout-config", DefaultMode = "0444")]
    [VolumeItem("appsettings.json", "appsettings.json")]
    [VolumeItem("logging.json", "conf/logging.json", Mode = "0400")]
    partial class Settings;

    [SecretVolume("checkout-tls", DefaultMode = "0400")] partial class Tls;

    [Container("ghcr.io/acme/checkout:3.1.0", TerminationMessagePolicy = TerminationMessagePolicy.FallbackToLogsOnError)]
    [Port(7070, Name = "grpc")]
    [Port(8080, Name = "http")]
    [EnvFrom(ConfigMap = "checkout-env", Prefix = "CHECKOUT_")]
    [EnvFrom(Secret = "checkout-db", Optional = true)]
    [Mount(typeof(Settings), "/app/config", ReadOnly = true)]
    [Mount(typeof(Tls), "/app/tls", ReadOnly = true)]
    [Resources(CpuRequest = "200m", MemoryRequest = "256Mi", MemoryLimit = "512Mi")]
    [GrpcProbe(ProbeKind.Readiness, 7070, PeriodSeconds = 5)]
    [GrpcProbe(ProbeKind.Liveness, 7070, Service = "liveness")]
    [HttpProbe(ProbeKind.Startup, "/started", "http", Headers = ["X-Probe: startup", "Accept: text/plain"], FailureThreshold = 30)]
    [PreStop(SleepSeconds = 10)]
    [PostStart("sh", "-c", "echo started > /tmp/started")]
    [SecurityContext(AllowPrivilegeEscalation = false, ReadOnlyRootFilesystem = true, DropCapabilities = ["ALL"], Seccomp = SeccompProfile.RuntimeDefault)]
    partial class Server;
}

/// <summary>A StatefulSet with a claim per pod, started in parallel and updated by hand, keeping the selector it had before Consort.</summary>
[StatefulSet("ledger", Replicas = 3, PodManagementPolicy = PodManagementPolicy.Parallel, UpdateStrategy = StatefulSetUpdateStrategy.OnDelete, MinReadySeconds = 10, ClaimsWhenDeleted = ClaimRetention.Delete, ClaimsWhenScaled = ClaimRetention.Retain)]
[Selector("app", "ledger")]
[Selector("tier", "db")]
[Label("tier", "db")]
public partial class Ledger
{
    [VolumeClaimTemplate("20Gi", StorageClass = "fast-ssd")] partial class Data;

    [VolumeClaimTemplate("1Gi", AccessMode = AccessMode.ReadWriteOncePod)] partial class Wal;

    [Container("ghcr.io/acme/ledger:5.0.2")]
    [Port(5432, Name = "sql")]
    [Mount(typeof(Data), "/var/lib/ledger")]
    [Mount(typeof(Wal), "/var/lib/ledger-wal")]
    [Resources(CpuRequest = "500m", MemoryRequest = "1Gi", MemoryLimit = "1Gi")]
    partial class Db;
}

/// <summary>A node agent on the host's network and PID namespace, with host paths, tolerating every taint.</summary>
[DaemonSet("node-exporter", Namespace = "monitoring", HostNetwork = true, HostPID = true, DnsPolicy = DnsPolicy.ClusterFirstWithHostNet, UpdateStrategy = DaemonSetUpdateStrategy.RollingUpdate, MaxUnavailable = "10%")]
[Toleration]
[PodSecurity(PodSecurityLevel.Privileged)] // host namespaces, host paths and a host port: a node agent
[PodSecurityContext(RunAsNonRoot = true, RunAsUser = 65534)]
public partial class NodeExporter
{
    [HostPathVolume("/proc", Type = HostPathType.Directory)] partial class Proc;

    [HostPathVolume("/")] partial class Root;

    [Container("quay.io/prometheus/node-exporter:v1.9.1", Args = ["--path.procfs=/host/proc", "--path.rootfs=/host/root"])]
    [Port(9100, Name = "metrics", HostPort = 9100)]
    [Mount(typeof(Proc), "/host/proc", ReadOnly = true)]
    [Mount(typeof(Root), "/host/root", ReadOnly = true, MountPropagation = MountPropagation.HostToContainer)]
    [Resources(CpuRequest = "100m", MemoryRequest = "64Mi", MemoryLimit = "128Mi")]
    partial class Exporter;
}

/// <summary>A GPU inference server that proves who it is with a service account token and reads its weights from an iSCSI disk, with labels on the Deployment only.</summary>
[Deployment("inference", Namespace = "ml")]
[Label("team", "ml")]
[Label("release", "2026-11", WorkloadOnly = true)]
[Annotation("acme.io/owner", "ml-platform", WorkloadOnly = true)]
[PodSecurityContext(FsGroup = 1000, FsGroupChangePolicy = FsGroupChangePolicy.OnRootMismatch)]
public partial class Inference
{
    [ServiceAccountTokenVolume("token", Audience = "vault", ExpirationSeconds = 7200)] partial class VaultToken;

    [PersistentVolumeClaimVolume("models")] partial class Models;

    [IscsiVolume("10.0.2.15:3260", "iqn.2001-04.com.example:storage.weights", 0, FsType = "xfs", ReadOnly = true,
        Portals = new[] { "10.0.2.16:3260" }, ChapAuthSession = true, Secret = "weights-chap")]
    partial class Weights;

    [Container("ghcr.io/acme/inference:2.0.0")]
    [Port(8000, Name = "http")]
    [Mount(typeof(VaultToken), "/var/run/secrets/vault", ReadOnly = true)]
    [Mount(typeof(Models), "/models")]
    [Mount(typeof(Weights), "/weights", ReadOnly = true)]
    [Resources(CpuRequest = "2", MemoryRequest = "10Gi", MemoryLimit = "10Gi")]
    [ExtendedResource("nvidia.com/gpu", 1)]
    partial class Server;
}
