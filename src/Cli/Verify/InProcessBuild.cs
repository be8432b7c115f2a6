extern alias ConsortGenerator;

using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using ConsortAnalyzer = ConsortGenerator::Consort.Generator.Diagnostics.ConsortAnalyzer;
using Generator = ConsortGenerator::Consort.Generator.ConsortGenerator;

namespace Consort.Cli.Verify;

/// <summary>An error of the build, in the file of one class.</summary>
internal sealed record BuildError(string File, int Line, string Id, string Message);

/// <summary>What building the imported C# gave: each top-level class's YAML, and the errors.</summary>
internal sealed record BuildOutcome(IReadOnlyDictionary<string, string> YamlByClass, IReadOnlyList<BuildError> Errors);

/// <summary>
/// Builds C# files as a project that references Consort would, but in memory: the compiler, the Consort generator
/// and analyzer (default settings: Kubernetes 1.33, baseline), and the generated <c>Yaml</c> constants read back.
/// </summary>
internal static class InProcessBuild
{
    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(static () =>
    {
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return [.. trusted
            .Where(static p => !Path.GetFileName(p).StartsWith("Consort.Generator", StringComparison.Ordinal) && !Path.GetFileName(p).StartsWith("Consort.Cli", StringComparison.Ordinal))
            .Append(typeof(DeploymentAttribute).Assembly.Location)
            .Append(typeof(k8s.Models.V1Deployment).Assembly.Location)
            .Append(typeof(Consort.Kubernetes.ManifestDocuments).Assembly.Location)
            .Where(static p => p.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .Select(static p => MetadataReference.CreateFromFile(p))];
    });

    private static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    /// <param name="files">File name → C# text.</param>
    /// <param name="classes">The full names of the top-level classes whose YAML is wanted.</param>
    public static BuildOutcome Run(IReadOnlyDictionary<string, string> files, IEnumerable<string> classes)
    {
        var compilation = CSharpCompilation.Create(
            "Consort.Import.Check",
            files.Select(f => CSharpSyntaxTree.ParseText(f.Value, ParseOptions, path: f.Key)),
            References.Value,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var driver = CSharpGeneratorDriver.Create([new Generator().AsSourceGenerator()], parseOptions: ParseOptions);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out var generatorDiagnostics);
        var analyzerDiagnostics = output
            .WithAnalyzers([new ConsortAnalyzer()], new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: false))
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
        var errors = generatorDiagnostics
            .Concat(analyzerDiagnostics)
            .Concat(output.GetDiagnostics())
            .Where(static d => d.Severity == DiagnosticSeverity.Error)
            .Select(static d =>
            {
                var span = d.Location.GetLineSpan();
                return new BuildError(span.Path ?? string.Empty, span.StartLinePosition.Line + 1, d.Id, d.GetMessage(System.Globalization.CultureInfo.InvariantCulture));
            })
            .Distinct()
            .ToList();
        var yaml = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in classes)
        {
            if (output.GetTypeByMetadataName(name)?.GetMembers("Yaml").OfType<IFieldSymbol>().FirstOrDefault() is { HasConstantValue: true, ConstantValue: string text })
            {
                yaml[name] = text;
            }
        }

        return new BuildOutcome(yaml, errors);
    }
}
