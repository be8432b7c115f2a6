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
/// nothing ever makes the generator or the analyzer throw.
/// </summary>
public class FuzzTests(ITestOutputHelper output)
{
    private const int Batches = 12;
    private const int WorkloadsPerBatch = 90;
    private const int MalformedCount = 150;

    private static readonly string[] Versions = ["1.27", "1.28", "1.29", "1.33", "1.34"];
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

    [Fact]
    public void Random_declarations_yield_valid_yaml_or_an_error()
    {
        var random = new Random(20261124);
        var (emitted, rejected) = (0, 0);
        for (var batch = 0; batch < Batches; batch++)
        {
            var version = Pick(random, Versions);
            var classes = Enumerable.Range(0, WorkloadsPerBatch).Select(i => Workload(random, $"W{batch}_{i}")).ToList();
            var outcome = GeneratorHarness.Run(["using Consort;\nusing static Consort.SidecarKind;\nnamespace Fuzz;\n" + string.Join("\n", classes)], version);
            Assert.Empty(outcome.Exceptions);
            Assert.DoesNotContain(outcome.DriverDiagnostics, d => d.Id is "CS8785" or "AD0001");
            Assert.Empty(outcome.OutputCompilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error && !d.Id.StartsWith("CNS", StringComparison.Ordinal)));

            var assembly = outcome.Load();
            for (var i = 0; i < WorkloadsPerBatch; i++)
            {
                var className = $"W{batch}_{i}";
                var errors = outcome.Errors.Where(d => d.Location.SourceTree!.ToString().IndexOf("class " + className + "\n", StringComparison.Ordinal) is var at && at >= 0 && Within(d, className)).ToList();
                var type = assembly.GetType("Fuzz." + className);
                var yamlField = type?.GetField("Yaml");
                if (errors.Count > 0)
                {
                    Assert.True(yamlField is null, $"{className} has errors but was generated: {errors[0]}\n{classes[i]}");
                    rejected++;
                    continue;
                }

                Assert.True(yamlField is not null, $"{className} has no error and no output:\n{classes[i]}");
                var yaml = (string)yamlField!.GetRawConstantValue()!;
                var decoded = KubernetesYaml.LoadAllFromString(yaml, strict: true);
                var built = ((IReadOnlyList<IKubernetesObject>)type!.GetMethod("BuildAll")!.Invoke(null, null)!).Cast<object>().ToList();
                KubernetesAssert.AllEqual(built, decoded);
                emitted++;
            }

            bool Within(Diagnostic d, string className)
            {
                var text = d.Location.SourceTree!.ToString();
                var start = text.IndexOf("class " + className + "\n", StringComparison.Ordinal);
                var end = text.IndexOf("\n// end " + className + "\n", start, StringComparison.Ordinal);
                return d.Location.SourceSpan.Start >= text.LastIndexOf("// begin " + className + "\n", start, StringComparison.Ordinal) && d.Location.SourceSpan.Start <= end;
            }
        }

        output.WriteLine($"fuzzed declarations: {Batches * WorkloadsPerBatch}; generated: {emitted}; rejected with a CNS error: {rejected}");
        Assert.Equal(Batches * WorkloadsPerBatch, emitted + rejected);
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
        var kind = random.Next(2) == 0 ? "Pod" : "Deployment";
        text.Append('[').Append(kind).Append('(').Append(Literal(random.Next(4) == 0 ? Pick(random, Names) : "w-" + className.ToLowerInvariant().Replace('_', '-')));
        if (random.Next(3) == 0)
        {
            text.Append(", Namespace = ").Append(Literal(Mostly(random, "valid-name", Names)));
        }

        if (kind == "Deployment" && random.Next(3) == 0)
        {
            text.Append(", Replicas = ").Append(random.Next(0, 5).ToString(CultureInfo.InvariantCulture));
        }

        text.Append(")]\n");
        for (var i = random.Next(3); i > 0; i--)
        {
            text.Append(random.Next(2) == 0 ? "[Label(" : "[Annotation(").Append(Literal(Mostly(random, "team", LabelKeys))).Append(", ").Append(Literal(random.Next(2) == 0 ? Pick(random, Names) : Pick(random, Texts))).Append(")]\n");
        }

        text.Append("public partial class ").Append(className).Append('\n').Append("{\n");
        var volumes = new List<string>();
        for (var v = random.Next(3); v > 0; v--)
        {
            var name = "Vol" + v;
            volumes.Add(name);
            text.Append(random.Next(3) switch
            {
                0 => "[EmptyDirVolume" + (random.Next(2) == 0 ? "(SizeLimit = " + Literal(Mostly(random, "250m", Quantities)) + ")" : string.Empty) + "]",
                1 => "[ConfigMapVolume(" + Literal(Mostly(random, "valid-name", Names)) + ")]",
                _ => "[SecretVolume(" + Literal(Mostly(random, "valid-name", Names)) + ", Optional = true)]",
            }).Append(" partial class ").Append(name).Append(";\n");
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

            text.Append(")]");
            for (var p = random.Next(3); p > 0; p--)
            {
                var portName = Mostly(random, (string?)null, PortNames);
                text.Append(" [Port(").Append(Mostly(random, 8080, Ports).ToString(CultureInfo.InvariantCulture)).Append(portName is null ? string.Empty : ", Name = " + Literal(portName)).Append(")]");
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
                text.Append(" [Mount(typeof(").Append(Pick(random, volumes.ToArray())).Append("), ").Append(Literal(Mostly(random, "/data", MountPaths))).Append(subPath is null ? string.Empty : ", SubPath = " + Literal(subPath)).Append(")]");
            }

            if (random.Next(2) == 0)
            {
                text.Append(" [Resources(CpuRequest = ").Append(Literal(Mostly(random, "250m", Quantities))).Append(", MemoryLimit = ").Append(Literal(Mostly(random, "250m", Quantities))).Append(")]");
            }

            if (random.Next(4) == 0)
            {
                text.Append(" [HttpProbe(ProbeKind.").Append(Pick(random, new[] { "Liveness", "Readiness", "Startup" })).Append(", \"/healthz\", ").Append(Mostly(random, 8080, Ports).ToString(CultureInfo.InvariantCulture)).Append(")]");
            }

            text.Append(" partial class C").Append(c.ToString(CultureInfo.InvariantCulture)).Append(";\n");
        }

        if (random.Next(6) == 0 && volumes.Count > 0)
        {
            text.Append("[Sidecar(Logging, Source = typeof(").Append(volumes[0]).Append("))] partial class Ship;\n");
        }

        return text.Append("}\n// end ").Append(className).Append('\n').ToString();
    }

    private static T Pick<T>(Random random, T[] values) => values[random.Next(values.Length)];

    /// <summary>Usually the valid value, sometimes anything from the pool: a declaration draws many values, so each must be mostly valid for whole declarations to pass.</summary>
    private static T Mostly<T>(Random random, T valid, T[] pool) => random.Next(100) < 88 ? valid : Pick(random, pool);

    private static string Literal(string value) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(value, quote: true);
}
