using Consort.Generator.Helpers;
using Consort.Generator.Options;

namespace Consort.Generator.Model;

/// <summary>Everything the emitters need about one workload class: plain values, no symbols or syntax.</summary>
/// <param name="Type">The workload class.</param>
/// <param name="Kind">The Kubernetes kind.</param>
/// <param name="Name">The workload's <c>metadata.name</c>.</param>
/// <param name="Namespace">The namespace, when given.</param>
/// <param name="ServiceAccount">The pod's service account, when given.</param>
/// <param name="ShareProcessNamespace">The pod's <c>shareProcessNamespace</c>, when given.</param>
/// <param name="TerminationGracePeriodSeconds">The pod's grace period, when given.</param>
/// <param name="Replicas">Deployment replicas, when given.</param>
/// <param name="RestartPolicy">The pod restart policy, when given.</param>
/// <param name="Labels">Labels in declaration order (duplicates resolved, last value wins).</param>
/// <param name="Selector">The <c>[Selector]</c> labels in declaration order; empty for Consort's default selector.</param>
/// <param name="Annotations">Annotations in declaration order (duplicates resolved, last value wins).</param>
/// <param name="Volumes">Volumes in declaration order.</param>
/// <param name="Containers">Containers of every role, in declaration order.</param>
/// <param name="ServiceName">The StatefulSet's governing Service.</param>
/// <param name="ClaimRetention">The StatefulSet's claim retention policy, when given.</param>
/// <param name="Job">Job settings (Job, and each run of a CronJob).</param>
/// <param name="Schedule">The CronJob's schedule.</param>
/// <param name="ConcurrencyPolicy">The CronJob's concurrency policy, when not the default.</param>
/// <param name="MinimumKubernetesVersion">The lowest target version at which this workload is valid, when it has version-dependent errors.</param>
/// <param name="Pod">The pod-level settings every kind has (host namespaces, DNS, scheduling, security context).</param>
/// <param name="Rollout">How a Deployment, StatefulSet or DaemonSet rolls out.</param>
/// <param name="Patches">The workload's <c>[Patch]</c>es, in declaration order.</param>
/// <param name="Manifests">The extra objects of its <c>[Manifest]</c>s, in declaration order.</param>
/// <param name="Companions">The objects that ship with it: service account, disruption budget, autoscaler.</param>
internal sealed record WorkloadSpec(
    TypeHierarchy Type,
    WorkloadKind Kind,
    string Name,
    string? Namespace,
    string? ServiceAccount,
    bool? ShareProcessNamespace,
    int? TerminationGracePeriodSeconds,
    int? Replicas,
    PodRestartPolicy? RestartPolicy,
    EquatableArray<KeyValueSpec> Labels,
    EquatableArray<KeyValueSpec> Selector,
    EquatableArray<KeyValueSpec> Annotations,
    EquatableArray<VolumeSpec> Volumes,
    EquatableArray<ContainerSpec> Containers,
    string? ServiceName,
    ClaimRetentionSpec? ClaimRetention,
    JobSettingsSpec? Job,
    string? Schedule,
    ConcurrencyPolicy? ConcurrencyPolicy,
    KubernetesVersion? MinimumKubernetesVersion,
    PodSettingsSpec Pod,
    RolloutSpec Rollout,
    EquatableArray<PatchValue> Patches,
    EquatableArray<ManifestObjectSpec> Manifests,
    CompanionsSpec Companions);

/// <summary>A StatefulSet's claim retention policy; a null field is the API server's default (Retain).</summary>
internal sealed record ClaimRetentionSpec(ClaimRetention? WhenDeleted, ClaimRetention? WhenScaled);

/// <summary>A Job's settings; null fields are the API server's defaults.</summary>
internal sealed record JobSettingsSpec(int? BackoffLimit, int? Completions, int? Parallelism, int? TtlSecondsAfterFinished);

/// <summary>A label or annotation (<paramref name="WorkloadOnly"/>: on the workload object, not on its pods), or a key and its value.</summary>
internal sealed record KeyValueSpec(string Key, string Value, bool WorkloadOnly = false);
