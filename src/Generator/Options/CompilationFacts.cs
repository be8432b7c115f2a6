using Microsoft.CodeAnalysis;

namespace Consort.Generator.Options;

/// <summary>The two facts about the compilation the generator needs, as a cacheable value.</summary>
/// <param name="HasKubernetesClient">Whether <c>k8s.Models.V1Pod</c> is referenced (the typed API needs it).</param>
/// <param name="HasModuleInitializers">Whether the target framework has <c>ModuleInitializerAttribute</c> (the registry needs it).</param>
internal sealed record CompilationFacts(bool HasKubernetesClient, bool HasModuleInitializers)
{
    public static CompilationFacts From(Compilation compilation) => new(
        compilation.GetTypeByMetadataName("k8s.Models.V1Pod") is not null,
        compilation.GetTypeByMetadataName("System.Runtime.CompilerServices.ModuleInitializerAttribute") is not null);

    /// <summary>The registry and the typed builders are generated only when both are present.</summary>
    public bool SupportsTypedApi => HasKubernetesClient && HasModuleInitializers;
}
