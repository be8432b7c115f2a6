using BenchmarkDotNet.Attributes;
using Microsoft.CodeAnalysis;

namespace Consort.Generator.Benchmarks;

/// <summary>
/// The generator over 10, 100 and 1000 Deployments: a cold run, and the runs that follow a keystroke in an
/// unrelated file and in one workload. Each iteration gets a compilation nothing has bound yet, as the IDE does
/// after an edit; reusing one compilation would hide the cost of binding attributes.
/// </summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private GeneratorScenario _scenario = null!;
    private GeneratorDriver _warm = null!;
    private Compilation _input = null!;

    /// <summary>How many Deployments the compilation declares.</summary>
    [Params(10, 100, 1000)]
    public int Workloads { get; set; }

    /// <summary>Builds the compilation, checks the pipeline's guarantees and warms a driver on it.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _scenario = new GeneratorScenario(Workloads);
        PipelineCheck.Verify(_scenario);
        _warm = GeneratorScenario.NewDriver().RunGenerators(_scenario.Compilation);
    }

    /// <summary>A fresh, unbound copy of the compilation for each cold run.</summary>
    [IterationSetup(Target = nameof(ColdRun))]
    public void FreshCompilation() => _input = _scenario.Fresh();

    /// <summary>The compilation after a keystroke in the file that declares no workload.</summary>
    [IterationSetup(Target = nameof(UnrelatedEdit))]
    public void UnrelatedEditCompilation() => _input = _scenario.WithUnrelatedEdit();

    /// <summary>The compilation after a change to one workload's image tag.</summary>
    [IterationSetup(Target = nameof(WorkloadEdit))]
    public void WorkloadEditCompilation() => _input = _scenario.WithWorkloadEdit();

    /// <summary>A driver with no history over a fresh compilation: a build, or opening the project.</summary>
    [Benchmark(Baseline = true)]
    public GeneratorDriver ColdRun() => GeneratorScenario.NewDriver().RunGenerators(_input);

    /// <summary>The warm driver after an edit in a file with no workload.</summary>
    [Benchmark]
    public GeneratorDriver UnrelatedEdit() => _warm.RunGenerators(_input);

    /// <summary>The warm driver after an edit of one workload.</summary>
    [Benchmark]
    public GeneratorDriver WorkloadEdit() => _warm.RunGenerators(_input);
}
