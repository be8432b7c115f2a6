using Microsoft.CodeAnalysis;

namespace Consort.Generator.Benchmarks;

/// <summary>
/// Checks, before anything is timed, that the scenario measures what it claims: the cold run generates every
/// workload without a diagnostic, an unrelated edit re-emits nothing, and a workload edit re-emits only that workload.
/// </summary>
public static class PipelineCheck
{
    /// <summary>Throws when a guarantee does not hold.</summary>
    /// <param name="scenario">The compilation and its edits.</param>
    /// <param name="generator">The generator to check: Consort's, unless given.</param>
    public static void Verify(GeneratorScenario scenario, IIncrementalGenerator? generator = null)
    {
        var warm = GeneratorScenario.NewDriver(trackSteps: true, generator).RunGenerators(scenario.Compilation);
        var cold = warm.GetRunResult().Results.Single();
        Require(cold.Exception is null, $"the generator threw: {cold.Exception}");
        Require(cold.Diagnostics.IsEmpty, $"the generator reported {string.Join("; ", cold.Diagnostics)}");
        var workloadSources = cold.GeneratedSources.Count(static s => s.HintName.StartsWith("Bench.Workloads.", StringComparison.Ordinal));
        Require(workloadSources == scenario.Workloads, $"{workloadSources} sources for {scenario.Workloads} workloads");

        var unrelated = warm.RunGenerators(scenario.WithUnrelatedEdit()).GetRunResult().Results.Single();
        var reEmitted = Outputs(unrelated).Where(static o => o.Reason != IncrementalStepRunReason.Cached).ToList();
        Require(reEmitted.Count == 0, $"an unrelated edit re-ran {reEmitted.Count} output steps");

        var edit = warm.RunGenerators(scenario.WithWorkloadEdit()).GetRunResult().Results.Single();
        var changed = Outputs(edit)
            .Where(static o => o.Reason != IncrementalStepRunReason.Cached)
            .Select(static o => HintName(o.Value))
            .ToList();
        Require(
            changed.Count == 1 && changed.All(h => h.StartsWith(scenario.EditedWorkloadHintPrefix, StringComparison.Ordinal)),
            $"a one-workload edit re-emitted [{string.Join(", ", changed)}], not just {scenario.EditedWorkloadHintPrefix}*");
    }

    private static IEnumerable<(object Value, IncrementalStepRunReason Reason)> Outputs(GeneratorRunResult result)
        => result.TrackedOutputSteps.SelectMany(static s => s.Value).SelectMany(static s => s.Outputs);

    /// <summary>
    /// The hint name of a step's value: a source's own, or those of an output step's (sources, diagnostics) joined
    /// with '+'.
    /// </summary>
    public static string HintName(object value) => value switch
    {
        System.Runtime.CompilerServices.ITuple tuple => HintName(tuple[0]!),
        System.Collections.IEnumerable items => string.Join("+", items.Cast<object>().Select(HintName)),
        _ => value.GetType().GetProperty("HintName")?.GetValue(value) as string ?? value.ToString()!,
    };

    private static void Require(bool condition, string problem)
    {
        if (!condition)
        {
            throw new InvalidOperationException("Pipeline check failed: " + problem);
        }
    }
}
