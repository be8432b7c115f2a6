using Consort.Generator.Tests.Infrastructure;
using Consort.Generator.Tests.Workloads;

namespace Consort.Generator.Tests;

/// <summary>The typed builder: per-kind methods, one accessor per container, changes on a fresh copy.</summary>
public class BuilderTests
{
    [Fact]
    public void Builder_changes_a_copy_and_leaves_Build_untouched()
    {
        var canary = WebShop.CreateBuilder()
            .WithReplicas(1)
            .WithNamespace("canary")
            .WithLabel("track", "canary")
            .WithAnnotation("acme.io/reason", "rollout")
            .Api(c => c.WithImage("ghcr.io/acme/shop:1.5.0").WithEnv("FEATURE", "on").WithEnv("ASPNETCORE_URLS", "http://+:9000").WithResources(cpuLimit: "2"))
            .LogTail(c => c.WithArgs("-n", "100"))
            .Migrate(c => c.WithCommand("migrate").WithImagePullPolicy(ImagePullPolicy.Always))
            .Build();

        Assert.Equal(1, canary.Spec.Replicas);
        Assert.Equal("canary", canary.Metadata.NamespaceProperty);
        Assert.Equal("canary", canary.Metadata.Labels["track"]);
        Assert.Equal("canary", canary.Spec.Template.Metadata.Labels["track"]);
        Assert.DoesNotContain("track", canary.Spec.Selector.MatchLabels.Keys);
        Assert.Equal("rollout", canary.Spec.Template.Metadata.Annotations["acme.io/reason"]);
        var api = canary.Spec.Template.Spec.Containers.Single(c => c.Name == WebShop.Api.Name);
        Assert.Equal("ghcr.io/acme/shop:1.5.0", api.Image);
        Assert.Equal("on", api.Env.Single(e => e.Name == "FEATURE").Value);
        Assert.Equal("http://+:9000", api.Env.Single(e => e.Name == "ASPNETCORE_URLS").Value);
        Assert.Equal("2", api.Resources.Limits["cpu"].ToString());
        Assert.Equal("256Mi", api.Resources.Requests["memory"].ToString());
        Assert.Equal(["-n", "100"], canary.Spec.Template.Spec.InitContainers.Single(c => c.Name == WebShop.LogTail.Name).Args);
        Assert.Equal("Always", canary.Spec.Template.Spec.InitContainers.Single(c => c.Name == WebShop.Migrate.Name).ImagePullPolicy);

        var pristine = WebShop.Build();
        Assert.Equal(3, pristine.Spec.Replicas);
        Assert.Equal(WebShop.Api.Image, pristine.Spec.Template.Spec.Containers[0].Image);
    }

    [Fact]
    public void Each_builder_Build_starts_from_the_declaration()
    {
        var builder = DebugPod.CreateBuilder().Shell(c => c.Container.Env = null).WithRestartPolicy(PodRestartPolicy.OnFailure);
        var first = builder.Build();
        first.Spec.Containers[0].Image = "changed";
        var second = builder.Build();
        Assert.Equal(DebugPod.Shell.Image, second.Spec.Containers[0].Image);
        Assert.Equal("OnFailure", second.Spec.RestartPolicy);
    }

    [Fact]
    public void Builders_offer_only_the_methods_of_their_kind()
    {
        Assert.NotNull(typeof(WebShop.Builder).GetMethod("WithReplicas"));
        Assert.Null(typeof(DebugPod.Builder).GetMethod("WithReplicas"));
        Assert.NotNull(typeof(DebugPod.Builder).GetMethod("WithRestartPolicy"));
        Assert.Null(typeof(WebShop.Builder).GetMethod("WithRestartPolicy"));
        Assert.Equal(
            ["Api", "LogTail", "MetricsProxy", "Migrate", "WaitForDb"],
            typeof(WebShop.Builder).GetMethods().Where(m => m.GetParameters() is [{ ParameterType.Name: "Action`1" }]).Select(m => m.Name).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_misspelled_container_is_a_compile_error()
    {
        var outcome = GeneratorHarness.Run([Fixtures.Source("DebugPod"), """
            namespace Use;
            public static class Deploy
            {
                public static object Run() => Consort.Generator.Tests.Workloads.DebugPod.CreateBuilder().Shel(c => c.WithImage("x")).Build();
            }
            """]);
        Assert.Contains(outcome.CompilationProblems, d => d.Id == "CS1061" && d.GetMessage(System.Globalization.CultureInfo.InvariantCulture).Contains("'Shel'", StringComparison.Ordinal));
    }

    [Fact]
    public void Constants_name_parts_images_and_ports()
    {
        Assert.Equal("web-shop", WebShop.Name);
        Assert.Equal("api", WebShop.Api.Name);
        Assert.Equal("ghcr.io/acme/shop:1.4.2", WebShop.Api.Image);
        Assert.Equal("app-logs", WebShop.AppLogs.Name);
        Assert.Equal("scratch", WebShop.Tmp.Name);
        Assert.Equal(8080, WebShop.Api.Ports.Http);
        Assert.Equal(9090, WebShop.Api.Ports.Metrics);
        Assert.Equal(9100, WebShop.MetricsProxy.Ports.ProxyMetrics);
        Assert.Equal("net", DebugPod.NetTools.Name);
        Assert.True(typeof(WebShop.Api).IsPublic || typeof(WebShop.Api).IsNestedPublic);
    }
}
