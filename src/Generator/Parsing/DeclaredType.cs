using System.Collections.Generic;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Consort.Generator.Parsing;

/// <summary>
/// A class as the parser reads it (a workload or one of its nested parts): its attributes, nested types and how it
/// is declared. Backed by the compiler's symbol, or by syntax alone when a declaration says everything itself.
/// </summary>
internal abstract class DeclaredType
{
    public abstract string Name { get; }

    /// <summary>What <c>typeof</c> of this type reads as, to match mounts and preset sources with parts.</summary>
    public abstract TypeRef Ref { get; }

    /// <summary>The namespace, such as <c>Shop.Workloads</c>; empty for the global namespace.</summary>
    public abstract string Namespace { get; }

    public abstract DeclaredType? ContainingType { get; }

    /// <summary>The applied attributes, in source order.</summary>
    public abstract IReadOnlyList<AttributeUse> Attributes { get; }

    /// <summary>The nested types, in source order (by file path, then position).</summary>
    public abstract IReadOnlyList<DeclaredType> NestedTypes { get; }

    /// <summary>Whether it is a class (not a record) and every declaration of it says <c>partial</c>.</summary>
    public abstract bool IsPartialClass { get; }

    public abstract bool IsGeneric { get; }

    public abstract Accessibility DeclaredAccessibility { get; }

    /// <summary>Whether a declaration spells out the accessibility (<c>public</c>, <c>internal</c>, ...).</summary>
    public abstract bool HasAccessibilityModifier { get; }

    /// <summary>Where the type's name is written (its first declaration).</summary>
    public abstract (SyntaxTree? Tree, TextSpan Span) Identifier { get; }

    /// <summary>Whether <paramref name="declaration"/> is a class declaration (not a record) that says <c>partial</c>.</summary>
    public static bool IsPartialClassDeclaration(SyntaxNode? declaration)
        => declaration is ClassDeclarationSyntax type && type.Modifiers.Any(SyntaxKind.PartialKeyword);

    /// <summary>Whether <paramref name="declaration"/> spells out an accessibility.</summary>
    public static bool SpellsAccessibility(BaseTypeDeclarationSyntax declaration)
        => declaration.Modifiers.Any(static m => m.Kind() is SyntaxKind.PublicKeyword or SyntaxKind.InternalKeyword or SyntaxKind.PrivateKeyword or SyntaxKind.ProtectedKeyword);

    /// <summary>A file path that sorts the same on every OS (declarations spread over files are ordered by it).</summary>
    public static string SortablePath(SyntaxTree? tree) => tree?.FilePath.Replace('\\', '/') ?? string.Empty;
}
