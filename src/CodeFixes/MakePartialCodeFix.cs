using System.Composition;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Consort.CodeFixes;

/// <summary>CNS015 on a class that is not <c>partial</c>: adds <c>partial</c> to it and to the classes that contain it.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakePartialCodeFix))]
[Shared]
public sealed class MakePartialCodeFix() : ConsortCodeFix("CNS015")
{
    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        var diagnostic = context.Diagnostics[0];

        // CNS015 has several causes; only one reported at a class name that lacks 'partial' (here or outside) is mechanical.
        if (root?.FindToken(diagnostic.Location.SourceSpan.Start).Parent is not ClassDeclarationSyntax declaration
            || declaration.Identifier.Span != diagnostic.Location.SourceSpan
            || !declaration.AncestorsAndSelf().OfType<ClassDeclarationSyntax>().Any(static c => !c.Modifiers.Any(SyntaxKind.PartialKeyword)))
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create(
                $"Make '{declaration.Identifier.ValueText}' partial",
                cancellationToken => MakePartialAsync(context.Document, declaration, cancellationToken),
                equivalenceKey: nameof(MakePartialCodeFix)),
            diagnostic);
    }

    private static async Task<Document> MakePartialAsync(Document document, ClassDeclarationSyntax declaration, CancellationToken cancellationToken)
    {
        var root = await document.GetSyntaxRootAsync(cancellationToken).ConfigureAwait(false);
        var classes = declaration.AncestorsAndSelf().OfType<ClassDeclarationSyntax>().Where(static c => !c.Modifiers.Any(SyntaxKind.PartialKeyword));
        var fixedRoot = root!.ReplaceNodes(classes, static (_, current) => AddPartial(current));
        return document.WithSyntaxRoot(fixedRoot);
    }

    /// <summary>Adds <c>partial</c> right before <c>class</c>, where C# requires it.</summary>
    private static ClassDeclarationSyntax AddPartial(ClassDeclarationSyntax declaration)
    {
        var keyword = declaration.Keyword;
        var partial = SyntaxFactory.Token(keyword.LeadingTrivia, SyntaxKind.PartialKeyword, SyntaxFactory.TriviaList(SyntaxFactory.Space));
        return declaration
            .WithKeyword(keyword.WithLeadingTrivia(SyntaxFactory.TriviaList()))
            .WithModifiers(declaration.Modifiers.Add(partial));
    }
}
