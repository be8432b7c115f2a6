extern alias ConsortGenerator;

using System.Globalization;
using System.Text.RegularExpressions;
using ConsortGenerator::Consort.Generator.Manifest;
using ConsortGenerator::Consort.Generator.Options;
using ConsortGenerator::Consort.Generator.PodSecurity;
using YamlDotNet.RepresentationModel;
using Level = ConsortGenerator::Consort.PodSecurityLevel;

namespace Consort.Generator.Tests.PodSecurity;

/// <summary>
/// SPEC 9: each check of the PodSecurity admission controller passes and fails exactly as the controller's own unit
/// tests and fixtures say, and the checks run together as its registry runs them (levels, versions, overrides, order).
/// </summary>
public partial class PodSecurityCheckTests
{
    [Theory]
    [MemberData(nameof(ControllerCases.All), MemberType = typeof(ControllerCases))]
    public void Each_check_returns_the_controllers_reason_and_detail(string check, string version, string pod, string? reason, string? detail)
    {
        var failure = Check(check).At(Version(version))!.Evaluate(Pod(pod, defaulted: false));
        Assert.Equal((reason, detail), (failure?.Reason, failure?.Detail));
    }

    [Theory]
    [MemberData(nameof(ControllerCases.Fixtures), MemberType = typeof(ControllerCases))]
    public void Each_check_passes_and_fails_the_controllers_fixtures(string check, string pod, string? expected)
    {
        // The fixtures are pods as admission sees them, after the API server's defaults.
        var failure = Check(check).At(new KubernetesVersion(1, 35))!.Evaluate(Pod(pod, defaulted: true));
        Assert.Equal(expected, failure is null ? "pass" : "fail");
    }

    [Theory]
    [InlineData("1.27", "1.27")]
    [InlineData("1.30", "1.29")]
    [InlineData("1.33", "1.32")]
    [InlineData("1.34", "1.34")]
    [InlineData("1.35", "1.35")]
    [InlineData("1.36", "1.35")]
    public void Latest_is_the_newest_policy_the_server_knows(string server, string policy)
        => Assert.Equal(Version(policy), PodSecurityChecks.LatestPolicy(Version(server)));

    private const string Offending = """
        spec:
          hostNetwork: true
          volumes:
            - name: logs
              hostPath: {path: /var/log}
          securityContext:
            seccompProfile: {type: Unconfined}
          containers:
            - name: app
              securityContext:
                privileged: true
                capabilities: {add: [NET_ADMIN]}
                procMount: Unmasked
              livenessProbe:
                httpGet: {host: localhost, port: 80}
        """;

    [Theory]
    [InlineData(PodSecurityLevel.Baseline, "1.35", "capabilities_baseline, hostNamespaces, hostPathVolumes, hostProbesAndHostLifecycle, privileged, procMount, seccompProfile_baseline")]
    [InlineData(PodSecurityLevel.Restricted, "1.35", "hostNamespaces, hostProbesAndHostLifecycle, privileged, allowPrivilegeEscalation, capabilities_restricted, procMount_restricted, restrictedVolumes, runAsNonRoot, seccompProfile_restricted")]
    [InlineData(PodSecurityLevel.Restricted, "1.32", "hostNamespaces, privileged, procMount, allowPrivilegeEscalation, capabilities_restricted, restrictedVolumes, runAsNonRoot, seccompProfile_restricted")]
    [InlineData(PodSecurityLevel.Privileged, "1.35", "")]
    public void Levels_run_their_checks_in_the_controllers_order_without_the_ones_restricted_overrides(PodSecurityLevel level, string policy, string expected)
    {
        var failures = PodSecurityChecks.Evaluate((Level)(int)level, Version(policy), Pod(Offending, defaulted: true));
        Assert.Equal(expected, string.Join(", ", failures.Select(static f => f.Check.Id)));
    }

    [Fact]
    public void A_restricted_message_reads_as_the_cluster_writes_it()
    {
        // The event an odo user saw (redhat-developer/odo#6847), check by check.
        var failures = PodSecurityChecks.Evaluate(Level.Restricted, new KubernetesVersion(1, 35), Pod("spec: {containers: [{name: runtime}]}", defaulted: true));
        Assert.Equal(
            "allowPrivilegeEscalation != false (container \"runtime\" must set securityContext.allowPrivilegeEscalation=false), unrestricted capabilities (container \"runtime\" must set securityContext.capabilities.drop=[\"ALL\"]), runAsNonRoot != true (pod or container \"runtime\" must set securityContext.runAsNonRoot=true), seccompProfile (pod or container \"runtime\" must set securityContext.seccompProfile.type to \"RuntimeDefault\" or \"Localhost\")",
            string.Join(", ", failures.Select(static f => f.Failure.Text)));
    }

    [Fact]
    public void Every_check_has_its_diagnostic()
    {
        Assert.Equal(19, PodSecurityChecks.All.Count);
        Assert.Equal(
            Enumerable.Range(201, 19).Select(static n => "CNS" + n.ToString(CultureInfo.InvariantCulture)),
            PodSecurityChecks.All.Select(static c => c.DiagnosticId).Order(StringComparer.Ordinal));
    }

    private static PodSecurityCheck Check(string id) => PodSecurityChecks.All.Single(c => c.Id == id);

    private static KubernetesVersion Version(string text) => KubernetesVersion.TryParse(text, out var version) ? version : throw new ArgumentException(text);

    /// <summary>A pod written as YAML, read into the tree the checks read (what lowering produces).</summary>
    private static PodView Pod(string yaml, bool defaulted)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (ObjectNode)ToNode(stream.Documents[0].RootNode);
        return PodView.From((ObjectNode)root.Fields.Single(static f => f.Key == "spec").Value, root.Fields.FirstOrDefault(static f => f.Key == "metadata").Value as ObjectNode, defaulted, new KubernetesVersion(1, 35));
    }

    private static ManifestNode ToNode(YamlNode node) => node switch
    {
        YamlMappingNode map => new ObjectNode(null, [.. map.Children.Select(static c => new ManifestField(((YamlScalarNode)c.Key).Value!, ToNode(c.Value)))]),
        YamlSequenceNode list => new ListNode([.. list.Children.Select(ToNode)]),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar when scalar.Value is "true" or "false" => new ScalarNode(ScalarKind.Boolean, scalar.Value),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain } scalar when Integer().IsMatch(scalar.Value ?? string.Empty) => new ScalarNode(ScalarKind.Integer, scalar.Value!),
        YamlScalarNode scalar => new ScalarNode(ScalarKind.String, scalar.Value ?? string.Empty),
        _ => throw new ArgumentException(node.GetType().Name),
    };

    [GeneratedRegex("^-?[0-9]+$")]
    private static partial Regex Integer();
}
