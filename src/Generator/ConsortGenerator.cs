using Consort.Generator.Binding;
using Consort.Generator.Content;
using Consort.Generator.Emit;
using Consort.Generator.Options;
using Consort.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Consort.Generator;

/// <summary>
/// The Consort incremental generator. Each workload flows on its own (syntax → binding → spec → source), so editing
/// one workload regenerates only that workload, and an edit that touches no workload re-runs nothing per workload.
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
        var references = context.CompilationProvider
            .Select(static (compilation, _) => new ReferencesOnly(compilation))
            .WithTrackingName(TrackingNames.References);
        var facts = references
            .Select(static (references, _) => CompilationFacts.From(references))
            .WithTrackingName(TrackingNames.CompilationFacts);
        var fileScopedNamespaces = context.ParseOptionsProvider
            .Select(static (parse, _) => ((CSharpParseOptions)parse).LanguageVersion >= LanguageVersion.CSharp10);
        var settings = options.Combine(facts).Combine(fileScopedNamespaces)
            .Select(static (pair, _) => new EmitSettings(pair.Left.Left.KubernetesVersion, pair.Left.Right.SupportsTypedApi, pair.Right))
            .WithTrackingName(TrackingNames.EmitSettings);

        context.RegisterSourceOutput(facts, static (output, facts) =>
        {
            if (facts.SupportsTypedApi)
            {
                var registry = RegistryEmitter.Emit();
                output.AddSource(registry.HintName, registry.Text);
            }
        });

        // Which files could change how a workload binds: read from syntax, cached per file.
        var environment = context.SyntaxProvider
            .CreateSyntaxProvider(static (node, _) => node is CompilationUnitSyntax, static (syntax, _) => (CompilationUnitSyntax)syntax.Node)
            .Select(static (unit, cancellationToken) => SourceFileFacts.Read(unit, cancellationToken))
            .Where(static facts => !facts.IsEmpty)
            .Collect()
            .Select(static (files, _) => BindingEnvironment.From(files))
            .WithTrackingName(TrackingNames.BindingEnvironment);

        // The syntax provider hands back the same node while its file is unchanged, so an edit elsewhere re-runs
        // nothing below: a self-contained workload binds against its own file, not against the edited compilation.
        var requests = context.SyntaxProvider
            .CreateSyntaxProvider(WorkloadSyntax.IsCandidate, static (syntax, _) => (TypeDeclarationSyntax)syntax.Node)
            .Combine(environment.Combine(references))
            .Select(static (pair, cancellationToken) => BindingRequest.From(pair.Left, pair.Right.Left, pair.Right.Right, cancellationToken))
            .WithTrackingName(TrackingNames.Candidate);
        var alone = requests
            .Where(static request => request.Alone)
            .Select(static (request, cancellationToken) => request.BindAlone(cancellationToken));
        var inCompilation = requests
            .Where(static request => !request.Alone)
            .Combine(context.CompilationProvider)
            .Select(static (pair, cancellationToken) => pair.Left.Parse(pair.Right, cancellationToken));

        // The additional files are only listed here; each workload reads the ones its ConfigMaps name.
        var projectFiles = context.AdditionalTextsProvider.Collect()
            .Combine(context.AnalyzerConfigOptionsProvider)
            .Select(static (pair, _) => ProjectFiles.From(pair.Right, pair.Left))
            .WithTrackingName(TrackingNames.ProjectFiles);

        foreach (var parsed in new[] { alone, inCompilation })
        {
            // What a workload reads is equal from run to run unless one of its own files changed, so an edit of a file
            // completes and emits again only the workloads that read it.
            var withFiles = parsed
                .WithTrackingName(TrackingNames.Parse)
                .Combine(projectFiles)
                .Select(static (pair, cancellationToken) => ConfigMapContent.Read(pair.Left, pair.Right, cancellationToken))
                .WithTrackingName(TrackingNames.Files);

            // Only the spec is cached: diagnostics (which hold syntax trees) are reported by ConsortAnalyzer,
            // which runs the same parser. A workload with an error has no spec, and no source. Every step here
            // runs for every workload on every edit (if only to find it cached), so there are as few as can be.
            var sources = withFiles
                .Combine(settings)
                .Select(static (pair, cancellationToken) => ConfigMapContent.Complete(pair.Left) is { } spec ? WorkloadEmitter.Emit(spec, pair.Right, cancellationToken) : null)
                .WithTrackingName(TrackingNames.Source);
            context.RegisterSourceOutput(sources, static (output, source) =>
            {
                if (source is not null)
                {
                    output.AddSource(source.HintName, source.Text);
                }
            });
        }
    }
}
