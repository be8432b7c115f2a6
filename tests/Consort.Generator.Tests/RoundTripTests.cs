using Consort.Generated;
using Consort.Generator.Tests.Infrastructure;
using Consort.Generator.Tests.Workloads;
using k8s;
using k8s.Models;

namespace Consort.Generator.Tests;

/// <summary>The YAML constant and the typed builders describe the same objects, and the API's strict decoder accepts the YAML.</summary>
public class RoundTripTests
{
    public static TheoryData<string> Registered()
    {
        var data = new TheoryData<string>();
        foreach (var entry in Manifests.All)
        {
            data.Add(entry.ToString());
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Registered))]
    public void Yaml_strictly_decodes_to_the_objects_BuildAll_returns(string workload)
    {
        var entry = Manifests.All.Single(e => e.ToString() == workload);
        var decoded = KubernetesYaml.LoadAllFromString(entry.Yaml, strict: true);
        KubernetesAssert.AllEqual(entry.BuildAll().Cast<object>().ToList(), decoded);
    }

    [Fact]
    public void Deployment_yaml_deserializes_to_Build()
    {
        KubernetesAssert.Equal(WebShop.Build(), KubernetesYaml.Deserialize<V1Deployment>(WebShop.Yaml, strict: true));
        KubernetesAssert.Equal(TrickyStrings.Build(), KubernetesYaml.Deserialize<V1Deployment>(TrickyStrings.Yaml, strict: true));
        KubernetesAssert.Equal(LegacyCluster.Build(), KubernetesYaml.Deserialize<V1Deployment>(LegacyCluster.Yaml, strict: true));
    }

    [Fact]
    public void Pod_yaml_deserializes_to_Build()
        => KubernetesAssert.Equal(DebugPod.Build(), KubernetesYaml.Deserialize<V1Pod>(DebugPod.Yaml, strict: true));

    [Fact]
    public void Tricky_strings_survive_exactly()
    {
        var decoded = KubernetesYaml.Deserialize<V1Deployment>(TrickyStrings.Yaml, strict: true);
        var annotations = decoded.Metadata.Annotations;
        Assert.Equal("null", annotations["null"]);
        Assert.Equal("~", annotations["tilde"]);
        Assert.Equal("0123", annotations["octal"]);
        Assert.Equal("1e3", annotations["exponent"]);
        Assert.Equal("12:30:45", annotations["sexagesimal"]);
        Assert.Equal("  padded  ", annotations["spaces"]);
        Assert.Equal("line one\r\nline two", annotations["crlf"]);
        Assert.Equal("ship it 🚀", annotations["emoji"]);
        Assert.Equal("Grüße, İstanbul", annotations["unicode"]);
        Assert.Equal("#!/bin/sh\nset -eu\necho \"ready\"\n", annotations["script"]);
        Assert.Equal("C:\\temp\\new", annotations["backslash"]);
        Assert.Equal("no", decoded.Metadata.Labels["yes"]);
        Assert.Equal("1.10", decoded.Metadata.Labels["version"]);
        var main = decoded.Spec.Template.Spec.Containers.Single();
        Assert.Equal(["yes", "no", "on", "null", "~", "0123", "1e3", "- dash", "key: value"], main.Args);
        Assert.Equal("first\nsecond\n\n", main.Env.Single(e => e.Name == "MULTI").Value);
        Assert.Equal(string.Empty, main.Env.Single(e => e.Name == "EMPTY").Value);
    }

    [Fact]
    public void Build_returns_a_fresh_object_every_call()
    {
        var first = WebShop.Build();
        first.Spec.Template.Spec.Containers[0].Image = "changed";
        Assert.Equal(WebShop.Api.Image, WebShop.Build().Spec.Template.Spec.Containers[0].Image);
        Assert.NotSame(first, WebShop.Build());
    }

    [Fact]
    public void Built_objects_carry_api_version_and_kind()
    {
        var deployment = WebShop.Build();
        Assert.Equal(("apps/v1", "Deployment"), (deployment.ApiVersion, deployment.Kind));
        var pod = DebugPod.Build();
        Assert.Equal(("v1", "Pod"), (pod.ApiVersion, pod.Kind));
    }

    [Fact]
    public void Registry_lists_every_workload_of_the_assembly_in_a_stable_order()
    {
        var all = Manifests.All.ToList();
        var sorted = all.OrderBy(e => e.Namespace ?? string.Empty, StringComparer.Ordinal).ThenBy(e => e.Name, StringComparer.Ordinal).ThenBy(e => e.Kind, StringComparer.Ordinal);
        Assert.Equal(sorted, all);
        var declared = typeof(WebShop).Assembly.GetTypes().Where(t => t.Namespace == typeof(WebShop).Namespace && t.DeclaringType is null && t.GetField("Yaml") is not null);
        Assert.Equal(declared.OrderBy(t => t.Name, StringComparer.Ordinal), all.Select(e => e.WorkloadType).OrderBy(t => t.Name, StringComparer.Ordinal));
        var webShop = Manifests.Find("Deployment", "web-shop")!;
        Assert.Equal(typeof(WebShop), webShop.WorkloadType);
        Assert.Equal("prod", webShop.Namespace);
        Assert.Equal(WebShop.Yaml, webShop.Yaml);
        Assert.Null(Manifests.Find("Pod", "web-shop"));
    }
}
