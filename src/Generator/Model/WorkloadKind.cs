namespace Consort.Generator.Model;

/// <summary>The Kubernetes kinds a workload attribute produces.</summary>
internal enum WorkloadKind
{
    Pod,
    Deployment,
    StatefulSet,
    DaemonSet,
    Job,
    CronJob,

    /// <summary>A <c>[ManifestSet]</c>: objects that belong to no workload, each a <c>[Manifest]</c>.</summary>
    ManifestSet,
}
