extern alias ConsortGenerator;

using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Reflection;
using Consort.Generator.Benchmarks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Consort.Generator.Tests.Infrastructure;

/// <summary>
/// Runs the Consort generator in-process over source text, as the compiler would, and then Consort's analyzer
/// over the result (with the same MSBuild properties), as the compiler and the IDE would.
/// </summary>
internal static class GeneratorHarness
{
    public static CSharpParseOptions ParseOptions => ConsortCompilation.ParseOptions;

    /// <param name="sources">The files.</param>
    /// <param name="severities">Severity overrides as <c>.editorconfig</c> gives them (<c>dotnet_diagnostic.ID.severity</c>).</param>
    public static CSharpCompilation Compilation(string[] sources, IReadOnlyDictionary<string, ReportDiagnostic>? severities = null)
    {
        var options = new CSharpCompilationOptions(
            OutputKind.DynamicallyLinkedLibrary,
            nullableContextOptions: NullableContextOptions.Enable,
            warningLevel: 9999);
        if (severities is not null)
        {
            options = options.WithSyntaxTreeOptionsProvider(new TestSyntaxTreeOptionsProvider(severities));
        }

        return CSharpCompilation.Create(
            "Consort.Tests.Input",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Input{i}.cs")),
            ConsortCompilation.References,
            options);
    }

    public static CSharpCompilation Compilation(params string[] sources) => Compilation(sources, severities: null);

    /// <summary><paramref name="compilation"/> with file <paramref name="index"/> replaced by <paramref name="source"/> (same path): an edit.</summary>
    public static Compilation Replace(Compilation compilation, int index, string source)
    {
        var old = compilation.SyntaxTrees.ElementAt(index);
        return compilation.ReplaceSyntaxTree(old, CSharpSyntaxTree.ParseText(source, ParseOptions, path: old.FilePath));
    }

    public static TestOptionsProvider Options(string? kubernetesVersion, string? podSecurity = null)
    {
        var globals = new Dictionary<string, string> { ["build_property.projectdir"] = TestPaths.ProjectDirectory + "/" };
        if (kubernetesVersion is not null)
        {
            globals["build_property.ConsortKubernetesVersion"] = kubernetesVersion;
        }

        if (podSecurity is not null)
        {
            globals["build_property.ConsortPodSecurity"] = podSecurity;
        }

        return new TestOptionsProvider(globals, TestAdditionalText.FixtureMetadata);
    }

    public static GeneratorDriver CreateDriver(string? kubernetesVersion = null)
        => GeneratorScenario.NewDriver(trackSteps: true, options: Options(kubernetesVersion)).AddAdditionalTexts([.. TestAdditionalText.Fixtures]);

    /// <summary>A driver that has run once over <paramref name="sources"/>, and the compilation it ran on.</summary>
    public static (GeneratorDriver Driver, Compilation Compilation) Warm(params string[] sources)
    {
        var compilation = Compilation(sources);
        return (CreateDriver().RunGenerators(compilation), compilation);
    }

    /// <summary>Runs the generator and the analyzer once.</summary>
    public static GeneratorOutcome Run(string source, string? kubernetesVersion = null) => Run([source], kubernetesVersion);

    public static GeneratorOutcome Run(string[] sources, string? kubernetesVersion = null, IReadOnlyDictionary<string, ReportDiagnostic>? severities = null, string? podSecurity = null)
    {
        var compilation = Compilation(sources, severities);
        SyntaxReaderCheck.AssertAgreesWithCompiler(compilation);
        var driver = CreateDriver(kubernetesVersion).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics);
        var (analyzerDiagnostics, analyzerExceptions) = Analyze(output, kubernetesVersion, podSecurity);
        return new GeneratorOutcome(driver.GetRunResult(), output, driverDiagnostics, analyzerDiagnostics, analyzerExceptions);
    }

    /// <summary>Consort's analyzer over <paramref name="compilation"/>: what survives pragmas and severities, sorted by position.</summary>
    public static (ImmutableArray<Diagnostic> Diagnostics, ImmutableArray<Exception> Exceptions) Analyze(Compilation compilation, string? kubernetesVersion, string? podSecurity = null)
    {
        var exceptions = new ConcurrentQueue<Exception>();
        var options = new CompilationWithAnalyzersOptions(
            new AnalyzerOptions([.. TestAdditionalText.Fixtures], Options(kubernetesVersion, podSecurity)),
            onAnalyzerException: (exception, _, _) => exceptions.Enqueue(exception),
            concurrentAnalysis: false,
            logAnalyzerExecutionTime: false);
        var diagnostics = compilation
            .WithAnalyzers([new ConsortGenerator::Consort.Generator.Diagnostics.ConsortAnalyzer()], options)
            .GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult()
            .OrderBy(static d => d.Location.SourceTree?.FilePath, StringComparer.Ordinal)
            .ThenBy(static d => d.Location.SourceSpan.Start)
            .ToImmutableArray();
        return (diagnostics, [.. exceptions]);
    }
}

/// <summary>What one generator and analyzer run produced.</summary>
internal sealed record GeneratorOutcome(
    GeneratorDriverRunResult Result,
    Compilation OutputCompilation,
    ImmutableArray<Diagnostic> DriverDiagnostics,
    ImmutableArray<Diagnostic> AnalyzerDiagnostics,
    ImmutableArray<Exception> AnalyzerExceptions)
{
    /// <summary>The diagnostics Consort reported (CNS…), from the generator and the analyzer.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => [.. Result.Diagnostics, .. AnalyzerDiagnostics];

    /// <summary>The errors among <see cref="Diagnostics"/>.</summary>
    public IEnumerable<Diagnostic> Errors => Diagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error);

    /// <summary>Generated sources by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources
        => Result.Results.SelectMany(static r => r.GeneratedSources).ToDictionary(static s => s.HintName, static s => s.SourceText.ToString());

    public string Source(string hintName) => Sources.TryGetValue(hintName, out var text)
        ? text
        : throw new Xunit.Sdk.XunitException($"No generated file '{hintName}'; generated: {string.Join(", ", Sources.Keys)}");

    /// <summary>Compiler diagnostics of the input plus generated code, warnings and errors.</summary>
    public IEnumerable<Diagnostic> CompilationProblems
        => OutputCompilation.GetDiagnostics().Where(static d => d.Severity >= DiagnosticSeverity.Warning);

    /// <summary>Exceptions the generator (CS8785) or the analyzer (AD0001) threw.</summary>
    public IEnumerable<Exception> Exceptions => Result.Results.Select(static r => r.Exception).OfType<Exception>().Concat(AnalyzerExceptions);

    /// <summary>Loads the output and returns each top-level workload class with its <c>Yaml</c> constant, by class name.</summary>
    public IReadOnlyList<(Type Type, string Yaml)> LoadWorkloads()
        => [.. Load().GetTypes()
            .Where(static t => t.DeclaringType is null && t.GetField("Yaml") is not null)
            .OrderBy(static t => t.FullName, StringComparer.Ordinal)
            .Select(static t => (t, (string)t.GetField("Yaml")!.GetRawConstantValue()!))];

    /// <summary>Emits the output compilation and loads it, so that generated members can be called.</summary>
    public Assembly Load()
    {
        using var stream = new MemoryStream();
        var emit = OutputCompilation.Emit(stream);
        if (!emit.Success)
        {
            throw new Xunit.Sdk.XunitException("The generated code does not compile:\n" + string.Join("\n", emit.Diagnostics.Where(static d => d.Severity == DiagnosticSeverity.Error)));
        }

        var context = new System.Runtime.Loader.AssemblyLoadContext("consort-test", isCollectible: true);
        stream.Position = 0;
        return context.LoadFromStream(stream);
    }
}
