using System.Collections.Immutable;
using Consort.CodeFixes;
using Consort.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace Consort.Generator.Tests;

/// <summary>The code fixes, applied in a workspace as the IDE applies them; the diagnostic must be gone afterwards.</summary>
public class CodeFixTests
{
    [Fact]
    public void Make_partial_fixes_a_workload_class()
        => AssertFix(
            new MakePartialCodeFix(),
            "CNS015",
            """
            using Consort;
            [Pod("web")]
            public sealed class Web
            {
                [Container("nginx:1.27")] [Resources(CpuRequest = "10m")] partial class Main;
            }
            """,
            """
            using Consort;
            [Pod("web")]
            public sealed partial class Web
            {
                [Container("nginx:1.27")] [Resources(CpuRequest = "10m")] partial class Main;
            }
            """);

    [Fact]
    public void Make_partial_also_fixes_the_containing_class()
        => AssertFix(
            new MakePartialCodeFix(),
            "CNS015",
            """
            using Consort;
            public static class Deploy
            {
                [Pod("web")]
                public class Web { [Container("nginx:1.27")] [Resources(CpuRequest = "10m")] partial class Main; }
            }
            """,
            """
            using Consort;
            public static partial class Deploy
            {
                [Pod("web")]
                public partial class Web { [Container("nginx:1.27")] [Resources(CpuRequest = "10m")] partial class Main; }
            }
            """);

    [Fact]
    public void Make_restricted_sets_the_pod_and_every_container_and_keeps_what_is_there()
        => AssertFix(
            new MakeRestrictedCodeFix(),
            "CNS214",
            """
            using Consort;
            using static Consort.SidecarKind;
            [Deployment("web")]
            [PodSecurityContext(RunAsUser = 1000, Seccomp = SeccompProfile.Localhost, SeccompLocalhostProfile = "profiles/web.json")]
            public partial class Web
            {
                [ConfigMapVolume("web-conf")] partial class Conf;

                [Container("nginx:1.27")] [Mount(typeof(Conf), "/etc/nginx/conf.d")] [Resources(CpuRequest = "10m")] partial class Main;

                [InitContainer("busybox:1.37")]
                [SecurityContext(AddCapabilities = ["NET_BIND_SERVICE"], DropCapabilities = ["NET_RAW"])]
                [Resources(CpuRequest = "10m")]
                partial class Setup;

                [Sidecar(ConfigReload, Config = typeof(Conf), Target = typeof(Main), ReloadUrl = "http://127.0.0.1:8080/reload")] partial class Reload;
            }
            """,
            """
            using Consort;
            using static Consort.SidecarKind;
            [Deployment("web")]
            [PodSecurityContext(RunAsUser = 1000, Seccomp = SeccompProfile.Localhost, SeccompLocalhostProfile = "profiles/web.json", RunAsNonRoot = true)]
            public partial class Web
            {
                [ConfigMapVolume("web-conf")] partial class Conf;

                [Container("nginx:1.27")] [Mount(typeof(Conf), "/etc/nginx/conf.d")] [Resources(CpuRequest = "10m")] [SecurityContext(AllowPrivilegeEscalation = false, DropCapabilities = ["ALL"])] partial class Main;

                [InitContainer("busybox:1.37")]
                [SecurityContext(AddCapabilities = ["NET_BIND_SERVICE"], DropCapabilities = ["ALL", "NET_RAW"], AllowPrivilegeEscalation = false)]
                [Resources(CpuRequest = "10m")]
                partial class Setup;

                [Sidecar(ConfigReload, Config = typeof(Conf), Target = typeof(Main), ReloadUrl = "http://127.0.0.1:8080/reload")] partial class Reload;
            }
            """,
            podSecurity: "restricted");

    [Fact]
    public void Make_restricted_leaves_no_restricted_warning_and_changes_nothing_the_second_time()
    {
        const string source = """
            using Consort;
            [Deployment("web")]
            public partial class Web
            {
                [Container("nginx:1.27")]
                [Resources(CpuRequest = "10m")]
                partial class Main;
            }
            """;
        var once = Apply(new MakeRestrictedCodeFix(), "CNS216", source, podSecurity: "restricted");
        Assert.DoesNotContain(GeneratorHarness.Run([once], podSecurity: "restricted").Diagnostics, static d => d.Id.StartsWith("CNS2", StringComparison.Ordinal));
        Assert.Contains("[PodSecurityContext(RunAsNonRoot = true, Seccomp = SeccompProfile.RuntimeDefault)]", once, StringComparison.Ordinal);

        // Applied to the compliant workload (through a workload made stricter than the project), it changes nothing.
        var stricter = once.Replace("[Deployment(\"web\")]", "[Deployment(\"web\")] [PodSecurity(PodSecurityLevel.Restricted)] [Autoscale(MaxReplicas = 2)]", StringComparison.Ordinal);
        var root = CSharpSyntaxTree.ParseText(stricter, GeneratorHarness.ParseOptions).GetRoot();
        var workload = root.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().First();
        Assert.Equal(workload.ToFullString(), MakeRestrictedCodeFix.Restrict(workload).ToFullString());
    }

    [Fact]
    public void Make_restricted_writes_arrays_for_a_project_without_collection_expressions()
    {
        var root = CSharpSyntaxTree.ParseText("""
            [Deployment("web")]
            public partial class Web
            {
                [Container("nginx:1.27")] [SecurityContext(DropCapabilities = new[] { "NET_RAW" })] partial class Main;
            }
            """, GeneratorHarness.ParseOptions).GetRoot();
        var workload = root.DescendantNodes().OfType<Microsoft.CodeAnalysis.CSharp.Syntax.ClassDeclarationSyntax>().First();
        var text = MakeRestrictedCodeFix.Restrict(workload, collections: false).NormalizeWhitespace().ToFullString();
        Assert.Contains("DropCapabilities = new[] { \"ALL\", \"NET_RAW\" }", text, StringComparison.Ordinal);
        Assert.DoesNotContain("[\"ALL\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Make_partial_is_not_offered_for_other_CNS015_causes()
    {
        var fixes = Fixes(new MakePartialCodeFix(), "CNS015", """
            using Consort;
            [Pod("web")] [Deployment("web")]
            public partial class Web { [Container("nginx:1.27")] [Resources(CpuRequest = "10m")] partial class Main; }
            """);
        Assert.Empty(fixes);
    }

    [Fact]
    public void Remove_sub_path_fixes_a_config_reload_target()
        => AssertFix(
            new RemoveSubPathCodeFix(),
            "CNS102",
            """
            using Consort;
            using static Consort.SidecarKind;
            [Deployment("web")]
            public partial class Web
            {
                [ConfigMapVolume("conf")] partial class Conf;
                [Container("nginx:1.27")] [Mount(typeof(Conf), "/etc/nginx/live", SubPath = "nginx.conf", ReadOnly = true)] [Resources(CpuRequest = "10m")] partial class Nginx;
                [Sidecar(ConfigReload, Config = typeof(Conf), Target = typeof(Nginx), Process = "nginx")] partial class Reload;
            }
            """,
            """
            using Consort;
            using static Consort.SidecarKind;
            [Deployment("web")]
            public partial class Web
            {
                [ConfigMapVolume("conf")] partial class Conf;
                [Container("nginx:1.27")] [Mount(typeof(Conf), "/etc/nginx/live", ReadOnly = true)] [Resources(CpuRequest = "10m")] partial class Nginx;
                [Sidecar(ConfigReload, Config = typeof(Conf), Target = typeof(Nginx), Process = "nginx")] partial class Reload;
            }
            """);

    [Theory]
    [InlineData("""[Sidecar("busybox:1.37")]""", """[Sidecar("busybox:1.37", Mode = SidecarMode.Native)]""", "1.28")]
    [InlineData("""[Sidecar("busybox:1.37", Mode = SidecarMode.Classic)]""", """[Sidecar("busybox:1.37", Mode = SidecarMode.Native)]""", "1.33")]
    public void Use_native_sidecar_fixes_a_job(string before, string after, string version)
        => AssertFix(
            new UseNativeSidecarCodeFix(),
            "CNS012",
            JobSource(before),
            JobSource(after),
            version);

    private static string JobSource(string sidecar) => $$"""
        using Consort;
        [Job("j")]
        public partial class J
        {
            [Container("busybox:1.37")] [Resources(CpuRequest = "1m")] partial class Main;
            {{sidecar}} [Resources(CpuRequest = "1m")] partial class Side;
        }
        """;

    private static void AssertFix(CodeFixProvider provider, string id, string source, string expected, string? version = null, string? podSecurity = null)
    {
        var text = Apply(provider, id, source, version, podSecurity);
        Assert.Equal(expected.ReplaceLineEndings("\n"), text.ReplaceLineEndings("\n"));
        Assert.DoesNotContain(GeneratorHarness.Run([text], version, podSecurity: podSecurity).Diagnostics, d => d.Id == id);
    }

    private static string Apply(CodeFixProvider provider, string id, string source, string? version = null, string? podSecurity = null)
    {
        var (document, compilation) = Open(source);
        var action = Assert.Single(Fixes(provider, id, document, compilation, version, podSecurity));
        var operation = Assert.Single(action.GetOperationsAsync(CancellationToken.None).GetAwaiter().GetResult().OfType<ApplyChangesOperation>());
        return operation.ChangedSolution.GetDocument(document.Id)!.GetTextAsync().GetAwaiter().GetResult().ToString();
    }

    private static List<CodeAction> Fixes(CodeFixProvider provider, string id, string source)
    {
        var (document, compilation) = Open(source);
        return Fixes(provider, id, document, compilation);
    }

    private static List<CodeAction> Fixes(CodeFixProvider provider, string id, Document document, Compilation compilation, string? version = null, string? podSecurity = null)
    {
        var (diagnostics, _) = GeneratorHarness.Analyze(compilation, version, podSecurity);
        var diagnostic = Assert.Single(diagnostics, d => d.Id == id);
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(document, diagnostic, (action, _) => actions.Add(action), CancellationToken.None);
        provider.RegisterCodeFixesAsync(context).GetAwaiter().GetResult();
        return actions;
    }

    private static (Document Document, Compilation Compilation) Open(string source)
    {
        var workspace = new AdhocWorkspace();
        var seed = GeneratorHarness.Compilation(source);
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(),
            VersionStamp.Default,
            "Consort.Tests.Input",
            "Consort.Tests.Input",
            LanguageNames.CSharp,
            compilationOptions: seed.Options,
            parseOptions: GeneratorHarness.ParseOptions,
            metadataReferences: seed.References));
        var document = workspace.AddDocument(project.Id, "Input0.cs", SourceText.From(source));
        return (document, document.Project.GetCompilationAsync().GetAwaiter().GetResult()!);
    }
}
