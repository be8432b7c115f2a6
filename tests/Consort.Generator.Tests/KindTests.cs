using Consort.Generator.Tests.Infrastructure;
using Consort.Generator.Tests.Workloads;
using k8s;
using k8s.Models;

namespace Consort.Generator.Tests;

/// <summary>StatefulSet, DaemonSet, Job and CronJob: their shape, restart policy, selectors and sidecars.</summary>
public class KindTests
{
    [Fact]
    public void StatefulSet_selects_its_pods_and_names_its_service()
    {
        var set = KubernetesYaml.Deserialize<V1StatefulSet>(Postgres.Yaml, strict: true);
        Assert.Equal(("apps/v1", "StatefulSet", 3, "postgres"), (set.ApiVersion, set.Kind, set.Spec.Replicas!.Value, set.Spec.ServiceName));
        Assert.Equal("postgres", set.Spec.Selector.MatchLabels["app.kubernetes.io/name"]);
        Assert.Equal("postgres", set.Spec.Template.Metadata.Labels["app.kubernetes.io/name"]);
        KubernetesAssert.Equal(Postgres.Build(), set);
    }

    [Fact]
    public void DaemonSet_has_no_replicas_method()
    {
        var set = KubernetesYaml.Deserialize<V1DaemonSet>(NodeAgent.Yaml, strict: true);
        Assert.Equal("node-agent", set.Spec.Selector.MatchLabels["app.kubernetes.io/name"]);
        Assert.Null(typeof(NodeAgent.Builder).GetMethod("WithReplicas"));
        Assert.NotNull(typeof(Postgres.Builder).GetMethod("WithReplicas"));
    }

    [Fact]
    public void Job_defaults_its_pods_to_restartPolicy_Never_and_leaves_the_selector_to_the_API_server()
    {
        var job = (V1Job)KubernetesYaml.LoadAllFromString(MigrateJob.Yaml, strict: true)[0];
        Assert.Equal(("batch/v1", "Job"), (job.ApiVersion, job.Kind));
        Assert.Equal("Never", job.Spec.Template.Spec.RestartPolicy);
        Assert.Null(job.Spec.Selector);
        Assert.Equal((2, 3600), (job.Spec.BackoffLimit!.Value, job.Spec.TtlSecondsAfterFinished!.Value));
        Assert.Null(job.Spec.Completions);
        var shipper = job.Spec.Template.Spec.InitContainers.Single();
        Assert.Equal(("log-shipper", "Always"), (shipper.Name, shipper.RestartPolicy));
        Assert.NotNull(typeof(MigrateJob.Builder).GetMethod("WithBackoffLimit"));
    }

    [Fact]
    public void CronJob_nests_the_job_template()
    {
        var cron = KubernetesYaml.Deserialize<V1CronJob>(NightlyReport.Yaml, strict: true);
        Assert.Equal(("0 3 * * *", "Forbid"), (cron.Spec.Schedule, cron.Spec.ConcurrencyPolicy));
        var job = cron.Spec.JobTemplate.Spec;
        Assert.Equal((2, 4), (job.Parallelism!.Value, job.Completions!.Value));
        Assert.Equal("OnFailure", job.Template.Spec.RestartPolicy);
        Assert.Equal("finance", job.Template.Metadata.Labels["team"]);
        Assert.Equal("uploader", job.Template.Spec.InitContainers.Single().Name);

        var changed = NightlyReport.CreateBuilder().WithSchedule("@hourly").WithBackoffLimit(1).Report(c => c.WithImage("r:2")).Build();
        Assert.Equal(("@hourly", 1, "r:2"), (changed.Spec.Schedule, changed.Spec.JobTemplate.Spec.BackoffLimit!.Value, changed.Spec.JobTemplate.Spec.Template.Spec.Containers[0].Image));
    }

    [Theory]
    [InlineData("Job(\"j\", RestartPolicy = [|PodRestartPolicy.Always|])")]
    [InlineData("CronJob(\"j\", \"@daily\", RestartPolicy = [|PodRestartPolicy.Always|])")]
    public void CNS010_jobs_may_not_restart_always(string attribute)
    {
        var diagnostic = DiagnosticAssert.Single($$"""
            using Consort;
            [{{attribute}}]
            public partial class J { [Container("busybox:1.37")] [Resources(CpuRequest = "1m")] partial class Main; }
            """, "CNS010");
        Assert.Contains("Never or OnFailure", diagnostic.Message(), StringComparison.Ordinal);
    }

    private const string JobWithSidecar = """
        using Consort;
        [Job("j")]
        public partial class J
        {
            [Container("busybox:1.37")] [Resources(CpuRequest = "1m")] partial class Main;
            [[|Sidecar|]("busybox:1.37" MODE)] [Resources(CpuRequest = "1m")] partial class Side;
        }
        """;

    [Fact]
    public void CNS012_an_auto_sidecar_in_a_job_below_1_29_is_an_error_and_nothing_is_emitted()
    {
        var diagnostic = DiagnosticAssert.Single(JobWithSidecar.Replace(" MODE", string.Empty, StringComparison.Ordinal), "CNS012", "1.28");
        Assert.Contains("never complete", diagnostic.Message(), StringComparison.Ordinal);
        Assert.DoesNotContain("J.g.cs", GeneratorHarness.Run(DiagnosticAssert.Unmark(JobWithSidecar.Replace(" MODE", string.Empty, StringComparison.Ordinal)), "1.28").Sources.Keys);
        Assert.DoesNotContain(GeneratorHarness.Run(DiagnosticAssert.Unmark(JobWithSidecar.Replace(" MODE", string.Empty, StringComparison.Ordinal)), "1.29").Diagnostics, d => d.Id == "CNS012");
    }

    [Fact]
    public void CNS012_an_explicit_classic_sidecar_in_a_job_is_a_warning()
    {
        var source = JobWithSidecar.Replace("[[|Sidecar|]", "[Sidecar", StringComparison.Ordinal).Replace(" MODE", ", Mode = [|SidecarMode.Classic|]", StringComparison.Ordinal);
        var outcome = GeneratorHarness.Run(DiagnosticAssert.Unmark(source), "1.33");
        var diagnostic = Assert.Single(outcome.Diagnostics, d => d.Id == "CNS012");
        Assert.Equal(Microsoft.CodeAnalysis.DiagnosticSeverity.Warning, diagnostic.Severity);
        Assert.Equal("SidecarMode.Classic", diagnostic.Location.SourceTree!.ToString().Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.Contains("J.g.cs", outcome.Sources.Keys);
    }

    [Theory]
    [InlineData("""[Deployment("d", Replicas = [|-1|])]""")]
    [InlineData("""[Job("j", BackoffLimit = [|-2|])]""")]
    [InlineData("""[CronJob("c", "@daily", Parallelism = [|-3|])]""")]
    public void CNS015_negative_counts(string attribute)
        => DiagnosticAssert.Single($$"""
            using Consort;
            {{attribute}}
            public partial class W { [Container("busybox:1.37")] [Resources(CpuRequest = "1m")] partial class Main; }
            """, "CNS015");

    [Theory]
    [InlineData("""[StatefulSet("s", ServiceName = [|"1db"|])]""")]
    [InlineData("""[StatefulSet([|"db.primary"|])]""")]
    public void CNS001_stateful_set_service_names_are_DNS_1035_labels(string attribute)
        => DiagnosticAssert.Single($$"""
            using Consort;
            {{attribute}}
            public partial class W { [Container("busybox:1.37")] [Resources(CpuRequest = "1m")] partial class Main; }
            """, "CNS001");

    [Fact]
    public void CNS001_cron_job_names_leave_room_for_the_job_suffix()
        => DiagnosticAssert.Single($$"""
            using Consort;
            [CronJob([|"{{new string('c', 53)}}"|], "@daily")]
            public partial class J { [Container("busybox:1.37")] [Resources(CpuRequest = "1m")] partial class Main; }
            """, "CNS001");

}
