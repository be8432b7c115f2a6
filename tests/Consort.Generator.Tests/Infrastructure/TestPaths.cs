using System.Reflection;

namespace Consort.Generator.Tests.Infrastructure;

/// <summary>Where the test project's own files are (golden files, workload fixtures).</summary>
internal static class TestPaths
{
    public static string ProjectDirectory { get; } = typeof(TestPaths).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "ProjectDirectory").Value!;
}
