using Consort.Generator.Helpers;

namespace Consort.Generator.Model;

/// <summary>Where the workload class sits, as data: enough to re-open it as a partial declaration.</summary>
/// <param name="Namespace">The namespace, or empty for the global namespace.</param>
/// <param name="ContainingTypes">The names of the outer classes, outermost first (workloads and their outer classes are never generic).</param>
/// <param name="Name">The class name.</param>
/// <param name="MetadataName">A file-name-safe, unique name used for the generated file.</param>
/// <param name="IsAssemblyVisible">Whether code outside the type (a module initializer) can reach it.</param>
internal sealed record TypeHierarchy(
    string Namespace,
    EquatableArray<string> ContainingTypes,
    string Name,
    string MetadataName,
    bool IsAssemblyVisible);
