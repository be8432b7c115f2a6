using System.Linq;
using Consort.Generator.Helpers;
using Consort.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Consort.Generator.Parsing;

/// <summary>Captures where a workload class is declared, as plain strings.</summary>
internal static class TypeHierarchyReader
{
    public static TypeHierarchy Read(DeclaredType type)
    {
        var ns = type.Namespace;
        var outers = Enumerable.Empty<DeclaredType>();
        var visible = IsAssemblyVisible(type);
        for (var outer = type.ContainingType; outer is not null; outer = outer.ContainingType)
        {
            outers = outers.Prepend(outer);
            visible &= IsAssemblyVisible(outer);
        }

        var containing = outers.Select(static o => o.Name).ToEquatableArray();
        var metadataName = string.Join(".", new[] { ns }.Concat(containing).Append(type.Name).Where(static s => s.Length > 0));
        return new TypeHierarchy(ns, containing, type.Name, metadataName, visible);
    }

    private static bool IsAssemblyVisible(DeclaredType type)
        => type.DeclaredAccessibility is Accessibility.Public or Accessibility.Internal or Accessibility.ProtectedOrInternal;
}
