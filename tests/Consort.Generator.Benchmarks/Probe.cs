extern alias ConsortGenerator;

using System.Diagnostics;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Consort.Generator.Benchmarks;

/// <summary>
/// The benchmark's three runs timed with a stopwatch: seconds instead of BenchmarkDotNet's minutes, for checking
/// an optimisation and for the cdk8s comparison. Medians over repeated runs, each on a compilation nothing has bound.
/// </summary>
public static class Probe
{
    private const int Warmups = 3;

    /// <summary>Prints a table of median times and allocations for each workload count given (default 10 100 1000).</summary>
    public static int Run(IEnumerable<string> args)
    {
        List<int> counts = args.Any() ? [.. args.Select(static a => int.Parse(a, CultureInfo.InvariantCulture))] : [10, 100, 1000];
        Console.WriteLine("| workloads | cold | cold per workload | unrelated edit | workload edit |");
        Console.WriteLine("|---:|---:|---:|---:|---:|");
        foreach (var count in counts)
        {
            var scenario = new GeneratorScenario(count);
            var (cold, unrelated, edit) = Time(scenario, generator: null, edits: true);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {count} | {cold} | {cold.Microseconds / count:F1} µs | {unrelated} ({unrelated!.Value.Microseconds / cold.Microseconds:P2}) | {edit} ({edit!.Value.Microseconds / cold.Microseconds:P2}) |"));

            var (floorCold, floorUnrelated, floorEdit) = Time(scenario, new DriverFloorGenerator(), edits: true);
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {count}, driver floor | {floorCold} | {floorCold.Microseconds / count:F1} µs | {floorUnrelated} | {floorEdit} |"));
        }

        return 0;
    }

    /// <summary>Prints the cold run over N workloads (default 1000) as JSON, for the cdk8s comparison script.</summary>
    public static int ColdJson(IEnumerable<string> args)
    {
        var count = int.Parse(args.FirstOrDefault() ?? "1000", CultureInfo.InvariantCulture);
        var (cold, _, _) = Time(new GeneratorScenario(count), generator: null, edits: false);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $$"""{"workloads": {{count}}, "medianMs": {{cold.Microseconds / 1000:F3}}, "perWorkloadUs": {{cold.Microseconds / count:F2}}, "allocatedBytes": {{cold.AllocatedBytes}}}"""));
        return 0;
    }

    /// <summary>
    /// Checks the pipeline's guarantees for <paramref name="generator"/> (Consort's when null), then times its cold
    /// run and, with <paramref name="edits"/>, the two edits. A warm driver stays alive throughout, as in the
    /// benchmark: a compiler or IDE process holds its earlier results, and the heap's size changes how the
    /// collector paces itself.
    /// </summary>
    private static (Measurement Cold, Measurement? Unrelated, Measurement? Edit) Time(GeneratorScenario scenario, IIncrementalGenerator? generator, bool edits)
    {
        PipelineCheck.Verify(scenario, generator);
        var warm = GeneratorScenario.NewDriver(generator: generator).RunGenerators(scenario.Compilation);
        var runs = Runs(scenario.Workloads);
        var cold = Measure(runs, scenario.Fresh, c => GeneratorScenario.NewDriver(generator: generator).RunGenerators(c));
        Measurement? unrelated = edits ? Measure(runs, scenario.WithUnrelatedEdit, c => warm.RunGenerators(c)) : null;
        Measurement? edit = edits ? Measure(runs, scenario.WithWorkloadEdit, c => warm.RunGenerators(c)) : null;
        GC.KeepAlive(warm);
        return (cold, unrelated, edit);
    }

    /// <summary>
    /// Repeats one run (cold, unrelated or workload) over N workloads for a number of seconds, for a profiler such as
    /// <c>dotnet-trace</c> to sample; with a fourth argument <c>floor</c>, of <see cref="DriverFloorGenerator"/>.
    /// </summary>
    public static int Loop(IEnumerable<string> args)
    {
        var arguments = args.ToList();
        var which = arguments.ElementAtOrDefault(0) ?? "cold";
        var scenario = new GeneratorScenario(int.Parse(arguments.ElementAtOrDefault(1) ?? "1000", CultureInfo.InvariantCulture));
        var seconds = double.Parse(arguments.ElementAtOrDefault(2) ?? "20", CultureInfo.InvariantCulture);
        IIncrementalGenerator? generator = arguments.ElementAtOrDefault(3) == "floor" ? new DriverFloorGenerator() : null;
        var warm = GeneratorScenario.NewDriver(generator: generator).RunGenerators(scenario.Compilation);
        Func<Compilation> input = which switch
        {
            "cold" => scenario.Fresh,
            "unrelated" => scenario.WithUnrelatedEdit,
            "workload" => scenario.WithWorkloadEdit,
            _ => throw new ArgumentException($"Unknown run '{which}'; use cold, unrelated or workload."),
        };
        var stopwatch = Stopwatch.StartNew();
        var runs = 0;
        while (stopwatch.Elapsed.TotalSeconds < seconds)
        {
            var compilation = input();
            GC.KeepAlive(which == "cold" ? GeneratorScenario.NewDriver(generator: generator).RunGenerators(compilation) : warm.RunGenerators(compilation));
            runs++;
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{runs} {which} runs in {stopwatch.Elapsed.TotalSeconds:F1} s"));
        return 0;
    }

    /// <summary>
    /// Times <c>ConsortAnalyzer</c> alone over N workloads (default 1000) on a fresh compilation per run, as a
    /// command-line build runs it: medians, after the generator has added its files.
    /// </summary>
    public static int Analyzer(IEnumerable<string> args)
    {
        var count = int.Parse(args.FirstOrDefault() ?? "1000", CultureInfo.InvariantCulture);
        var scenario = new GeneratorScenario(count);
        GeneratorScenario.NewDriver().RunGeneratorsAndUpdateCompilation(scenario.Compilation, out var generated, out _);
        var analyzers = System.Collections.Immutable.ImmutableArray.Create<DiagnosticAnalyzer>(new ConsortGenerator::Consort.Generator.Diagnostics.ConsortAnalyzer());
        var times = new List<double>();
        var options = new CompilationWithAnalyzersOptions(new AnalyzerOptions([]), onAnalyzerException: null, concurrentAnalysis: false, logAnalyzerExecutionTime: true);
        for (var i = 0; i < Warmups + Runs(count); i++)
        {
            // The analyzer's own time, as -p:ReportAnalyzer=true reports it: not the binding the compiler does anyway.
            var withAnalyzers = generated.Clone().WithAnalyzers(analyzers, options);
            var diagnostics = withAnalyzers.GetAnalyzerDiagnosticsAsync().GetAwaiter().GetResult();
            if (!diagnostics.IsEmpty)
            {
                throw new InvalidOperationException("The benchmark's workloads have no diagnostics: " + diagnostics[0]);
            }

            if (i >= Warmups)
            {
                times.Add(withAnalyzers.GetAnalyzerTelemetryInfoAsync(analyzers[0], CancellationToken.None).GetAwaiter().GetResult().ExecutionTime.TotalMilliseconds);
            }
        }

        times.Sort();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ConsortAnalyzer over {count} workloads: median {times[times.Count / 2]:F1} ms ({times[0]:F1}–{times[^1]:F1})"));
        return 0;
    }

    /// <summary>
    /// Times what the generated code costs the compiler: emitting the N workloads (default 1000) with the files the
    /// generator adds, against the same sources without them (then only the DSL is needed). Medians, in-process,
    /// on a fresh compilation per run; generator and analyzer time are not included.
    /// </summary>
    public static int Compile(IEnumerable<string> args)
    {
        var count = int.Parse(args.FirstOrDefault() ?? "1000", CultureInfo.InvariantCulture);
        var scenario = new GeneratorScenario(count);
        GeneratorScenario.NewDriver().RunGeneratorsAndUpdateCompilation(scenario.Compilation, out var generated, out _);
        var with = Emit(AsBuilt(generated));
        var without = Emit(AsBuilt(scenario.Compilation));
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"emit of {count} workloads: {with:F0} ms with the generated files, {without:F0} ms without; {(with - without) / count:F2} ms per workload"));
        return 0;

        // A build without GenerateDocumentationFile does not parse doc comments, and neither does this.
        static Compilation AsBuilt(Compilation compilation)
            => compilation.RemoveAllSyntaxTrees().AddSyntaxTrees(compilation.SyntaxTrees.Select(static t
                => CSharpSyntaxTree.ParseText(t.GetText(), ConsortCompilation.ParseOptions.WithDocumentationMode(DocumentationMode.None), t.FilePath)));

        double Emit(Compilation compilation)
        {
            var times = new List<double>();
            for (var i = 0; i < Warmups + Runs(count); i++)
            {
                var fresh = compilation.Clone();
                GC.Collect();
                var stopwatch = Stopwatch.StartNew();
                var result = fresh.Emit(Stream.Null);
                stopwatch.Stop();
                if (!result.Success)
                {
                    throw new InvalidOperationException("The benchmark's workloads do not compile: " + result.Diagnostics.First(static d => d.Severity == DiagnosticSeverity.Error));
                }

                if (i >= Warmups)
                {
                    times.Add(stopwatch.Elapsed.TotalMilliseconds);
                }
            }

            times.Sort();
            return times[times.Count / 2];
        }
    }

    private static int Runs(int count) => count >= 1000 ? 15 : 41;

    private static Measurement Measure(int runs, Func<Compilation> input, Func<Compilation, GeneratorDriver> run)
    {
        var times = new List<double>(runs);
        var allocations = new List<long>(runs);
        for (var i = 0; i < Warmups + runs; i++)
        {
            var compilation = input();
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
            var stopwatch = Stopwatch.StartNew();
            GC.KeepAlive(run(compilation));
            stopwatch.Stop();
            if (i >= Warmups)
            {
                times.Add(stopwatch.Elapsed.TotalMicroseconds);
                allocations.Add(GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore);
            }
        }

        times.Sort();
        allocations.Sort();
        return new Measurement(times[runs / 2], allocations[runs / 2]);
    }

    private readonly record struct Measurement(double Microseconds, long AllocatedBytes)
    {
        public override string ToString() => Microseconds >= 1000
            ? string.Create(CultureInfo.InvariantCulture, $"{Microseconds / 1000:F2} ms, {AllocatedBytes / 1024.0:F0} KB")
            : string.Create(CultureInfo.InvariantCulture, $"{Microseconds:F0} µs, {AllocatedBytes / 1024.0:F0} KB");
    }
}
