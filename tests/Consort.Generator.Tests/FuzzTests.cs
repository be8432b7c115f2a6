using System.Globalization;
using System.Text;
using Consort.Generator.Tests.Infrastructure;
using k8s;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;

namespace Consort.Generator.Tests;

/// <summary>
/// Randomly built declarations (a fixed seed, so a failure reproduces): every one either yields YAML that the
/// official client strictly decodes into exactly what <c>BuildAll()</c> returns, or at least one CNS error, and
/// nothing ever makes the generator or the analyzer throw. The declarations use every workload kind and the
/// attributes and properties of SPEC 8.1 (scheduling, pod security context, rollout settings, probes, lifecycle
/// hooks, envFrom, host paths, projected keys, claim templates), and <c>[Patch]</c> strings, valid and malformed,
/// with mostly valid and sometimes invalid values.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    private const int Batches = 12;
    private const int WorkloadsPerBatch = 90;
    private const int MalformedCount = 150;

    private static readonly string[] Versions = ["1.27", "1.28", "1.29", "1.33", "1.34"];
    private static readonly string[] Kinds = ["Pod", "Pod", "Deployment", "Deployment", "Deployment", "StatefulSet", "DaemonSet", "Job", "CronJob"];
    private static readonly string[] Names = ["web", "api-1", "a", "x1", "Web", "web_1", "", "-web", "web-", "a.b", new string('n', 64), "ünï", "🚀", "web--1"];
    private static readonly string[] Images = ["nginx:1.27", "ghcr.io/acme/app:1.0.0", "nginx", "nginx:latest", "", "   ", " nginx:1", "registry:5000/a/b@sha256:0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", "ümlaut:1"];
    private static readonly int[] Ports = [0, 1, 80, 8080, 65535, 65536, -1, int.MaxValue];
    private static readonly string?[] PortNames = [null, "http", "metrics", "HTTP", "a--b", "toolongportname1", "9000", ""];
    private static readonly string[] EnvNames = ["A", "MY_VAR", "my.var", "1A", "A=B", "", "ÄÖ", "DB_PASSWORD", "-x", "..x"];
    private static readonly string[] Texts = ["x", "", "yes", "no", "on", "null", "~", "0123", "1e3", "1_000", "12:30:45", "1.10", ": x", "#x", "*x", "&x", "!x", " lead", "trail ", "a\r\nb", "tab\there", "🚀 ünï", "line1\nline2\n", "\"q\"", "back\\slash"];
    private static readonly string[] FieldPaths = ["metadata.name", "spec.nodeName", "status.podIPs", "metadata.labels['app']", "metadata.annotations['A/b']", "metadata.labels", "status.phase", "bad", ""];
    private static readonly string[] Quantities = ["250m", "1", "0.5Gi", "128Mi", "1e3", "1K", "512MB", "-1", "", "1.5.5", "2"];
    private static readonly string[] LabelKeys = ["team", "acme.io/tier", "app.kubernetes.io/part-of", "-bad", "a/b/c", "UPPER", "", "yes"];
    private static readonly string[] MountPaths = ["/data", "/var/log/app", "data", "", "/data/../x", "/tmp"];
    private static readonly string?[] SubPaths = [null, "a", "/a", "../a", "a/b"];

    // SPEC 8.1 values: valid ones first, then the invalid ones that Mostly() draws from now and then.
    private static readonly string[] IntOrPercent = ["25%", "1", "0", "100%", "0%", "abc", "-1", "150%", "", "1.5", "25 %"];
    private static readonly string[] FileModes = ["0644", "0444", "0400", "0777", "0", "0999", "01777", "420", "abc", "", "0o644", "-1"];
    private static readonly string[] TopologyKeys = ["topology.kubernetes.io/zone", "kubernetes.io/hostname", "", "bad key!", "-x", "a/b/c"];
    private static readonly string[] HostPaths = ["/proc", "/", "/var/log", "/var/../etc", "relative", "", "/a b", "C:\\x"];
    private static readonly string[] HeaderLines = ["X-Probe: startup", "Accept: text/plain", "Cookie: a=b", "Bad Header: x", "no colon", ": x", "X-Empty:", "X_Under: y", "Ünï: x"];
    private static readonly string[] Schedules = ["*/5 * * * *", "0 3 * * *", "@hourly", "* * * * *", "", "bad", "61 * * * *", "CRON_TZ=UTC 0 * * * *"];
    private static readonly string[] Capabilities = ["ALL", "NET_BIND_SERVICE", "NET_ADMIN", "SYS_ADMIN", "", "bad cap", "chown"];
    private static readonly long[] Ids = [1000, 0, 65534, -1, 2147483648, long.MaxValue];
    private static readonly int[] Seconds = [0, 1, 5, 30, 600, -1, int.MaxValue];

    /// <summary>Valid pod-spec patch bodies (under the kind's pod spec), as YAML lines.</summary>
    private static readonly string[] PodPatches =
    [
        "hostAliases:\n  - ip: \"10.0.0.1\"\n    hostnames: [legacy.local]\n",
        "enableServiceLinks: false\n",
        "dnsConfig:\n  nameservers: [\"1.1.1.1\"]\n  options:\n    - name: ndots\n      value: \"2\"\n",
        "hostname: web\nsubdomain: \"0123\"\n",
        "containers:\n  - name: c0\n    stdin: true\n",
        "containers:\n  - name: helper\n    image: busybox:1.37\n    args: [\"yes\", '~', !!str 0123]\n",
        "initContainers:\n  - name: c1\n    workingDir: /srv\n",
        "volumes:\n  - name: extra\n    emptyDir: {}\n",
        "volumes:\n  - name: vol1\n    configMap:\n      defaultMode: 0644\n",
        "tolerations:\n  - operator: Exists\n",
        "securityContext:\n  fsGroup: 0x7d0\n  supplementalGroups: [1_000, +2000]\n",
        "nodeSelector:\n  \"on\": \"yes\"\n",
        "imagePullSecrets:\n  - name: regcred\n",
        "affinity: null\ntolerations: ~\n",
        "containers:\n  - name: c0\n    ports:\n      - containerPort: 0x1f90\n        protocol: UDP\n    env:\n      - name: EXTRA\n        value: |-\n          two\n          lines\n",
    ];

    /// <summary>Invalid or malformed pod-spec patch bodies: a wrong field, a wrong type, a bad name, an unquoted trap value.</summary>
    private static readonly string[] BadPodPatches =
    [
        "hostAlias:\n  - ip: \"10.0.0.1\"\n",
        "hostAliases:\n  - ip: 10.0.0.1\n    hostnames: legacy\n",
        "dnsConfig:\n  options:\n    - name: ndots\n      value: 2\n",
        "containers:\n  - name: Bad_Name\n    image: busybox:1.37\n",
        "containers:\n  - name: c0\n    ports:\n      - containerPort: 70000\n",
        "containers:\n  - name: c0\n    env:\n      - name: \"1BAD=\"\n        value: x\n",
        "volumes:\n  - name: Bad_Vol\n    emptyDir: {}\n",
        "nodeSelector:\n  tier: yes\n",
        "initContainers:\n  - name: c0\n    image: busybox:1.37\n",
        "hostNetwork: maybe\n",
        "terminationGracePeriodSeconds: \"30\"\n",
        "containers: {name: c0}\n",
    ];

    /// <summary>Object-level workload patches, valid and not, YAML-wise and model-wise.</summary>
    private static readonly string[] ObjectPatches =
    [
        "metadata:\n  annotations:\n    note: \"yes\"\n    multi: |\n      a\n      b\n",
        "metadata:\n  labels:\n    tier: web\n",
        "metadata:\n  annotations:\n    a: &x v\n    b: *x\n",
        "spec:\n  replcas: 3\n",
        "metadata:\n  annotations:\n    approved: yes\n",
        "spec: [\n",
        "- just a list\n",
        "",
        "   \n",
        "metadata:\n  name: other\n",
        "kind: Pod\n",
        "apiVersion: v2\n",
        "a: 1\n---\nb: 2\n",
        "<<: {a: 1}\n",
        "metadata:\n  annotations:\n    x: !!int 3\n",
        "metadata:\n  annotations:\n    x: *nope\n",
        "metadata:\n  labels:\n    \"tier!\": web\n",
        "metadata: 5\n",
        "metadata:\n  annotations:\n    a: b\n    a: c\n",
        "\tmetadata: {}\n",
        "metadata:\n  annotations: {a: [1, 2]}\n",
        "{",
        "metadata:\n  namespace: elsewhere\n",
        "? [a]\n: b\n",
        "metadata:\n  annotations:\n    x: \"unterminated\n",
    ];

    /// <summary>Container patches, valid and not.</summary>
    private static readonly string[] ContainerPatches =
    [
        "stdin: true\ntty: yes\n",
        "env:\n  - name: EXTRA\n    value: \"1\"\n",
        "ports:\n  - containerPort: 9090\n    name: extra\n",
        "workingDir: /srv\n",
        "args: null\n",
        "command: [sh, -c, 'echo \"hi\"']\n",
        "resources:\n  limits:\n    cpu: \"1\"\n    memory: 1Gi\n",
        "securityContext:\n  readOnlyRootFilesystem: true\n  capabilities: {drop: [ALL]}\n",
        "lifecycle:\n  preStop:\n    exec:\n      command: [sh, -c, \"sleep 5\"]\n",
        "imagePullPolicy: IfNotPresent\nterminationMessagePolicy: FallbackToLogsOnError\n",
        "readinessProbe:\n  tcpSocket: {port: http}\n  periodSeconds: 010\n",
        "volumeMounts:\n  - name: vol1\n    mountPath: /mnt/x\n    subPath: a/b\n",
        "stdn: true\n",
        "name: other\n",
        "ports:\n  - containerPort: 70000\n",
        "env:\n  - name: \"1BAD=\"\n    value: x\n",
        "workingDir: 1.5\n",
        "resources:\n  limits:\n    cpu: lots\n",
        "volumeMounts:\n  - name: vol1\n    mountPath: rel\n",
        "command: hello\n",
        "stdin: \"true\"\n",
        "env: [",
        "- x\n",
    ];

    private static readonly string[] Mutations = [":", "-", " ", "\n", "\"", "'", "{", "}", "[", "#", "&a ", "*a", "!", "|", "\t", "é", "\0", "? ", ",", "  ", "~", "null"];

    [Fact]
    public void Random_declarations_yield_valid_yaml_or_an_error()
    {
        var random = new Random(20261124);
        var (emitted, rejected) = (0, 0);
        var (baselineSkipped, baselineChecked) = (0, 0);
        var firstErrors = new SortedDictionary<string, int>(StringComparer.Ordinal);
        for (var batch = 0; batch < Batches; batch++)
        {
            var version = Pick(random, Versions);
            var classes = Enumerable.Range(0, WorkloadsPerBatch).Select(i => Workload(random, $"W{batch}_{i}")).ToList();
            const string Header = "using Consort;\nusing static Consort.SidecarKind;\nnamespace Fuzz;\n";
            var outcome = GeneratorHarness.Run([Header + string.Join("\n", classes)], version);
            Assert.Empty(outcome.Exceptions);
            var (skipped, checkedCount) = PodSecurity.BaselinePrefilter.AssertSound(outcome.Result);
            (baselineSkipped, baselineChecked) = (baselineSkipped + skipped, baselineChecked + checkedCount);
            Assert.DoesNotContain(outcome.DriverDiagnostics, d => d.Id is "CS8785" or "AD0001");
            Assert.Empty(outcome.OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("CNS", StringComparison.Ordinal)));

            // Each error belongs to the declaration whose text holds it (each one's text runs from "// begin" to "// end").
            var starts = new int[WorkloadsPerBatch + 1];
            for (var i = 0; i < WorkloadsPerBatch; i++)
            {
                starts[i + 1] = starts[i] + classes[i].Length + 1;
            }

            var errorsOf = outcome.Errors
                .Where(static d => d.Location.SourceTree?.FilePath == "Input0.cs")
                .ToLookup(d => Array.FindLastIndex(starts, s => s <= d.Location.SourceSpan.Start - Header.Length));
            var assembly = outcome.Load();
            for (var i = 0; i < WorkloadsPerBatch; i++)
            {
                var className = $"W{batch}_{i}";
                var errors = errorsOf[i].ToList();
                var type = assembly.GetType("Fuzz." + className);
                var yamlField = type?.GetField("Yaml");
                if (errors.Count > 0)
                {
                    Assert.True(yamlField is null, $"{className} has errors but was generated: {errors[0]}\n{classes[i]}");
                    rejected++;
                    firstErrors[errors[0].Id] = firstErrors.GetValueOrDefault(errors[0].Id) + 1;
                    continue;
                }

                Assert.True(yamlField is not null, $"{className} has no error and no output:\n{classes[i]}");
                var yaml = (string)yamlField!.GetRawConstantValue()!;
                var decoded = KubernetesYaml.LoadAllFromString(yaml, strict: true);
                var built = ((IReadOnlyList<IKubernetesObject>)type!.GetMethod("BuildAll")!.Invoke(null, null)!).Cast<object>().ToList();
                KubernetesAssert.AllEqual(built, decoded);
                emitted++;
            }

        }

        output.WriteLine($"fuzzed declarations: {Batches * WorkloadsPerBatch}; generated: {emitted}; rejected with a CNS error: {rejected} (first errors: {string.Join(", ", firstErrors.Select(static e => $"{e.Key} {e.Value}"))})");
        Assert.Equal(Batches * WorkloadsPerBatch, emitted + rejected);
        Assert.True(baselineSkipped > 25 && baselineChecked > 25, $"the Pod Security shortcut should be exercised both ways (let pass {baselineSkipped}, checked {baselineChecked})");
        Assert.True(emitted > 50 && rejected > 50, $"the fuzzer should exercise both outcomes (generated {emitted}, rejected {rejected})");
    }

    [Fact]
    public void Malformed_declarations_never_crash_and_generate_nothing()
    {
        var random = new Random(4242);
        var fragments = new[]
        {
            "[Deployment(", "[Deployment(42)]", "[Pod(null", "[Container(1)]", "[Container(\"x:1\", Args = 5)]", "[Port(\"http\")]",
            "[Mount(typeof(), \"/x\")]", "[Mount(typeof(int))]", "[Env(\"A\")]", "[Resources(CpuRequest = 1)]", "[HttpProbe(ProbeKind.Readiness)]",
            "[Sidecar(SidecarKind.Logging, Source = typeof(Nope))]", "[Sidecar(Logging, Config = 1)]", "[Label(1, 2)]", "[EmptyDirVolume(Medium = \"x\")]",
            "[InitContainer(]", "[Sidecar()]", "[SecurityContext(RunAsUser = \"root\")]", "partial class", "class {", "}", "[", "]", "\"", "@\"unterminated",

            // SPEC 8.1 and 8.2 attributes, half-typed or mistyped.
            "[Patch(", "[Patch(42)]", "[Patch(\"\"\"\n", "[Patch(\"a: 1\" + \"b\")]", "[Patch(null)]", "[Patch(\"\"\"\n  a: 1\n \"\"\")]", "[Patch(Nope.Yaml)]",
            "[Toleration(Value = 1)]", "[Toleration(\"k\", Effect = 5)]", "[PodSecurityContext(SupplementalGroups = [\"a\"])]", "[PodSecurityContext(Seccomp = )]",
            "[NodeAffinity(\"k\", 1)]", "[TopologySpread(]", "[PodAntiAffinity(null)]", "[NodeSelector(\"k\")]", "[VolumeItem(", "[VolumeItem(\"a\")]",
            "[HostPathVolume(Type = HostPathType.Nope)]", "[VolumeClaimTemplate()]", "[EnvFrom(Source = typeof(Nope))]", "[EnvFrom(ConfigMap = 1)]",
            "[GrpcProbe(ProbeKind.Readiness, \"x\")]", "[HttpProbe(ProbeKind.Readiness, \"/\", 80, Headers = \"x\")]", "[PreStop(SleepSeconds = \"5\")]",
            "[PostStart(1)]", "[Deployment(\"x\", MaxSurge = 1)]", "[Deployment(\"x\", Strategy = DaemonSetUpdateStrategy.OnDelete)]",
            "[StatefulSet(\"x\", PodManagementPolicy = )]", "[DaemonSet(\"x\", ImagePullSecrets = \"a\")]", "[CronJob(\"x\")]", "[Job(\"x\", DnsPolicy = 3)]",
            "[Port(80, HostPort = \"x\")]", "[Mount(typeof(Vol1), \"/x\", MountPropagation = )]", "[Manifest(\"kind: X\")]",
        };
        var malformed = 0;
        for (var i = 0; i < MalformedCount; i++)
        {
            var source = new StringBuilder("using Consort;\nusing static Consort.SidecarKind;\nnamespace Fuzz;\n")
                .Append(Workload(random, "Base" + i)).Append('\n');
            var insertAt = random.Next(source.Length);
            source.Insert(insertAt, Pick(random, fragments));
            var outcome = GeneratorHarness.Run(source.ToString(), Pick(random, Versions));
            Assert.Empty(outcome.Exceptions);
            Assert.DoesNotContain(outcome.DriverDiagnostics, d => d.Id is "CS8785" or "AD0001");
            if (outcome.OutputCompilation.GetDiagnostics().Any(d => d.Severity == DiagnosticSeverity.Error && d.Id.StartsWith("CS", StringComparison.Ordinal)))
            {
                malformed++;
            }
        }

        output.WriteLine($"malformed declarations: {MalformedCount}; with C# errors: {malformed}");
        Assert.True(malformed > MalformedCount / 2);
    }

    private static string Workload(Random random, string className)
    {
        var text = new StringBuilder().Append("// begin ").Append(className).Append('\n');
        var kind = Pick(random, Kinds);
        text.Append('[').Append(kind).Append('(').Append(Literal(random.Next(4) == 0 ? Pick(random, Names) : "w-" + className.ToLowerInvariant().Replace('_', '-')));
        if (kind == "CronJob")
        {
            text.Append(", ").Append(Literal(Mostly(random, "*/5 * * * *", Schedules)));
        }

        if (random.Next(3) == 0)
        {
            text.Append(", Namespace = ").Append(Literal(Mostly(random, "valid-name", Names)));
        }

        if (kind is "Deployment" or "StatefulSet" && random.Next(3) == 0)
        {
            text.Append(", Replicas = ").Append(random.Next(0, 5).ToString(CultureInfo.InvariantCulture));
        }

        WorkloadProperties(random, text, kind);
        text.Append(")]\n");
        for (var i = random.Next(3); i > 0; i--)
        {
            text.Append(random.Next(2) == 0 ? "[Label(" : "[Annotation(").Append(Literal(Mostly(random, "team", LabelKeys))).Append(", ").Append(Literal(random.Next(2) == 0 ? Pick(random, Names) : Pick(random, Texts))).Append(")]\n");
        }

        WorkloadAttributes(random, text);
        var podSpec = kind switch
        {
            "Pod" => "spec",
            "CronJob" => "spec.jobTemplate.spec.template.spec",
            _ => "spec.template.spec",
        };
        for (var p = random.Next(5) == 0 ? random.Next(1, 3) : 0; p > 0; p--)
        {
            text.Append("[Patch(").Append(PatchLiteral(random, WorkloadPatch(random, kind, podSpec), indent: 0)).Append(")]\n");
        }

        text.Append("public partial class ").Append(className).Append('\n').Append("{\n");
        var volumes = new List<string>();
        for (var v = random.Next(3); v > 0; v--)
        {
            var name = "Vol" + v;
            volumes.Add(name);
            text.Append(Volume(random, kind)).Append(" partial class ").Append(name).Append(";\n");
        }

        var containers = random.Next(0, 4);
        for (var c = 0; c <= containers; c++)
        {
            var role = c == 0 ? (random.Next(8) == 0 ? "InitContainer" : "Container") : Pick(random, new[] { "Container", "InitContainer", "Sidecar" });
            text.Append('[').Append(role).Append('(').Append(Literal(Mostly(random, "nginx:1.27", Images)));
            if (role == "Sidecar" && random.Next(2) == 0)
            {
                text.Append(", Mode = SidecarMode.").Append(Pick(random, new[] { "Auto", "Native", "Classic" }));
            }

            if (random.Next(4) == 0)
            {
                text.Append(", Args = [").Append(Literal(Pick(random, Texts))).Append(", ").Append(Literal(Pick(random, Texts))).Append(']');
            }

            if (random.Next(8) == 0)
            {
                text.Append(", TerminationMessagePolicy = TerminationMessagePolicy.").Append(Pick(random, new[] { "File", "FallbackToLogsOnError" }));
            }

            if (random.Next(8) == 0)
            {
                text.Append(", ImagePullPolicy = ImagePullPolicy.").Append(Pick(random, new[] { "Always", "IfNotPresent", "Never" }));
            }

            text.Append(")]");
            for (var p = random.Next(3); p > 0; p--)
            {
                var portName = Mostly(random, (string?)null, PortNames);
                var port = Mostly(random, 8080, Ports);
                text.Append(" [Port(").Append(port.ToString(CultureInfo.InvariantCulture)).Append(portName is null ? string.Empty : ", Name = " + Literal(portName));
                if (random.Next(6) == 0)
                {
                    text.Append(", Protocol = Protocol.").Append(Pick(random, new[] { "Tcp", "Udp", "Sctp" }));
                }

                if (random.Next(8) == 0)
                {
                    text.Append(", HostPort = ").Append(Mostly(random, port, Ports).ToString(CultureInfo.InvariantCulture));
                }

                text.Append(")]");
            }

            for (var e = random.Next(3); e > 0; e--)
            {
                text.Append(random.Next(3) switch
                {
                    0 => " [Env(" + Literal(Mostly(random, "MY_VAR", EnvNames)) + ", " + Literal(Pick(random, Texts)) + ")]",
                    1 => " [EnvFromField(" + Literal(Mostly(random, "MY_VAR", EnvNames)) + ", " + Literal(Mostly(random, "metadata.name", FieldPaths)) + ")]",
                    _ => " [EnvFromSecret(" + Literal(Mostly(random, "MY_VAR", EnvNames)) + ", " + Literal(Mostly(random, "valid-name", Names)) + ", \"key\")]",
                });
            }

            if (volumes.Count > 0 && random.Next(2) == 0)
            {
                var subPath = Mostly(random, (string?)null, SubPaths);
                text.Append(" [Mount(typeof(").Append(Pick(random, volumes.ToArray())).Append("), ").Append(Literal(Mostly(random, "/data", MountPaths))).Append(subPath is null ? string.Empty : ", SubPath = " + Literal(subPath));
                if (random.Next(6) == 0)
                {
                    text.Append(", ReadOnly = true");
                }

                if (random.Next(8) == 0)
                {
                    text.Append(", MountPropagation = MountPropagation.").Append(Pick(random, new[] { "None", "HostToContainer", "Bidirectional" }));
                }

                text.Append(")]");
            }

            if (random.Next(2) == 0)
            {
                text.Append(" [Resources(CpuRequest = ").Append(Literal(Mostly(random, "250m", Quantities))).Append(", MemoryLimit = ").Append(Literal(Mostly(random, "250m", Quantities))).Append(")]");
            }

            if (random.Next(4) == 0)
            {
                text.Append(" [HttpProbe(ProbeKind.").Append(Pick(random, new[] { "Liveness", "Readiness", "Startup" })).Append(", \"/healthz\", ").Append(Mostly(random, 8080, Ports).ToString(CultureInfo.InvariantCulture)).Append(")]");
            }

            ContainerAttributes(random, text);
            if (random.Next(6) == 0)
            {
                text.Append(" [Patch(").Append(PatchLiteral(random, Mutate(random, random.Next(3) == 0 ? Pick(random, ContainerPatches) : Pick(random, ContainerPatches[..12])), indent: 4)).Append(")]");
            }

            text.Append(" partial class C").Append(c.ToString(CultureInfo.InvariantCulture)).Append(";\n");
        }

        if (random.Next(6) == 0 && volumes.Count > 0)
        {
            text.Append("[Sidecar(Logging, Source = typeof(").Append(volumes[0]).Append("))] partial class Ship;\n");
        }

        return text.Append("}\n// end ").Append(className).Append('\n').ToString();
    }

    /// <summary>SPEC 8.1 named properties: on every workload attribute, then the kind's rollout and job settings.</summary>
    private static void WorkloadProperties(Random random, StringBuilder text, string kind)
    {
        void Maybe(int oneIn, string property, Func<string> value)
        {
            if (random.Next(oneIn) == 0)
            {
                text.Append(", ").Append(property).Append(" = ").Append(value());
            }
        }

        string Bool() => random.Next(2) == 0 ? "true" : "false";
        string Int(int valid, int[] pool) => Mostly(random, valid, pool).ToString(CultureInfo.InvariantCulture);

        Maybe(12, "HostNetwork", Bool);
        Maybe(16, "HostPID", Bool);
        Maybe(16, "HostIPC", Bool);
        Maybe(12, "DnsPolicy", () => "DnsPolicy." + Pick(random, new[] { "ClusterFirst", "ClusterFirstWithHostNet", "Default", "None" }));
        Maybe(10, "AutomountServiceAccountToken", Bool);
        Maybe(12, "EnableServiceLinks", Bool);
        Maybe(12, "PriorityClassName", () => Literal(Mostly(random, "high-priority", Names)));
        Maybe(16, "RuntimeClassName", () => Literal(Mostly(random, "gvisor", Names)));
        Maybe(16, "SchedulerName", () => Literal(Mostly(random, "my-scheduler", Names)));
        Maybe(10, "ImagePullSecrets", () => "[" + Literal(Mostly(random, "regcred", Names)) + (random.Next(3) == 0 ? ", " + Literal(Mostly(random, "other-cred", Names)) : string.Empty) + "]");
        Maybe(16, "ShareProcessNamespace", Bool);
        Maybe(12, "TerminationGracePeriodSeconds", () => Int(30, Seconds));
        switch (kind)
        {
            case "Pod":
                Maybe(6, "RestartPolicy", () => "PodRestartPolicy." + Pick(random, new[] { "Always", "OnFailure", "Never" }));
                break;
            case "Deployment":
                Maybe(6, "Strategy", () => "DeploymentStrategy." + Pick(random, new[] { "RollingUpdate", "RollingUpdate", "Recreate" }));
                Maybe(6, "MaxSurge", () => Literal(Mostly(random, "25%", IntOrPercent)));
                Maybe(6, "MaxUnavailable", () => Literal(Mostly(random, "1", IntOrPercent)));
                Maybe(8, "MinReadySeconds", () => Int(5, Seconds));
                Maybe(10, "RevisionHistoryLimit", () => Int(3, Seconds));
                Maybe(10, "ProgressDeadlineSeconds", () => Int(600, Seconds));
                break;
            case "StatefulSet":
                Maybe(6, "ServiceName", () => Literal(Mostly(random, "db", Names)));
                Maybe(6, "PodManagementPolicy", () => "PodManagementPolicy." + Pick(random, new[] { "OrderedReady", "Parallel" }));
                Maybe(6, "UpdateStrategy", () => "StatefulSetUpdateStrategy." + Pick(random, new[] { "RollingUpdate", "OnDelete" }));
                Maybe(8, "MinReadySeconds", () => Int(5, Seconds));
                break;
            case "DaemonSet":
                Maybe(6, "UpdateStrategy", () => "DaemonSetUpdateStrategy." + Pick(random, new[] { "RollingUpdate", "OnDelete" }));
                Maybe(6, "MaxUnavailable", () => Literal(Mostly(random, "10%", IntOrPercent)));
                Maybe(8, "MinReadySeconds", () => Int(5, Seconds));
                break;
            case "Job" or "CronJob":
                if (kind == "CronJob")
                {
                    Maybe(6, "ConcurrencyPolicy", () => "ConcurrencyPolicy." + Pick(random, new[] { "Allow", "Forbid", "Replace" }));
                }

                Maybe(6, "BackoffLimit", () => Int(2, Seconds));
                Maybe(8, "Completions", () => Int(3, Seconds));
                Maybe(8, "Parallelism", () => Int(2, Seconds));
                Maybe(8, "TtlSecondsAfterFinished", () => Int(600, Seconds));
                Maybe(6, "RestartPolicy", () => "PodRestartPolicy." + Mostly(random, "OnFailure", new[] { "Never", "OnFailure", "Always" }));
                break;
        }
    }

    /// <summary>SPEC 8.1 attributes on the workload class: pod security context and scheduling.</summary>
    private static void WorkloadAttributes(Random random, StringBuilder text)
    {
        if (random.Next(6) == 0)
        {
            var seccomp = random.Next(3) == 0 ? Pick(random, new[] { "RuntimeDefault", "Unconfined", "Localhost" }) : null;
            text.Append("[PodSecurityContext(RunAsNonRoot = ").Append(random.Next(4) == 0 ? "false" : "true")
                .Append(", RunAsUser = ").Append(Mostly(random, 1000L, Ids).ToString(CultureInfo.InvariantCulture));
            if (random.Next(3) == 0)
            {
                text.Append(", FsGroup = ").Append(Mostly(random, 2000L, Ids).ToString(CultureInfo.InvariantCulture));
            }

            if (random.Next(4) == 0)
            {
                text.Append(", SupplementalGroups = [").Append(Mostly(random, 3000L, Ids).ToString(CultureInfo.InvariantCulture)).Append(']');
            }

            if (seccomp is not null)
            {
                text.Append(", Seccomp = SeccompProfile.").Append(seccomp);
            }

            if (seccomp == "Localhost" ? random.Next(4) != 0 : random.Next(12) == 0)
            {
                text.Append(", SeccompLocalhostProfile = ").Append(Literal(Mostly(random, "profiles/app.json", new[] { "", "/abs.json", "../x.json" })));
            }

            text.Append(")]\n");
        }

        if (random.Next(6) == 0)
        {
            text.Append("[NodeSelector(").Append(Literal(Mostly(random, "kubernetes.io/os", LabelKeys))).Append(", ").Append(Literal(Mostly(random, "linux", Texts))).Append(")]\n");
        }

        if (random.Next(6) == 0)
        {
            text.Append(random.Next(4) switch
            {
                0 => "[Toleration]",
                1 => "[Toleration(" + Literal(Mostly(random, "dedicated", LabelKeys)) + ", Value = " + Literal(Mostly(random, "gpu", Texts)) + ", Effect = TaintEffect." + Pick(random, new[] { "NoSchedule", "PreferNoSchedule", "NoExecute" }) + ")]",
                2 => "[Toleration(" + Literal(Mostly(random, "node.kubernetes.io/unreachable", LabelKeys)) + ", Effect = TaintEffect." + Mostly(random, "NoExecute", new[] { "NoSchedule", "NoExecute" }) + ", TolerationSeconds = " + Mostly(random, 30L, Ids).ToString(CultureInfo.InvariantCulture) + ")]",
                _ => random.Next(3) == 0 ? "[Toleration(Value = \"gpu\")]" : "[Toleration(\"dedicated\")]",
            }).Append('\n');
        }

        if (random.Next(8) == 0)
        {
            text.Append("[TopologySpread(").Append(Literal(Mostly(random, "topology.kubernetes.io/zone", TopologyKeys))).Append(", MaxSkew = ").Append(Mostly(random, 1, new[] { 0, 1, 2, -1 }).ToString(CultureInfo.InvariantCulture));
            if (random.Next(2) == 0)
            {
                text.Append(", WhenUnsatisfiable = Unsatisfiable.").Append(Pick(random, new[] { "DoNotSchedule", "ScheduleAnyway" }));
            }

            text.Append(")]\n");
        }

        if (random.Next(8) == 0)
        {
            var required = random.Next(3) == 0;
            text.Append("[PodAntiAffinity(").Append(Literal(Mostly(random, "kubernetes.io/hostname", TopologyKeys))).Append(", Required = ").Append(required ? "true" : "false");
            if (!required || random.Next(8) == 0)
            {
                text.Append(", Weight = ").Append(Mostly(random, 100, new[] { 0, 1, 50, 100, 101, -1 }).ToString(CultureInfo.InvariantCulture));
            }

            text.Append(")]\n");
        }

        if (random.Next(8) == 0)
        {
            text.Append("[NodeAffinity(").Append(Literal(Mostly(random, "kubernetes.io/arch", LabelKeys)));
            for (var v = Mostly(random, 2, new[] { 0, 1, 3 }); v > 0; v--)
            {
                text.Append(", ").Append(Literal(Mostly(random, v % 2 == 0 ? "amd64" : "arm64", new[] { "amd 64", "", "a/b", "x" })));
            }

            text.Append(")]\n");
        }
    }

    /// <summary>A volume attribute of any SPEC kind, with its SPEC 8.1 properties and projected keys.</summary>
    private static string Volume(Random random, string kind)
    {
        var volume = new StringBuilder();

        // A claim template mostly on a StatefulSet, now and then elsewhere (an error).
        var which = (kind == "StatefulSet" ? random.Next(3) == 0 : random.Next(24) == 0) ? 5 : random.Next(5);
        switch (which)
        {
            case 0:
                volume.Append("[EmptyDirVolume").Append(random.Next(2) == 0 ? "(SizeLimit = " + Literal(Mostly(random, "250m", Quantities)) + ")" : string.Empty).Append(']');
                break;
            case 1 or 2:
                var configMap = which == 1;
                volume.Append(configMap ? "[ConfigMapVolume(" : "[SecretVolume(").Append(Literal(Mostly(random, "valid-name", Names)));
                if (!configMap || random.Next(3) == 0)
                {
                    volume.Append(", Optional = true");
                }

                if (random.Next(4) == 0)
                {
                    volume.Append(", DefaultMode = ").Append(Literal(Mostly(random, "0644", FileModes)));
                }

                volume.Append(")]");
                for (var item = random.Next(4) == 0 ? random.Next(1, 3) : 0; item > 0; item--)
                {
                    volume.Append(" [VolumeItem(").Append(Literal(Mostly(random, "app.conf", new[] { "", "bad key", "a/b", "x" }))).Append(", ")
                        .Append(Literal(Mostly(random, item == 1 ? "app.conf" : "conf/other.conf", new[] { "../a", "/abs", "", "a/../b", "..x" })));
                    if (random.Next(4) == 0)
                    {
                        volume.Append(", Mode = ").Append(Literal(Mostly(random, "0400", FileModes)));
                    }

                    volume.Append(")]");
                }

                break;
            case 3:
                volume.Append("[HostPathVolume(").Append(Literal(Mostly(random, "/var/log", HostPaths)));
                if (random.Next(2) == 0)
                {
                    volume.Append(", Type = HostPathType.").Append(Pick(random, new[] { "DirectoryOrCreate", "Directory", "FileOrCreate", "File", "Socket", "CharDevice", "BlockDevice" }));
                }

                volume.Append(")]");
                break;
            case 4:
                volume.Append("[PersistentVolumeClaimVolume(").Append(Literal(Mostly(random, "valid-name", Names))).Append(random.Next(3) == 0 ? ", ReadOnly = true" : string.Empty).Append(")]");
                break;
            default:
                volume.Append("[VolumeClaimTemplate(").Append(Literal(Mostly(random, "1Gi", Quantities)));
                if (random.Next(2) == 0)
                {
                    volume.Append(", StorageClass = ").Append(Literal(Mostly(random, "fast-ssd", Names)));
                }

                if (random.Next(2) == 0)
                {
                    volume.Append(", AccessMode = AccessMode.").Append(Pick(random, new[] { "ReadWriteOnce", "ReadOnlyMany", "ReadWriteMany", "ReadWriteOncePod" }));
                }

                volume.Append(")]");
                break;
        }

        return volume.ToString();
    }

    /// <summary>SPEC 8.1 attributes on a container class: gRPC and HTTP probes with headers, lifecycle hooks, envFrom, security context.</summary>
    private static void ContainerAttributes(Random random, StringBuilder text)
    {
        if (random.Next(8) == 0)
        {
            text.Append(" [GrpcProbe(ProbeKind.").Append(Pick(random, new[] { "Liveness", "Readiness", "Startup" })).Append(", ").Append(Mostly(random, 7070, Ports).ToString(CultureInfo.InvariantCulture));
            if (random.Next(3) == 0)
            {
                text.Append(", Service = ").Append(Literal(Mostly(random, "health", Texts)));
            }

            text.Append(ProbeTiming(random)).Append(")]");
        }

        if (random.Next(8) == 0)
        {
            var named = random.Next(3) == 0;
            text.Append(" [HttpProbe(ProbeKind.").Append(Pick(random, new[] { "Liveness", "Readiness", "Startup" })).Append(", ").Append(Literal(Mostly(random, "/ready", new[] { "", "ready", "/a b" }))).Append(", ")
                .Append(named ? Literal(Mostly(random, "http", new[] { "metrics", "nope", "" })) : Mostly(random, 8080, Ports).ToString(CultureInfo.InvariantCulture));
            if (random.Next(2) == 0)
            {
                text.Append(", Headers = [").Append(Literal(Mostly(random, "X-Probe: startup", HeaderLines))).Append(random.Next(3) == 0 ? ", " + Literal(Mostly(random, "Accept: text/plain", HeaderLines)) : string.Empty).Append(']');
            }

            if (random.Next(4) == 0)
            {
                text.Append(", Https = true");
            }

            text.Append(ProbeTiming(random)).Append(")]");
        }

        if (random.Next(12) == 0)
        {
            text.Append(random.Next(2) == 0
                ? " [TcpProbe(ProbeKind.Liveness, " + Literal(Mostly(random, "http", new[] { "nope", "" })) + ")]"
                : " [ExecProbe(ProbeKind.Readiness, \"sh\", \"-c\", " + Literal(Pick(random, Texts)) + ")]");
        }

        if (random.Next(8) == 0)
        {
            text.Append(random.Next(3) switch
            {
                0 => " [PreStop(SleepSeconds = " + Mostly(random, 5L, new long[] { 0, 1, 30, -1, long.MaxValue }).ToString(CultureInfo.InvariantCulture) + ")]",
                1 => " [PreStop(\"sh\", \"-c\", " + Literal(Mostly(random, "sleep 5", Texts)) + ")]",
                _ => " [PreStop()]",
            });
        }

        if (random.Next(10) == 0)
        {
            text.Append(" [PostStart(\"sh\", \"-c\", ").Append(Literal(Mostly(random, "echo started", Texts))).Append(")]");
        }

        if (random.Next(8) == 0)
        {
            var sources = random.Next(8) switch
            {
                0 => string.Empty,
                1 => "ConfigMap = \"a\", Secret = \"b\"",
                2 or 3 => "Secret = " + Literal(Mostly(random, "db", Names)),
                _ => "ConfigMap = " + Literal(Mostly(random, "app-env", Names)),
            };
            var rest = (random.Next(3) == 0 ? ", Prefix = " + Literal(Mostly(random, "APP_", new[] { "APP=", "1X", "", "ÄÖ_", "a.b" })) : string.Empty)
                + (random.Next(3) == 0 ? ", Optional = true" : string.Empty);
            text.Append(" [EnvFrom(").Append(sources.Length == 0 ? rest.TrimStart(',', ' ') : sources + rest).Append(")]");
        }

        if (random.Next(6) == 0)
        {
            text.Append(" [SecurityContext(RunAsNonRoot = true, RunAsUser = ").Append(Mostly(random, 1000L, Ids).ToString(CultureInfo.InvariantCulture));
            if (random.Next(2) == 0)
            {
                text.Append(", ReadOnlyRootFilesystem = true, AllowPrivilegeEscalation = false");
            }

            if (random.Next(6) == 0)
            {
                text.Append(", Privileged = true");
            }

            if (random.Next(3) == 0)
            {
                text.Append(", DropCapabilities = [").Append(Literal(Mostly(random, "ALL", Capabilities))).Append(']');
            }

            if (random.Next(6) == 0)
            {
                text.Append(", AddCapabilities = [").Append(Literal(Mostly(random, "NET_BIND_SERVICE", Capabilities))).Append(']');
            }

            if (random.Next(3) == 0)
            {
                var seccomp = Pick(random, new[] { "RuntimeDefault", "Unconfined", "Localhost" });
                text.Append(", Seccomp = SeccompProfile.").Append(seccomp);
                if (seccomp == "Localhost" && random.Next(4) != 0)
                {
                    text.Append(", SeccompLocalhostProfile = \"profiles/app.json\"");
                }
            }

            text.Append(")]");
        }

    }

    private static string ProbeTiming(Random random)
    {
        var timing = new StringBuilder();
        foreach (var property in new[] { "InitialDelaySeconds", "PeriodSeconds", "TimeoutSeconds", "FailureThreshold", "SuccessThreshold" })
        {
            if (random.Next(8) == 0)
            {
                timing.Append(", ").Append(property).Append(" = ").Append(Mostly(random, 5, Seconds).ToString(CultureInfo.InvariantCulture));
            }
        }

        return timing.ToString();
    }

    /// <summary>A workload patch: usually valid, under the kind's pod spec or on the object; sometimes invalid or malformed; sometimes mutated.</summary>
    private static string WorkloadPatch(Random random, string kind, string podSpec)
    {
        var yaml = random.Next(10) switch
        {
            < 5 => Nest(podSpec, Pick(random, PodPatches)),
            5 => Nest(podSpec, Pick(random, BadPodPatches)),
            6 or 7 => Pick(random, ObjectPatches[..3]),
            8 => Pick(random, ObjectPatches),
            _ => kind switch
            {
                "Deployment" => Pick(random, new[] { "spec:\n  minReadySeconds: 5\n", "spec:\n  replicas: null\n", "spec:\n  paused: on\n", "spec:\n  strategy:\n    rollingUpdate: {maxSurge: 50%}\n" }),
                "StatefulSet" => Pick(random, new[] { "spec:\n  podManagementPolicy: Parallel\n", "spec:\n  ordinals: {start: 1}\n" }),
                "DaemonSet" => "spec:\n  updateStrategy:\n    rollingUpdate:\n      maxSurge: 1\n      maxUnavailable: 0\n",
                "Job" => Pick(random, new[] { "spec:\n  backoffLimit: 1\n", "spec:\n  completionMode: Indexed\n  completions: 3\n" }),
                "CronJob" => Pick(random, new[] { "spec:\n  suspend: true\n", "spec:\n  timeZone: Etc/UTC\n" }),
                _ => "spec:\n  activeDeadlineSeconds: 60\n",
            },
        };
        return Mutate(random, yaml);
    }

    /// <summary><paramref name="body"/> under the keys of <paramref name="path"/> (dot-separated).</summary>
    private static string Nest(string path, string body)
    {
        var keys = path.Split('.');
        var text = new StringBuilder();
        for (var i = 0; i < keys.Length; i++)
        {
            text.Append(' ', 2 * i).Append(keys[i]).Append(":\n");
        }

        foreach (var line in body.Split('\n'))
        {
            if (line.Length > 0)
            {
                text.Append(' ', 2 * keys.Length).Append(line);
            }

            text.Append('\n');
        }

        return text.ToString().TrimEnd('\n') + "\n";
    }

    /// <summary>Now and then a random edit of the YAML text: an inserted indicator or character, a deleted character, a dropped indentation.</summary>
    private static string Mutate(Random random, string yaml)
    {
        if (yaml.Length == 0 || random.Next(6) != 0)
        {
            return yaml;
        }

        var at = random.Next(yaml.Length);
        return random.Next(3) switch
        {
            0 => yaml.Insert(at, Pick(random, Mutations)),
            1 => yaml.Remove(at, 1),
            _ => yaml.Replace("\n  ", "\n ", StringComparison.Ordinal),
        };
    }

    /// <summary>The patch YAML as a regular, verbatim or raw C# string literal.</summary>
    private static string PatchLiteral(Random random, string yaml, int indent)
    {
        // Verbatim and raw literals hold the text as is, so only text without control characters (line breaks and tabs aside).
        if (yaml.Any(static c => c < ' ' && c is not ('\n' or '\t')))
        {
            return Literal(yaml);
        }

        switch (random.Next(yaml.Contains("\"\"\"", StringComparison.Ordinal) ? 2 : 3))
        {
            case 0:
                return Literal(yaml);
            case 1:
                return "@\"" + yaml.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            default:
                var literal = new StringBuilder("\"\"\"\n");
                foreach (var line in yaml.Split('\n'))
                {
                    if (line.Length > 0)
                    {
                        literal.Append(' ', indent + 4).Append(line);
                    }

                    literal.Append('\n');
                }

                return literal.Append(' ', indent + 4).Append("\"\"\"").ToString();
        }
    }

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];

    /// <summary>Usually the valid value, sometimes anything from the pool: a declaration draws many values, so each must be mostly valid for whole declarations to pass.</summary>
    private static T Mostly<T>(Random random, T valid, T[] pool) => random.Next(100) < 88 ? valid : Pick(random, pool);

    private static string Literal(string value) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(value, quote: true);
}
