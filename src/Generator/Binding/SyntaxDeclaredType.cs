using System.Collections.Generic;
using Consort.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Consort.Generator.Binding;

/// <summary>A <see cref="DeclaredType"/> read from one declaration's syntax by <see cref="SyntaxWorkloadReader"/>.</summary>
internal sealed class SyntaxDeclaredType(
    string name,
    TypeRef reference,
    string ns,
    DeclaredType? containingType,
    bool isPartialClass,
    Accessibility declaredAccessibility,
    bool hasAccessibilityModifier,
    (SyntaxTree? Tree, TextSpan Span) identifier) : DeclaredType
{
    public override string Name { get; } = name;

    public override TypeRef Ref { get; } = reference;

    public override string Namespace { get; } = ns;

    public override DeclaredType? ContainingType { get; } = containingType;

    public override IReadOnlyList<AttributeUse> Attributes => AttributeList;

    public override IReadOnlyList<DeclaredType> NestedTypes => NestedList;

    public override bool IsPartialClass { get; } = isPartialClass;

    // The reader leaves generic declarations to the compiler.
    public override bool IsGeneric => false;

    public override Accessibility DeclaredAccessibility { get; } = declaredAccessibility;

    public override bool HasAccessibilityModifier { get; } = hasAccessibilityModifier;

    public override (SyntaxTree? Tree, TextSpan Span) Identifier { get; } = identifier;

    /// <summary>Filled in by the reader once the type exists (a part's containing type is this one).</summary>
    public List<AttributeUse> AttributeList { get; } = [];

    /// <inheritdoc cref="AttributeList"/>
    public List<DeclaredType> NestedList { get; } = [];
}
