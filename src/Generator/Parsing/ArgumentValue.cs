using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Consort.Generator.Parsing;

/// <summary>
/// One attribute argument's value, whether the compiler bound it (<see cref="FromConstant"/>) or it was read from
/// syntax: a string, an <c>int</c>, a <c>long</c>, a <c>bool</c>, an enum's underlying <c>int</c>, a
/// <see cref="TypeRef"/> for <c>typeof</c>, or an array of values.
/// </summary>
internal readonly struct ArgumentValue
{
    private readonly ImmutableArray<ArgumentValue> _values;

    public ArgumentValue(object? value, bool isArray = false, ImmutableArray<ArgumentValue> values = default, ITypeSymbol? type = null)
    {
        Value = value;
        IsArray = isArray;
        _values = values;
        Type = type;
    }

    /// <summary>The value; null for an absent argument, a null literal or an array.</summary>
    public object? Value { get; }

    /// <summary>The type a bound <c>typeof</c> names, to read a part of another workload through; null when read from syntax.</summary>
    public ITypeSymbol? Type { get; }

    /// <summary>Whether the value is an array (<see cref="Values"/>), which may be null.</summary>
    public bool IsArray { get; }

    /// <summary>An array's elements; empty for a null array.</summary>
    public ImmutableArray<ArgumentValue> Values => _values.IsDefault ? ImmutableArray<ArgumentValue>.Empty : _values;

    /// <summary>Whether the array itself is null (<c>Command = null</c>).</summary>
    public bool IsNullArray => IsArray && _values.IsDefault;

    /// <summary>The value of a constant the compiler bound.</summary>
    public static ArgumentValue FromConstant(TypedConstant constant) => constant.Kind switch
    {
        TypedConstantKind.Array => new ArgumentValue(null, isArray: true, constant.IsNull ? default : constant.Values.Select(FromConstant).ToImmutableArray()),
        TypedConstantKind.Type => constant.Value is ITypeSymbol type ? new ArgumentValue(TypeRef.From(type), type: type) : new ArgumentValue(null),
        _ => new ArgumentValue(constant.Value),
    };
}

/// <summary>A type named by <c>typeof</c>: a key that tells types apart, its simple name and how messages show it.</summary>
/// <param name="Key">The fully qualified name, such as <c>global::Shop.Api.Shared</c>.</param>
/// <param name="Name">The simple name, such as <c>Shared</c>.</param>
/// <param name="Display">The name as the compiler's messages show it, such as <c>Api.Shared</c>.</param>
internal sealed record TypeRef(string Key, string Name, string Display)
{
    public static TypeRef From(ITypeSymbol type)
        => new(type.ToDisplayString(SymbolDisplayFormat.FullyQualifiedFormat), type.Name, type.ToDisplayString(SymbolDisplayFormat.CSharpShortErrorMessageFormat));
}
