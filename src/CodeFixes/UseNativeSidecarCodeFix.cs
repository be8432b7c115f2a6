using System.Composition;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;
using Microsoft.CodeAnalysis.Text;

namespace Consort.CodeFixes;

/// <summary>
/// CNS012: sets <c>Mode = SidecarMode.Native</c> on a sidecar of a Job or CronJob, so that it runs as a native
/// sidecar that does not keep the Job from completing (Kubernetes 1.28 and later).
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(UseNativeSidecarCodeFix))]
[Shared]
public sealed class UseNativeSidecarCodeFix() : ConsortCodeFix<AttributeSyntax>("CNS012")
{
    /// <inheritdoc/>
    protected override AttributeSyntax? FindTarget(SyntaxNode root, TextSpan span) => root.FindNode(span).FirstAncestorOrSelf<AttributeSyntax>();

    /// <inheritdoc/>
    protected override string Title(AttributeSyntax target) => "Make it a native sidecar (Mode = SidecarMode.Native)";

    /// <inheritdoc/>
    protected override SyntaxNode Fix(SyntaxNode root, AttributeSyntax target)
    {
        var native = SyntaxFactory.ParseExpression("global::Consort.SidecarMode.Native").WithAdditionalAnnotations(Simplifier.Annotation);
        var arguments = target.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
        var mode = arguments.Arguments.FirstOrDefault(static a => a.NameEquals?.Name.Identifier.ValueText == "Mode");
        var updated = mode is not null
            ? arguments.ReplaceNode(mode.Expression, native.WithTriviaFrom(mode.Expression))
            : arguments.AddArguments(SyntaxFactory.AttributeArgument(SyntaxFactory.NameEquals("Mode"), null, native));
        return root.ReplaceNode(target, target.WithArgumentList(updated));
    }
}
