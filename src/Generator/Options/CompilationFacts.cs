using Microsoft.CodeAnalysis;

namespace Consort.Generator.Options;

/// <summary>The two facts about the compilation the generator needs, as a cacheable value.</summary>
/// <param name="HasKubernetesClient">Whether KubernetesClient is referenced (the typed API returns its models).</param>
/// <param name="HasModuleInitializers">Whether the target framework has <c>ModuleInitializerAttribute</c> (the registry needs it).</param>
internal sealed record CompilationFacts(bool HasKubernetesClient, bool HasModuleInitializers)
{
    /// <remarks>Read from the references, not the source, so that it is cached while the references stay the same.</remarks>
    public static CompilationFacts From(Binding.ReferencesOnly references) => new(references.HasKubernetesClient, references.HasModuleInitializers);

    /// <summary>The registry and the typed builders are generated only when both are present.</summary>
    public bool SupportsTypedApi => HasKubernetesClient && HasModuleInitializers;
}
