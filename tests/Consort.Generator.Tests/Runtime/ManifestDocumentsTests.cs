using Consort.Kubernetes;
using k8s.Models;

namespace Consort.Generator.Tests.Runtime;

/// <summary>What the generated <c>Build()</c> and <c>BuildAll()</c> call: the YAML read once, new models on every call.</summary>
public class ManifestDocumentsTests
{
    private const string Yaml = """
        apiVersion: v1
        kind: Pod
        metadata:
          name: shell
        spec:
          containers:
            - name: main
              image: busybox:1.37
              ports:
                - containerPort: 8080
        ---
        apiVersion: v1
        kind: ConfigMap
        metadata:
          name: settings
        data:
          level: "3"
        """;

    [Fact]
    public void Each_document_becomes_its_model_type_in_order()
    {
        var documents = new ManifestDocuments(Yaml, typeof(V1Pod), typeof(V1ConfigMap));
        var all = documents.BuildAll();
        Assert.Equal([typeof(V1Pod), typeof(V1ConfigMap)], all.Select(static o => o.GetType()));
        Assert.Equal(8080, documents.Build<V1Pod>().Spec.Containers.Single().Ports.Single().ContainerPort);
        Assert.Equal("3", ((V1ConfigMap)all[1]).Data["level"]);
        Assert.Same(Yaml, documents.Yaml);
    }

    [Fact]
    public void Every_call_returns_objects_that_share_nothing()
    {
        var documents = new ManifestDocuments(Yaml, typeof(V1Pod), typeof(V1ConfigMap));
        var first = documents.Build<V1Pod>();
        first.Spec.Containers[0].Image = "changed";
        first.Metadata.Labels = new Dictionary<string, string> { ["x"] = "y" };
        var second = documents.Build<V1Pod>();
        Assert.Equal("busybox:1.37", second.Spec.Containers[0].Image);
        Assert.Null(second.Metadata.Labels);
        Assert.NotSame(documents.BuildAll()[1], documents.BuildAll()[1]);
    }

    [Fact]
    public void A_type_for_each_document_is_required()
    {
        var documents = new ManifestDocuments(Yaml, typeof(V1Pod));
        Assert.Contains("2 documents, but 1 model types", Assert.Throws<InvalidOperationException>(() => documents.BuildAll()).Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentException>(() => new ManifestDocuments(Yaml, typeof(string), typeof(V1ConfigMap)).BuildAll());
    }

    [Fact]
    public void Reading_is_thread_safe_and_happens_once()
    {
        var documents = new ManifestDocuments(Yaml, typeof(V1Pod), typeof(V1ConfigMap));
        var pods = new V1Pod[64];
        Parallel.For(0, pods.Length, i => pods[i] = documents.Build<V1Pod>());
        Assert.All(pods, static p => Assert.Equal("shell", p.Metadata.Name));
        Assert.Equal(pods.Length, pods.Distinct(ReferenceEqualityComparer.Instance).Count());
    }
}
