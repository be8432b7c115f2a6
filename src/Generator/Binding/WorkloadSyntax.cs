using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Consort.Generator.Binding;

/// <summary>
/// What the syntax of a class says before anything is bound: whether it may be a workload, and whether everything
/// its Consort attributes mean is written in its own declaration, so that it binds the same way on its own.
/// </summary>
internal static class WorkloadSyntax
{
    /// <summary>
    /// The pipeline's syntax filter: a type with an attribute spelled like a workload attribute (<c>[Deployment]</c>,
    /// <c>[Consort.DeploymentAttribute]</c>), or like an alias that the file declares for one.
    /// </summary>
    public static bool IsCandidate(SyntaxNode node, CancellationToken cancellationToken) => IsCandidate(node, globalAliases: null);

    /// <summary>
    /// <see cref="IsCandidate(SyntaxNode, CancellationToken)"/>, or an attribute spelled like one of
    /// <paramref name="globalAliases"/>, aliases that other files declare with <c>global using</c>, which could stand
    /// for a workload attribute (the analyzer knows them; the generator's syntax filter cannot).
    /// </summary>
    public static bool IsCandidate(SyntaxNode node, IReadOnlyCollection<string>? globalAliases)
    {
        if (node is not TypeDeclarationSyntax { AttributeLists.Count: > 0 } type)
        {
            return false;
        }

        HashSet<string>? aliases = null;
        foreach (var list in type.AttributeLists)
        {
            foreach (var attribute in list.Attributes)
            {
                var name = RightmostName(attribute.Name);
                if (DslNames.Workloads.Contains(name) || (aliases ??= LocalAliases(type)).Contains(name) || (globalAliases?.Contains(name) ?? false))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>
    /// Whether the declaration binds on its own: no base class to inherit names from, and every argument of every
    /// attribute the parser reads (the class's and its nested types') a literal, a DSL enum member, or <c>typeof</c>
    /// of one of its own nested classes.
    /// </summary>
    public static bool IsSelfContained(TypeDeclarationSyntax type, CancellationToken cancellationToken)
    {
        if (type.BaseList is not null || type.Parent is not (BaseNamespaceDeclarationSyntax or CompilationUnitSyntax) || HasForeignImports(type))
        {
            return false;
        }

        var nested = new HashSet<string>(type.Members.OfType<BaseTypeDeclarationSyntax>().Select(static m => m.Identifier.ValueText), System.StringComparer.Ordinal);
        var aliases = LocalAliases(type);
        foreach (var attribute in AttributesRead(type))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (aliases.Contains(RightmostName(attribute.Name)))
            {
                return false;
            }

            foreach (var argument in attribute.ArgumentList?.Arguments ?? default)
            {
                if (!IsConstant(argument.Expression, nested))
                {
                    return false;
                }
            }
        }

        return true;
    }

    /// <summary>The attributes the parser reads: the class's own and its nested types'.</summary>
    private static IEnumerable<AttributeSyntax> AttributesRead(TypeDeclarationSyntax type)
    {
        foreach (var list in type.AttributeLists)
        {
            foreach (var attribute in list.Attributes)
            {
                yield return attribute;
            }
        }

        foreach (var member in type.Members)
        {
            if (member is BaseTypeDeclarationSyntax nested)
            {
                foreach (var list in nested.AttributeLists)
                {
                    foreach (var attribute in list.Attributes)
                    {
                        yield return attribute;
                    }
                }
            }
        }
    }

    private static bool IsConstant(ExpressionSyntax expression, HashSet<string> nested) => expression switch
    {
        LiteralExpressionSyntax => true,
        ParenthesizedExpressionSyntax p => IsConstant(p.Expression, nested),
        PrefixUnaryExpressionSyntax { RawKind: (int)SyntaxKind.UnaryMinusExpression } u => u.Operand is LiteralExpressionSyntax,
        BinaryExpressionSyntax { RawKind: (int)SyntaxKind.AddExpression } b => IsConstant(b.Left, nested) && IsConstant(b.Right, nested),
        TypeOfExpressionSyntax { Type: IdentifierNameSyntax name } => nested.Contains(name.Identifier.ValueText),
        IdentifierNameSyntax name => DslNames.EnumMembers.Contains(name.Identifier.ValueText),
        MemberAccessExpressionSyntax access => IsEnumMember(access),
        CastExpressionSyntax cast => IsDslEnumType(cast.Type) && IsConstant(cast.Expression, nested),
        CollectionExpressionSyntax collection => collection.Elements.All(e => e is ExpressionElementSyntax element && IsConstant(element.Expression, nested)),
        ArrayCreationExpressionSyntax array => array.Initializer is null || array.Initializer.Expressions.All(e => IsConstant(e, nested)),
        ImplicitArrayCreationExpressionSyntax array => array.Initializer.Expressions.All(e => IsConstant(e, nested)),
        _ => false,
    };

    /// <summary><c>SidecarKind.Logging</c>, <c>Consort.SidecarKind.Logging</c> or <c>global::Consort.SidecarKind.Logging</c>.</summary>
    private static bool IsEnumMember(MemberAccessExpressionSyntax access)
        => DslNames.EnumMembers.Contains(access.Name.Identifier.ValueText) && IsDslEnumType(access.Expression);

    private static bool IsDslEnumType(SyntaxNode type) => type switch
    {
        IdentifierNameSyntax name => DslNames.Enums.ContainsKey(name.Identifier.ValueText),
        QualifiedNameSyntax { Left: var left, Right: IdentifierNameSyntax right } => IsConsortNamespace(left) && DslNames.Enums.ContainsKey(right.Identifier.ValueText),
        MemberAccessExpressionSyntax { Expression: var left, Name: IdentifierNameSyntax right } => IsConsortNamespace(left) && DslNames.Enums.ContainsKey(right.Identifier.ValueText),
        _ => false,
    };

    /// <summary><c>Consort</c> or <c>global::Consort</c>.</summary>
    public static bool IsConsortNamespace(SyntaxNode node) => node switch
    {
        IdentifierNameSyntax name => name.Identifier.ValueText == Parsing.KnownAttributes.Namespace,
        AliasQualifiedNameSyntax alias => alias.Alias.Identifier.IsKind(SyntaxKind.GlobalKeyword) && alias.Name.Identifier.ValueText == Parsing.KnownAttributes.Namespace,
        _ => false,
    };

    private static string RightmostName(NameSyntax name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
        AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
        SimpleNameSyntax simple => simple.Identifier.ValueText,
        _ => string.Empty,
    };

    /// <summary>
    /// Whether the file brings in names from types that may live in other files: a <c>using static</c> of a type
    /// outside <c>Consort</c>, or an alias named like the DSL (<c>using Protocol = ...;</c>).
    /// </summary>
    private static bool HasForeignImports(SyntaxNode type)
    {
        foreach (var directive in UsingsAround(type))
        {
            if ((directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword) && !IsInConsort(directive.Name))
                || (directive.Alias is { } alias && DslNames.All.Contains(alias.Name.Identifier.ValueText)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>Consort.X</c> or <c>global::Consort.X</c>.</summary>
    public static bool IsInConsort(NameSyntax? name) => name switch
    {
        QualifiedNameSyntax qualified => qualified.Left is QualifiedNameSyntax inner ? IsInConsort(inner) : IsConsortNamespace(qualified.Left),
        _ => false,
    };

    /// <summary>The using directives in force at <paramref name="type"/>: its namespaces' and its file's, innermost first.</summary>
    public static IEnumerable<UsingDirectiveSyntax> UsingsAround(SyntaxNode type)
    {
        for (var scope = type.Parent; scope is not null; scope = scope.Parent)
        {
            var usings = scope switch
            {
                CompilationUnitSyntax unit => unit.Usings,
                BaseNamespaceDeclarationSyntax ns => ns.Usings,
                _ => default,
            };
            foreach (var directive in usings)
            {
                yield return directive;
            }
        }
    }

    /// <summary>The names the file (or a namespace around the type) declares with <c>using name = ...;</c>.</summary>
    private static HashSet<string> LocalAliases(SyntaxNode type)
    {
        var aliases = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var directive in UsingsAround(type))
        {
            if (directive.Alias is { } alias)
            {
                aliases.Add(alias.Name.Identifier.ValueText);
            }
        }

        return aliases;
    }
}
