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
}
