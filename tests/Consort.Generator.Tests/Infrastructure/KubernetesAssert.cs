using k8s;

namespace Consort.Generator.Tests.Infrastructure;

/// <summary>Compares Kubernetes objects by their JSON form, which is what the API server receives.</summary>
internal static class KubernetesAssert
{
    public static void Equal(object expected, object actual)
    {
        var expectedJson = KubernetesJson.Serialize(expected);
        var actualJson = KubernetesJson.Serialize(actual);
        if (expectedJson != actualJson)
        {
            throw new Xunit.Sdk.XunitException("The objects differ (- expected, + actual):\n" + Golden.Diff(Indent(expectedJson), Indent(actualJson)));
        }
    }

    public static void AllEqual(IReadOnlyList<object> expected, IReadOnlyList<object> actual)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.Equal(expected[i].GetType(), actual[i].GetType());
            Equal(expected[i], actual[i]);
        }
    }

    private static string Indent(string json)
        => System.Text.Json.JsonSerializer.Serialize(System.Text.Json.JsonDocument.Parse(json).RootElement, new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
}
