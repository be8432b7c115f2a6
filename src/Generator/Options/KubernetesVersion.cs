using System;
using System.Globalization;

namespace Consort.Generator.Options;

/// <summary>A Kubernetes minor version such as 1.33, the target that drives sidecar lowering and version-dependent rules.</summary>
internal readonly record struct KubernetesVersion(int Major, int Minor) : IComparable<KubernetesVersion>
{
    public static readonly KubernetesVersion Default = new(1, 33);

    /// <summary>Native sidecars are on by default (beta) from here.</summary>
    public static readonly KubernetesVersion NativeSidecarsByDefault = new(1, 29);

    /// <summary>Native sidecars exist (alpha, behind a feature gate) from here.</summary>
    public static readonly KubernetesVersion NativeSidecarsExist = new(1, 28);

    /// <summary>Environment variable names may be any printable ASCII but '=' from here (RelaxedEnvironmentVariableValidation GA).</summary>
    public static readonly KubernetesVersion RelaxedEnvVarNames = new(1, 34);

    /// <summary>The <c>sleep</c> lifecycle action is on by default (beta) from 1.30.</summary>
    public static readonly KubernetesVersion SleepAction = new(1, 30);

    /// <summary>A StatefulSet's claim retention policy is on by default (beta) from 1.27; before, the API server drops it.</summary>
    public static readonly KubernetesVersion ClaimRetention = new(1, 27);

    /// <summary>A zero-second <c>sleep</c> action is accepted from 1.33 (the PodLifecycleSleepActionAllowZero gate on by default).</summary>
    public static readonly KubernetesVersion SleepActionAllowsZero = new(1, 33);

    public int CompareTo(KubernetesVersion other)
        => Major != other.Major ? Major.CompareTo(other.Major) : Minor.CompareTo(other.Minor);

    public static bool operator <(KubernetesVersion left, KubernetesVersion right) => left.CompareTo(right) < 0;

    public static bool operator >(KubernetesVersion left, KubernetesVersion right) => left.CompareTo(right) > 0;

    public static bool operator <=(KubernetesVersion left, KubernetesVersion right) => left.CompareTo(right) <= 0;

    public static bool operator >=(KubernetesVersion left, KubernetesVersion right) => left.CompareTo(right) >= 0;

    /// <summary>Reads <c>1.33</c>, <c>v1.33</c> or <c>1.33.2</c> (the patch is ignored).</summary>
    public static bool TryParse(string? text, out KubernetesVersion version)
    {
        version = Default;
        if (text is null)
        {
            return false;
        }

        var trimmed = text.Trim();
        if (trimmed.StartsWith("v", StringComparison.OrdinalIgnoreCase))
        {
            trimmed = trimmed.Substring(1);
        }

        var parts = trimmed.Split('.');
        if (parts.Length is < 2 or > 3
            || !int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major)
            || !int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var minor)
            || (parts.Length == 3 && !int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out _)))
        {
            return false;
        }

        version = new KubernetesVersion(major, minor);
        return true;
    }

    public override string ToString() => Major.ToString(CultureInfo.InvariantCulture) + "." + Minor.ToString(CultureInfo.InvariantCulture);
}
