namespace Consort.Generator.Tests.Infrastructure;

/// <summary>The workload declarations under <c>Workloads/</c>, which the test project also compiles with the generator.</summary>
internal static class Fixtures
{
    public static readonly string[] Names = ["WebShop", "DebugPod", "TrickyStrings", "LegacyCluster", "Presets", "Kinds", "PodSpecFields", "Companions", "Application"];

    public static string Source(string name)
        => File.ReadAllText(Path.Combine(TestPaths.ProjectDirectory, "Workloads", name + ".cs"));

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var name in Names)
        {
            data.Add(name);
        }

        return data;
    }
}
