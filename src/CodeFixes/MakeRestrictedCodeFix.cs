using System.Collections.Immutable;
using System.Composition;
using System.Linq;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Simplification;

namespace Consort.CodeFixes;

/// <summary>
/// CNS214, CNS215, CNS216 and CNS218: makes the workload meet the restricted Pod Security Standard where the settings
/// are mechanical (SPEC 9): <c>RunAsNonRoot = true</c> and a RuntimeDefault seccomp profile on the pod, and
/// <c>AllowPrivilegeEscalation = false</c> and <c>DropCapabilities = ["ALL"]</c> on every container class, keeping
/// every other setting (a Localhost profile, added capabilities, users). Preset sidecars are left alone: they are
/// restricted by default, and a <c>[SecurityContext]</c> of their own would replace theirs.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(MakeRestrictedCodeFix))]
[Shared]
public sealed class MakeRestrictedCodeFix : CodeFixProvider
{
    private static readonly string[] WorkloadAttributes = ["Pod", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob"];

    /// <inheritdoc/>
    public override ImmutableArray<string> FixableDiagnosticIds { get; } = ["CNS214", "CNS215", "CNS216", "CNS218"];

    /// <inheritdoc/>
    public override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;

    /// <inheritdoc/>
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var root = await context.Document.GetSyntaxRootAsync(context.CancellationToken).ConfigureAwait(false);
        if (root?.FindNode(context.Span).AncestorsAndSelf().OfType<ClassDeclarationSyntax>().LastOrDefault(static c => Find(c, WorkloadAttributes) is not null) is not { } workload)
        {
            return;
        }

        // A class declared in several parts may hold its [PodSecurityContext] in another one: a second would not compile.
        var model = await context.Document.GetSemanticModelAsync(context.CancellationToken).ConfigureAwait(false);
        if (model?.GetDeclaredSymbol(workload, context.CancellationToken) is { DeclaringSyntaxReferences.Length: > 1 })
        {
            return;
        }

        var collections = context.Document.Project.ParseOptions is CSharpParseOptions { LanguageVersion: >= LanguageVersion.CSharp12 };
        var restricted = Restrict(workload, collections);

        // What the fix cannot decide (a capability added, user 0) would keep the warning: no fix that changes nothing.
        if (restricted.IsEquivalentTo(workload))
        {
            return;
        }

        context.RegisterCodeFix(
            CodeAction.Create("Make this workload restricted", _ => Task.FromResult(context.Document.WithSyntaxRoot(root.ReplaceNode(workload, restricted))), equivalenceKey: nameof(MakeRestrictedCodeFix)),
            context.Diagnostics);
    }

    /// <summary>The workload class with the restricted settings on the pod and on each container class.</summary>
    /// <param name="collections">Whether the project's C# has collection expressions (12 and later): else arrays are written <c>new[] { ... }</c>.</param>
    public static ClassDeclarationSyntax Restrict(ClassDeclarationSyntax workload, bool collections = true)
    {
        var containers = workload.Members.OfType<ClassDeclarationSyntax>()
            .Where(static c => Find(c, "Container", "InitContainer") is not null || (Find(c, "Sidecar") is { } sidecar && !IsPreset(sidecar)) || (Find(c, "Sidecar") is not null && Find(c, "SecurityContext") is not null))
            .ToList();
        var updated = workload.ReplaceNodes(containers, (_, container) => WithSettings(container, "SecurityContext", [("AllowPrivilegeEscalation", "false", Keep: null)], dropAll: true, collections));
        return WithSettings(
            updated,
            "PodSecurityContext",
            [("RunAsNonRoot", "true", Keep: null), ("Seccomp", "global::Consort.SeccompProfile.RuntimeDefault", Keep: static e => e.ToString() is var text && (text.EndsWith("RuntimeDefault", System.StringComparison.Ordinal) || text.EndsWith("Localhost", System.StringComparison.Ordinal)))],
            dropAll: false,
            collections);
    }

    /// <summary>
    /// <paramref name="type"/> with the named arguments set on its <paramref name="attributeName"/> attribute (added
    /// when missing), keeping a value that <c>Keep</c> accepts, and with "ALL" among its dropped capabilities.
    /// </summary>
    private static ClassDeclarationSyntax WithSettings(ClassDeclarationSyntax type, string attributeName, (string Name, string Value, System.Func<ExpressionSyntax, bool>? Keep)[] settings, bool dropAll, bool collections)
    {
        var existing = Find(type, attributeName);
        var arguments = existing?.ArgumentList ?? SyntaxFactory.AttributeArgumentList();
        foreach (var (name, value, keep) in settings)
        {
            arguments = Set(arguments, name, SyntaxFactory.ParseExpression(value).WithAdditionalAnnotations(Simplifier.Annotation), keep);
        }

        if (dropAll)
        {
            var drop = arguments.Arguments.FirstOrDefault(static a => a.NameEquals?.Name.Identifier.ValueText == "DropCapabilities");
            var dropped = drop?.Expression switch
            {
                CollectionExpressionSyntax collection => collection.Elements.OfType<ExpressionElementSyntax>().Select(static e => e.Expression.ToString()).ToList(),
                ImplicitArrayCreationExpressionSyntax array => array.Initializer.Expressions.Select(static e => e.ToString()).ToList(),
                ArrayCreationExpressionSyntax { Initializer: { } initializer } => initializer.Expressions.Select(static e => e.ToString()).ToList(),
                _ => [],
            };
            if (!dropped.Contains("\"ALL\""))
            {
                var items = string.Join(", ", dropped.Prepend("\"ALL\""));
                arguments = Set(arguments, "DropCapabilities", SyntaxFactory.ParseExpression(collections ? "[" + items + "]" : "new[] { " + items + " }"), keep: null);
            }
        }

        if (existing is not null)
        {
            return existing.ArgumentList?.IsEquivalentTo(arguments) == true ? type : type.ReplaceNode(existing, existing.WithArgumentList(arguments));
        }

        // After the class's last attribute, on its line or on a line of its own, as that one is written. Parsed from text,
        // so that no elastic trivia lets the formatter join it to the attribute before it.
        var parsed = SyntaxFactory.ParseCompilationUnit("[" + attributeName + arguments.NormalizeWhitespace().ToFullString() + "] class C { }")
            .DescendantNodes().OfType<AttributeListSyntax>().First();
        var attribute = parsed.ReplaceNodes(
            parsed.DescendantNodes().OfType<MemberAccessExpressionSyntax>().Where(static m => m.Parent is AttributeArgumentSyntax),
            static (_, access) => access.WithAdditionalAnnotations(Simplifier.Annotation));
        var last = type.AttributeLists.Last();
        var ownLine = last.GetTrailingTrivia().Any(static t => t.IsKind(SyntaxKind.EndOfLineTrivia));
        return type.WithAttributeLists(type.AttributeLists.Add(ownLine
            ? attribute.WithLeadingTrivia(last.GetLeadingTrivia()).WithTrailingTrivia(last.GetTrailingTrivia())
            : attribute.WithLeadingTrivia(default(SyntaxTriviaList)).WithTrailingTrivia(last.GetTrailingTrivia())));
    }

    private static AttributeArgumentListSyntax Set(AttributeArgumentListSyntax arguments, string name, ExpressionSyntax value, System.Func<ExpressionSyntax, bool>? keep)
    {
        var current = arguments.Arguments.FirstOrDefault(a => a.NameEquals?.Name.Identifier.ValueText == name);
        if (current is null)
        {
            return arguments.AddArguments(SyntaxFactory.AttributeArgument(SyntaxFactory.NameEquals(name), null, value));
        }

        return current.Expression.IsEquivalentTo(value) || keep?.Invoke(current.Expression) == true
            ? arguments
            : arguments.ReplaceNode(current.Expression, value.WithTriviaFrom(current.Expression));
    }

    /// <summary>A preset sidecar: its first argument is a <c>SidecarKind</c>, not an image.</summary>
    private static bool IsPreset(AttributeSyntax sidecar)
        => sidecar.ArgumentList?.Arguments.FirstOrDefault() is { NameEquals: null, Expression: not LiteralExpressionSyntax };

    private static AttributeSyntax? Find(ClassDeclarationSyntax type, params string[] names)
        => type.AttributeLists.SelectMany(static l => l.Attributes).FirstOrDefault(a => names.Contains(Name(a)));

    private static string Name(AttributeSyntax attribute)
    {
        var name = attribute.Name switch
        {
            QualifiedNameSyntax qualified => qualified.Right.Identifier.ValueText,
            AliasQualifiedNameSyntax alias => alias.Name.Identifier.ValueText,
            SimpleNameSyntax simple => simple.Identifier.ValueText,
            _ => attribute.Name.ToString(),
        };
        return name.EndsWith("Attribute", System.StringComparison.Ordinal) ? name.Substring(0, name.Length - "Attribute".Length) : name;
    }
}
