using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Consort.Generator.Parsing;

/// <summary>
/// One applied attribute as the parser reads it: which DSL attribute it is, the constructor it calls and its
/// argument values. Made from the compiler's <see cref="AttributeData"/> or read from syntax alone.
/// </summary>
internal sealed class AttributeUse(
    string? name,
    SyntaxTree? tree,
    AttributeSyntax? syntax,
    bool isBound,
    ImmutableArray<AttributeParameter> parameters,
    ImmutableArray<ArgumentValue> constructorArguments,
    ImmutableArray<KeyValuePair<string, ArgumentValue>> namedArguments)
{
    /// <summary>The DSL attribute's class name, such as <c>PortAttribute</c>; null for any other attribute.</summary>
    public string? Name { get; } = name;

    public SyntaxTree? Tree { get; } = tree;

    public AttributeSyntax? Syntax { get; } = syntax;

    /// <summary>Whether the attribute and all its arguments bind; the compiler reports why when they do not.</summary>
    public bool IsBound { get; } = isBound;

    /// <summary>The parameters of the constructor the attribute calls, in order.</summary>
    public ImmutableArray<AttributeParameter> Parameters { get; } = parameters;

    /// <summary>The constructor's arguments, in parameter order.</summary>
    public ImmutableArray<ArgumentValue> ConstructorArguments { get; } = constructorArguments;

    /// <summary>The property and field assignments (<c>Name = value</c>), in source order.</summary>
    public ImmutableArray<KeyValuePair<string, ArgumentValue>> NamedArguments { get; } = namedArguments;

    /// <summary>The attribute as the compiler bound it.</summary>
    public static AttributeUse From(AttributeData data, CancellationToken cancellationToken)
        => new(
            KnownAttributes.NameOf(data),
            data.ApplicationSyntaxReference?.SyntaxTree,
            data.ApplicationSyntaxReference?.GetSyntax(cancellationToken) as AttributeSyntax,
            data.AttributeConstructor is not null
                && data.ConstructorArguments.All(static a => a.Kind != TypedConstantKind.Error)
                && data.NamedArguments.All(static a => a.Value.Kind != TypedConstantKind.Error),
            data.AttributeConstructor?.Parameters.Select(static p => new AttributeParameter(p.Name, p.Type.TypeKind == TypeKind.Enum)).ToImmutableArray()
                ?? ImmutableArray<AttributeParameter>.Empty,
            data.ConstructorArguments.Select(ArgumentValue.FromConstant).ToImmutableArray(),
            data.NamedArguments.Select(static a => new KeyValuePair<string, ArgumentValue>(a.Key, ArgumentValue.FromConstant(a.Value))).ToImmutableArray());
}

/// <summary>An attribute constructor's parameter: its name (for <c>name: value</c>) and whether it takes an enum.</summary>
internal readonly record struct AttributeParameter(string Name, bool IsEnum);
