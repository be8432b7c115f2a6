using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Consort.Generator.Diagnostics;
using Consort.Generator.Helpers;
using Consort.Generator.Model;
using Consort.Generator.Validation;

namespace Consort.Generator.Parsing;

internal sealed partial class WorkloadParser
{
    /// <summary>
    /// The pod-level settings: the workload attribute's host namespaces, DNS, service links, class names and pull
    /// secrets, and the class's <c>[PodSecurityContext]</c>, <c>[NodeSelector]</c>, <c>[Toleration]</c>,
    /// <c>[TopologySpread]</c>, <c>[PodAntiAffinity]</c> and <c>[NodeAffinity]</c>.
    /// </summary>
    private PodSettingsSpec ReadPodSettings(AttributeArguments workload)
    {
        foreach (var property in new[] { "PriorityClassName", "RuntimeClassName", "SchedulerName" })
        {
            if (workload.NamedString(property) is { } className)
            {
                CheckName(KubernetesNames.CheckDns1123Subdomain(className), property, className, workload.Tree, workload.NamedSpan(property));
            }
        }

        var pullSecrets = AttributeArguments.StringArray(workload.Named("ImagePullSecrets")) ?? EquatableArray<string>.Empty;
        foreach (var secret in pullSecrets)
        {
            CheckName(KubernetesNames.CheckDns1123Subdomain(secret), "Image pull secret", secret, workload.Tree, workload.NamedSpan("ImagePullSecrets"));
        }

        var dnsPolicy = DefinedEnum<DnsPolicy>(workload, "DnsPolicy", DiagnosticDescriptors.InvalidSetting);
        return new PodSettingsSpec(
            workload.NamedBool("HostNetwork"),
            workload.NamedBool("HostPID"),
            workload.NamedBool("HostIPC"),
            dnsPolicy is DnsPolicy.ClusterFirst ? null : dnsPolicy,
            workload.NamedBool("AutomountServiceAccountToken"),
            workload.NamedBool("EnableServiceLinks"),
            workload.NamedString("PriorityClassName"),
            workload.NamedString("RuntimeClassName"),
            workload.NamedString("SchedulerName"),
            pullSecrets,
            ReadPodSecurityContext(),
            ReadKeyValues(KnownAttributes.NodeSelector),
            ReadClassAttributes(KnownAttributes.Toleration, ReadToleration),
            ReadClassAttributes(KnownAttributes.TopologySpread, ReadTopologySpread),
            ReadClassAttributes(KnownAttributes.PodAntiAffinity, ReadPodAntiAffinity),
            ReadClassAttributes(KnownAttributes.NodeAffinity, ReadNodeAffinity));
    }

    /// <summary>Each bound use of the class attribute <paramref name="attributeName"/>, read by <paramref name="read"/>, in declaration order.</summary>
    private EquatableArray<T> ReadClassAttributes<T>(string attributeName, System.Func<AttributeArguments, T> read)
        where T : System.IEquatable<T>
    {
        List<T>? items = null;
        foreach (var data in _type.Attributes)
        {
            if (data.Name == attributeName && new AttributeArguments(data) is var attribute && Bound(attribute))
            {
                (items ??= []).Add(read(attribute));
            }
        }

        return items is null ? EquatableArray<T>.Empty : items.ToEquatableArray();
    }

    private PodSecurityContextSpec? ReadPodSecurityContext()
    {
        var data = Find(_type, KnownAttributes.PodSecurityContext);
        if (data is null || new AttributeArguments(data) is var attribute && !Bound(attribute))
        {
            return null;
        }

        foreach (var id in new[] { "RunAsUser", "RunAsGroup", "FsGroup" })
        {
            CheckId(attribute, id, attribute.NamedLong(id));
        }

        var groups = attribute.Named("SupplementalGroups").Values.Select(static v => System.Convert.ToInt64(v.Value, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        foreach (var group in groups)
        {
            CheckId(attribute, "SupplementalGroups", group);
        }

        return new PodSecurityContextSpec(
            attribute.NamedBool("RunAsNonRoot"),
            attribute.NamedLong("RunAsUser"),
            attribute.NamedLong("RunAsGroup"),
            attribute.NamedLong("FsGroup"),
            groups.ToEquatableArray(),
            ReadSeccomp(attribute),
            DefinedEnum<FsGroupChangePolicy>(attribute, "FsGroupChangePolicy", DiagnosticDescriptors.InvalidSetting));
    }

    /// <summary>A user or group ID, which the API server takes from 0 to 2147483647.</summary>
    private void CheckId(AttributeArguments attribute, string property, long? id)
    {
        if (id is < 0 or > int.MaxValue)
        {
            Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.NamedSpan(property), $"{property} {id} must be between 0 and 2147483647, inclusive");
        }
    }

    /// <summary><c>Seccomp</c> with, for <see cref="SeccompProfile.Localhost"/> and only then, <c>SeccompLocalhostProfile</c>.</summary>
    private SeccompSpec? ReadSeccomp(AttributeArguments attribute)
    {
        var profile = attribute.NamedString("SeccompLocalhostProfile");
        if (DefinedEnum<SeccompProfile>(attribute, "Seccomp", DiagnosticDescriptors.InvalidSetting) is not { } type)
        {
            if (profile is not null)
            {
                Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.NamedSpan("SeccompLocalhostProfile"), $"SeccompLocalhostProfile '{profile}' needs Seccomp = SeccompProfile.Localhost");
            }

            return null;
        }

        if (type == SeccompProfile.Localhost && string.IsNullOrEmpty(profile))
        {
            Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.NamedSpan("Seccomp"), "Seccomp Localhost needs SeccompLocalhostProfile, the profile's file relative to the kubelet's seccomp directory");
        }
        else if (type != SeccompProfile.Localhost && profile is not null)
        {
            Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.NamedSpan("SeccompLocalhostProfile"), $"SeccompLocalhostProfile '{profile}' applies only to Seccomp = SeccompProfile.Localhost, not {type}");
        }

        return new SeccompSpec(type, type == SeccompProfile.Localhost ? profile : null);
    }

    private TolerationSpec ReadToleration(AttributeArguments attribute)
    {
        var key = attribute.PositionalString(0);
        var value = attribute.NamedString("Value");
        var effect = DefinedEnum<TaintEffect>(attribute, "Effect", DiagnosticDescriptors.InvalidSetting);
        var seconds = attribute.NamedLong("TolerationSeconds");
        if (key is not null && LabelRules.CheckKey(key, isAnnotation: false) is { } keyProblem)
        {
            Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.PositionalSpan(0), $"Toleration key '{key}' is invalid: {keyProblem}");
        }

        if (value is not null && key is null)
        {
            Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.NamedSpan("Value"), $"A toleration with Value '{value}' needs a key: without one it tolerates every taint, and the operator must be Exists");
        }
        else if (value is not null && LabelRules.CheckValue(value) is { } valueProblem)
        {
            Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.NamedSpan("Value"), $"Toleration value '{value}' is invalid: {valueProblem}");
        }

        if (seconds is not null && effect != TaintEffect.NoExecute)
        {
            Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.NamedSpan("TolerationSeconds"), $"TolerationSeconds {seconds} needs Effect = TaintEffect.NoExecute: only a NoExecute taint evicts a running pod");
        }

        return new TolerationSpec(key, value, effect, seconds);
    }

    private TopologySpreadSpec ReadTopologySpread(AttributeArguments attribute)
    {
        var key = CheckTopologyKey(attribute);
        var maxSkew = attribute.NamedInt("MaxSkew") ?? 1;
        if (maxSkew < 1)
        {
            Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.NamedSpan("MaxSkew"), $"MaxSkew {maxSkew} must be at least 1");
        }

        return new TopologySpreadSpec(key, maxSkew, DefinedEnum<Unsatisfiable>(attribute, "WhenUnsatisfiable", DiagnosticDescriptors.InvalidSetting) ?? Unsatisfiable.DoNotSchedule);
    }

    private PodAntiAffinitySpec ReadPodAntiAffinity(AttributeArguments attribute)
    {
        var key = CheckTopologyKey(attribute);
        var required = attribute.NamedBool("Required") == true;
        var weight = attribute.NamedInt("Weight") ?? 100;
        if (required && attribute.HasNamed("Weight"))
        {
            Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.NamedSpan("Weight"), "Weight applies to a preferred anti-affinity only; a Required one has no weight");
        }
        else if (weight is < 1 or > 100)
        {
            Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.NamedSpan("Weight"), $"Weight {weight} must be between 1 and 100, inclusive");
        }

        return new PodAntiAffinitySpec(key, required, weight);
    }

    private NodeAffinitySpec ReadNodeAffinity(AttributeArguments attribute)
    {
        var key = attribute.PositionalString(0) ?? string.Empty;
        if (LabelRules.CheckKey(key, isAnnotation: false) is { } keyProblem)
        {
            Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.PositionalSpan(0), $"Node affinity key '{key}' is invalid: {keyProblem}");
        }

        var values = AttributeArguments.StringArray(attribute.Positional(1)) ?? EquatableArray<string>.Empty;
        if (values.IsEmpty)
        {
            Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.NameSpan, $"Node affinity for '{key}' needs at least one value: the operator In matches none of an empty list");
        }

        foreach (var value in values)
        {
            if (LabelRules.CheckValue(value) is { } valueProblem)
            {
                Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.PositionalSpan(1), $"Node affinity value '{value}' is invalid: {valueProblem}");
            }
        }

        return new NodeAffinitySpec(key, values);
    }

    /// <summary>The first positional argument as a topology key: a node label key.</summary>
    private string CheckTopologyKey(AttributeArguments attribute)
    {
        var key = attribute.PositionalString(0) ?? string.Empty;
        if (LabelRules.CheckKey(key, isAnnotation: false) is { } problem)
        {
            Report(DiagnosticDescriptors.InvalidSetting, attribute.Tree, attribute.PositionalSpan(0), $"Topology key '{key}' is invalid: {problem}");
        }

        return key;
    }

    /// <summary>How a Deployment, StatefulSet or DaemonSet rolls out; values equal to the API server's defaults are dropped.</summary>
    private RolloutSpec ReadRollout(WorkloadKind kind, AttributeArguments workload)
    {
        CheckNotNegative(workload, "MinReadySeconds", "RevisionHistoryLimit", "ProgressDeadlineSeconds");
        var minReady = workload.NamedInt("MinReadySeconds") is { } ready and not 0 ? ready : (int?)null;
        switch (kind)
        {
            case WorkloadKind.Deployment:
                var strategy = DefinedEnum<DeploymentStrategy>(workload, "Strategy", DiagnosticDescriptors.InvalidSetting);
                var (surge, unavailable) = ReadRollingUpdate(workload, strategy == DeploymentStrategy.Recreate, "Strategy = DeploymentStrategy.Recreate", "25%", "25%");
                var progress = workload.NamedInt("ProgressDeadlineSeconds");
                if (progress is { } deadline && deadline <= (workload.NamedInt("MinReadySeconds") ?? 0))
                {
                    Report(DiagnosticDescriptors.InvalidSetting, workload.Tree, workload.NamedSpan("ProgressDeadlineSeconds"), $"ProgressDeadlineSeconds {deadline} must be greater than MinReadySeconds ({workload.NamedInt("MinReadySeconds") ?? 0})");
                }

                return new RolloutSpec(
                    strategy is DeploymentStrategy.Recreate ? "Recreate" : null,
                    surge,
                    unavailable,
                    minReady,
                    workload.NamedInt("RevisionHistoryLimit") is { } history and not 10 ? history : null,
                    progress is { } p and not 600 ? p : null,
                    null);
            case WorkloadKind.StatefulSet:
                var podManagement = DefinedEnum<PodManagementPolicy>(workload, "PodManagementPolicy", DiagnosticDescriptors.InvalidSetting);
                var statefulUpdate = DefinedEnum<StatefulSetUpdateStrategy>(workload, "UpdateStrategy", DiagnosticDescriptors.InvalidSetting);
                return new RolloutSpec(
                    statefulUpdate is StatefulSetUpdateStrategy.OnDelete ? "OnDelete" : null,
                    null,
                    null,
                    minReady,
                    null,
                    null,
                    podManagement is PodManagementPolicy.Parallel ? "Parallel" : null);
            case WorkloadKind.DaemonSet:
                var daemonUpdate = DefinedEnum<DaemonSetUpdateStrategy>(workload, "UpdateStrategy", DiagnosticDescriptors.InvalidSetting);
                // Unlike a Deployment's, a DaemonSet's rolling-update bounds are accepted (and ignored) with OnDelete.
                var (_, daemonUnavailable) = ReadRollingUpdate(workload, notRolling: false, string.Empty, null, "1");
                return new RolloutSpec(daemonUpdate is DaemonSetUpdateStrategy.OnDelete ? "OnDelete" : null, null, daemonUnavailable, minReady, null, null, null);
            default:
                return RolloutSpec.None;
        }
    }

    /// <summary>
    /// <c>MaxSurge</c> and <c>MaxUnavailable</c>: each a count or a percentage, not both zero, none with a strategy
    /// that does not roll (<paramref name="notRolling"/>); the API server's defaults are dropped.
    /// </summary>
    private (string? MaxSurge, string? MaxUnavailable) ReadRollingUpdate(AttributeArguments workload, bool notRolling, string strategy, string? surgeDefault, string unavailableDefault)
    {
        var surge = surgeDefault is null ? null : CheckIntOrPercent(workload, "MaxSurge");
        var unavailable = CheckIntOrPercent(workload, "MaxUnavailable");
        foreach (var (property, value) in new[] { ("MaxSurge", surge), ("MaxUnavailable", unavailable) })
        {
            if (value is not null && notRolling)
            {
                Report(DiagnosticDescriptors.InvalidSetting, workload.Tree, workload.NamedSpan(property), $"{property} '{value}' applies to rolling updates only, not with {strategy}");
            }
        }

        if (IsZero(unavailable) && IsZero(surge ?? (surgeDefault is null ? "0" : surgeDefault)))
        {
            Report(
                DiagnosticDescriptors.InvalidSetting,
                workload.Tree,
                workload.NamedSpan("MaxUnavailable"),
                surgeDefault is null
                    ? "MaxUnavailable must not be 0: a DaemonSet's update would never replace a pod"
                    : "MaxSurge and MaxUnavailable must not both be 0: the rollout could neither add nor remove a pod");
        }

        return (surge == surgeDefault ? null : surge, unavailable == unavailableDefault ? null : unavailable);
    }

    /// <summary>A number of pods or a percentage (at most 100 % but for a Deployment's <c>MaxSurge</c>), as written.</summary>
    private string? CheckIntOrPercent(AttributeArguments workload, string property)
    {
        var value = workload.NamedString(property);
        if (value is null)
        {
            return null;
        }

        var match = IntOrPercent.Match(value);
        if (!match.Success || !int.TryParse(match.Groups[1].Value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
        {
            Report(DiagnosticDescriptors.InvalidSetting, workload.Tree, workload.NamedSpan(property), $"{property} '{value}' must be a number of pods (\"1\") or a percentage (\"25%\")");
            return null;
        }

        if (match.Groups[2].Success && property != "MaxSurge" && int.TryParse(match.Groups[1].Value, out var percent) && percent > 100)
        {
            Report(DiagnosticDescriptors.InvalidSetting, workload.Tree, workload.NamedSpan(property), $"{property} '{value}' must not be more than 100%");
        }

        return value;
    }

    private static bool IsZero(string? intOrPercent) => intOrPercent is not null && intOrPercent.TrimEnd('%').All(static c => c == '0');

    private static readonly Regex IntOrPercent = new("^([0-9]+)(%)?$", RegexOptions.CultureInvariant);
}
