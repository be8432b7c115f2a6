using Consort;
using static Consort.SidecarKind;

namespace Consort.Generator.Tests.Workloads;

/// <summary>A StatefulSet whose governing Service defaults to its own name.</summary>
[StatefulSet("postgres", Namespace = "data", Replicas = 3)]
public partial class Postgres
{
    [PersistentVolumeClaimVolume("postgres-data")] partial class Data;

    [Container("postgres:17.2")]
    [Port(5432, Name = "postgres")]
    [EnvFromSecret("POSTGRES_PASSWORD", "postgres", "password")]
    [Mount(typeof(Data), "/var/lib/postgresql/data")]
    [ExecProbe(ProbeKind.Readiness, "pg_isready", "-U", "postgres")]
    partial class Db;
}

/// <summary>A DaemonSet: one node agent per node.</summary>
[DaemonSet("node-agent", Namespace = "kube-system", ServiceAccount = "node-agent")]
public partial class NodeAgent
{
    [Container("ghcr.io/acme/node-agent:0.9.1")]
    [EnvFromField("NODE_NAME", PodField.NodeName)]
    partial class Agent;
}

/// <summary>A Job with a native logging sidecar that does not keep it from completing.</summary>
[Job("migrate", BackoffLimit = 2, TtlSecondsAfterFinished = 3600)]
public partial class MigrateJob
{
    [EmptyDirVolume] partial class Logs;

    [Container("ghcr.io/acme/shop:1.4.2", Args = ["migrate"])]
    [Mount(typeof(Logs), "/var/log/migrate")]
    partial class Migrate;

    [Sidecar(Logging)] partial class LogShipper;
}

/// <summary>A CronJob that retries on failure and never overlaps.</summary>
[CronJob("nightly-report", "0 3 * * *", ConcurrencyPolicy = ConcurrencyPolicy.Forbid, RestartPolicy = PodRestartPolicy.OnFailure, Parallelism = 2, Completions = 4)]
[Label("team", "finance")]
public partial class NightlyReport
{
    [Container("ghcr.io/acme/report:2.0.0")]
    partial class Report;

    [Sidecar("ghcr.io/acme/uploader:1.1.0", Mode = SidecarMode.Native)]
    partial class Uploader;
}
