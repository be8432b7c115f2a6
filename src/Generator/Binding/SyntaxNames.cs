using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Consort.Generator.Binding;

/// <summary>Metadata names read from declarations (<c>Demo.Shop</c>, <c>Demo.Outer`1.Inner</c>), so that two files' declarations of one type compare equal.</summary>
internal static class SyntaxNames
{
    /// <summary>The name a namespace declaration adds, such as <c>Acme.Web</c>.</summary>
    public static string Segment(BaseNamespaceDeclarationSyntax ns) => Dotted(ns.Name);

    /// <summary>A (possibly qualified) name as dotted identifiers, without <c>global::</c>, spaces or comments: <c>Acme.Web</c>.</summary>
    public static string Dotted(NameSyntax name)
        => string.Join(".", name.DescendantTokens().Where(static t => t.IsKind(SyntaxKind.IdentifierToken)).Select(static t => t.ValueText));

    /// <summary>The name a type declaration adds, with its arity: <c>Shop</c>, <c>Cache`1</c>.</summary>
    public static string Segment(BaseTypeDeclarationSyntax type)
        => type.Identifier.ValueText + (type is TypeDeclarationSyntax { TypeParameterList.Parameters.Count: > 0 and var arity } ? "`" + arity : string.Empty);

    /// <summary>The metadata name of <paramref name="type"/>, from the namespaces and types around it.</summary>
    public static string MetadataName(BaseTypeDeclarationSyntax type)
        => string.Join(".", type.AncestorsAndSelf()
            .Select(static n => n switch
            {
                BaseNamespaceDeclarationSyntax ns => Segment(ns),
                BaseTypeDeclarationSyntax t => Segment(t),
                _ => null,
            })
            .OfType<string>()
            .Reverse());

    /// <summary><paramref name="segment"/> inside <paramref name="container"/> (empty for the global namespace).</summary>
    public static string Join(string container, string segment) => container.Length == 0 ? segment : container + "." + segment;
}
