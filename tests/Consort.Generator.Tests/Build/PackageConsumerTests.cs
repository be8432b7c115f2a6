using System.IO.Compression;
using Consort.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Consort.Generator.Tests.Build;

/// <summary>
/// The Consort package as a user gets it: packed into a local feed, referenced by fresh projects outside this
/// repository (and nothing else), built. The generator, the analyzer, the runtime library, the MSBuild files and
/// the task must all work from the package alone; two assemblies that use it must not clash, and a project on
/// netstandard2.0 gets the YAML constants.
/// </summary>
[Collection(DotnetBuilds.Name)]
public sealed class PackageConsumerTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("consort-package-").FullName;

    [Fact]
    public void A_fresh_project_with_only_the_Consort_package_builds_writes_checks_and_cleans_manifests()
    {
        var repository = Path.GetFullPath(Path.Combine(TestPaths.ProjectDirectory, "..", ".."));
        var feed = Directory.CreateDirectory(Path.Combine(_root, "feed")).FullName;
        var version = "0.1.0-test." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        Run(repository, "pack", "src/Package/Consort.Package.csproj", "-c", "Release", "-o", feed, "-p:Version=" + version);

        var package = Path.Combine(feed, $"Consort.{version}.nupkg");
        using (var zip = ZipFile.OpenRead(package))
        {
            var entries = zip.Entries.Select(e => e.FullName).ToHashSet(StringComparer.Ordinal);
            foreach (var expected in new[]
            {
                "lib/netstandard2.0/Consort.Dsl.dll", "lib/net8.0/Consort.Dsl.dll", "lib/net8.0/Consort.Kubernetes.dll",
                "lib/net8.0/Consort.Kubernetes.xml", "analyzers/dotnet/cs/Consort.Generator.dll", "analyzers/dotnet/cs/YamlDotNet.dll",
                "analyzers/dotnet/cs/Consort.CodeFixes.dll", "buildTransitive/Consort.props", "buildTransitive/Consort.targets",
                "tasks/netstandard2.0/Consort.Build.dll", "README.md",
            })
            {
                Assert.Contains(expected, entries);
            }
        }

        File.WriteAllText(Path.Combine(_root, "nuget.config"), $"""
            <configuration>
              <packageSources>
                <add key="consort-local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
        var app = Directory.CreateDirectory(Path.Combine(_root, "app")).FullName;
        File.WriteAllText(Path.Combine(app, "App.csproj"), $"""
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
                <Nullable>enable</Nullable>
                <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                <ConsortKubernetesVersion>1.33</ConsortKubernetesVersion>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Consort" Version="{version}" />
                <ProjectReference Include="../lib/Lib.csproj" />
                <ProjectReference Include="../constants/Constants.csproj" />
              </ItemGroup>
            </Project>
            """);
        WriteLibraries(version);
        File.WriteAllText(Path.Combine(app, "Shop.cs"), """
            using Consort;
            using static Consort.SidecarKind;
            namespace App;
            [Deployment("shop", Replicas = 2)]
            [Patch("spec:\n  minReadySeconds: 5")]
            public partial class Shop
            {
                [EmptyDirVolume] partial class Logs;
                [Container("ghcr.io/acme/shop:1.4.2")] [Mount(typeof(Logs), "/var/log/shop")] [Resources(CpuRequest = "100m", MemoryLimit = "256Mi")] partial class Api;
                [Sidecar(Logging)] partial class LogShipper;
            }
            public static class Use
            {
                public static k8s.Models.V1Deployment Canary() => Shop.CreateBuilder().WithReplicas(1).Api(c => c.WithImage("ghcr.io/acme/shop:1.5.0")).Build();

                // The library's workload and this assembly's registry, which lists only this assembly's workloads
                // even though the library shows its internals to this one.
                public static k8s.Models.V1DaemonSet Agent() => Lib.Agent.CreateBuilder().Collector(c => c.WithImage("busybox:1.37")).Build();

                public static int Registered => Consort.Generated.Manifests.All.Count;

                public static string Report => Constants.Report.Yaml;
            }
            """);

        var manifests = Path.Combine(app, "bin", "Debug", "net10.0", "manifests");
        var build = Run(app, "build");
        Assert.Contains("0 Warning(s)", build, StringComparison.Ordinal);
        Assert.DoesNotContain("CS0436", build, StringComparison.Ordinal);
        Assert.Equal(["kustomization.yaml", "shop.deployment.yaml"], Directory.GetFiles(manifests).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var yaml = File.ReadAllText(Path.Combine(manifests, "shop.deployment.yaml"));
        Assert.Contains("kind: ConfigMap", yaml, StringComparison.Ordinal);
        Assert.Contains("\n  minReadySeconds: 5\n", yaml, StringComparison.Ordinal);
        Assert.Equal(2, k8s.KubernetesYaml.LoadAllFromString(yaml, strict: true).Count);
        var stamps = Directory.GetFiles(manifests).ToDictionary(f => f, File.GetLastWriteTimeUtc);

        Run(app, "build");
        Assert.Equal(stamps, Directory.GetFiles(manifests).ToDictionary(f => f, File.GetLastWriteTimeUtc));

        Run(app, "build", "-p:ConsortCheckManifests=true");
        File.AppendAllText(Path.Combine(manifests, "shop.deployment.yaml"), "# edited by hand\n");
        Assert.Contains("differs from what the code produces", Run(app, "build", "-p:ConsortCheckManifests=true", expectSuccess: false), StringComparison.Ordinal);

        Run(app, "clean");
        Assert.Empty(Directory.Exists(manifests) ? Directory.GetFiles(manifests) : []);
    }

    /// <summary>
    /// A net8.0 library with a workload, whose internals the app sees, and a netstandard2.0 library with a workload:
    /// the one gets the typed API, the other only the constants.
    /// </summary>
    private void WriteLibraries(string version)
    {
        foreach (var (name, framework, source) in new[]
        {
            ("lib/Lib", "net8.0", """
                using Consort;
                [assembly: System.Runtime.CompilerServices.InternalsVisibleTo("App")]
                namespace Lib;
                [DaemonSet("agent")]
                public partial class Agent
                {
                    [Container("ghcr.io/acme/agent:2.0.0")] [Resources(CpuRequest = "50m", MemoryLimit = "64Mi")] partial class Collector;
                }
                """),
            ("constants/Constants", "netstandard2.0", """
                using Consort;
                namespace Constants;
                [Job("report")]
                public partial class Report
                {
                    [Container("ghcr.io/acme/report:1.0.0")] [Resources(CpuRequest = "50m", MemoryLimit = "64Mi")] partial class Run { }
                }
                """),
        })
        {
            var path = Path.Combine(_root, name);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path + ".csproj", $"""
                <Project Sdk="Microsoft.NET.Sdk">
                  <PropertyGroup>
                    <TargetFramework>{framework}</TargetFramework>
                    <LangVersion>latest</LangVersion>
                    <TreatWarningsAsErrors>true</TreatWarningsAsErrors>
                  </PropertyGroup>
                  <ItemGroup>
                    <PackageReference Include="Consort" Version="{version}" />
                  </ItemGroup>
                </Project>
                """);
            File.WriteAllText(path + ".cs", source);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temporary directory is the OS's to clean.
        }
    }

    private string Run(string directory, params string[] arguments) => Cli.Run(directory, arguments);

    private string Run(string directory, string verb, string argument, bool expectSuccess) => Cli.Run(directory, [verb, argument], expectSuccess);

    /// <summary>A private package folder: the test's package version must not land in, or come from, the user's cache.</summary>
    private DotnetCli Cli => new(output, new Dictionary<string, string> { ["NUGET_PACKAGES"] = Path.Combine(_root, "packages") });
}
