using Consort.Generator.Emit;
using Consort.Generator.Options;
using Consort.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Consort.Generator;

/// <summary>
/// The Consort incremental generator. One <c>ForAttributeWithMetadataName</c> root per workload attribute; each
/// workload flows on its own (parse → spec → source), so editing one workload regenerates only that workload.
/// </summary>
[Generator(LanguageNames.CSharp)]
public sealed class ConsortGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        context.RegisterPostInitializationOutput(static c => c.AddEmbeddedAttributeDefinition());

        var options = context.AnalyzerConfigOptionsProvider
            .Select(static (provider, _) => ConsortOptions.From(provider))
            .WithTrackingName(TrackingNames.Options);
        var facts = context.CompilationProvider
            .Select(static (compilation, _) => CompilationFacts.From(compilation))
            .WithTrackingName(TrackingNames.CompilationFacts);
        var settings = options.Combine(facts)
            .Select(static (pair, _) => new EmitSettings(pair.Left.KubernetesVersion, pair.Right.SupportsTypedApi))
            .WithTrackingName(TrackingNames.EmitSettings);

        context.RegisterSourceOutput(facts, static (output, facts) =>
        {
            if (facts.SupportsTypedApi)
            {
                var registry = RegistryEmitter.Emit();
                output.AddSource(registry.HintName, registry.Text);
            }
        });

        foreach (var metadataName in KnownAttributes.WorkloadMetadataNames)
        {
            // Only the spec is cached: diagnostics (which hold syntax trees) are reported by ConsortAnalyzer,
            // which runs the same parser, and a workload with an error has no spec.
            var sources = context.SyntaxProvider
                .ForAttributeWithMetadataName(metadataName, static (node, _) => node is TypeDeclarationSyntax, static (target, cancellationToken) => WorkloadParser.Parse(target, cancellationToken)?.Spec)
                .WithTrackingName(TrackingNames.Parse)
                .Where(static spec => spec is not null)
                .WithTrackingName(TrackingNames.Spec)
                .Combine(settings)
                .Select(static (pair, cancellationToken) => WorkloadEmitter.Emit(pair.Left!, pair.Right, cancellationToken))
                .Where(static source => source is not null)
                .WithTrackingName(TrackingNames.Source);
            context.RegisterSourceOutput(sources, static (output, source) => output.AddSource(source!.Api.HintName, source.Api.Text));

            // The IDE may skip implementation outputs: only the build, which writes the files, needs the manifests.
            context.RegisterImplementationSourceOutput(sources, static (output, source) => output.AddSource(source!.Manifest.HintName, source.Manifest.Text));
        }
    }
}
