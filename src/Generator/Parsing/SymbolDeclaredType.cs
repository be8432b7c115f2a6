using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Consort.Generator.Parsing;

/// <summary>A <see cref="DeclaredType"/> the compiler has bound: what the analyzer and the whole-compilation path read.</summary>
internal sealed class SymbolDeclaredType : DeclaredType
{
    private readonly INamedTypeSymbol _symbol;
    private readonly CancellationToken _cancellationToken;
    private IReadOnlyList<AttributeUse>? _attributes;
    private IReadOnlyList<DeclaredType>? _nested;

    public SymbolDeclaredType(INamedTypeSymbol symbol, CancellationToken cancellationToken)
    {
        _symbol = symbol;
        _cancellationToken = cancellationToken;
        Ref = TypeRef.From(symbol);
    }

    public override string Name => _symbol.Name;

    public override TypeRef Ref { get; }

    public override string Namespace => _symbol.ContainingNamespace is { IsGlobalNamespace: false } ns ? ns.ToDisplayString() : string.Empty;

    public override DeclaredType? ContainingType => _symbol.ContainingType is { } outer ? new SymbolDeclaredType(outer, _cancellationToken) : null;

    public override IReadOnlyList<AttributeUse> Attributes
        => _attributes ??= _symbol.GetAttributes().Select(a => AttributeUse.From(a, _cancellationToken)).ToList();

    public override IReadOnlyList<DeclaredType> NestedTypes
        => _nested ??= _symbol.GetTypeMembers()
            .OrderBy(static t => SortablePath(t.Locations.FirstOrDefault()?.SourceTree), System.StringComparer.Ordinal)
            .ThenBy(static t => t.Locations.FirstOrDefault()?.SourceSpan.Start ?? 0)
            .Select(t => (DeclaredType)new SymbolDeclaredType(t, _cancellationToken))
            .ToList();

    public override bool IsPartialClass
        => _symbol is { TypeKind: TypeKind.Class, IsRecord: false }
        && _symbol.DeclaringSyntaxReferences.Length > 0
        && _symbol.DeclaringSyntaxReferences.All(static r => IsPartialClassDeclaration(r.GetSyntax()));

    public override bool IsGeneric => _symbol.TypeParameters.Length > 0;

    public override Accessibility DeclaredAccessibility => _symbol.DeclaredAccessibility;

    public override bool HasAccessibilityModifier
        => _symbol.DeclaringSyntaxReferences
            .Select(static r => r.GetSyntax())
            .OfType<BaseTypeDeclarationSyntax>()
            .Any(SpellsAccessibility);

    public override (SyntaxTree? Tree, TextSpan Span) Identifier
    {
        get
        {
            foreach (var reference in _symbol.DeclaringSyntaxReferences)
            {
                if (reference.GetSyntax(_cancellationToken) is BaseTypeDeclarationSyntax declaration)
                {
                    return (reference.SyntaxTree, declaration.Identifier.Span);
                }
            }

            return default;
        }
    }
}
