using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Microsoft.CodeAnalysis;

namespace Consort.Generator.Benchmarks;

/// <summary>
/// The generator over 10, 100 and 1000 Deployments: a cold run, and the runs that follow a keystroke in an
/// unrelated file and in one workload. Each iteration gets a compilation nothing has bound yet, as the IDE does
/// after an edit; reusing one compilation would hide the cost of binding attributes.
/// </summary>
[MemoryDiagnoser]
[MedianColumn]
[Config(typeof(InProcessConfig))]
public class GeneratorBenchmarks
{
    private readonly IIncrementalGenerator? _generator;
    /// <summary>Consort's generator.</summary>
    public GeneratorBenchmarks()
    {
    }

    /// <summary>Another generator over the same scenario (see <see cref="DriverFloorBenchmarks"/>).</summary>
    protected GeneratorBenchmarks(IIncrementalGenerator generator) => _generator = generator;

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
        PipelineCheck.Verify(_scenario, _generator);

        _warm = GeneratorScenario.NewDriver(generator: _generator).RunGenerators(_scenario.Compilation);
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
    public GeneratorDriver ColdRun() => GeneratorScenario.NewDriver(generator: _generator).RunGenerators(_input);

    /// <summary>The warm driver after an edit in a file with no workload.</summary>
    [Benchmark]
    public GeneratorDriver UnrelatedEdit() => _warm.RunGenerators(_input);

    /// <summary>The warm driver after an edit of one workload.</summary>
    [Benchmark]
    public GeneratorDriver WorkloadEdit() => _warm.RunGenerators(_input);
}

/// <summary>
/// The same runs with <see cref="DriverFloorGenerator"/>, which does nothing but add one file per workload: the
/// part of each time that Roslyn's driver spends whatever the generator does.
/// </summary>
public class DriverFloorBenchmarks : GeneratorBenchmarks
{
    /// <summary>Runs the floor generator.</summary>
    public DriverFloorBenchmarks()
        : base(new DriverFloorGenerator())
    {
    }
}

/// <summary>
/// In-process (the generator is a library here, not a separate program), 3 warm-up and 15 measured runs per case:
/// each run is one invocation on a fresh compilation, so the run count bounds the time the whole suite takes.
/// </summary>
internal sealed class InProcessConfig : ManualConfig
{
    public InProcessConfig()
        => AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance).WithWarmupCount(3).WithIterationCount(15));
}
