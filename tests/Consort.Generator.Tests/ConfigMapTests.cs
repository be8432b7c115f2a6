extern alias ConsortGenerator;

using ConsortGenerator::Consort.Generator.Content;
using ConsortGenerator::Consort.Generator.Model;
using Consort.Generator.Tests.Infrastructure;
using Consort.Generator.Tests.Workloads;
using k8s.Models;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Consort.Generator.Tests;

/// <summary>SPEC 7.3: ConfigMaps with content from literals and project files, named with kustomize's content hash.</summary>
public class ConfigMapTests
{
    private static string Workload(string parts, string mounts = """[Mount(typeof(Settings), "/etc/app")]""")
        => $$"""
            using Consort;
            using static Consort.SidecarKind;
            [Deployment("shop")]
            public partial class Shop
            {
                {{parts}}
                [Container("nginx:1.27.3")] {{mounts}} [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] partial class Web;
            }
            """;

    /// <summary>
    /// kustomize's own test vectors for its ConfigMap hash (api/hasher), with an empty name as there: those of its
    /// current hasher (a ConfigMap without data, or with binary data only), and those of string values that its
    /// hasher has always hashed the same way (an empty data map, string keys and values).
    /// </summary>
    [Theory]
    [InlineData("", "", "42745tchd9")]
    [InlineData("one=", "", "9g67k2htb6")]
    [InlineData("two=2,one=,three=3", "", "f5h7t85m9b")]
    [InlineData(null, "", "6ct58987ht")]
    [InlineData(null, "one=", "6mtk2m274t")]
    [InlineData("one=", "two=", "698h7c7t9m")]
    public void The_suffix_is_kustomizes_hash(string? data, string binaryData, string expected)
        => Assert.Equal(expected, KustomizeHash.ConfigMapSuffix(string.Empty, data is null ? null : Pairs(data), Pairs(binaryData)));

    [Theory]
    [InlineData("<&>", "\"\\u003c\\u0026\\u003e\"")]
    [InlineData("tab\there\nnew \"quoted\" \\", "\"tab\\there\\nnew \\\"quoted\\\" \\\\\"")]
    [InlineData("\u0001\b\f\u2028é🚀", "\"\\u0001\\b\\f\\u2028é🚀\"")]
    public void Strings_are_escaped_as_Gos_encoder_escapes_them(string value, string json)
    {
        var builder = new System.Text.StringBuilder();
        KustomizeHash.AppendString(builder, value);
        Assert.Equal(json, builder.ToString());
    }

    [Fact]
    public void A_configmap_holds_its_files_and_literals_and_every_reference_uses_its_hashed_name()
    {
        var all = Cart.BuildAll();
        var deployment = (V1Deployment)all[0];
        var configMap = Assert.IsType<V1ConfigMap>(all[1]);
        var suffix = ConfigMapContent.Suffix("cart-config", [
            new ConfigMapEntrySpec("cart.json", File.ReadAllText(FixtureFile("cart.json")), null),
            new ConfigMapEntrySpec("LOG_LEVEL", "info", null),
            new ConfigMapEntrySpec("pixel.bin", Convert.ToBase64String(File.ReadAllBytes(FixtureFile("pixel.bin"))), null, Binary: true)]);
        var name = "cart-config-" + suffix;

        Assert.Equal((name, "shop"), (configMap.Metadata.Name, configMap.Metadata.NamespaceProperty));
        Assert.Equal(Cart.Settings.ConfigMapName, name);
        Assert.Equal(File.ReadAllText(FixtureFile("cart.json")), configMap.Data["cart.json"]);
        Assert.Equal("info", configMap.Data["LOG_LEVEL"]);
        Assert.Equal(File.ReadAllBytes(FixtureFile("pixel.bin")), configMap.BinaryData["pixel.bin"]);

        var pod = deployment.Spec.Template.Spec;
        Assert.Equal(name, pod.Volumes.Single(v => v.Name == Cart.Settings.Name).ConfigMap.Name);
        Assert.Equal(name, pod.Containers[0].EnvFrom.Single().ConfigMapRef.Name);
        Assert.Equal(name, pod.Containers[0].Env.Single(e => e.Name == "CART_LOG_LEVEL").ValueFrom.ConfigMapKeyRef.Name);
    }

    [Fact]
    public void The_build_reads_the_files_as_the_tests_do()
    {
        // The fixtures' YAML constants come from the test project's real build, which read Workloads/config through the
        // compiler (a file that is not UTF-8 included); the generator run in-process reads them from disk.
        var yaml = GoldenTests.YamlOf("Application", kubernetesVersion: null).ToDictionary(static w => w.Name, static w => w.Yaml);
        Assert.Equal(Cart.Yaml, yaml["Cart"]);
        Assert.Equal(Frontend.Yaml, yaml["Frontend"]);
    }

    [Fact]
    public void A_configmap_without_suffix_keeps_its_name_for_a_reload_sidecar()
    {
        var configMap = Assert.IsType<V1ConfigMap>(Frontend.BuildAll()[1]);
        Assert.Equal("frontend-nginx", configMap.Metadata.Name);
        Assert.Equal("frontend-nginx", Frontend.NginxConf.ConfigMapName);
    }

    [Fact]
    public void A_change_of_content_changes_the_name_everywhere_and_one_of_order_does_not()
    {
        const string parts = """[ConfigMap] [ConfigMapEntry("a", "1")] [ConfigMapEntry("b", "2")] partial class Settings;""";
        var first = Yaml(Workload(parts));
        var reordered = Yaml(Workload("""[ConfigMap] [ConfigMapEntry("b", "2")] [ConfigMapEntry("a", "1")] partial class Settings;"""));
        var changed = Yaml(Workload(parts.Replace("\"2\"", "\"3\"", StringComparison.Ordinal)));

        var name = NameOf(first);
        Assert.Equal(name, NameOf(reordered));
        Assert.NotEqual(name, NameOf(changed));
        Assert.Equal(2, CountOf(changed, NameOf(changed)));
        Assert.Equal(0, CountOf(changed, name));

        static string NameOf(string yaml) => System.Text.RegularExpressions.Regex.Match(yaml, @"settings-[a-z0-9]{10}").Value;
        static int CountOf(string yaml, string name) => System.Text.RegularExpressions.Regex.Matches(yaml, name).Count;
    }

    [Fact]
    public void A_configmap_read_only_through_env_adds_no_volume()
    {
        var yaml = Yaml(Workload("""[ConfigMap] [ConfigMapEntry("a", "1")] partial class Settings;""", "[EnvFrom(Source = typeof(Settings))]"));
        Assert.DoesNotContain("volumes:", yaml, StringComparison.Ordinal);
        Assert.Contains("configMapRef:", yaml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""[ConfigMap] [ConfigMapEntry("a", File = [|"missing/app.conf"|])] partial class Settings;""", "CNS022")]
    [InlineData("""[ConfigMap] [ConfigMapEntry([|"a b"|], "1")] partial class Settings;""", "CNS022")]
    [InlineData("""[ConfigMap] [ConfigMapEntry("a", "1")] [ConfigMapEntry([|"a"|], "2")] partial class Settings;""", "CNS022")]
    [InlineData("""[ConfigMap] [ConfigMapEntry("a", "1", [|File = "Workloads/config/nginx.conf"|])] partial class Settings;""", "CNS022")]
    [InlineData("""[ConfigMap] [[|ConfigMapEntry|]("a")] partial class Settings;""", "CNS022")]
    [InlineData("""[ConfigMap] [ConfigMapEntry("a", File = [|"/etc/app.conf"|])] partial class Settings;""", "CNS022")]
    [InlineData("""[ConfigMap(Name = [|"Settings"|])] [ConfigMapEntry("a", "1")] partial class Settings;""", "CNS001")]
    [InlineData("""[EmptyDirVolume] [[|ConfigMapEntry|]("a", "1")] partial class Settings;""", "CNS021")]
    [InlineData("""[ConfigMap(Name = "conf")] [ConfigMapEntry("a", "1")] partial class Settings; [ConfigMap(Name = "conf")] [ConfigMapEntry("b", "2")] partial class [|Other|];""", "CNS002")]
    [InlineData("""[ConfigMap] [ConfigMapEntry("a", "1")] [VolumeItem([|"b"|], "b.conf")] partial class Settings;""", "CNS022")]
    public void Bad_content_is_reported_at_the_argument(string parts, string id)
        => DiagnosticAssert.Single(Workload(parts), id);

    [Fact]
    public void An_env_key_of_a_configmap_part_must_be_one_of_its_keys()
    {
        var diagnostic = DiagnosticAssert.Single(
            Workload("""[ConfigMap] [ConfigMapEntry("a", "1")] partial class Settings;""", """[EnvFromConfigMap("B", "settings", [|"b"|])]"""),
            "CNS022");
        Assert.Equal("ConfigMap 'settings' has no key 'b' (its keys: a)", diagnostic.Message());

        // Optional: the container may start without it.
        Assert.Empty(GeneratorHarness.Run(Workload("""[ConfigMap] [ConfigMapEntry("a", "1")] partial class Settings;""", """[EnvFromConfigMap("B", "settings", "b", Optional = true)]""")).Errors);
    }

    [Fact]
    public void More_than_one_MiB_is_reported_at_the_configmap()
    {
        var big = new string('x', ConfigMapContent.MaxTotalBytes);
        var diagnostic = DiagnosticAssert.Single(Workload($$"""[[|ConfigMap|]] [ConfigMapEntry("a", "{{big}}")] [ConfigMapEntry("b", "y")] partial class Settings;"""), "CNS022");
        Assert.Contains("1048577 bytes", diagnostic.Message(), StringComparison.Ordinal);

        // At the limit exactly: the API server counts the values, not the keys.
        var outcome = GeneratorHarness.Run(Workload($$"""[ConfigMap] [ConfigMapEntry("a", "{{big}}")] partial class Settings;"""));
        Assert.Empty(outcome.Errors);
    }

    [Fact]
    public void A_hashed_configmap_cannot_be_a_reload_config()
        => DiagnosticAssert.Single(
            Workload(
                """[ConfigMap] [ConfigMapEntry("nginx.conf", "events {}")] partial class Settings; [Sidecar(ConfigReload, Config = [|typeof(Settings)|], Target = typeof(Web), Process = "nginx")] partial class Reload;""",
                """[Mount(typeof(Settings), "/etc/nginx")]"""),
            "CNS022");

    [Fact]
    public async Task A_file_whose_bytes_the_compiler_lost_is_an_error_not_garbled_text()
    {
        // Built without Consort's targets, a file that is not UTF-8 reaches the generator with replacement characters.
        var source = Workload("""[ConfigMap] [ConfigMapEntry("logo.png", File = [|"conf/logo.png"|])] partial class Settings;""");
        var (text, span) = (DiagnosticAssert.Unmark(source), source.IndexOf("[|", StringComparison.Ordinal));
        var compilation = GeneratorHarness.Compilation(text);
        var file = TestAdditionalText.Utf8(Path.Combine(TestPaths.ProjectDirectory, "conf", "logo.png"), "\uFFFDPNG");
        GeneratorHarness.CreateDriver().AddAdditionalTexts([file]).RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var diagnostics = await output.WithAnalyzers(
            [new ConsortGenerator::Consort.Generator.Diagnostics.ConsortAnalyzer()],
            new AnalyzerOptions([file], GeneratorHarness.Options(null))).GetAnalyzerDiagnosticsAsync();
        var diagnostic = Assert.Single(diagnostics, static d => d.Id == "CNS022");
        Assert.Equal(span, diagnostic.Location.SourceSpan.Start);
        Assert.Contains("is not UTF-8, and its bytes did not reach the generator", diagnostic.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_project_directory_the_compiler_cut_short_still_finds_the_file()
    {
        // The compiler reads build properties as .editorconfig values, which end at a '#'.
        var options = new TestOptionsProvider(new Dictionary<string, string> { ["build_property.projectdir"] = "/src/C" });
        var files = ConsortGenerator::Consort.Generator.Content.ProjectFiles.From(options, [TestAdditionalText.Utf8("/src/C#/app/conf/app.conf", "a = 1\n")]);
        Assert.Equal("a = 1\n", files.Read("conf/app.conf", CancellationToken.None)?.Value);
    }

    [Fact]
    public void EnvFrom_source_must_be_a_configmap_part()
        => DiagnosticAssert.Single(Workload("""[EmptyDirVolume] partial class Settings;""", "[EnvFrom(Source = [|typeof(Settings)|])]"), "CNS019");

    [Fact]
    public void An_edit_of_a_file_completes_and_emits_only_the_workload_that_reads_it()
    {
        var reader = Workload("""[ConfigMap] [ConfigMapEntry("app.conf", File = "conf/app.conf")] partial class Settings;""");
        const string other = """
            using Consort;
            [Deployment("other")]
            public partial class Other { [Container("nginx:1.27.3")] partial class Web; }
            """;
        var compilation = GeneratorHarness.Compilation(reader, other);
        var appConf = TestAdditionalText.Utf8(Path.Combine(TestPaths.ProjectDirectory, "conf", "app.conf"), "a = 1\n");
        var unread = TestAdditionalText.Utf8(Path.Combine(TestPaths.ProjectDirectory, "conf", "unread.txt"), "x");
        var driver = GeneratorHarness.CreateDriver().AddAdditionalTexts([appConf, unread]).RunGenerators(compilation);
        var before = Source(driver, "Shop.g.cs");

        var edited = driver.ReplaceAdditionalText(appConf, TestAdditionalText.Utf8(appConf.Path, "a = 2\n")).RunGenerators(compilation);
        var result = edited.GetRunResult().Results.Single();
        var sources = result.TrackedSteps["Source"].SelectMany(s => s.Outputs).ToList();
        var modified = sources.Where(o => o.Reason == IncrementalStepRunReason.Modified).Select(o => Benchmarks.PipelineCheck.HintName(o.Value!)).ToList();
        Assert.Equal(["Shop.g.cs"], modified);
        Assert.Single(result.TrackedSteps["Files"].SelectMany(s => s.Outputs), o => o.Reason == IncrementalStepRunReason.Modified);
        Assert.NotEqual(before, Source(edited, "Shop.g.cs"));
        Assert.Contains("a = 2", Source(edited, "Shop.g.cs"), StringComparison.Ordinal);

        // An edit of a file that no ConfigMap reads emits nothing again.
        var untouched = edited.ReplaceAdditionalText(unread, TestAdditionalText.Utf8(unread.Path, "y")).RunGenerators(compilation);
        Assert.All(untouched.GetRunResult().Results.Single().TrackedSteps["Source"].SelectMany(s => s.Outputs), o => Assert.Equal(IncrementalStepRunReason.Cached, o.Reason));
    }

    private static string Source(GeneratorDriver driver, string hintName)
        => driver.GetRunResult().Results.Single().GeneratedSources.Single(s => s.HintName == hintName).SourceText.ToString();

    private static string Yaml(string source)
    {
        var outcome = GeneratorHarness.Run(source);
        Assert.Empty(outcome.Errors);
        return outcome.LoadWorkloads().Single().Yaml;
    }

    private static string FixtureFile(string name) => Path.Combine(TestPaths.ProjectDirectory, "Workloads", "config", name);

    private static List<KeyValuePair<string, string>> Pairs(string text)
        => [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(static p => p.Split('=', 2)).Select(static p => new KeyValuePair<string, string>(p[0], p[1]))];
}
