using Consort.Generator.Tests.Infrastructure;
using k8s;
using Xunit.Abstractions;

namespace Consort.Generator.Tests.Build;

/// <summary>
/// <c>consort import</c> as a user gets it: the <c>Consort.Cli</c> tool package installed from a local feed, run on
/// YAML; its C# built by a fresh project that references only the <c>Consort</c> package; the manifests that build
/// writes are the input objects.
/// </summary>
[Collection(DotnetBuilds.Name)]
public sealed class ToolPackageTests(ITestOutputHelper output) : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("consort-tool-").FullName;

    // Written with Consort's name label and no API defaults, so that what the build writes is these objects exactly.
    private const string Input = """
        apiVersion: apps/v1
        kind: Deployment
        metadata:
          name: api
          namespace: shop
          labels:
            app.kubernetes.io/name: api
        spec:
          replicas: 2
          selector:
            matchLabels:
              app.kubernetes.io/name: api
          template:
            metadata:
              labels:
                app.kubernetes.io/name: api
            spec:
              containers:
                - name: server
                  image: ghcr.io/acme/api:1.0
                  ports:
                    - name: http
                      containerPort: 8080
                  resources:
                    requests:
                      cpu: 100m
                  stdin: true
        ---
        apiVersion: v1
        kind: Service
        metadata:
          name: api
          namespace: shop
          labels:
            app.kubernetes.io/name: api
        spec:
          selector:
            app.kubernetes.io/name: api
          ports:
            - name: http
              port: 80
              targetPort: 8080
        ---
        apiVersion: v1
        kind: Namespace
        metadata:
          name: shop
        """;

    [Fact]
    public void The_installed_tool_imports_yaml_that_a_project_with_the_Consort_package_builds_back()
    {
        var repository = Path.GetFullPath(Path.Combine(TestPaths.ProjectDirectory, "..", ".."));
        var feed = Directory.CreateDirectory(Path.Combine(_root, "feed")).FullName;
        var version = "0.1.0-tool." + DateTime.UtcNow.ToString("yyyyMMddHHmmssfff", System.Globalization.CultureInfo.InvariantCulture);
        Run(repository, "pack", "src/Cli/Consort.Cli.csproj", "-c", "Release", "-o", feed, "-p:Version=" + version);
        Run(repository, "pack", "src/Package/Consort.Package.csproj", "-c", "Release", "-o", feed, "-p:Version=" + version);
        var tools = Path.Combine(_root, "tools");
        new DotnetCli(output, Environment).RunProgram("dotnet", _root, ["tool", "install", "Consort.Cli", "--tool-path", tools, "--add-source", feed, "--version", version]);

        var app = Directory.CreateDirectory(Path.Combine(_root, "app")).FullName;
        var yaml = Path.Combine(_root, "shop.yaml");
        File.WriteAllText(yaml, Input);
        var import = new DotnetCli(output, Environment).RunProgram(Path.Combine(tools, "consort"), _root, ["import", yaml, "--output", app, "--namespace", "App"]);
        Assert.Contains("round trip: 3/3 objects equal", import, StringComparison.Ordinal);
        Assert.Equal(["Api.cs", "Shop.cs"], Directory.GetFiles(app, "*.cs").Select(Path.GetFileName).Order(StringComparer.Ordinal));

        File.WriteAllText(Path.Combine(_root, "nuget.config"), $"""
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
                <ConsortManifestsPath>deploy/</ConsortManifestsPath>
              </PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Consort" Version="{version}" />
              </ItemGroup>
            </Project>
            """);
        Run(app, "build");

        var expected = KubernetesYaml.LoadAllFromString(Input, strict: true);
        var written = Directory.GetFiles(Path.Combine(app, "deploy"), "*.yaml")
            .Where(static f => Path.GetFileName(f) != "kustomization.yaml")
            .SelectMany(static f => KubernetesYaml.LoadAllFromString(File.ReadAllText(f), strict: true))
            .ToList();
        Assert.Equal(expected.Count, written.Count);
        foreach (var o in expected.Cast<IKubernetesObject<k8s.Models.V1ObjectMeta>>())
        {
            var match = written.Cast<IKubernetesObject<k8s.Models.V1ObjectMeta>>().Single(w => w.Kind == o.Kind && w.Metadata.Name == o.Metadata.Name);
            Assert.Equal(KubernetesJson.Serialize(o), KubernetesJson.Serialize(match));
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private Dictionary<string, string> Environment => new() { ["NUGET_PACKAGES"] = Path.Combine(_root, "packages") };

    private string Run(string directory, params string[] arguments) => new DotnetCli(output, Environment).Run(directory, arguments);
}
