using System.Collections.Immutable;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace Consort.CodeFixes;

/// <summary>
/// What every Consort code fix shares: one diagnostic ID, fix-all by batch, and the registration. A fix says
/// which node at the diagnostic it rewrites (or that the diagnostic has a cause it cannot fix), its title, and
/// the rewrite.
/// </summary>
/// <typeparam name="TNode">The kind of node the fix rewrites.</typeparam>
/// <param name="diagnosticId">The ID the fix applies to.</param>
public abstract class ConsortCodeFix<TNode>(string diagnosticId) : CodeFixProvider
    where TNode : SyntaxNode
{
    /// <inheritdoc/>
    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; } = [diagnosticId];

    /// <inheritdoc/>
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public sealed override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var diagnostic = context.Diagnostics[0];
        if (root is null || FindTarget(root, diagnostic.Location.SourceSpan) is not { } target)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(Title(target), _ => Task.FromResult(context.Document.WithSyntaxRoot(Fix(root, target))), equivalenceKey: GetType().Name),
            diagnostic);
    }

    /// <summary>The node to rewrite for a diagnostic at <paramref name="span"/>, or null when this diagnostic's cause is not mechanical.</summary>
    protected abstract TNode? FindTarget(SyntaxNode root, TextSpan span);

    /// <summary>The title the IDE shows.</summary>
    protected abstract string Title(TNode target);

    /// <summary>The fixed syntax root.</summary>
    protected abstract SyntaxNode Fix(SyntaxNode root, TNode target);
}
