using System.Collections.Immutable;
using System.Linq;
using Consort.Generator.Options;
using Consort.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Consort.Generator.Diagnostics;

/// <summary>
/// Reports Consort's diagnostics as an ordinary analyzer, so that <c>#pragma warning disable</c>,
/// <c>.editorconfig</c> severities and the IDE treat them like any other. It runs the generator's own parser:
/// the generator emits nothing for a workload with an error, and this analyzer says why.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ConsortAnalyzer : DiagnosticAnalyzer
{
    /// <inheritdoc/>
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics { get; } = DiagnosticDescriptors.All;

    /// <inheritdoc/>
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterCompilationStartAction(static start =>
        {
            var target = ConsortOptions.From(start.Options.AnalyzerConfigOptionsProvider).KubernetesVersion;
            start.RegisterSymbolAction(symbol => Analyze(symbol, target), SymbolKind.NamedType);
        });
    }

    private static void Analyze(SymbolAnalysisContext context, KubernetesVersion target)
    {
        var type = (INamedTypeSymbol)context.Symbol;
        if (!type.GetAttributes().Any(static a => KnownAttributes.NameOf(a) is { } name && KnownAttributes.IsWorkload(name)))
        {
            return;
        }

        var result = WorkloadParser.Parse(type, context.CancellationToken);
        foreach (var diagnostic in result?.Diagnostics ?? default)
        {
            if (diagnostic.AppliesTo(target))
            {
                context.ReportDiagnostic(diagnostic.ToDiagnostic(target));
            }
        }
    }
}
