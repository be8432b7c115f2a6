using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Consort.CodeFixes;

/// <summary>
/// CNS102: removes <c>SubPath = "..."</c> from the mount of a config that a ConfigReload sidecar watches, so that
/// the volume is mounted as a directory and receives updates. The mount path then names a directory: point the
/// process at the file inside it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveSubPathCodeFix))]
[Shared]
public sealed class RemoveSubPathCodeFix() : ConsortCodeFix<AttributeArgumentSyntax>("CNS102")
{
    /// <inheritdoc/>
    protected override AttributeArgumentSyntax? FindTarget(SyntaxNode root, TextSpan span)
        => root.FindNode(span).FirstAncestorOrSelf<AttributeArgumentSyntax>() is { NameEquals.Name.Identifier.ValueText: "SubPath" } argument
            ? argument
            : null;

    /// <inheritdoc/>
    protected override string Title(AttributeArgumentSyntax target) => "Remove SubPath and mount the volume as a directory";

    /// <inheritdoc/>
    protected override SyntaxNode Fix(SyntaxNode root, AttributeArgumentSyntax target)
    {
        var list = (AttributeArgumentListSyntax)target.Parent!;
        return root.ReplaceNode(list, list.WithArguments(list.Arguments.Remove(target)));
    }
}
