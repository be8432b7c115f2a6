using System;
using System.Collections.Immutable;
using System.Linq;
using System.Collections.Generic;
using Consort.Generator.Binding;
using Consort.Generator.Content;
using Consort.Generator.Options;
using Consort.Generator.Parsing;
using Consort.Generator.PodSecurity;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Consort.Generator.Diagnostics;

/// <summary>
/// Reports Consort's diagnostics as an ordinary analyzer, so that <c>#pragma warning disable</c>,
/// <c>.editorconfig</c> severities and the IDE treat them like any other. It runs the generator's own parser:
/// the generator emits nothing for a workload with an error, and this analyzer says why.
/// </summary>
/// <remarks>
/// It runs on every build, so it does as little as it can: a workload the generator already parsed in this
/// compilation is not parsed again (<see cref="SharedParseResults"/>); any other is found the way the generator
/// finds it, by how its attributes are spelled, read from syntax when it is self-contained (the reader gives the
/// same spec and diagnostics as binding, which the tests hold it to), and bound only when it is not. Binding the
/// attributes of every type, as a symbol action would, cost as much as the generator (docs/performance.md).
/// </remarks>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConsortAnalyzer : DiagnosticAnalyzer
{
    private static readonly SyntaxKind[] TypeDeclarations =
        [SyntaxKind.ClassDeclaration, SyntaxKind.StructDeclaration, SyntaxKind.RecordDeclaration, SyntaxKind.RecordStructDeclaration, SyntaxKind.InterfaceDeclaration];

    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = DiagnosticDescriptors.All;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var options = ConsortOptions.From(start.Options.AnalyzerConfigOptionsProvider);
            var compilation = start.Compilation;
            var references = new ReferencesOnly(compilation);

            // Read on the first type with attributes, not for a compilation that has none. The generator's own files
            // are left out: it read the compilation before adding them, and their partial declarations of every
            // workload class would look like classes split over files.
            var environment = new Lazy<BindingEnvironment>(() => BindingEnvironment.From([.. compilation.SyntaxTrees
                .Where(static t => !IsGeneratorOutput(t))
                .Select(t => SourceFileFacts.Read((CompilationUnitSyntax)t.GetRoot(start.CancellationToken), start.CancellationToken))
                .Where(static f => !f.IsEmpty)]));
            var files = ProjectFiles.From(start.Options.AnalyzerConfigOptionsProvider, start.Options.AdditionalFiles);
            start.RegisterSyntaxNodeAction(node => Analyze(node, environment, references, files, options), TypeDeclarations);
        });
    }

    /// <summary>A file <see cref="ConsortGenerator"/> added: the compiler puts it under a folder named after the generator.</summary>
    private static bool IsGeneratorOutput(SyntaxTree tree)
        => System.IO.Path.GetFileName(System.IO.Path.GetDirectoryName(tree.FilePath)) == GeneratorFolder;

    private static readonly string GeneratorFolder = typeof(ConsortGenerator).FullName!;

    private static void Analyze(SyntaxNodeAnalysisContext context, Lazy<BindingEnvironment> environment, ReferencesOnly references, ProjectFiles files, ConsortOptions options)
    {
        var target = options.KubernetesVersion;
        var node = (TypeDeclarationSyntax)context.Node;
        if (node.AttributeLists.Count == 0 || !WorkloadSyntax.IsCandidate(node, environment.Value.GlobalAliases))
        {
            return;
        }

        if (!SharedParseResults.TryGet(node, environment.Value, references, out var result))
        {
            var request = BindingRequest.From(node, environment.Value, references, context.CancellationToken);
            result = request.ParseForDiagnostics(context.SemanticModel, context.CancellationToken);
        }

        foreach (var diagnostic in result?.Diagnostics ?? default)
        {
            if (diagnostic.AppliesTo(target))
            {
                context.ReportDiagnostic(diagnostic.ToDiagnostic(target));
            }
        }

        if (result?.Spec is not { } spec)
        {
            return;
        }

        if (spec.Volumes.Any(static v => v.Content is not null))
        {
            ReportContentProblems(context, result, spec, files);
        }

        // Where each setting is written is read again only for a workload that fails a check.
        var sites = () => BindingRequest.From(node, environment.Value, references, context.CancellationToken)
            .ParseForDiagnostics(context.SemanticModel, context.CancellationToken, securitySites: true)?.SecuritySites ?? default;
        foreach (var diagnostic in PodSecurityReport.For(result, spec, options, sites))
        {
            context.ReportDiagnostic(diagnostic);
        }
    }

    /// <summary>What reading a workload's ConfigMap files finds (a missing file, more than 1 MiB), at the argument that names it.</summary>
    private static void ReportContentProblems(SyntaxNodeAnalysisContext context, WorkloadParseResult result, Model.WorkloadSpec spec, ProjectFiles files)
    {
        foreach (var problem in ConfigMapContent.Problems(ConfigMapContent.Read(spec, files, context.CancellationToken)!))
        {
            if (result.ContentSites.FirstOrDefault(s => s.VolumeName == problem.VolumeName && s.Key == problem.Key) is { Tree: { } tree } site)
            {
                context.ReportDiagnostic(Diagnostic.Create(DiagnosticDescriptors.InvalidConfigMapContent, Location.Create(tree, site.Span), problem.Message));
            }
        }
    }
}
