using Microsoft.CodeAnalysis.Diagnostics;

namespace Consort.Generator.Options;

/// <summary>The project-wide settings the generator reads from MSBuild (through <c>CompilerVisibleProperty</c>).</summary>
/// <param name="KubernetesVersion">The cluster version the manifests target (<c>ConsortKubernetesVersion</c>).</param>
internal sealed record ConsortOptions(KubernetesVersion KubernetesVersion)
{
    public const string KubernetesVersionProperty = "build_property.ConsortKubernetesVersion";

    public static ConsortOptions Default { get; } = new(KubernetesVersion.Default);

    public static ConsortOptions From(AnalyzerConfigOptionsProvider provider)
    {
        // An unreadable value falls back to the default; the MSBuild targets reject it with a clear error first.
        provider.GlobalOptions.TryGetValue(KubernetesVersionProperty, out var text);
        return KubernetesVersion.TryParse(text, out var version) ? new ConsortOptions(version) : Default;
    }
}
