extern alias ConsortGenerator;

using Consort.Generator.Benchmarks;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Consort.Generator.Tests;

/// <summary>
/// The generated code compiles at the oldest language versions it supports: C# 9 for the typed API (target-typed
/// <c>new</c>), C# 8 for the YAML constants alone (<c>#nullable</c>); file-scoped namespaces only from C# 10.
/// </summary>
public class LanguageVersionTests
{
    private const string Source = """
        using Consort;
        namespace Demo.Apps
        {
            [Deployment("hello")]
            public partial class Hello
            {
                [EmptyDirVolume] partial class Scratch { }

                [Container("busybox:1.37")] [Port(8080, Name = "http")] [Mount(typeof(Scratch), "/tmp")] partial class Main { }
            }
        }
        """;

    [Fact]
    public void The_typed_API_compiles_at_CSharp_9_with_a_block_namespace()
    {
        var (source, problems) = Generate(LanguageVersion.CSharp9, ConsortCompilation.References);
        Assert.Empty(problems);
        Assert.Contains("namespace Demo.Apps\n{\n", source, StringComparison.Ordinal);
        Assert.Contains("public static global::k8s.Models.V1Deployment Build()", source, StringComparison.Ordinal);
    }

    [Fact]
    public void The_constants_alone_compile_at_CSharp_8_without_the_runtime_library()
    {
        var withoutRuntime = ConsortCompilation.References
            .Where(static r => Path.GetFileNameWithoutExtension(r.Display) is not ("Consort.Kubernetes" or "KubernetesClient"))
            .ToList();
        var (source, problems) = Generate(LanguageVersion.CSharp8, withoutRuntime);
        Assert.Empty(problems);
        Assert.Contains("public const string Yaml = ", source, StringComparison.Ordinal);
        Assert.DoesNotContain("Build", source, StringComparison.Ordinal);
    }

    [Fact]
    public void From_CSharp_10_the_namespace_is_file_scoped()
    {
        var (source, problems) = Generate(LanguageVersion.CSharp10, ConsortCompilation.References);
        Assert.Empty(problems);
        Assert.Contains("namespace Demo.Apps;\n", source, StringComparison.Ordinal);
    }

    private static (string Source, IReadOnlyList<Diagnostic> Problems) Generate(LanguageVersion version, IEnumerable<MetadataReference> references)
    {
        var parse = new CSharpParseOptions(version);
        var compilation = CSharpCompilation.Create(
            "Consort.Tests.Languages",
            [CSharpSyntaxTree.ParseText(Source, parse, path: "Hello.cs")],
            references,
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, nullableContextOptions: NullableContextOptions.Enable));
        var driver = CSharpGeneratorDriver.Create([new ConsortGenerator::Consort.Generator.ConsortGenerator().AsSourceGenerator()], parseOptions: parse);
        driver.RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var source = output.SyntaxTrees.Single(static t => t.FilePath.EndsWith("Demo.Apps.Hello.g.cs", StringComparison.Ordinal)).ToString();
        return (source, [.. output.GetDiagnostics().Where(static d => d.Severity >= DiagnosticSeverity.Warning)]);
    }
}
