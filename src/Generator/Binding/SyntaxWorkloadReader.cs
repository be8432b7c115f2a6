using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using System.Threading;
using Consort.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Consort.Generator.Binding;

/// <summary>
/// Reads a self-contained workload declaration into a <see cref="DeclaredType"/> from syntax and the DSL's schema,
/// without binding: the common case, at a fraction of the compiler's cost. It reads only what it can be sure the
/// compiler would bind the same way, and returns null for anything else, which is then bound as before.
/// </summary>
internal static class SyntaxWorkloadReader
{
    /// <summary>The workload declared by <paramref name="declaration"/>, or null when the compiler must bind it.</summary>
    public static DeclaredType? Read(TypeDeclarationSyntax declaration, BindingEnvironment environment, DslSchema schema, CancellationToken cancellationToken)
    {
        if (declaration.TypeParameterList is not null
            || declaration.Modifiers.Any(static m => m.Kind() is SyntaxKind.FileKeyword or SyntaxKind.PrivateKeyword or SyntaxKind.ProtectedKeyword)
            || declaration.Parent is not (BaseNamespaceDeclarationSyntax or CompilationUnitSyntax)
            || HasEscapedName(declaration)
            || IsDeclaredAgainInFile(declaration)
            || DeclaresDslName(declaration))
        {
            return null;
        }

        var ns = Namespace(declaration);
        var name = declaration.Identifier.ValueText;
        var key = "global::" + SyntaxNames.Join(ns, name);
        var workload = new SyntaxDeclaredType(
            name,
            new TypeRef(key, name, name),
            ns,
            null,
            DeclaredType.IsPartialClassDeclaration(declaration),
            declaration.Modifiers.Any(SyntaxKind.PublicKeyword) ? Accessibility.Public : Accessibility.Internal,
            DeclaredType.SpellsAccessibility(declaration),
            (declaration.SyntaxTree, declaration.Identifier.Span));

        var parts = new List<(BaseTypeDeclarationSyntax Syntax, SyntaxDeclaredType Type)>();
        foreach (var member in declaration.Members)
        {
            switch (member)
            {
                case BaseTypeDeclarationSyntax nested when IsSimplePart(nested) && nested.Identifier.Text == nested.Identifier.ValueText:
                    var partName = nested.Identifier.ValueText;
                    parts.Add((nested, new SyntaxDeclaredType(
                        partName,
                        new TypeRef(key + "." + partName, partName, name + "." + partName),
                        ns,
                        workload,
                        DeclaredType.IsPartialClassDeclaration(nested),
                        PartAccessibility(nested.Modifiers),
                        DeclaredType.SpellsAccessibility(nested),
                        (nested.SyntaxTree, nested.Identifier.Span))));
                    break;
                case BaseTypeDeclarationSyntax or DelegateDeclarationSyntax:
                    return null;
            }
        }

        var nestedTypes = new Dictionary<string, TypeRef>(System.StringComparer.Ordinal);
        foreach (var part in parts)
        {
            if (nestedTypes.ContainsKey(part.Type.Name))
            {
                return null;
            }

            nestedTypes[part.Type.Name] = part.Type.Ref;
        }

        var scope = ScopeOf(declaration, ns, environment, schema, nestedTypes);
        if (scope is null || !ReadAttributes(declaration.AttributeLists, scope, workload.AttributeList, cancellationToken))
        {
            return null;
        }

        foreach (var (syntax, type) in parts)
        {
            if (!ReadAttributes(syntax.AttributeLists, scope, type.AttributeList, cancellationToken))
            {
                return null;
            }

            workload.NestedList.Add(type);
        }

        return workload;
    }

    private static bool ReadAttributes(SyntaxList<AttributeListSyntax> lists, SyntaxScope scope, List<AttributeUse> into, CancellationToken cancellationToken)
    {
        foreach (var list in lists)
        {
            if (list.Target is { } target && !target.Identifier.IsKind(SyntaxKind.TypeKeyword))
            {
                return false;
            }

            foreach (var attribute in list.Attributes)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (ReadAttribute(attribute, scope) is not { } use)
                {
                    return false;
                }

                into.Add(use);
            }
        }

        return true;
    }

    /// <summary>One attribute: a DSL attribute with the one constructor its arguments fit, any other attribute as unnamed, or null.</summary>
    private static AttributeUse? ReadAttribute(AttributeSyntax attribute, SyntaxScope scope)
    {
        var resolved = AttributeClass(attribute.Name, scope);
        if (resolved is not { } className)
        {
            return null;
        }

        if (className.Length == 0)
        {
            return new AttributeUse(null, attribute.SyntaxTree, attribute, true, [], [], []);
        }

        var schema = scope.Schema.Attributes[className];
        var arguments = attribute.ArgumentList?.Arguments ?? default;
        var positional = new List<ExpressionSyntax>(arguments.Count);
        foreach (var argument in arguments)
        {
            if (argument.NameColon is not null)
            {
                return null;
            }

            if (argument.NameEquals is null)
            {
                positional.Add(argument.Expression);
            }
        }

        ImmutableArray<DslParameter> chosen = default;
        ImmutableArray<ArgumentValue> values = default;
        foreach (var constructor in schema.Constructors)
        {
            if (TryBind(constructor, positional, scope) is { } bound)
            {
                if (!chosen.IsDefault)
                {
                    return null;
                }

                (chosen, values) = (constructor, bound);
            }
        }

        if (chosen.IsDefault)
        {
            return null;
        }

        var named = ImmutableArray.CreateBuilder<KeyValuePair<string, ArgumentValue>>();
        foreach (var argument in arguments)
        {
            if (argument.NameEquals is null)
            {
                continue;
            }

            var property = argument.NameEquals.Name.Identifier.Text;
            if (!schema.Settable.TryGetValue(property, out var type)
                || named.Any(n => n.Key == property)
                || !SyntaxConstantReader.TryRead(argument.Expression, type, scope, out var value))
            {
                return null;
            }

            named.Add(new KeyValuePair<string, ArgumentValue>(property, value));
        }

        return new AttributeUse(
            className,
            attribute.SyntaxTree,
            attribute,
            true,
            chosen.Select(static p => new AttributeParameter(p.Name, p.Type.Kind == DslValueKind.Enum)).ToImmutableArray(),
            values,
            named.ToImmutable());
    }

    /// <summary>The constructor's arguments if <paramref name="positional"/> fit its parameters, else null.</summary>
    private static ImmutableArray<ArgumentValue>? TryBind(ImmutableArray<DslParameter> parameters, List<ExpressionSyntax> positional, SyntaxScope scope)
    {
        var values = ImmutableArray.CreateBuilder<ArgumentValue>(parameters.Length);
        for (var i = 0; i < parameters.Length; i++)
        {
            var parameter = parameters[i];
            if (parameter.Type.Kind == DslValueKind.Other || (parameter.IsOptional && i >= positional.Count))
            {
                return null;
            }

            if (parameter.IsParams && i == parameters.Length - 1)
            {
                // The expanded form (each string its own argument) unless one array stands in the slot.
                var rest = positional.Skip(i).ToList();
                if (rest.Count == 1 && SyntaxConstantReader.TryRead(rest[0], parameter.Type, scope, out var array) && !array.IsNullArray)
                {
                    values.Add(array);
                    return values.MoveToImmutable();
                }

                var elements = ImmutableArray.CreateBuilder<ArgumentValue>(rest.Count);
                foreach (var expression in rest)
                {
                    if (expression.IsKind(SyntaxKind.NullLiteralExpression) || !SyntaxConstantReader.TryRead(expression, new DslValueType(DslValueKind.String), scope, out var element))
                    {
                        return null;
                    }

                    elements.Add(element);
                }

                values.Add(new ArgumentValue(null, isArray: true, elements.MoveToImmutable()));
                return values.MoveToImmutable();
            }

            if (i >= positional.Count || !SyntaxConstantReader.TryRead(positional[i], parameter.Type, scope, out var value))
            {
                return null;
            }

            values.Add(value);
        }

        return positional.Count == parameters.Length ? values.MoveToImmutable() : null;
    }

    /// <summary>
    /// The DSL attribute class <paramref name="name"/> binds to; empty for an attribute that is not the DSL's; null
    /// when that depends on more than this reader knows.
    /// </summary>
    private static string? AttributeClass(NameSyntax name, SyntaxScope scope)
    {
        switch (name)
        {
            case IdentifierNameSyntax simple when simple.Identifier.Text == simple.Identifier.ValueText:
                var text = simple.Identifier.ValueText;
                if (!scope.Schema.TryGetAttribute(text, out var className))
                {
                    return IsDslNamed(text, scope) ? null : string.Empty;
                }

                return scope.ImportsConsort ? className : null;
            case QualifiedNameSyntax { Left: var left, Right: IdentifierNameSyntax right } when WorkloadSyntax.IsConsortNamespace(left):
                return scope.Schema.TryGetAttribute(right.Identifier.Text, out var qualified) ? qualified : null;
            case QualifiedNameSyntax { Right: var right } when !IsDslNamed(right.Identifier.ValueText, scope):
                return string.Empty;
            case AliasQualifiedNameSyntax { Name: var right } when !IsDslNamed(right.Identifier.ValueText, scope):
                return string.Empty;
            case GenericNameSyntax generic when !IsDslNamed(generic.Identifier.ValueText, scope):
                return string.Empty;
            default:
                return null;
        }
    }

    /// <summary>Whether an attribute written <paramref name="name"/> could be taken for the DSL's.</summary>
    private static bool IsDslNamed(string name, SyntaxScope scope)
        => DslNames.All.Contains(name) || scope.Schema.Enums.ContainsKey(name) || scope.Schema.TryGetAttribute(name, out _);

    /// <summary>
    /// What the file and the global usings bring into scope, or null if one of them could change what a DSL name
    /// means (an alias in a global using, a namespace whose types are named like the DSL's).
    /// </summary>
    private static SyntaxScope? ScopeOf(TypeDeclarationSyntax declaration, string ns, BindingEnvironment environment, DslSchema schema, IReadOnlyDictionary<string, TypeRef> nestedTypes)
    {
        var usings = WorkloadSyntax.UsingsAround(declaration).ToList();

        foreach (var file in environment.GlobalUsingFiles)
        {
            if (file.Tree is { } tree && tree != declaration.SyntaxTree && tree.GetRoot() is CompilationUnitSyntax unit)
            {
                usings.AddRange(unit.Usings.Where(static u => u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword)));
            }
        }

        var importsConsort = ns == KnownAttributes.Namespace || ns.StartsWith(KnownAttributes.Namespace + ".", System.StringComparison.Ordinal);
        var staticEnums = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var directive in usings)
        {
            if (directive.Alias is not null && directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword))
            {
                return null;
            }

            if (directive.Alias is not null || directive.Name is null)
            {
                continue;
            }

            if (directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword))
            {
                if (directive.Name is not QualifiedNameSyntax { Left: var left, Right: IdentifierNameSyntax right }
                    || !WorkloadSyntax.IsConsortNamespace(left)
                    || !schema.Enums.ContainsKey(right.Identifier.Text))
                {
                    return null;
                }

                staticEnums.Add(right.Identifier.Text);
            }
            else if (WorkloadSyntax.IsConsortNamespace(directive.Name))
            {
                importsConsort = true;
            }
            else if (schema.IsShadowing(SyntaxNames.Dotted(directive.Name), orNamespace: false))
            {
                return null;
            }
        }

        // Names in the namespaces around the declaration come before the imported ones.
        for (var outer = ns; ; outer = outer.Substring(0, System.Math.Max(0, outer.LastIndexOf('.'))))
        {
            if (schema.IsShadowing(outer, orNamespace: true))
            {
                return null;
            }

            if (outer.Length == 0)
            {
                break;
            }
        }

        return new SyntaxScope(schema, importsConsort, staticEnums, nestedTypes);
    }

    private static string Namespace(SyntaxNode declaration)
        => string.Join(".", declaration.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Select(SyntaxNames.Segment).Reverse());

    /// <summary>
    /// Whether the class or a namespace around it is written with <c>@</c> (<c>namespace @event</c>), which the
    /// compiler's display of the names keeps and a dotted name would lose.
    /// </summary>
    private static bool HasEscapedName(TypeDeclarationSyntax declaration)
        => declaration.Identifier.Text != declaration.Identifier.ValueText
        || declaration.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Any(static n => n.Name.DescendantTokens().Any(static t => t.Text != t.ValueText));

    /// <summary>Whether the file declares the same type again (a partial class in two parts of one file).</summary>
    private static bool IsDeclaredAgainInFile(TypeDeclarationSyntax declaration)
    {
        var name = SyntaxNames.MetadataName(declaration);
        return declaration.SyntaxTree.GetRoot().DescendantNodes(static n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .OfType<BaseTypeDeclarationSyntax>()
            .Count(t => t.Identifier.ValueText == declaration.Identifier.ValueText && SyntaxNames.MetadataName(t) == name) > 1;
    }

    /// <summary>
    /// Whether the class or a member in it is named like the DSL (a member <c>Name</c> would take the place of
    /// <c>PodField.Name</c> imported with <c>using static</c>).
    /// </summary>
    private static bool DeclaresDslName(TypeDeclarationSyntax declaration)
        => declaration.DescendantNodesAndSelf(static n => n is TypeDeclarationSyntax or BaseFieldDeclarationSyntax or VariableDeclarationSyntax or EnumDeclarationSyntax)
            .Any(static n => DeclaredName(n) is { } name && DslNames.All.Contains(name));

    private static string? DeclaredName(SyntaxNode node) => node switch
    {
        BaseTypeDeclarationSyntax type => type.Identifier.ValueText,
        DelegateDeclarationSyntax @delegate => @delegate.Identifier.ValueText,
        MethodDeclarationSyntax method => method.Identifier.ValueText,
        PropertyDeclarationSyntax property => property.Identifier.ValueText,
        EventDeclarationSyntax @event => @event.Identifier.ValueText,
        VariableDeclaratorSyntax variable => variable.Identifier.ValueText,
        EnumMemberDeclarationSyntax member => member.Identifier.ValueText,
        _ => null,
    };

    /// <summary>A nested type that is not generic and declares no types itself (which <c>typeof</c> could mean instead).</summary>
    private static bool IsSimplePart(BaseTypeDeclarationSyntax nested)
        => nested is not TypeDeclarationSyntax type
        || (type.TypeParameterList is null && !type.Members.Any(static m => m is BaseTypeDeclarationSyntax or DelegateDeclarationSyntax));

    private static Accessibility PartAccessibility(SyntaxTokenList modifiers)
    {
        var isProtected = modifiers.Any(SyntaxKind.ProtectedKeyword);
        return true switch
        {
            _ when modifiers.Any(SyntaxKind.PublicKeyword) => Accessibility.Public,
            _ when isProtected && modifiers.Any(SyntaxKind.InternalKeyword) => Accessibility.ProtectedOrInternal,
            _ when isProtected && modifiers.Any(SyntaxKind.PrivateKeyword) => Accessibility.ProtectedAndInternal,
            _ when isProtected => Accessibility.Protected,
            _ when modifiers.Any(SyntaxKind.InternalKeyword) => Accessibility.Internal,
            _ => Accessibility.Private,
        };
    }
}
