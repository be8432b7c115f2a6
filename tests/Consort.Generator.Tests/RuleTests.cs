using Consort.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Consort.Generator.Tests;

/// <summary>CNS004, CNS006–CNS010 and CNS103–CNS105: ID, severity, exact span and a message naming the value.</summary>
public class RuleTests
{
    private static string Pod(string containerAttributes, string container = """[Container("nginx:1.27")]""", string workload = """[Pod("web")]""") => $$"""
        using Consort;
        {{workload}}
        public partial class Web
        {
            [EmptyDirVolume] partial class Data;
            {{container}} {{containerAttributes}} [Resources(CpuRequest = "10m", MemoryLimit = "64Mi")] partial class Main;
        }
        """;

    [Theory]
    [InlineData("""[Port([|0|])]""", "between 1 and 65535")]
    [InlineData("""[Port([|70000|])]""", "between 1 and 65535")]
    [InlineData("""[Port(80, Name = "http")] [Port(81, Name = [|"http"|])]""", "already has a port named 'http'")]
    [InlineData("""[Port(80, Protocol = [|(Protocol)7|])]""", "is not one of the Protocol values")]
    [InlineData("""[HttpProbe(ProbeKind.Readiness, "/", [|0|])]""", "between 1 and 65535")]
    public void CNS004_ports(string attributes, string reason) => AssertRule(Pod(attributes), "CNS004", DiagnosticSeverity.Error, reason);

    [Theory]
    [InlineData("""[Env([|"MY=VAR"|], "x")]""", "other than '='")]
    [InlineData("""[Env([|""|], "x")]""", "a name is required")]
    [InlineData("""[EnvFromField("NODE", [|"spec.restartPolicy"|])]""", "supported values")]
    [InlineData("""[EnvFromField("LABELS", [|"metadata.labels"|])]""", "supported values")]
    [InlineData("""[EnvFromField("APP", [|"metadata.labels['-bad-']"|])]""", "is not valid")]
    [InlineData("""[EnvFromField("F", [|(PodField)42|])]""", "is not one of the PodField values")]
    [InlineData("""[EnvFromSecret("DB", "db", [|"pass word"|])]""", "Secret key")]
    public void CNS006_env(string attributes, string reason) => AssertRule(Pod(attributes), "CNS006", DiagnosticSeverity.Error, reason);

    [Fact]
    public void CNS006_strict_env_names_apply_below_1_34_only()
    {
        var source = Pod("""[Env([|"1ST_VALUE"|], "x")]""");
        var diagnostic = AssertRule(source, "CNS006", DiagnosticSeverity.Error, "before Kubernetes 1.34", "1.33");
        Assert.Contains("ConsortKubernetesVersion 1.33", diagnostic.Message(), StringComparison.Ordinal);
        Assert.DoesNotContain(GeneratorHarness.Run(DiagnosticAssert.Unmark(source), "1.34").Diagnostics, d => d.Id == "CNS006");
    }

    [Theory]
    [InlineData("""[Resources(CpuRequest = [|"1K"|])]""", "not a Kubernetes quantity")]
    [InlineData("""[Resources(MemoryLimit = [|"512MB"|])]""", "not a Kubernetes quantity")]
    [InlineData("""[Resources(MemoryLimit = [|"1gi"|])]""", "not a Kubernetes quantity")]
    [InlineData("""[Resources(CpuRequest = [|"-1"|])]""", "negative")]
    [InlineData("""[Resources(CpuRequest = [|"2"|], CpuLimit = "1")]""", "greater than CpuLimit")]
    [InlineData("""[Resources(MemoryRequest = [|"2Gi"|], MemoryLimit = "1024Mi")]""", "greater than MemoryLimit")]
    public void CNS007_quantities(string resources, string reason)
        => AssertRule(
            $$"""
            using Consort;
            [Pod("web")]
            public partial class Web { [Container("nginx:1.27")] {{resources}} partial class Main; }
            """,
            "CNS007",
            DiagnosticSeverity.Error,
            reason);

    [Fact]
    public void CNS007_empty_dir_size_limit()
        => AssertRule(
            """
            using Consort;
            [Pod("web")]
            public partial class Web { [EmptyDirVolume(SizeLimit = [|"1 GB"|])] partial class Data; [Container("nginx:1.27")] [Resources(CpuRequest = "1m")] partial class Main; }
            """,
            "CNS007",
            DiagnosticSeverity.Error,
            "not a Kubernetes quantity");

    [Theory]
    [InlineData("""[Label([|"team/a/b"|], "x")]""", "at most one '/'")]
    [InlineData("""[Label([|"-team"|], "x")]""", "name part")]
    [InlineData("""[Label([|"Acme.IO/team"|], "x")]""", "prefix part")]
    [InlineData("""[Label("team", [|"check out"|])]""", "label value")]
    [InlineData("""[Label("team", [|"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"|])]""", "63 characters")]
    [InlineData("""[Annotation([|"acme.io/"|], "x")]""", "name part")]
    public void CNS008_labels_and_annotations(string attribute, string reason)
        => AssertRule(Pod(string.Empty, workload: """[Pod("web")] """ + attribute), "CNS008", DiagnosticSeverity.Error, reason);

    [Fact]
    public void CNS008_annotation_values_are_free_text()
        => Assert.DoesNotContain(GeneratorHarness.Run(Pod(string.Empty, workload: """[Pod("web")] [Annotation("Acme.IO/Owner", "any text: at all\n")]""")).Diagnostics, d => d.Id == "CNS008");

    [Fact]
    public void CNS009_probe_on_a_regular_init_container()
        => AssertRule(
            Pod(string.Empty, workload: """[Pod("web")]""").Replace(
                "partial class Main;",
                """partial class Main; [InitContainer("busybox:1.37")] [[|HttpProbe|](ProbeKind.Readiness, "/", 80)] [Resources(CpuRequest = "1m")] partial class Setup;""",
                StringComparison.Ordinal),
            "CNS009",
            DiagnosticSeverity.Error,
            "only sidecars");

    [Fact]
    public void CNS009_probes_on_sidecars_are_fine()
        => Assert.DoesNotContain(
            GeneratorHarness.Run(Pod(string.Empty).Replace("partial class Main;", """partial class Main; [Sidecar("busybox:1.37")] [HttpProbe(ProbeKind.Readiness, "/", 80)] [Resources(CpuRequest = "1m")] partial class Side;""", StringComparison.Ordinal)).Diagnostics,
            d => d.Id == "CNS009");

    [Fact]
    public void CNS010_undefined_restart_policy()
        => AssertRule(Pod(string.Empty, workload: """[Pod("web", RestartPolicy = [|(PodRestartPolicy)9|])]"""), "CNS010", DiagnosticSeverity.Error, "is not one of the PodRestartPolicy values");

    [Theory]
    [InlineData("nginx", "has no tag")]
    [InlineData("nginx:latest", "'latest'")]
    [InlineData("localhost:5000/nginx", "has no tag")]
    public void CNS103_unpinned_images_are_warnings(string image, string reason)
        => AssertRule(Pod(string.Empty, container: $$"""[Container([|"{{image}}"|])]"""), "CNS103", DiagnosticSeverity.Warning, reason);

    [Theory]
    [InlineData("nginx:1.27")]
    [InlineData("localhost:5000/nginx:1.27")]
    [InlineData("nginx@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    public void CNS103_pinned_images_are_fine(string image)
        => Assert.DoesNotContain(GeneratorHarness.Run(Pod(string.Empty, container: $$"""[Container("{{image}}")]""")).Diagnostics, d => d.Id == "CNS103");

    [Fact]
    public void CNS104_container_without_resources_is_a_warning_at_the_class()
        => AssertRule(
            """
            using Consort;
            [Pod("web")]
            public partial class Web { [Container("nginx:1.27")] partial class [|Main|]; }
            """,
            "CNS104",
            DiagnosticSeverity.Warning,
            "'main'");

    [Theory]
    [InlineData("DB_PASSWORD")]
    [InlineData("GitHubToken")]
    [InlineData("API_KEY")]
    [InlineData("client_secret_id")]
    public void CNS105_secret_looking_literal_env_is_a_warning_at_the_value(string name)
        => AssertRule(Pod($$"""[Env("{{name}}", [|"hunter2"|])]"""), "CNS105", DiagnosticSeverity.Warning, "EnvFromSecret");

    [Fact]
    public void CNS104_with_an_empty_resources_attribute_and_a_part_split_over_files()
    {
        var outcome = GeneratorHarness.Run(
            [
                """
                using Consort;
                [Pod("web")]
                public partial class Web { [Container("nginx:1.27", Name = "main")] [Resources] partial class Main; }
                """,
                """
                public partial class Web { partial class Main { } }
                """,
            ]);
        Assert.Empty(outcome.Exceptions);
        var diagnostic = Assert.Single(outcome.Diagnostics, d => d.Id == "CNS104");
        Assert.Equal("Main", diagnostic.Location.SourceTree!.ToString().Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
    }

    [Fact]
    public void CNS008_annotation_size_counts_bytes()
        => Assert.Contains(
            GeneratorHarness.Run(Pod(string.Empty, workload: $$"""[Pod("web")] [Annotation("a", "{{new string('é', 140_000)}}")]""")).Diagnostics,
            d => d.Id == "CNS008");

    [Fact]
    public void Pragma_disables_a_warning()
    {
        var source = """
            using Consort;
            [Pod("web")]
            public partial class Web
            {
            #pragma warning disable CNS104, CNS103
                [Container("nginx")] partial class Main;
            #pragma warning restore CNS104, CNS103
                [Container("busybox")] partial class Other;
            }
            """;
        var diagnostics = GeneratorHarness.Run(source).Diagnostics;
        Assert.Equal(["CNS103", "CNS104"], diagnostics.Select(d => d.Id).Order(StringComparer.Ordinal));

        // Both come from the line after the pragma region: the container 'other'.
        Assert.All(diagnostics, d => Assert.Equal(7, d.Location.GetLineSpan().StartLinePosition.Line));
    }

    [Fact]
    public void Editorconfig_severities_apply()
    {
        var source = """
            using Consort;
            [Pod("web")]
            public partial class Web { [Container("nginx")] partial class Main; }
            """;
        var severities = new Dictionary<string, ReportDiagnostic> { ["CNS104"] = ReportDiagnostic.Suppress, ["CNS103"] = ReportDiagnostic.Error };
        var diagnostic = Assert.Single(GeneratorHarness.Run([source], severities: severities).Diagnostics);
        Assert.Equal(("CNS103", DiagnosticSeverity.Error), (diagnostic.Id, diagnostic.Severity));
    }

    private static Diagnostic AssertRule(string markedSource, string id, DiagnosticSeverity severity, string reason, string? version = null)
    {
        var diagnostic = DiagnosticAssert.Single(markedSource, id, version);
        Assert.Equal(severity, diagnostic.Severity);
        Assert.Contains(reason, diagnostic.Message(), StringComparison.Ordinal);
        return diagnostic;
    }

}
