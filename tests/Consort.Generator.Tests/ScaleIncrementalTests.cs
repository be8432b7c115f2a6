using Consort.Generator.Benchmarks;
using Consort.Generator.Tests.Infrastructure;
using k8s;
using k8s.Models;

namespace Consort.Generator.Tests;

/// <summary>
/// The benchmark's incremental guarantees, asserted from run reasons so that a regression fails CI; the benchmark
/// project times the same runs.
/// </summary>
public class ScaleIncrementalTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(40)]
    public void Unrelated_edits_re_emit_nothing_and_a_workload_edit_re_emits_only_that_workload(int workloads)
        => PipelineCheck.Verify(new GeneratorScenario(workloads));

    [Fact]
    public void The_synthetic_workloads_round_trip_through_KubernetesClient()
    {
        var outcome = GeneratorHarness.Run([SyntheticWorkloads.Workload(0), SyntheticWorkloads.Workload(1, revision: 3), SyntheticWorkloads.Unrelated()]);
        Assert.Empty(outcome.Diagnostics);
        var workloads = outcome.LoadWorkloads();
        Assert.Equal(2, workloads.Count);
        foreach (var (type, yaml) in workloads)
        {
            var built = (V1Deployment)type.GetMethod("Build")!.Invoke(null, null)!;
            KubernetesAssert.Equal(built, KubernetesYaml.Deserialize<V1Deployment>(yaml, strict: true));
            Assert.Equal(2, built.Spec.Template.Spec.InitContainers.Count);
            Assert.Equal(2, built.Spec.Template.Spec.Volumes.Count);
        }
    }
}
