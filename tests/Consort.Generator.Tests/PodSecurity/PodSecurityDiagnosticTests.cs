using Consort.Generator.Tests.Infrastructure;
using Microsoft.CodeAnalysis;

namespace Consort.Generator.Tests.PodSecurity;

/// <summary>
/// SPEC 9 in the build: one warning per failing check of the level in force, at the argument that set the value (or
/// the attribute of what lacks it), worded as the cluster words it, silenced or made an error as users expect.
/// </summary>
public class PodSecurityDiagnosticTests
{
    private static string Workload(string workload, string container = "", string pod = "", string parts = "")
        => $$"""
            using Consort;
            using static Consort.SidecarKind;
            {{workload}}
            {{pod}}
            public partial class Shop
            {
                {{parts}}
                [Container("nginx:1.27.3")] [Resources(CpuRequest = "10m", MemoryLimit = "32Mi")] {{container}} partial class Web;
            }
            """;

    private const string Compliant = """[SecurityContext(AllowPrivilegeEscalation = false, DropCapabilities = ["ALL"])]""";

    private const string CompliantPod = """[PodSecurityContext(RunAsNonRoot = true, Seccomp = SeccompProfile.RuntimeDefault)]""";

    [Theory]
    [InlineData("""[Deployment("shop", [|HostNetwork = true|])]""", "", "CNS201", "host namespaces (hostNetwork=true)")]
    [InlineData("""[Deployment("shop")]""", """[SecurityContext([|Privileged = true|])]""", "CNS202", "privileged (container \"web\" must not set securityContext.privileged=true)")]
    [InlineData("""[Deployment("shop")]""", """[SecurityContext([|AddCapabilities = ["SYS_ADMIN"]|])]""", "CNS203", "non-default capabilities (container \"web\" must not include \"SYS_ADMIN\" in securityContext.capabilities.add)")]
    [InlineData("""[Deployment("shop")]""", """[Port(80, [|HostPort = 8080|])]""", "CNS205", "hostPort (container \"web\" uses hostPort 8080)")]
    [InlineData("""[Deployment("shop")]""", """[SecurityContext([|Seccomp = SeccompProfile.Unconfined|])]""", "CNS210", "seccompProfile (container \"web\" must not set securityContext.seccompProfile.type to \"Unconfined\")")]
    public void A_baseline_violation_is_reported_at_the_argument_that_sets_it(string workload, string container, string id, string detail)
    {
        var diagnostic = DiagnosticAssert.Single(Workload(workload, container), id);
        Assert.Equal("would violate PodSecurity \"baseline:latest\": " + detail, diagnostic.Message());
    }

    [Fact]
    public void A_volume_is_reported_at_its_class()
        => DiagnosticAssert.Single(Workload("""[Deployment("shop")]""", parts: """[HostPathVolume("/var/log")] partial class [|Logs|];"""), "CNS204");

    [Fact]
    public void A_patch_that_sets_a_value_is_where_it_is_reported()
        => DiagnosticAssert.Single(Workload("""[Deployment("shop")] [Patch("spec: {template: {spec: {[|hostPID|]: true}}}")]"""), "CNS201");

    [Fact]
    public void A_patch_line_is_where_it_is_reported_in_a_raw_string()
        => DiagnosticAssert.Single(
            Workload(""""
                [Deployment("shop")]
                [Patch("""
                    spec:
                      template:
                        spec:
                          [|hostIPC|]: true
                    """)]
                """"),
            "CNS201");

    [Theory]
    [InlineData("""[Patch("[|privileged|]: true")]""", "", "CNS202")]
    [InlineData("", """[Patch("spec: {template: {spec: {volumes: [{name: host, [|hostPath|]: {path: /}}]}}}")]""", "CNS204")]
    [InlineData("", """[Patch("spec: {template: {spec: {securityContext: {sysctls: [{name: kernel.msgmax, value: '1'}]}, initContainers: [{name: setup, image: busybox, securityContext: {[|procMount|]: Unmasked}}]}}}")]""", "CNS209")]
    public void What_a_patch_adds_is_checked(string containerPatch, string workloadPatch, string id)
    {
        var outcome = GeneratorHarness.Run([DiagnosticAssert.Unmark(Workload("""[Deployment("shop")] """ + workloadPatch, containerPatch.Replace("[Patch(\"", "[Patch(\"securityContext: {", StringComparison.Ordinal).Replace("\")]", "}\")]", StringComparison.Ordinal)))]);
        Assert.Contains(outcome.Diagnostics, d => d.Id == id);
    }

    [Fact]
    public void A_null_in_a_patch_is_no_value()
        => Assert.DoesNotContain(
            GeneratorHarness.Run([Workload("""[Deployment("shop")] [Patch("spec: {template: {spec: {securityContext: {appArmorProfile: null}}}}")]""")]).Diagnostics,
            static d => d.Id.StartsWith("CNS2", StringComparison.Ordinal));

    [Theory]
    [InlineData("1.29", false)]
    [InlineData("1.30", true)]
    public void The_AppArmor_field_is_checked_from_the_server_that_checks_it(string kubernetesVersion, bool reported)
    {
        var source = Workload("""[Deployment("shop")] [Patch("spec: {template: {spec: {securityContext: {appArmorProfile: {type: Unconfined}}}}}")]""");
        Assert.Equal(reported, GeneratorHarness.Run([source], kubernetesVersion).Diagnostics.Any(static d => d.Id == "CNS207"));
    }

    [Fact]
    public void A_preset_container_is_reported_at_the_preset()
    {
        var diagnostic = DiagnosticAssert.Single(
            Workload("""[Deployment("shop")]""", parts: """[[|Sidecar|](ServiceMesh, Injection = MeshInjection.Explicit, ProxyVersion = "1.28.1")] partial class Mesh;"""),
            "CNS203");
        Assert.Contains("container \"istio-init\" must not include \"NET_ADMIN\", \"NET_RAW\"", diagnostic.Message(), StringComparison.Ordinal);
    }

    [Fact]
    public void Restricted_reports_what_is_missing_at_the_container_and_the_workload()
    {
        var outcome = GeneratorHarness.Run([Workload("""[Deployment("shop")]""")], podSecurity: "restricted");
        var found = outcome.Diagnostics.Where(static d => d.Id.StartsWith("CNS2", StringComparison.Ordinal)).Select(static d => (d.Id, Text: d.Location.SourceTree!.ToString().Substring(d.Location.SourceSpan.Start, d.Location.SourceSpan.Length))).ToList();
        Assert.Equal([("CNS216", "Deployment"), ("CNS218", "Deployment"), ("CNS214", "Container"), ("CNS215", "Container")], found);
        Assert.All(outcome.Diagnostics.Where(static d => d.Id.StartsWith("CNS2", StringComparison.Ordinal)), static d => Assert.StartsWith("would violate PodSecurity \"restricted:latest\": ", d.Message(), StringComparison.Ordinal));
    }

    [Fact]
    public void A_missing_pod_setting_is_reported_at_the_pod_security_context_when_there_is_one()
        => DiagnosticAssert.Single(Workload("""[Deployment("shop")]""", Compliant, """[[|PodSecurityContext|](RunAsNonRoot = true)]"""), "CNS218", podSecurity: "restricted");

    [Fact]
    public void A_signal_mode_watcher_of_a_root_target_says_what_to_change()
    {
        var source = Workload(
            """[Deployment("shop")]""",
            """[Mount(typeof(Conf), "/etc/nginx/live")] """ + Compliant,
            CompliantPod.Replace("RunAsNonRoot = true, ", string.Empty, StringComparison.Ordinal),
            """[ConfigMapVolume("conf")] partial class Conf; [Sidecar(ConfigReload, Config = typeof(Conf), Target = typeof(Web), Process = "nginx")] partial class Reload;""");
        var diagnostic = Assert.Single(GeneratorHarness.Run([source], podSecurity: "restricted").Diagnostics, static d => d.Id == "CNS216");
        Assert.Contains("runAsNonRoot != true (pod or containers \"reload\", \"web\" must set securityContext.runAsNonRoot=true). The ConfigReload watcher 'reload' signals 'web' as that container's user", diagnostic.Message(), StringComparison.Ordinal);

        // With a user on the target, the watcher runs as that user, and restricted holds.
        var withUser = source.Replace("[SecurityContext(AllowPrivilegeEscalation", "[SecurityContext(RunAsUser = 101, RunAsNonRoot = true, AllowPrivilegeEscalation", StringComparison.Ordinal);
        Assert.DoesNotContain(GeneratorHarness.Run([withUser], podSecurity: "restricted").Diagnostics, static d => d.Id.StartsWith("CNS2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_compliant_workload_is_quiet_at_restricted()
        => Assert.DoesNotContain(GeneratorHarness.Run([Workload("""[Deployment("shop")]""", Compliant, CompliantPod)], podSecurity: "restricted").Diagnostics, static d => d.Id.StartsWith("CNS2", StringComparison.Ordinal));

    [Theory]
    [InlineData("""[PodSecurity(PodSecurityLevel.Privileged)]""", null)]
    [InlineData("", "privileged")]
    [InlineData("", "PRIVILEGED")]
    public void Privileged_silences_the_checks(string attribute, string? property)
    {
        var outcome = GeneratorHarness.Run([Workload("""[Deployment("shop", HostNetwork = true)]""", """[SecurityContext(Privileged = true)]""", attribute)], podSecurity: property);
        Assert.DoesNotContain(outcome.Diagnostics, static d => d.Id.StartsWith("CNS2", StringComparison.Ordinal));
    }

    [Fact]
    public void A_workload_can_be_stricter_than_the_project_and_a_missing_setting_goes_to_its_security_context()
        => DiagnosticAssert.Single(Workload("""[Deployment("shop")]""", """[[|SecurityContext|](DropCapabilities = ["ALL"])]""", """[PodSecurity(PodSecurityLevel.Restricted)] """ + CompliantPod), "CNS214", podSecurity: "baseline");

    [Fact]
    public void An_undefined_level_is_an_error()
        => DiagnosticAssert.Single(Workload("""[Deployment("shop")]""", pod: """[PodSecurity([|(PodSecurityLevel)7|])]"""), "CNS015");

    [Theory]
    [InlineData("1.33", false)]
    [InlineData("1.34", true)]
    public void A_probe_host_is_checked_from_the_policy_that_added_it(string kubernetesVersion, bool reported)
    {
        var source = Workload("""[Deployment("shop")] [Patch("spec: {template: {spec: {containers: [{name: web, livenessProbe: {httpGet: {host: localhost, port: 80}}}]}}}")]""");
        var outcome = GeneratorHarness.Run([source], kubernetesVersion);
        Assert.Equal(reported, outcome.Diagnostics.Any(static d => d.Id == "CNS206"));
    }

    [Theory]
    [MemberData(nameof(Fixtures.All), MemberType = typeof(Fixtures))]
    public void The_baseline_shortcut_never_hides_a_violation_in_a_fixture(string fixture)
        => BaselinePrefilter.AssertSound(GeneratorHarness.Run(Fixtures.Source(fixture)).Result);

    [Fact]
    public void Editorconfig_and_warnings_as_errors_make_them_errors()
    {
        var source = Workload("""[Deployment("shop", HostNetwork = true)]""");
        var bySeverity = GeneratorHarness.Run([source], severities: new Dictionary<string, ReportDiagnostic> { ["CNS201"] = ReportDiagnostic.Error });
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(bySeverity.Diagnostics, static d => d.Id == "CNS201").Severity);

        var compilation = GeneratorHarness.Compilation(source);
        compilation = compilation.WithOptions(compilation.Options.WithGeneralDiagnosticOption(ReportDiagnostic.Error));
        GeneratorHarness.CreateDriver().RunGeneratorsAndUpdateCompilation(compilation, out var output, out _);
        var (diagnostics, _) = GeneratorHarness.Analyze(output, kubernetesVersion: null);
        Assert.Equal(DiagnosticSeverity.Error, Assert.Single(diagnostics, static d => d.Id == "CNS201").Severity);
    }
}
