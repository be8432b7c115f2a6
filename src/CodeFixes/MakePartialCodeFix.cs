using System.Composition;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Consort.CodeFixes;

/// <summary>CNS015 on a class that is not <c>partial</c>: adds <c>partial</c> to it and to the classes that contain it.</summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakePartialCodeFix))]
[Shared]
public sealed class MakePartialCodeFix() : ConsortCodeFix<ClassDeclarationSyntax>("CNS015")
{
    /// <inheritdoc/>
    protected override ClassDeclarationSyntax? FindTarget(SyntaxNode root, TextSpan span)
        => root.FindToken(span.Start).Parent is ClassDeclarationSyntax declaration
           && declaration.Identifier.Span == span
           && NotPartial(declaration).Any()
            ? declaration
            : null; // CNS015 has several causes; only one at a class name that lacks 'partial' (here or outside) is mechanical.

    /// <inheritdoc/>
    protected override string Title(ClassDeclarationSyntax target) => $"Make '{target.Identifier.ValueText}' partial";

    /// <inheritdoc/>
    protected override SyntaxNode Fix(SyntaxNode root, ClassDeclarationSyntax target)
        => root.ReplaceNodes(NotPartial(target), static (_, current) => AddPartial(current));

    private static System.Collections.Generic.IEnumerable<ClassDeclarationSyntax> NotPartial(ClassDeclarationSyntax declaration)
        => declaration.AncestorsAndSelf().OfType<ClassDeclarationSyntax>().Where(static c => !c.Modifiers.Any(SyntaxKind.PartialKeyword));

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
