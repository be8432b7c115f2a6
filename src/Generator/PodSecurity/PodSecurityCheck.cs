using System;
using System.Collections.Generic;
using System.Linq;
using Consort.Generator.Options;

namespace Consort.Generator.PodSecurity;

/// <summary>A check of the controller: its ID, the diagnostic that reports it, its level and its versions.</summary>
internal sealed record PodSecurityCheck(string Id, string DiagnosticId, bool Restricted, IReadOnlyList<VersionedCheck> Versions)
{
    /// <summary>The version of the check in force at policy <paramref name="policy"/>, if the check exists there.</summary>
    public VersionedCheck? At(KubernetesVersion policy) => Versions.LastOrDefault(v => v.Minimum <= policy);
}

/// <summary>A check from a policy version on, and the baseline checks it replaces at restricted.</summary>
internal sealed class VersionedCheck(KubernetesVersion minimum, Func<PodView, CheckFailure?> evaluate, params string[] overrides)
{
    public KubernetesVersion Minimum { get; } = minimum;

    public Func<PodView, CheckFailure?> Evaluate { get; } = evaluate;

    public IReadOnlyList<string> Overrides { get; } = overrides;
}

/// <summary>A failing check: the controller's reason and detail, and what set the offending values, for the diagnostic's location.</summary>
internal sealed record CheckFailure(string Reason, string Detail, IReadOnlyList<Offender> Offenders)
{
    /// <summary><c>reason (detail)</c>, as the controller writes one check.</summary>
    public string Text => Detail.Length == 0 ? Reason : Reason + " (" + Detail + ")";
}

/// <summary>What a failing check blames: the pod, a container or a volume, and the field.</summary>
internal sealed record Offender(string? Container, string? Volume, string Field)
{
    public static Offender Pod(string field) => new(null, null, field);

    public static Offender OfContainer(string name, string field) => new(name, null, field);

    public static Offender OfVolume(string name) => new(null, name, "volume");
}
