using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace Consort.CodeFixes;

/// <summary>
/// CNS012: sets <c>Mode = SidecarMode.Native</c> on a sidecar of a Job or CronJob, so that it runs as a native
/// sidecar that does not keep the Job from completing (Kubernetes 1.28 and later).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseNativeSidecarCodeFix))]
[Shared]
public sealed class UseNativeSidecarCodeFix() : ConsortCodeFix("CNS012")
{
    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var diagnostic = context.Diagnostics[0];
        if (root?.FindNode(diagnostic.Location.SourceSpan).FirstAncestorOrSelf<AttributeSyntax>() is not { } attribute)
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                "Make it a native sidecar (Mode = SidecarMode.Native)",
                cancellationToken => SetNativeAsync(context.Document, attribute, cancellationToken),
                equivalenceKey: nameof(UseNativeSidecarCodeFix)),
            diagnostic);
    }

    private static async Task<Document> SetNativeAsync(Document document, AttributeSyntax attribute, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var native = SyntaxFactory.ParseExpression("global::Consort.SidecarMode.Native").WithAdditionalAnnotations(Simplifier.Annotation);
        var arguments = attribute.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
        var mode = arguments.Arguments.FirstOrDefault(static a => a.NameEquals?.Name.Identifier.ValueText == "Mode");
        var updated = mode is not null
            ? arguments.ReplaceNode(mode.Expression, native.WithTriviaFrom(mode.Expression))
            : arguments.AddArguments(SyntaxFactory.AttributeArgument(SyntaxFactory.NameEquals("Mode"), null, native));
        return document.WithSyntaxRoot(root!.ReplaceNode(attribute, attribute.WithArgumentList(updated)));
    }
}
