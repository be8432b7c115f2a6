using Consort.Generator.Helpers;

namespace Consort.Generator.Model;

/// <summary>Where the workload class sits, as data: enough to re-open it as a partial declaration.</summary>
/// <param name="Namespace">The namespace, or empty for the global namespace.</param>
/// <param name="ContainingTypes">Outer types, outermost first, as declaration headers such as <c>partial class Outer&lt;T&gt;</c>.</param>
/// <param name="Name">The class name with its type parameters.</param>
/// <param name="MetadataName">A file-name-safe, unique name used for the generated file.</param>
/// <param name="IsAssemblyVisible">Whether code outside the type (a module initializer) can reach it.</param>
internal sealed record TypeHierarchy(
    string Namespace,
    EquatableArray<string> ContainingTypes,
    string Name,
    string MetadataName,
    bool IsAssemblyVisible);
