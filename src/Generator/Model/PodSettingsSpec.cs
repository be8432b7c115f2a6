using Consort.Generator.Helpers;

namespace Consort.Generator.Model;

/// <summary>The pod-level settings of SPEC 8.1 that every kind has; null and empty fields are not written.</summary>
/// <param name="HostNetwork">The pod's <c>hostNetwork</c>, when given.</param>
/// <param name="HostPID">The pod's <c>hostPID</c>, when given.</param>
/// <param name="HostIPC">The pod's <c>hostIPC</c>, when given.</param>
/// <param name="DnsPolicy">The pod's <c>dnsPolicy</c>, when given and not the default.</param>
/// <param name="AutomountServiceAccountToken">The pod's <c>automountServiceAccountToken</c>, when given.</param>
/// <param name="EnableServiceLinks">The pod's <c>enableServiceLinks</c>, when given.</param>
/// <param name="PriorityClassName">The pod's <c>priorityClassName</c>.</param>
/// <param name="RuntimeClassName">The pod's <c>runtimeClassName</c>.</param>
/// <param name="SchedulerName">The pod's <c>schedulerName</c>.</param>
/// <param name="ImagePullSecrets">The names in <c>imagePullSecrets</c>.</param>
/// <param name="SecurityContext">The pod's <c>securityContext</c>, when given.</param>
/// <param name="NodeSelector">The <c>nodeSelector</c> labels, in declaration order.</param>
/// <param name="Tolerations">The <c>tolerations</c>, in declaration order.</param>
/// <param name="TopologySpread">The <c>topologySpreadConstraints</c>, in declaration order.</param>
/// <param name="AntiAffinity">The pod anti-affinity terms, in declaration order.</param>
/// <param name="NodeAffinity">The required node affinity expressions, in declaration order.</param>
internal sealed record PodSettingsSpec(
    bool? HostNetwork,
    bool? HostPID,
    bool? HostIPC,
    DnsPolicy? DnsPolicy,
    bool? AutomountServiceAccountToken,
    bool? EnableServiceLinks,
    string? PriorityClassName,
    string? RuntimeClassName,
    string? SchedulerName,
    EquatableArray<string> ImagePullSecrets,
    PodSecurityContextSpec? SecurityContext,
    EquatableArray<KeyValueSpec> NodeSelector,
    EquatableArray<TolerationSpec> Tolerations,
    EquatableArray<TopologySpreadSpec> TopologySpread,
    EquatableArray<PodAntiAffinitySpec> AntiAffinity,
    EquatableArray<NodeAffinitySpec> NodeAffinity);

/// <summary>A seccomp profile: its type, and the file for <see cref="SeccompProfile.Localhost"/>.</summary>
internal sealed record SeccompSpec(SeccompProfile Type, string? LocalhostProfile);

/// <summary>The pod's <c>securityContext</c>; null and empty fields are left out.</summary>
internal sealed record PodSecurityContextSpec(
    bool? RunAsNonRoot,
    long? RunAsUser,
    long? RunAsGroup,
    long? FsGroup,
    EquatableArray<long> SupplementalGroups,
    SeccompSpec? Seccomp,
    FsGroupChangePolicy? FsGroupChangePolicy);

/// <summary>A toleration: with a value the operator is <c>Equal</c>, else <c>Exists</c>; no key tolerates every taint.</summary>
internal sealed record TolerationSpec(string? Key, string? Value, TaintEffect? Effect, long? TolerationSeconds);

/// <summary>A topology spread constraint over the workload's own pods.</summary>
internal sealed record TopologySpreadSpec(string TopologyKey, int MaxSkew, Unsatisfiable WhenUnsatisfiable);

/// <summary>A pod anti-affinity term against the workload's own pods: required, or preferred with a weight.</summary>
internal sealed record PodAntiAffinitySpec(string TopologyKey, bool Required, int Weight);

/// <summary>A required node affinity expression, operator <c>In</c>.</summary>
internal sealed record NodeAffinitySpec(string Key, EquatableArray<string> Values);

/// <summary>
/// How a Deployment, StatefulSet or DaemonSet rolls out: the strategy type (<c>spec.strategy.type</c> of a
/// Deployment, <c>spec.updateStrategy.type</c> of the others) and the settings that go with it; null is the API
/// server's default and is not written.
/// </summary>
internal sealed record RolloutSpec(
    string? StrategyType,
    string? MaxSurge,
    string? MaxUnavailable,
    int? MinReadySeconds,
    int? RevisionHistoryLimit,
    int? ProgressDeadlineSeconds,
    string? PodManagementPolicy)
{
    public static RolloutSpec None { get; } = new(null, null, null, null, null, null, null);
}
