using Consort.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Consort.Generator.Tests.Build;

/// <summary>
/// Manifests on disk through MSBuild, with real <c>dotnet build</c> runs over a temporary project that uses
/// Consort the way the samples do: files written, unchanged files untouched, one edit rewriting one file,
/// removed workloads cleaned up, check mode, opting out, design-time builds and <c>dotnet clean</c>.
/// </summary>
[Collection(DotnetBuilds.Name)]
public sealed class ManifestBuildTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _project = Directory.CreateTempSubdirectory("consort-build-").FullName;

    [Fact]
    public void Build_writes_manifests_incrementally_checks_them_and_cleans_them()
    {
        var repository = Path.GetFullPath(Path.Combine(TestPaths.ProjectDirectory, "..", ".."));
        File.WriteAllText(Path.Combine(_project, "App.csproj"), $$"""
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="{{repository}}/eng/Consort.InRepo.props" />
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <NoWarn>$(NoWarn);CNS104</NoWarn>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="KubernetesClient" Version="21.0.8" />
              </ItemGroup>
              <Import Project="{{repository}}/eng/Consort.InRepo.targets" />
            </Project>
            """);
        WriteWorkloads(apiImage: "nginx:1.27", withWorker: true);
        var manifests = Path.Combine(_project, "bin", "Debug", "net10.0", "manifests");

        Build();
        Assert.Equal(["api.deployment.yaml", "kustomization.yaml", "worker.job.yaml"], Files(manifests));
        Assert.Contains("  - api.deployment.yaml\n  - worker.job.yaml\n", File.ReadAllText(Path.Combine(manifests, "kustomization.yaml")), StringComparison.Ordinal);
        var written = Stamps(manifests);

        Build();
        Assert.Equal(written, Stamps(manifests));

        Thread.Sleep(1100);
        WriteWorkloads(apiImage: "nginx:1.28", withWorker: true);
        Build();
        var afterEdit = Stamps(manifests);
        Assert.NotEqual(written["api.deployment.yaml"], afterEdit["api.deployment.yaml"]);
        Assert.Equal(written["worker.job.yaml"], afterEdit["worker.job.yaml"]);
        Assert.Equal(written["kustomization.yaml"], afterEdit["kustomization.yaml"]);
        Assert.Contains("nginx:1.28", File.ReadAllText(Path.Combine(manifests, "api.deployment.yaml")), StringComparison.Ordinal);

        Build("-p:ConsortCheckManifests=true");
        File.WriteAllText(Path.Combine(manifests, "api.deployment.yaml"), File.ReadAllText(Path.Combine(manifests, "api.deployment.yaml")).Replace("nginx:1.28", "nginx:9.9", StringComparison.Ordinal));
        var check = Build("-p:ConsortCheckManifests=true", expectSuccess: false);
        Assert.Contains("api.deployment.yaml differs from what the code produces", check, StringComparison.Ordinal);
        Assert.Contains("-", check, StringComparison.Ordinal);
        Assert.Contains("nginx:9.9", check, StringComparison.Ordinal);
        Assert.Contains("nginx:1.28", check, StringComparison.Ordinal);
        Assert.Contains("nginx:9.9", File.ReadAllText(Path.Combine(manifests, "api.deployment.yaml")), StringComparison.Ordinal);

        WriteWorkloads(apiImage: "nginx:1.28", withWorker: false);
        File.WriteAllText(Path.Combine(manifests, "api.deployment.yaml"), "stale\n");
        Assert.Contains("worker.job.yaml is no longer produced by the code", Build("-p:ConsortCheckManifests=true", expectSuccess: false), StringComparison.Ordinal);
        Build();
        Assert.Equal(["api.deployment.yaml", "kustomization.yaml"], Files(manifests));
        Assert.Contains("nginx:1.28", File.ReadAllText(Path.Combine(manifests, "api.deployment.yaml")), StringComparison.Ordinal);

        var deploy = Path.Combine(_project, "deploy");
        Build("-p:ConsortManifestsPath=deploy/");
        Assert.Equal(["api.deployment.yaml", "kustomization.yaml"], Files(deploy));

        Directory.Delete(manifests, recursive: true);
        Build("-p:ConsortWriteManifests=false");
        Assert.False(Directory.Exists(manifests));
        Build("-p:DesignTimeBuild=true");
        Assert.False(Directory.Exists(manifests));

        Build();
        Assert.True(File.Exists(Path.Combine(manifests, "api.deployment.yaml")));
        Run("clean");
        Assert.Empty(Files(manifests));

        // Pod Security: a level that is not one is a build error that names the levels; at restricted, the project's
        // TreatWarningsAsErrors makes the warnings errors.
        Assert.Contains("error CNSB04: ConsortPodSecurity is 'strict'; it must be privileged, baseline or restricted", Build("-p:ConsortPodSecurity=strict", expectSuccess: false), StringComparison.Ordinal);
        Assert.Contains("error CNS214: would violate PodSecurity \"restricted:latest\"", Build("-p:ConsortPodSecurity=restricted", expectSuccess: false), StringComparison.Ordinal);
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_project, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temporary directory is the OS's to clean.
        }
    }

    private void WriteWorkloads(string apiImage, bool withWorker)
        => File.WriteAllText(Path.Combine(_project, "Workloads.cs"), $$"""
            using Consort;
            namespace App;
            [Deployment("api")]
            public partial class Api { [Container("{{apiImage}}")] partial class Web; }
            {{(withWorker ? """
            [Job("worker")]
            public partial class Worker { [Container("busybox:1.37")] partial class Run; }
            """ : string.Empty)}}
            """);

    private string Build(string? property = null, bool expectSuccess = true)
        => Run("build", property, expectSuccess);

    private string Run(string verb, string? property = null, bool expectSuccess = true)
        => new DotnetCli(output).Run(_project, [verb, "-v", "minimal", property], expectSuccess);

    private static List<string> Files(string directory)
        => Directory.Exists(directory) ? [.. Directory.GetFiles(directory).Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)] : [];

    private static Dictionary<string, DateTime> Stamps(string directory)
        => Directory.GetFiles(directory).ToDictionary(f => Path.GetFileName(f), File.GetLastWriteTimeUtc);
}
