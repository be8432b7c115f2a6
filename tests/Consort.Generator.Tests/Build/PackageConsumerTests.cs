using System.IO.Compression;
using Consort.Generator.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Consort.Generator.Tests.Build;

/// <summary>
/// The Consort package as a user gets it: packed into a local feed, referenced by a fresh project outside this
/// repository (and nothing else), built. The generator, the analyzer, the MSBuild files and the task must all
/// work from the package alone.
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
                "lib/netstandard2.0/Consort.Dsl.dll", "analyzers/dotnet/cs/Consort.Generator.dll",
                "analyzers/dotnet/cs/Consort.CodeFixes.dll", "buildTransitive/Consort.props", "buildTransitive/Consort.targets",
                "tasks/netstandard2.0/Consort.Build.dll", "README.md",
            })
            {
                Assert.Contains(expected, entries);
            }
        }

        var app = Directory.CreateDirectory(Path.Combine(_root, "app")).FullName;
        File.WriteAllText(Path.Combine(app, "nuget.config"), $"""
            <configuration>
              <packageSources>
                <add key="consort-local" value="{feed}" />
              </packageSources>
            </configuration>
            """);
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
              </ItemGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(app, "Shop.cs"), """
            using Consort;
            using static Consort.SidecarKind;
            namespace App;
            [Deployment("shop", Replicas = 2)]
            public partial class Shop
            {
                [EmptyDirVolume] partial class Logs;
                [Container("ghcr.io/acme/shop:1.4.2")] [Mount(typeof(Logs), "/var/log/shop")] [Resources(CpuRequest = "100m", MemoryLimit = "256Mi")] partial class Api;
                [Sidecar(Logging)] partial class LogShipper;
            }
            public static class Use
            {
                public static k8s.Models.V1Deployment Canary() => Shop.CreateBuilder().WithReplicas(1).Api(c => c.WithImage("ghcr.io/acme/shop:1.5.0")).Build();
            }
            """);

        var manifests = Path.Combine(app, "bin", "Debug", "net10.0", "manifests");
        var build = Run(app, "build");
        Assert.Contains("0 Warning(s)", build, StringComparison.Ordinal);
        Assert.Equal(["kustomization.yaml", "shop.deployment.yaml"], Directory.GetFiles(manifests).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        var yaml = File.ReadAllText(Path.Combine(manifests, "shop.deployment.yaml"));
        Assert.Contains("kind: ConfigMap", yaml, StringComparison.Ordinal);
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
