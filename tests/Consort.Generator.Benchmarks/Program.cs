using BenchmarkDotNet.Running;
using Consort.Generator.Benchmarks;

// `probe`, `cold`, `loop`, `analyzer` and `compile` are quick stopwatch measurements for development and for the cdk8s comparison;
// `write` and `size` are steps of build-cost.sh;
// everything else goes to BenchmarkDotNet, which gives the numbers docs/performance.md reports.
return args.FirstOrDefault() switch
{
    "probe" => Probe.Run(args.Skip(1)),
    "cold" => Probe.ColdJson(args.Skip(1)),
    "loop" => Probe.Loop(args.Skip(1)),
    "analyzer" => Probe.Analyzer(args.Skip(1)),
    "compile" => Probe.Compile(args.Skip(1)),
    "write" => BuildCost.Write(args.Skip(1)),
    "size" => BuildCost.Size(args.Skip(1)),
    _ => Run(args),
};

static int Run(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(GeneratorBenchmarks).Assembly).Run(args);
    return 0;
}
