using Microsoft.CodeAnalysis;

namespace Consort.Generator.Options;

/// <summary>The two facts about the compilation the generator needs, as a cacheable value.</summary>
/// <param name="HasRuntime">Whether Consort's runtime library is referenced (the typed API calls it, and returns KubernetesClient's models).</param>
/// <param name="HasModuleInitializers">Whether the target framework has <c>ModuleInitializerAttribute</c> (the registry needs it).</param>
internal sealed record CompilationFacts(bool HasRuntime, bool HasModuleInitializers)
{
    /// <remarks>Read from the references, not the source, so that it is cached while the references stay the same.</remarks>
    public static CompilationFacts From(Binding.ReferencesOnly references) => new(references.HasRuntime, references.HasModuleInitializers);

    /// <summary>The registry and the typed builders are generated only when both are present.</summary>
    public bool SupportsTypedApi => HasRuntime && HasModuleInitializers;
}
