extern alias ConsortGenerator;

using ConsortGenerator::Consort.Generator.Manifest;
using ConsortGenerator::Consort.Generator.Model;
using ConsortGenerator::Consort.Generator.Options;
using ConsortGenerator::Consort.Generator.PodSecurity;
using Microsoft.CodeAnalysis;
using Level = ConsortGenerator::Consort.PodSecurityLevel;

namespace Consort.Generator.Tests.PodSecurity;

/// <summary>
/// Holds the analyzer's shortcut at baseline to the checks themselves: a workload it lets pass without building its
/// pod must pass every baseline check at every policy version once built.
/// </summary>
internal static class BaselinePrefilter
{
    /// <summary>Checks every spec the run parsed; returns how many the shortcut let pass and how many it did not.</summary>
    public static (int Skipped, int Checked) AssertSound(GeneratorDriverRunResult run)
    {
        var (skipped, checkedCount) = (0, 0);
        var specs = run.Results.SelectMany(static r => r.TrackedSteps.TryGetValue("Parse", out var steps) ? steps : [])
            .SelectMany(static s => s.Outputs)
            .Select(static o => o.Value)
            .OfType<WorkloadSpec>()
            .Where(static s => s.Kind != WorkloadKind.ManifestSet);
        foreach (var spec in specs)
        {
            if (!PodSecurityReport.CannotFailBaseline(spec))
            {
                checkedCount++;
                continue;
            }

            skipped++;
            foreach (var target in new[] { new KubernetesVersion(1, 27), new KubernetesVersion(1, 33), new KubernetesVersion(1, 35) })
            {
                var pod = PodView.Of(WorkloadLowering.Lower(spec, target).Workload, target)!;
                var failures = PodSecurityChecks.Evaluate(Level.Baseline, PodSecurityChecks.LatestPolicy(target), pod);
                Assert.True(failures.Count == 0, $"{spec.Name} was let pass at baseline but fails: {string.Join(", ", failures.Select(static f => f.Failure.Text))}");
            }
        }

        return (skipped, checkedCount);
    }
}
