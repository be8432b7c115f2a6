extern alias ConsortGenerator;

using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Consort.Generator.Tests.Infrastructure;

/// <summary>Runs the Consort generator in-process over source text, as the compiler would.</summary>
internal static class GeneratorHarness
{
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> References = new(LoadReferences);

    public static CSharpCompilation Compilation(params string[] sources)
        => CSharpCompilation.Create(
            "Consort.Tests.Input",
            sources.Select((source, i) => CSharpSyntaxTree.ParseText(source, ParseOptions, path: $"Input{i}.cs")),
            References.Value,
            new CSharpCompilationOptions(
                OutputKind.DynamicallyLinkedLibrary,
                nullableContextOptions: NullableContextOptions.Enable,
                warningLevel: 9999));

    public static GeneratorDriver CreateDriver(string? kubernetesVersion = null, IReadOnlyDictionary<string, string>? treeOptions = null)
    {
        var globals = new Dictionary<string, string>();
        if (kubernetesVersion is not null)
        {
            globals["build_property.ConsortKubernetesVersion"] = kubernetesVersion;
        }

        return CSharpGeneratorDriver.Create(
            [new ConsortGenerator::Consort.Generator.ConsortGenerator().AsSourceGenerator()],
            parseOptions: ParseOptions,
            optionsProvider: new TestOptionsProvider(globals, treeOptions ?? new Dictionary<string, string>()),
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackIncrementalGeneratorSteps: true));
    }

    /// <summary>Runs the generator once; the result holds its sources, its diagnostics and the updated compilation.</summary>
    public static GeneratorOutcome Run(string source, string? kubernetesVersion = null) => Run([source], kubernetesVersion);

    public static GeneratorOutcome Run(string[] sources, string? kubernetesVersion = null)
    {
        var compilation = Compilation(sources);
        var driver = CreateDriver(kubernetesVersion).RunGeneratorsAndUpdateCompilation(compilation, out var output, out var driverDiagnostics);
        return new GeneratorOutcome(driver.GetRunResult(), output, driverDiagnostics);
    }

    private static ImmutableArray<MetadataReference> LoadReferences()
    {
        // The test host's own framework assemblies, plus the DSL and KubernetesClient, as a user project sees them.
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        var paths = trusted
            .Where(static p => !Path.GetFileName(p).StartsWith("Consort.Generator", StringComparison.Ordinal))
            .Append(typeof(PodAttribute).Assembly.Location)
            .Append(typeof(k8s.Models.V1Pod).Assembly.Location)
            .Distinct(StringComparer.Ordinal);
        return [.. paths.Select(static p => MetadataReference.CreateFromFile(p))];
    }
}

/// <summary>What one generator run produced.</summary>
internal sealed record GeneratorOutcome(GeneratorDriverRunResult Result, Compilation OutputCompilation, ImmutableArray<Diagnostic> DriverDiagnostics)
{
    /// <summary>The diagnostics Consort reported (CNS…).</summary>
    public ImmutableArray<Diagnostic> Diagnostics => Result.Diagnostics;

    /// <summary>Generated sources by hint name.</summary>
    public IReadOnlyDictionary<string, string> Sources
        => Result.Results.SelectMany(static r => r.GeneratedSources).ToDictionary(static s => s.HintName, static s => s.SourceText.ToString());

    public string Source(string hintName) => Sources.TryGetValue(hintName, out var text)
        ? text
        : throw new Xunit.Sdk.XunitException($"No generated file '{hintName}'; generated: {string.Join(", ", Sources.Keys)}");

    /// <summary>Compiler diagnostics of the input plus generated code, warnings and errors.</summary>
    public IEnumerable<Diagnostic> CompilationProblems
        => OutputCompilation.GetDiagnostics().Where(static d => d.Severity >= DiagnosticSeverity.Warning);

    /// <summary>Exceptions the generator threw (reported by the driver as CS8785 and in the run result).</summary>
    public IEnumerable<Exception> Exceptions => Result.Results.Select(static r => r.Exception).OfType<Exception>();

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
