using System.Linq;
using Consort.Generator.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Consort.Generator.Parsing;

/// <summary>
/// Typed access to one applied attribute's arguments, and the source span of each argument so that a diagnostic
/// lands on the value that causes it.
/// </summary>
internal readonly struct AttributeArguments
{
    private readonly AttributeUse _use;

    public AttributeArguments(AttributeUse use) => _use = use;

    public SyntaxTree? Tree => _use.Tree;

    /// <summary>The DSL attribute's class name, such as <c>PortAttribute</c>.</summary>
    public string ClassName => _use.Name ?? string.Empty;

    /// <summary>The span of the whole attribute, such as <c>Deployment("shop")</c>.</summary>
    public TextSpan Span => _use.Syntax?.Span ?? default;

    /// <summary>The span of the attribute's name, such as <c>Deployment</c>.</summary>
    public TextSpan NameSpan => _use.Syntax?.Name.Span ?? default;

    /// <summary>
    /// Whether the compiler could bind the attribute and all its arguments. When it could not, it reports the
    /// error itself and Consort stays quiet about that workload.
    /// </summary>
    public bool IsBound => _use.IsBound;

    /// <summary>Whether the constructor's parameter at <paramref name="index"/> takes an enum, to tell overloads apart.</summary>
    public bool ParameterIsEnum(int index) => index < _use.Parameters.Length && _use.Parameters[index].IsEnum;

    public ArgumentValue Positional(int index)
        => index < _use.ConstructorArguments.Length ? _use.ConstructorArguments[index] : default;

    public string? PositionalString(int index) => Positional(index).Value as string;

    public bool HasNamed(string name) => _use.NamedArguments.Any(a => a.Key == name);

    public ArgumentValue Named(string name)
    {
        foreach (var argument in _use.NamedArguments)
        {
            if (argument.Key == name)
            {
                return argument.Value;
            }
        }

        return default;
    }

    public string? NamedString(string name) => Named(name).Value as string;

    public int? NamedInt(string name) => Named(name).Value is int value ? value : null;

    public long? NamedLong(string name) => Named(name).Value switch
    {
        long value => value,
        int value => value,
        _ => null,
    };

    public bool? NamedBool(string name) => Named(name).Value is bool value ? value : null;

    public TEnum? NamedEnum<TEnum>(string name)
        where TEnum : struct => Named(name).Value is int value ? (TEnum)(object)value : null;

    /// <summary>A <c>string[]</c> argument; null elements are kept as empty strings so that nothing is silently lost.</summary>
    public static EquatableArray<string>? StringArray(ArgumentValue value)
        => value.IsArray && !value.IsNullArray
            ? value.Values.Select(static v => v.Value as string ?? string.Empty).ToEquatableArray()
            : null;

    /// <summary>The span of the positional argument at <paramref name="index"/> (also when passed as <c>name: value</c>).</summary>
    public TextSpan PositionalSpan(int index) => PositionalExpression(index)?.Span ?? Span;

    /// <summary>The expression of the positional argument at <paramref name="index"/> (also when passed as <c>name: value</c>), or null.</summary>
    public ExpressionSyntax? PositionalExpression(int index)
    {
        if (_use.Syntax?.ArgumentList is not { } list)
        {
            return null;
        }

        if (index < _use.Parameters.Length)
        {
            var parameterName = _use.Parameters[index].Name;
            foreach (var argument in list.Arguments)
            {
                if (argument.NameColon?.Name.Identifier.ValueText == parameterName)
                {
                    return argument.Expression;
                }
            }
        }

        var position = 0;
        foreach (var argument in list.Arguments)
        {
            if (argument.NameEquals is not null || argument.NameColon is not null)
            {
                continue;
            }

            if (position++ == index)
            {
                return argument.Expression;
            }
        }

        return null;
    }

    /// <summary>The span of the whole named argument (<c>Name = value</c>), or of the attribute when it is absent.</summary>
    public TextSpan NamedArgumentSpan(string name) => FindNamed(name)?.Span ?? Span;

    /// <summary>The span of the value of the named argument <paramref name="name"/>, or of the attribute when it is absent.</summary>
    public TextSpan NamedSpan(string name) => FindNamed(name)?.Expression.Span ?? Span;

    private AttributeArgumentSyntax? FindNamed(string name)
    {
        foreach (var argument in _use.Syntax?.ArgumentList?.Arguments ?? default)
        {
            if (argument.NameEquals?.Name.Identifier.ValueText == name)
            {
                return argument;
            }
        }

        return null;
    }
}
