extern alias ConsortGenerator;

using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Consort.Generator.Benchmarks;

/// <summary>
/// A compilation of <see cref="SyntheticWorkloads"/> and the edits the benchmarks apply to it. Every syntax tree is
/// parsed once, up front, so that the benchmarks measure the generator and the binding it causes, not the parser.
/// </summary>
public sealed class GeneratorScenario
{
    private readonly SyntaxTree _unrelated;
    private readonly SyntaxTree _unrelatedEdited;
    private readonly SyntaxTree _editedWorkload;
    private readonly SyntaxTree _editedWorkloadNew;

    /// <param name="workloads">How many Deployments the compilation declares.</param>
    public GeneratorScenario(int workloads)
    {
        Workloads = workloads;
        EditedWorkloadIndex = workloads / 2;
        var trees = Enumerable.Range(0, workloads)
            .Select(static i => Parse(SyntheticWorkloads.Workload(i), SyntheticWorkloads.PathOf(i)))
            .ToList();
        _unrelated = Parse(SyntheticWorkloads.Unrelated(), SyntheticWorkloads.UnrelatedPath);
        trees.Add(_unrelated);
        _unrelatedEdited = Parse(SyntheticWorkloads.Unrelated(revision: 1), SyntheticWorkloads.UnrelatedPath);
        _editedWorkload = trees[EditedWorkloadIndex];
        _editedWorkloadNew = Parse(SyntheticWorkloads.Workload(EditedWorkloadIndex, revision: 1), SyntheticWorkloads.PathOf(EditedWorkloadIndex));

        Compilation = CSharpCompilation.Create(
            "Bench.Workloads",
            trees,
            ConsortCompilation.References,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
    }

    /// <summary>How many workloads the compilation declares.</summary>
    public int Workloads { get; }

    /// <summary>The workload that <see cref="WithWorkloadEdit"/> changes.</summary>
    public int EditedWorkloadIndex { get; }

    /// <summary>The compilation before any edit.</summary>
    public CSharpCompilation Compilation { get; }

    /// <summary>The hint-name prefix of the edited workload's outputs.</summary>
    public string EditedWorkloadHintPrefix => $"Bench.Workloads.App{EditedWorkloadIndex:D4}.";

    /// <summary>An equal compilation with none of the original's bound symbols: what a cold run binds from scratch.</summary>
    public Compilation Fresh() => Compilation.Clone();

    /// <summary>The compilation after a keystroke in the file that declares no workload.</summary>
    public Compilation WithUnrelatedEdit() => Compilation.ReplaceSyntaxTree(_unrelated, _unrelatedEdited);

    /// <summary>The compilation after a change to one workload's image tag.</summary>
    public Compilation WithWorkloadEdit() => Compilation.ReplaceSyntaxTree(_editedWorkload, _editedWorkloadNew);

    /// <summary>A driver with no history, as at the start of a build.</summary>
    /// <param name="trackSteps">Record run reasons (for the checks; the compiler and the IDE do not).</param>
    /// <param name="generator">The generator to run: Consort's, unless given.</param>
    /// <param name="options">MSBuild properties as the compiler passes them (none, unless given).</param>
    public static GeneratorDriver NewDriver(bool trackSteps = false, IIncrementalGenerator? generator = null, AnalyzerConfigOptionsProvider? options = null)
        => CSharpGeneratorDriver.Create(
            [(generator ?? new ConsortGenerator::Consort.Generator.ConsortGenerator()).AsSourceGenerator()],
            parseOptions: ConsortCompilation.ParseOptions,
            optionsProvider: options,
            driverOptions: new GeneratorDriverOptions(IncrementalGeneratorOutputKind.None, trackSteps));

    private static SyntaxTree Parse(string source, string path) => CSharpSyntaxTree.ParseText(source, ConsortCompilation.ParseOptions, path);
}
