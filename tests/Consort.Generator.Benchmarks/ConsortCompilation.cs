using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Consort.Generator.Benchmarks;

/// <summary>
/// What a project that uses Consort compiles against, for the benchmarks and the tests alike: the host's framework
/// assemblies, the DSL, the runtime library and KubernetesClient, and the newest language version.
/// </summary>
public static class ConsortCompilation
{
    /// <summary>The parse options of every file.</summary>
    public static readonly CSharpParseOptions ParseOptions = new(LanguageVersion.Latest);

    private static readonly Lazy<ImmutableArray<MetadataReference>> LazyReferences = new(Load);

    /// <summary>The references, loaded once per process.</summary>
    public static ImmutableArray<MetadataReference> References => LazyReferences.Value;

    private static ImmutableArray<MetadataReference> Load()
    {
        // The generator and the host's own tools are not something a user's project references.
        var trusted = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator);
        return [.. trusted
            .Where(static p => !Path.GetFileName(p).StartsWith("Consort.Generator", StringComparison.Ordinal)
                && !Path.GetFileName(p).StartsWith("BenchmarkDotNet", StringComparison.Ordinal))
            .Append(typeof(DeploymentAttribute).Assembly.Location)
            .Append(typeof(k8s.Models.V1Deployment).Assembly.Location)
            .Append(typeof(Consort.Kubernetes.ManifestDocuments).Assembly.Location)
            .Distinct(StringComparer.Ordinal)
            .Select(static p => MetadataReference.CreateFromFile(p))];
    }
}
