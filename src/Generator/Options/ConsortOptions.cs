using Microsoft.CodeAnalysis.Diagnostics;

namespace Consort.Generator.Options;

/// <summary>The project-wide settings the generator reads from MSBuild (through <c>CompilerVisibleProperty</c>).</summary>
/// <param name="KubernetesVersion">The cluster version the manifests target (<c>ConsortKubernetesVersion</c>).</param>
/// <param name="PodSecurity">The Pod Security Standards level workloads are checked against (<c>ConsortPodSecurity</c>).</param>
internal sealed record ConsortOptions(KubernetesVersion KubernetesVersion, PodSecurityLevel PodSecurity = PodSecurityLevel.Baseline)
{
    public const string KubernetesVersionProperty = "build_property.ConsortKubernetesVersion";

    public const string PodSecurityProperty = "build_property.ConsortPodSecurity";

    public static ConsortOptions Default { get; } = new(KubernetesVersion.Default);

    public static ConsortOptions From(AnalyzerConfigOptionsProvider provider)
    {
        // An unreadable value falls back to the default; the MSBuild targets reject it with a clear error first.
        provider.GlobalOptions.TryGetValue(KubernetesVersionProperty, out var text);
        provider.GlobalOptions.TryGetValue(PodSecurityProperty, out var level);
        return new ConsortOptions(
            KubernetesVersion.TryParse(text, out var version) ? version : KubernetesVersion.Default,
            level?.Trim().ToLowerInvariant() switch
            {
                "privileged" => PodSecurityLevel.Privileged,
                "restricted" => PodSecurityLevel.Restricted,
                _ => PodSecurityLevel.Baseline,
            });
    }
}
