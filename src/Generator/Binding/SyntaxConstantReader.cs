using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Consort.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Consort.Generator.Binding;

/// <summary>
/// What a workload's attribute arguments can name without binding: the DSL, whether its namespace is imported, the
/// enums imported with <c>using static</c>, and the workload's nested types (for <c>typeof</c>).
/// </summary>
internal sealed record SyntaxScope(DslSchema Schema, bool ImportsConsort, IReadOnlyCollection<string> StaticEnums, IReadOnlyDictionary<string, TypeRef> NestedTypes);

/// <summary>
/// Reads an attribute argument's constant value from syntax, for a parameter or property of a given type. Reads only
/// what converts to that type exactly as the compiler would convert it; anything else is left to the compiler
/// (<c>false</c>), so that a value read here is always the value the compiler would bind.
/// </summary>
internal static class SyntaxConstantReader
{
    public static bool TryRead(ExpressionSyntax expression, DslValueType type, SyntaxScope scope, out ArgumentValue value)
    {
        expression = Unwrap(expression);
        value = default;
        switch (type.Kind)
        {
            case DslValueKind.String when TryString(expression, out var text):
                value = new ArgumentValue(text);
                return true;
            case DslValueKind.String or DslValueKind.Type when expression.IsKind(SyntaxKind.NullLiteralExpression):
                value = new ArgumentValue(null);
                return true;
            case DslValueKind.Int when TryNumber(expression) is int number:
                value = new ArgumentValue(number);
                return true;
            case DslValueKind.Long when TryNumber(expression) is { } whole and (int or long or uint):
                value = new ArgumentValue(System.Convert.ToInt64(whole, System.Globalization.CultureInfo.InvariantCulture));
                return true;
            case DslValueKind.Bool when expression.Kind() is SyntaxKind.TrueLiteralExpression or SyntaxKind.FalseLiteralExpression:
                value = new ArgumentValue(expression.IsKind(SyntaxKind.TrueLiteralExpression));
                return true;
            case DslValueKind.Enum when TryEnum(expression, scope) is { } member && member.Enum == type.EnumName:
                value = new ArgumentValue(member.Value);
                return true;
            case DslValueKind.Type when expression is TypeOfExpressionSyntax { Type: IdentifierNameSyntax name } && scope.NestedTypes.TryGetValue(name.Identifier.Text, out var nested):
                value = new ArgumentValue(nested);
                return true;
            case DslValueKind.StringArray when TryStringArray(expression, out var elements):
                value = new ArgumentValue(null, isArray: true, elements);
                return true;
            default:
                return false;
        }
    }

    private static ExpressionSyntax Unwrap(ExpressionSyntax expression)
    {
        while (expression is ParenthesizedExpressionSyntax parenthesized)
        {
            expression = parenthesized.Expression;
        }

        return expression;
    }

    /// <summary>A string literal, or literals joined with <c>+</c>.</summary>
    private static bool TryString(ExpressionSyntax expression, out string text)
    {
        switch (Unwrap(expression))
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.StringLiteralExpression) && literal.Token.Value is string value:
                text = value;
                return true;
            case BinaryExpressionSyntax binary when binary.IsKind(SyntaxKind.AddExpression) && TryString(binary.Left, out var left) && TryString(binary.Right, out var right):
                text = left + right;
                return true;
            default:
                text = string.Empty;
                return false;
        }
    }

    /// <summary>A numeric literal's value (<c>int</c>, <c>uint</c>, <c>long</c>, ...), negated under a minus sign.</summary>
    private static object? TryNumber(ExpressionSyntax expression) => Unwrap(expression) switch
    {
        LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NumericLiteralExpression) => literal.Token.Value,
        PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression } minus => TryNumber(minus.Operand) switch
        {
            // -2147483648 is an int in C#, but its literal is a uint: leave such edges to the compiler.
            int value when value > 0 => -value,
            long value when value > 0 => -value,
            _ => null,
        },
        _ => null,
    };

    /// <summary>
    /// A DSL enum value: <c>Kind.Member</c>, <c>Consort.Kind.Member</c>, a member imported with <c>using static</c>,
    /// or a cast of a number or of another member (<c>(PodField)99</c>).
    /// </summary>
    private static (string Enum, int Value)? TryEnum(ExpressionSyntax expression, SyntaxScope scope)
    {
        switch (Unwrap(expression))
        {
            case MemberAccessExpressionSyntax { RawKind: (int)SyntaxKind.SimpleMemberAccessExpression, Name: IdentifierNameSyntax member } access
                when EnumName(access.Expression, scope) is { } enumName && scope.Schema.Enums[enumName].TryGetValue(member.Identifier.Text, out var value):
                return (enumName, value);
            case IdentifierNameSyntax bare:
                var owners = scope.StaticEnums.Where(e => scope.Schema.Enums.TryGetValue(e, out var members) && members.ContainsKey(bare.Identifier.Text)).ToList();
                return owners.Count == 1 ? (owners[0], scope.Schema.Enums[owners[0]][bare.Identifier.Text]) : null;
            case CastExpressionSyntax cast when EnumName(cast.Type, scope) is { } castTo:
                if (TryNumber(cast.Expression) is int number)
                {
                    return (castTo, number);
                }

                return TryEnum(cast.Expression, scope) is { } inner ? (castTo, inner.Value) : null;
            default:
                return null;
        }
    }

    /// <summary>The DSL enum that <paramref name="node"/> names: <c>Kind</c> with <c>Consort</c> imported, or <c>Consort.Kind</c>.</summary>
    private static string? EnumName(SyntaxNode node, SyntaxScope scope)
    {
        var (name, qualified) = node switch
        {
            IdentifierNameSyntax identifier => (identifier.Identifier.Text, false),
            QualifiedNameSyntax { Left: var left, Right: IdentifierNameSyntax right } when WorkloadSyntax.IsConsortNamespace(left) => (right.Identifier.Text, true),
            MemberAccessExpressionSyntax { Expression: var left, Name: IdentifierNameSyntax right } when WorkloadSyntax.IsConsortNamespace(left) => (right.Identifier.Text, true),
            _ => (string.Empty, false),
        };
        return (qualified || scope.ImportsConsort) && scope.Schema.Enums.ContainsKey(name) ? name : null;
    }

    /// <summary><c>new[] { "a" }</c>, <c>new string[] { "a" }</c>, <c>["a"]</c> or <c>null</c>.</summary>
    private static bool TryStringArray(ExpressionSyntax expression, out ImmutableArray<ArgumentValue> elements)
    {
        elements = default;
        IEnumerable<ExpressionSyntax> items;
        switch (expression)
        {
            case LiteralExpressionSyntax literal when literal.IsKind(SyntaxKind.NullLiteralExpression):
                return true;
            case ArrayCreationExpressionSyntax
            {
                Type: { ElementType: PredefinedTypeSyntax { Keyword.RawKind: (int)SyntaxKind.StringKeyword }, RankSpecifiers: [{ Sizes: [OmittedArraySizeExpressionSyntax] }] },
                Initializer: { } initializer,
            }:
                items = initializer.Expressions;
                break;
            case ImplicitArrayCreationExpressionSyntax { Commas.Count: 0 } implicitArray when implicitArray.Initializer.Expressions.All(static e => TryString(e, out _)):
                items = implicitArray.Initializer.Expressions;
                break;
            case CollectionExpressionSyntax collection when collection.Elements.All(static e => e is ExpressionElementSyntax):
                items = collection.Elements.Cast<ExpressionElementSyntax>().Select(static e => e.Expression);
                break;
            default:
                return false;
        }

        var builder = ImmutableArray.CreateBuilder<ArgumentValue>();
        foreach (var item in items)
        {
            if (TryString(item, out var text))
            {
                builder.Add(new ArgumentValue(text));
            }
            else if (Unwrap(item).IsKind(SyntaxKind.NullLiteralExpression))
            {
                builder.Add(new ArgumentValue(null));
            }
            else
            {
                return false;
            }
        }

        elements = builder.ToImmutable();
        return true;
    }
}
