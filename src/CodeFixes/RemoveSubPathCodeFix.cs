using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Consort.CodeFixes;

/// <summary>
/// CNS102: removes <c>SubPath = "..."</c> from the mount of a config that a ConfigReload sidecar watches, so that
/// the volume is mounted as a directory and receives updates. The mount path then names a directory: point the
/// process at the file inside it.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(RemoveSubPathCodeFix))]
[Shared]
public sealed class RemoveSubPathCodeFix() : ConsortCodeFix("CNS102")
{
    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var diagnostic = context.Diagnostics[0];
        var argument = root?.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<AttributeArgumentSyntax>();
        if (argument?.NameEquals?.Name.Identifier.ValueText != "SubPath")
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                "Remove SubPath and mount the volume as a directory",
                cancellationToken => RemoveAsync(context.Document, argument, cancellationToken),
                equivalenceKey: nameof(RemoveSubPathCodeFix)),
            diagnostic);
    }

    private static async Task<Document> RemoveAsync(Document document, AttributeArgumentSyntax argument, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var list = (AttributeArgumentListSyntax)argument.Parent!;
        return document.WithSyntaxRoot(root!.ReplaceNode(list, list.WithArguments(list.Arguments.Remove(argument))));
    }
}
