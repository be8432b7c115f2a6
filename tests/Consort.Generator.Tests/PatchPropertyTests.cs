using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Consort.Generator.Tests.Infrastructure;
using Consort.Generator.Tests.Yaml;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using k8s;
using k8s.Models;
using Microsoft.CodeAnalysis;
using Xunit.Abstractions;
using YamlDotNet.RepresentationModel;

namespace Consort.Generator.Tests;

/// <summary>
/// SPEC 8.2, as a property: a random valid <c>[Patch]</c> (on the workload class or on a container class) that sets a
/// real model field of any type (strings, among them the YAML 1.1 traps <c>yes</c>, <c>on</c>, <c>0123</c>,
/// <c>1e3</c>, <c>~</c> written quoted; integers in every base go-yaml reads; booleans in every spelling; quantities;
/// int-or-strings; nested mappings; lists merged by key and lists replaced; <c>null</c> removing a field), written in
/// any YAML style and any C# string literal form, is applied: the workload compiles without an error, its YAML strictly
/// decodes to exactly what <c>BuildAll()</c> returns, and every patched value is at its path in the YAML text (as the
/// API server reads it), in the decoded object and in <c>Build()</c>. The expected values come from the patch as
/// generated, never from the generator's output.
/// </summary>
/// <remarks>
/// Many workloads share one compilation, so a run costs one generator pass and one emit. The seed is fixed
/// (<see cref="Replay"/>), so a failure reproduces; the failing workload's source is in the message.
/// </remarks>
public class PatchPropertyTests(ITestOutputHelper output)
{
    /// <summary>Runs of the property; each is one compilation of <see cref="PatchArbitraries.WorkloadsPerRun"/> workloads.</summary>
    private const int Runs = 5;

    /// <summary>FsCheck's (seed, gamma): change it to explore, paste a failing run's pair to reproduce.</summary>
    private const string Replay = "(20261124,7046029254386353131)";

    [Property(MaxTest = Runs, Replay = Replay, Arbitrary = new[] { typeof(PatchArbitraries) })]
    public void Random_valid_patches_are_in_the_yaml_and_in_Build(PatchBatch batch)
    {
        var (source, spans) = batch.Source();
        var outcome = GeneratorHarness.Run(source);
        Assert.Empty(outcome.Exceptions);
        Assert.DoesNotContain(outcome.DriverDiagnostics, static d => d.Id is "CS8785" or "AD0001");
        var errors = outcome.Errors.ToList();
        if (errors.Count > 0)
        {
            var first = errors[0];
            var at = spans.FindIndex(s => first.Location.SourceSpan.Start >= s.Start && first.Location.SourceSpan.Start < s.End);
            throw new Xunit.Sdk.XunitException(
                $"A valid patch was rejected ({errors.Count} errors): {first}\n" + (at >= 0 ? source[spans[at].Start..spans[at].End] : source));
        }

        Assert.Empty(outcome.OutputCompilation.GetDiagnostics().Where(static d => d.Severity == DiagnosticSeverity.Error));
        var assembly = outcome.Load();
        var failures = new List<string>();
        var checks = 0;
        for (var i = 0; i < batch.Workloads.Count; i++)
        {
            var workload = batch.Workloads[i];
            var type = assembly.GetType(PatchBatch.Namespace + "." + PatchBatch.ClassName(i))!;
            var yaml = (string)type.GetField("Yaml")!.GetRawConstantValue()!;
            var text = source[spans[i].Start..spans[i].End];
            var all = ((IReadOnlyList<IKubernetesObject>)type.GetMethod("BuildAll")!.Invoke(null, null)!).Cast<object>().ToList();
            List<object> decoded;
            try
            {
                decoded = KubernetesYaml.LoadAllFromString(yaml, strict: true);
                KubernetesAssert.AllEqual(all, decoded);
            }
            catch (Exception exception) when (exception is Xunit.Sdk.XunitException or YamlDotNet.Core.YamlException)
            {
                failures.Add($"{PatchBatch.ClassName(i)}: the YAML does not decode to BuildAll(): {exception.Message}\n{text}\n{yaml}");
                continue;
            }

            var views = new (string What, Func<Exp, IReadOnlyList<Seg>, string?> Check)[]
            {
                ("the YAML text", YamlView(yaml)),
                ("the decoded YAML", JsonView(decoded[0])),
                ("Build()", JsonView(type.GetMethod("Build")!.Invoke(null, null)!)),
            };
            foreach (var (path, expected, what) in workload.Expectations(i))
            {
                foreach (var (view, check) in views)
                {
                    checks++;
                    if (check(expected, path) is { } problem)
                    {
                        failures.Add($"{PatchBatch.ClassName(i)}: {what} at {Show(path)}: {problem} (in {view})\n{text}\n{yaml}");
                    }
                }
            }
        }

        if (failures.Count > 0)
        {
            throw new Xunit.Sdk.XunitException($"{failures.Count} patched values are not where the patch put them; the first:\n" + string.Join("\n----\n", failures.Take(3)));
        }

        output.WriteLine($"workloads: {batch.Workloads.Count}; patches: {batch.PatchCount}; edits: {batch.Workloads.Sum(static w => w.Edits.Count)}; checks: {checks}");
    }

    /// <summary>Guards the generators: a property that never writes a trap value quoted, a merged list or a removal proves little.</summary>
    [Fact]
    public void The_generators_reach_every_kind_of_field_value_and_style()
    {
        var workloads = PatchArbitraries.Workload.Sample(400, new Rnd(42UL, 11UL), 30);
        var edits = workloads.SelectMany(static w => w.Edits.Select(static e => e.Edit)).ToList();
        var leaves = edits.SelectMany(static e => Leaves(e.Value).Concat(e.Path.OfType<ItemSeg>().Select(static s => s.Key))).ToList();
        var batch = new PatchBatch(workloads.Take(60).ToList());
        var (source, _) = batch.Source();

        output.WriteLine($"workloads {workloads.Length}; edits {edits.Count}; traps {leaves.Count(static l => l is PStr p && p.Value.Length > 0 && Yaml11Resolver.ResolvesToNonString(p.Value))}; nulls {leaves.Count(static l => l is PNull)}; items {edits.Count(static e => e.Path.Any(static s => s is ItemSeg))}; lists {edits.Count(static e => e.Value is PList)}; maps {edits.Count(static e => e.Value is PMap)}; on class {edits.Count(static e => e.OnContainer)}; via workload {edits.Count(static e => !e.OnContainer && e.Path.Any(static s => s is ItemSeg { Field: "name", Key: PStr { Value: "api" } }))}; decoys {workloads.Sum(static w => w.Edits.Count(static e => e.Decoy))}");
        Assert.Equal(Enum.GetValues<PatchKind>().Length, workloads.Select(static w => w.Kind).Distinct().Count());
        Assert.All(Enum.GetValues<StrStyle>(), s => Assert.Contains(leaves, l => l is PStr p && p.Style == s));
        Assert.All(Enum.GetValues<IntStyle>(), s => Assert.Contains(leaves, l => l is PInt p && p.Style == s));
        Assert.InRange(leaves.Count(static l => l is PStr p && p.Value.Length > 0 && Yaml11Resolver.ResolvesToNonString(p.Value)), 150, int.MaxValue);
        Assert.Contains(leaves, static l => l is PBool { Spelling: "yes" or "on" or "Y" or "OFF" or "n" });
        Assert.InRange(leaves.Count(static l => l is PNull), 60, int.MaxValue);
        Assert.Contains(leaves, static l => l is PNull { Spelling: "" });
        Assert.Contains(leaves, static l => l is PQuantity);
        Assert.Contains(leaves, static l => l is PIntOrString { Inner: PInt });
        Assert.Contains(leaves, static l => l is PIntOrString { Inner: PStr });
        Assert.InRange(edits.Count(static e => e.Path.Any(static s => s is ItemSeg)), 200, int.MaxValue);
        Assert.InRange(edits.Count(static e => e.Value is PList), 50, int.MaxValue);
        Assert.InRange(edits.Count(static e => e.Value is PMap), 150, int.MaxValue);
        Assert.InRange(edits.Count(static e => e.OnContainer), 120, int.MaxValue);
        Assert.InRange(edits.Count(static e => !e.OnContainer && e.Path.Any(static s => s is ItemSeg { Field: "name", Key: PStr { Value: "api" } })), 120, int.MaxValue);
        Assert.InRange(workloads.Sum(static w => w.Edits.Count(static e => e.Decoy)), 60, int.MaxValue);
        Assert.All(Enum.GetValues<LiteralForm>(), f => Assert.Contains(workloads, w => w.UsesForm(f)));
        var yaml = string.Concat(workloads.SelectMany(static w => w.PatchTexts()));
        foreach (var written in new[] { "|-\n", "|\n", "!!str ", "- {", ": [", ": {", ": '", "\\\"", "\\n", ": 0x", ": +", ": 0", ":\n  ", "\n- " })
        {
            Assert.True(yaml.Contains(written, StringComparison.Ordinal), $"no patch has {Quote(written)}");
        }

        Assert.Contains("\"\"\"", source, StringComparison.Ordinal);
        Assert.Contains("@\"", source, StringComparison.Ordinal);

        static IEnumerable<PV> Leaves(PV value) => value switch
        {
            PMap map => map.Entries.SelectMany(static e => Leaves(e.Value)),
            PList list => list.Items.SelectMany(Leaves),
            _ => [value],
        };
    }

    private static string Show(IReadOnlyList<Seg> path) => string.Join(".", path.Select(static s => s.ToString()));

    // ---- The three views: the YAML text as the API server reads it, and the JSON of a model object. ----

    private static Func<Exp, IReadOnlyList<Seg>, string?> JsonView(object model)
    {
        var root = JsonNode.Parse(KubernetesJson.Serialize(model));
        return (expected, path) =>
        {
            JsonNode? node = root;
            foreach (var segment in path)
            {
                node = segment switch
                {
                    KeySeg key => node is JsonObject obj && obj.TryGetPropertyValue(key.Key, out var child) ? child : null,
                    ItemSeg item => (node as JsonArray)?.FirstOrDefault(e => e is JsonObject o && o.TryGetPropertyValue(item.Field, out var k) && JsonIdentity(k) == item.Identity),
                    _ => null,
                };
            }

            return MatchJson(expected, node);
        };
    }

    private static string? JsonIdentity(JsonNode? node)
        => node is JsonValue value ? (value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : value.ToJsonString()) : null;

    private static string? MatchJson(Exp expected, JsonNode? actual)
    {
        var found = actual?.ToJsonString() ?? "nothing";
        switch (expected)
        {
            case ExpAbsent:
                return actual is null ? null : $"expected no value, found {found}";
            case ExpObject { Entries.Count: 0 } or ExpArray { Items.Count: 0 } when actual is null:
                return null;
            case ExpPresent:
                return actual is null ? "expected a value, found nothing" : null;
            case ExpString s:
                return actual is JsonValue v && v.GetValueKind() == JsonValueKind.String && v.GetValue<string>() == s.Value ? null : $"expected the string {Quote(s.Value)}, found {found}";
            case ExpNumber n:
                return actual is JsonValue v2 && v2.GetValueKind() == JsonValueKind.Number && v2.TryGetValue<long>(out var number) && number == n.Value ? null : $"expected the number {n.Value}, found {found}";
            case ExpBool b:
                return actual is JsonValue v3 && v3.GetValueKind() == (b.Value ? JsonValueKind.True : JsonValueKind.False) ? null : $"expected {(b.Value ? "true" : "false")}, found {found}";
            case ExpQuantity q:
                var quantity = JsonNode.Parse(KubernetesJson.Serialize(new ResourceQuantity(q.Text)));
                return JsonNode.DeepEquals(quantity, actual) ? null : $"expected the quantity {q.Text} ({quantity!.ToJsonString()}), found {found}";
            case ExpIntOrString ios:
                var expectedJson = JsonNode.Parse(KubernetesJson.Serialize(ios.IsInt ? (IntOrString)int.Parse(ios.Text, CultureInfo.InvariantCulture) : (IntOrString)ios.Text));
                return JsonNode.DeepEquals(expectedJson, actual) ? null : $"expected the int-or-string {expectedJson!.ToJsonString()}, found {found}";
            case ExpObject obj:
                if (actual is not JsonObject actualObject)
                {
                    return $"expected a mapping, found {found}";
                }

                foreach (var (key, value) in obj.Entries)
                {
                    if (MatchJson(value, actualObject.TryGetPropertyValue(key, out var child) ? child : null) is { } problem)
                    {
                        return $"{key}: {problem}";
                    }
                }

                return null;
            case ExpArray array:
                if (actual is not JsonArray actualArray || actualArray.Count != array.Items.Count)
                {
                    return $"expected a list of {array.Items.Count}, found {found}";
                }

                for (var i = 0; i < array.Items.Count; i++)
                {
                    if (MatchJson(array.Items[i], actualArray[i]) is { } problem)
                    {
                        return $"[{i}]: {problem}";
                    }
                }

                return null;
            default:
                throw new InvalidOperationException(expected.ToString());
        }
    }

    private static Func<Exp, IReadOnlyList<Seg>, string?> YamlView(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = stream.Documents[0].RootNode;
        return (expected, path) =>
        {
            YamlNode? node = root;
            foreach (var segment in path)
            {
                node = segment switch
                {
                    KeySeg key => Child(node, key.Key),
                    ItemSeg item => (node as YamlSequenceNode)?.Children.FirstOrDefault(e => Child(e, item.Field) is YamlScalarNode k && k.Value == item.Identity),
                    _ => null,
                };
            }

            return MatchYaml(expected, node);
        };

        static YamlNode? Child(YamlNode? node, string key)
            => (node as YamlMappingNode)?.Children.FirstOrDefault(c => c.Key is YamlScalarNode s && s.Value == key).Value;
    }

    /// <summary>A value in the YAML text, read as the API server reads it: a plain scalar is a string only if YAML 1.1, 1.2 and go-yaml v2 all say so.</summary>
    private static string? MatchYaml(Exp expected, YamlNode? actual)
    {
        var scalar = actual as YamlScalarNode;
        var plain = scalar is { Style: YamlDotNet.Core.ScalarStyle.Plain or YamlDotNet.Core.ScalarStyle.Any };
        var found = actual is null ? "nothing" : scalar is null ? actual.NodeType.ToString() : $"{(plain ? "plain" : scalar.Style.ToString())} {Quote(scalar.Value ?? string.Empty)}";
        switch (expected)
        {
            case ExpAbsent:
                return actual is null ? null : $"expected no value, found {found}";
            case ExpObject { Entries.Count: 0 } or ExpArray { Items.Count: 0 } when actual is null:
                return null;
            case ExpPresent:
                return actual is null ? "expected a value, found nothing" : null;
            case ExpString s:
                return scalar?.Value == s.Value && !(plain && Yaml11Resolver.ResolvesToNonString(s.Value)) ? null : $"expected the string {Quote(s.Value)}, found {found}";
            case ExpNumber n:
                return plain && long.TryParse(scalar!.Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) && number == n.Value ? null : $"expected the plain number {n.Value}, found {found}";
            case ExpBool b:
                return plain && scalar!.Value == (b.Value ? "true" : "false") ? null : $"expected the plain boolean {(b.Value ? "true" : "false")}, found {found}";
            case ExpQuantity q:
                return scalar?.Value is { } text && Canonical(text) == Canonical(q.Text) ? null : $"expected the quantity {q.Text}, found {found}";
            case ExpIntOrString { IsInt: true } i:
                return plain && scalar!.Value == i.Text ? null : $"expected the plain number {i.Text}, found {found}";
            case ExpIntOrString str:
                return scalar?.Value == str.Text && !(plain && Yaml11Resolver.ResolvesToNonString(str.Text)) ? null : $"expected the string {Quote(str.Text)}, found {found}";
            case ExpObject obj:
                if (actual is not YamlMappingNode mapping)
                {
                    return $"expected a mapping, found {found}";
                }

                foreach (var (key, value) in obj.Entries)
                {
                    var child = mapping.Children.FirstOrDefault(c => c.Key is YamlScalarNode k && k.Value == key).Value;
                    if (MatchYaml(value, child) is { } problem)
                    {
                        return $"{key}: {problem}";
                    }
                }

                return null;
            case ExpArray array:
                if (actual is not YamlSequenceNode sequence || sequence.Children.Count != array.Items.Count)
                {
                    return $"expected a list of {array.Items.Count}, found {found}";
                }

                for (var i = 0; i < array.Items.Count; i++)
                {
                    if (MatchYaml(array.Items[i], sequence.Children[i]) is { } problem)
                    {
                        return $"[{i}]: {problem}";
                    }
                }

                return null;
            default:
                throw new InvalidOperationException(expected.ToString());
        }

        static string Canonical(string quantity)
        {
            try
            {
                return new ResourceQuantity(quantity).ToString();
            }
            catch (FormatException)
            {
                return "invalid quantity " + quantity;
            }
        }
    }

    internal static string Quote(string value) => Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(value, quote: true);
}

// ---- The generated patches: values, paths, edits, workloads. ----

public enum PatchKind
{
    Deployment,
    StatefulSet,
    DaemonSet,
    Pod,
    Job,
    CronJob,
}

/// <summary>How a string is written: plain (when the API server reads it as that string; else double-quoted), single- or double-quoted, <c>!!str</c>-tagged, or a literal block (when it can be one).</summary>
public enum StrStyle
{
    Plain,
    Single,
    Double,
    Tagged,
    Block,
}

/// <summary>How an integer is written: go-yaml v2 reads every one of these as the same number.</summary>
public enum IntStyle
{
    Decimal,
    Plus,
    Hex,
    Octal,
    Underscore,
}

/// <summary>The C# string literal that holds the patch.</summary>
public enum LiteralForm
{
    Regular,
    Verbatim,
    Raw,
}

/// <summary>A value in a patch, with how it is written.</summary>
internal abstract record PV;

internal sealed record PStr(string Value, StrStyle Style) : PV;

internal sealed record PInt(long Value, IntStyle Style) : PV;

internal sealed record PBool(bool Value, string Spelling) : PV;

/// <summary>A null: removes the field. Spelling "" is a key with no value.</summary>
internal sealed record PNull(string Spelling) : PV;

internal sealed record PQuantity(string Text, StrStyle Style) : PV;

internal sealed record PIntOrString(PV Inner) : PV;

internal sealed record PEntry(string Key, PV Value);

internal sealed record PMap(IReadOnlyList<PEntry> Entries, bool Flow) : PV;

internal sealed record PList(IReadOnlyList<PV> Items, bool Flow, bool Indented) : PV;

/// <summary>A step of a path: a mapping key, or the item of a list merged by key whose <see cref="ItemSeg.Field"/> is <see cref="ItemSeg.Key"/>.</summary>
internal abstract record Seg;

internal sealed record KeySeg(string Key, StrStyle Style = StrStyle.Plain) : Seg
{
    public override string ToString() => Key.Contains('.', StringComparison.Ordinal) || Key.Contains('/', StringComparison.Ordinal) ? $"[{Key}]" : Key;
}

internal sealed record ItemSeg(string Field, PV Key) : Seg
{
    /// <summary>The item's key as the API reads it: a name, or a port number in decimal.</summary>
    public string Identity => Key switch
    {
        PStr s => s.Value,
        PInt i => i.Value.ToString(CultureInfo.InvariantCulture),
        _ => throw new InvalidOperationException(Key.ToString()),
    };

    public override string ToString() => $"[{Field}={Identity}]";
}

/// <summary>What the patched object must hold at a path.</summary>
internal abstract record Exp;

internal sealed record ExpString(string Value) : Exp;

internal sealed record ExpNumber(long Value) : Exp;

internal sealed record ExpBool(bool Value) : Exp;

internal sealed record ExpQuantity(string Text) : Exp;

internal sealed record ExpIntOrString(string Text, bool IsInt) : Exp;

internal sealed record ExpAbsent : Exp;

internal sealed record ExpPresent : Exp;

/// <summary>A mapping holding at least these entries (a patch merges into what the attributes wrote).</summary>
internal sealed record ExpObject(IReadOnlyList<(string Key, Exp Value)> Entries) : Exp;

/// <summary>A list of exactly these items.</summary>
internal sealed record ExpArray(IReadOnlyList<Exp> Items) : Exp;

/// <summary>
/// One change a patch makes: on the container class (<see cref="OnContainer"/>, a path relative to the container) or
/// on the workload class. <see cref="Redo"/> draws another value for the same path, for decoys.
/// </summary>
internal sealed record Edit(bool OnContainer, Seg[] Path, PV Value, string Field, Gen<PV>? Redo);

/// <summary>An edit in the patch number <see cref="Slot"/> of its class; a decoy is overridden by a later patch and not checked.</summary>
internal sealed record Placed(Edit Edit, int Slot, bool Decoy);

/// <summary>A workload of a kind, with optional attribute-made fields the patches must merge with, and its edits.</summary>
public sealed class PatchedWorkload
{
    internal PatchedWorkload(PatchKind kind, bool pullSecret, bool nodeSelector, bool toleration, bool podSecurity, IReadOnlyList<Placed> edits, IReadOnlyList<LiteralForm> forms)
    {
        (Kind, PullSecret, NodeSelector, Toleration, PodSecurity, Edits, Forms) = (kind, pullSecret, nodeSelector, toleration, podSecurity, edits, forms);
    }

    public PatchKind Kind { get; }

    internal bool PullSecret { get; }

    internal bool NodeSelector { get; }

    internal bool Toleration { get; }

    internal bool PodSecurity { get; }

    internal IReadOnlyList<Placed> Edits { get; }

    /// <summary>The literal form of each patch: three workload patches, then three container patches.</summary>
    internal IReadOnlyList<LiteralForm> Forms { get; }

    internal const int Slots = 3;

    internal static Seg[] PodSpec(PatchKind kind) => kind switch
    {
        PatchKind.Pod => Keys("spec"),
        PatchKind.CronJob => Keys("spec", "jobTemplate", "spec", "template", "spec"),
        _ => Keys("spec", "template", "spec"),
    };

    internal static Seg[] TemplateMetadata(PatchKind kind) => kind switch
    {
        PatchKind.Pod => Keys("metadata"),
        PatchKind.CronJob => Keys("spec", "jobTemplate", "spec", "template", "metadata"),
        _ => Keys("spec", "template", "metadata"),
    };

    internal static Seg[] Keys(params string[] keys) => [.. keys.Select(static k => new KeySeg(k))];

    internal static Seg[] ApiContainer(PatchKind kind) => [.. PodSpec(kind), new KeySeg("containers"), new ItemSeg("name", new PStr("api", StrStyle.Plain))];

    internal static Seg[] Absolute(PatchKind kind, Edit edit) => edit.OnContainer ? [.. ApiContainer(kind), .. edit.Path] : edit.Path;

    internal bool UsesForm(LiteralForm form)
        => Enumerable.Range(0, 2 * Slots).Any(i => Forms[i] == form && Edits.Any(e => e.Edit.OnContainer == (i >= Slots) && e.Slot == i % Slots));

    /// <summary>The class's C# source, between <c>// begin</c> and <c>// end</c>.</summary>
    internal string Source(int index)
    {
        var name = PatchBatch.WorkloadName(index);
        var text = new StringBuilder().Append("// begin ").Append(PatchBatch.ClassName(index)).Append('\n');
        text.Append('[').Append(Kind).Append("(\"").Append(name).Append('"').Append(Kind switch
        {
            PatchKind.Deployment or PatchKind.StatefulSet => ", Replicas = 2",
            PatchKind.Job => ", BackoffLimit = 2",
            PatchKind.CronJob => ", \"*/5 * * * *\"",
            _ => string.Empty,
        });
        if (PullSecret)
        {
            text.Append(", ImagePullSecrets = [\"base-cred\"]");
        }

        text.Append(")]\n[Label(\"team\", \"shop\")]\n");
        if (NodeSelector)
        {
            text.Append("[NodeSelector(\"kubernetes.io/os\", \"linux\")]\n");
        }

        if (Toleration)
        {
            text.Append("[Toleration(\"dedicated\", Value = \"shop\", Effect = TaintEffect.NoSchedule)]\n");
        }

        if (PodSecurity)
        {
            text.Append("[PodSecurityContext(RunAsNonRoot = true, RunAsUser = 1000)]\n");
        }

        AppendPatches(text, onContainer: false, indent: 0);
        text.Append("public partial class ").Append(PatchBatch.ClassName(index)).Append("\n{\n");
        text.Append("    [EmptyDirVolume] partial class Scratch;\n\n");
        text.Append("    [Container(\"ghcr.io/acme/shop:1.4.2\", Args = [\"serve\"])] [Port(8080, Name = \"http\")] [Env(\"MODE\", \"prod\")] [Resources(CpuRequest = \"10m\", MemoryLimit = \"64Mi\")] [Mount(typeof(Scratch), \"/tmp\")]\n");
        AppendPatches(text, onContainer: true, indent: 4);
        text.Append("    partial class Api;\n}\n// end ").Append(PatchBatch.ClassName(index)).Append('\n');
        return text.ToString();
    }

    internal int PatchCount => Edits.Select(static e => (e.Edit.OnContainer, e.Slot)).Distinct().Count();

    /// <summary>The YAML of every patch, in order.</summary>
    internal IEnumerable<string> PatchTexts()
        => from onContainer in new[] { false, true }
           from slot in Enumerable.Range(0, Slots)
           let edits = Edits.Where(e => e.Edit.OnContainer == onContainer && e.Slot == slot).Select(static e => e.Edit).ToList()
           where edits.Count > 0
           select PatchYaml.Render(PatchYaml.Tree(edits));

    private void AppendPatches(StringBuilder text, bool onContainer, int indent)
    {
        for (var slot = 0; slot < Slots; slot++)
        {
            var edits = Edits.Where(e => e.Edit.OnContainer == onContainer && e.Slot == slot).Select(static e => e.Edit).ToList();
            if (edits.Count == 0)
            {
                continue;
            }

            var yaml = PatchYaml.Render(PatchYaml.Tree(edits));
            text.Append(' ', indent).Append("[Patch(").Append(PatchYaml.Literal(yaml, Forms[(onContainer ? Slots : 0) + slot], indent)).Append(")]\n");
        }
    }

    /// <summary>Every value the patches set (decoys aside, as later patches override them), and what the attributes made that a merge must keep.</summary>
    internal IEnumerable<(Seg[] Path, Exp Expected, string What)> Expectations(int index)
    {
        var effective = Edits.Where(static e => !e.Decoy).Select(e => (Path: Absolute(Kind, e.Edit), e.Edit)).ToList();
        foreach (var (path, edit) in effective)
        {
            var expected = Expect(edit.Value);
            if (path[^1] is ItemSeg item)
            {
                expected = new ExpObject([(item.Field, Expect(item.Key)), .. ((ExpObject)expected).Entries]);
            }

            yield return (path, expected, $"the {edit.Field} patch");
        }

        var pod = PodSpec(Kind);
        var api = ApiContainer(Kind);
        var kept = new List<(Seg[] Path, Exp Expected)>
        {
            (Keys("metadata", "name"), new ExpString(PatchBatch.WorkloadName(index))),
            (PatchArbitraries.Cat(api, new KeySeg("image")), new ExpString("ghcr.io/acme/shop:1.4.2")),
            (PatchArbitraries.Cat(api, new KeySeg("ports"), new ItemSeg("containerPort", new PInt(8080, IntStyle.Decimal)), new KeySeg("name")), new ExpString("http")),
            (PatchArbitraries.Cat(api, new KeySeg("env"), new ItemSeg("name", new PStr("MODE", StrStyle.Plain))), new ExpPresent()),
            (PatchArbitraries.Cat(api, new KeySeg("volumeMounts"), new ItemSeg("mountPath", new PStr("/tmp", StrStyle.Plain)), new KeySeg("name")), new ExpString("scratch")),
            (PatchArbitraries.Cat(pod, new KeySeg("volumes"), new ItemSeg("name", new PStr("scratch", StrStyle.Plain)), new KeySeg("emptyDir")), new ExpPresent()),
        };
        if (PullSecret)
        {
            kept.Add((PatchArbitraries.Cat(pod, new KeySeg("imagePullSecrets"), new ItemSeg("name", new PStr("base-cred", StrStyle.Plain))), new ExpPresent()));
        }

        if (NodeSelector)
        {
            kept.Add((PatchArbitraries.Cat(pod, new KeySeg("nodeSelector"), new KeySeg("kubernetes.io/os")), new ExpString("linux")));
        }

        if (PodSecurity)
        {
            kept.Add((PatchArbitraries.Cat(pod, new KeySeg("securityContext"), new KeySeg("runAsUser")), new ExpNumber(1000)));
        }

        if (Toleration)
        {
            kept.Add((PatchArbitraries.Cat(pod, new KeySeg("tolerations")), new ExpPresent()));
        }

        foreach (var (path, expected) in kept)
        {
            // A patch that sets this path, or a field above it, decides it instead.
            if (!effective.Any(e => PatchArbitraries.IsPrefix(e.Path, path)))
            {
                yield return (path, expected, "attribute-made value");
            }
        }
    }

    internal static Exp Expect(PV value) => value switch
    {
        PStr s => new ExpString(s.Value),
        PInt i => new ExpNumber(i.Value),
        PBool b => new ExpBool(b.Value),
        PNull => new ExpAbsent(),
        PQuantity q => new ExpQuantity(q.Text),
        PIntOrString { Inner: PInt i } => new ExpIntOrString(i.Value.ToString(CultureInfo.InvariantCulture), IsInt: true),
        PIntOrString { Inner: PStr s } => new ExpIntOrString(s.Value, IsInt: false),
        PMap map => new ExpObject([.. map.Entries.Select(static e => (e.Key, Expect(e.Value)))]),
        PList list => new ExpArray([.. list.Items.Select(Expect)]),
        _ => throw new InvalidOperationException(value.ToString()),
    };

    public override string ToString()
        => $"{Kind}: " + string.Join("; ", Edits.Select(e => $"{(e.Decoy ? "decoy " : string.Empty)}{(e.Edit.OnContainer ? "container" : "workload")} patch {e.Slot}: {string.Join(".", e.Edit.Path.Select(static s => s.ToString()))} = {PatchYaml.Inline(e.Edit.Value, flow: true)}"));
}

/// <summary>The workloads of one compilation.</summary>
public sealed class PatchBatch
{
    internal const string Namespace = "PatchProperty";

    internal PatchBatch(IReadOnlyList<PatchedWorkload> workloads) => Workloads = workloads;

    public IReadOnlyList<PatchedWorkload> Workloads { get; }

    internal int PatchCount => Workloads.Sum(static w => w.PatchCount);

    internal static string ClassName(int index) => "P" + index.ToString(CultureInfo.InvariantCulture);

    internal static string WorkloadName(int index) => "pp-" + index.ToString(CultureInfo.InvariantCulture);

    /// <summary>One file with every workload, and where each one's text is.</summary>
    internal (string Source, List<(int Start, int End)> Spans) Source()
    {
        var text = new StringBuilder("using Consort;\nnamespace ").Append(Namespace).Append(";\n\n");
        var spans = new List<(int Start, int End)>();
        for (var i = 0; i < Workloads.Count; i++)
        {
            var start = text.Length;
            text.Append(Workloads[i].Source(i)).Append('\n');
            spans.Add((start, text.Length));
        }

        return (text.ToString(), spans);
    }

    public override string ToString() => $"{Workloads.Count} workloads:\n" + string.Join("\n", Workloads.Select(static (w, i) => $"{ClassName(i)} {w}"));
}

/// <summary>Writes patches as YAML text and as C# literals.</summary>
internal static class PatchYaml
{
    /// <summary>The edits of one patch as one tree: the lists merged by key get one item per key, in order.</summary>
    public static TreeMap Tree(IEnumerable<Edit> edits)
    {
        var root = new TreeMap();
        foreach (var edit in edits)
        {
            object node = root;
            for (var i = 0; i < edit.Path.Length; i++)
            {
                var last = i == edit.Path.Length - 1;
                switch (edit.Path[i], node)
                {
                    case (KeySeg key, TreeMap map):
                        if (last)
                        {
                            map.Entries.Add((key, edit.Value));
                        }
                        else
                        {
                            var existing = map.Entries.FindIndex(e => e.Key.Key == key.Key);
                            if (existing < 0)
                            {
                                map.Entries.Add((key, edit.Path[i + 1] is ItemSeg ? new TreeList() : new TreeMap()));
                                existing = map.Entries.Count - 1;
                            }

                            node = map.Entries[existing].Value;
                        }

                        break;
                    case (ItemSeg item, TreeList list):
                        var found = list.Items.Find(m => m.Entries.Count > 0 && m.Entries[0].Value is PV key && m.Entries[0].Key.Key == item.Field && new ItemSeg(item.Field, key).Identity == item.Identity);
                        if (found is null)
                        {
                            found = new TreeMap();
                            found.Entries.Add((new KeySeg(item.Field), item.Key));
                            list.Items.Add(found);
                        }

                        if (last)
                        {
                            found.Entries.AddRange(((PMap)edit.Value).Entries.Select(static e => (new KeySeg(e.Key), (object)e.Value)));
                        }

                        node = found;
                        break;
                    default:
                        throw new InvalidOperationException($"Path {string.Join(".", edit.Path.Select(static s => s.ToString()))} does not fit the tree");
                }
            }
        }

        return root;
    }

    public static string Render(TreeMap root)
    {
        var text = new StringBuilder();
        WriteEntries(text, root.Entries.Select(static e => (Key(e.Key), e.Value)), 0, firstInline: false);
        return text.ToString();
    }

    private static string Key(KeySeg key) => Str(key.Key, key.Style, flow: false);

    private static void WriteEntries(StringBuilder text, IEnumerable<(string Key, object Value)> entries, int indent, bool firstInline)
    {
        var first = true;
        foreach (var (key, value) in entries)
        {
            if (!(first && firstInline))
            {
                text.Append(' ', indent);
            }

            first = false;
            text.Append(key).Append(':');
            WriteAfterIndicator(text, value, indent + 2);
        }
    }

    private static void WriteItems(StringBuilder text, IEnumerable<object> items, int indent)
    {
        foreach (var item in items)
        {
            text.Append(' ', indent).Append('-');
            switch (item)
            {
                case TreeMap map:
                    text.Append(' ');
                    WriteEntries(text, map.Entries.Select(static e => (Key(e.Key), e.Value)), indent + 2, firstInline: true);
                    break;
                case PMap { Flow: false, Entries.Count: > 0 } map:
                    text.Append(' ');
                    WriteEntries(text, map.Entries.Select(static e => (Str(e.Key, StrStyle.Plain, flow: false), (object)e.Value)), indent + 2, firstInline: true);
                    break;
                case PStr { Style: StrStyle.Block } s when BlockOk(s.Value):
                    text.Append(' ');
                    WriteBlock(text, s.Value, indent + 2);
                    break;
                default:
                    text.Append(' ').Append(Inline((PV)item, flow: true)).Append('\n');
                    break;
            }
        }
    }

    private static void WriteAfterIndicator(StringBuilder text, object value, int childIndent)
    {
        switch (value)
        {
            case PNull { Spelling: "" }:
                text.Append('\n');
                break;
            case TreeMap map:
                text.Append('\n');
                WriteEntries(text, map.Entries.Select(static e => (Key(e.Key), e.Value)), childIndent, firstInline: false);
                break;
            case TreeList list:
                text.Append('\n');
                WriteItems(text, list.Items, childIndent);
                break;
            case PMap { Flow: false, Entries.Count: > 0 } map:
                text.Append('\n');
                WriteEntries(text, map.Entries.Select(static e => (Str(e.Key, StrStyle.Plain, flow: false), (object)e.Value)), childIndent, firstInline: false);
                break;
            case PList { Flow: false, Items.Count: > 0 } list:
                text.Append('\n');
                WriteItems(text, list.Items, list.Indented ? childIndent : childIndent - 2);
                break;
            case PStr { Style: StrStyle.Block } s when BlockOk(s.Value):
                text.Append(' ');
                WriteBlock(text, s.Value, childIndent);
                break;
            default:
                text.Append(' ').Append(Inline((PV)value, flow: false)).Append('\n');
                break;
        }
    }

    /// <summary>A literal block scalar: <c>|</c> keeps the one final line break, <c>|-</c> strips it.</summary>
    private static void WriteBlock(StringBuilder text, string value, int indent)
    {
        var body = value.EndsWith('\n') ? value[..^1] : value;
        text.Append(value.EndsWith('\n') ? "|" : "|-").Append('\n');
        foreach (var line in body.Split('\n'))
        {
            if (line.Length > 0)
            {
                text.Append(' ', indent).Append(line);
            }

            text.Append('\n');
        }
    }

    public static string Inline(PV value, bool flow) => value switch
    {
        PStr s => Str(s.Value, s.Style, flow),
        PInt i => Int(i.Value, i.Style),
        PBool b => b.Spelling,
        PNull n => n.Spelling.Length == 0 ? "null" : n.Spelling,
        PQuantity q => q.Style switch
        {
            StrStyle.Single => "'" + q.Text + "'",
            StrStyle.Double => "\"" + q.Text + "\"",
            StrStyle.Tagged => "!!str " + q.Text,
            _ => q.Text,
        },
        PIntOrString ios => Inline(ios.Inner, flow),
        PMap map => "{" + string.Join(", ", map.Entries.Select(static e => Str(e.Key, StrStyle.Plain, flow: true) + ": " + Inline(e.Value, flow: true))) + "}",
        PList list => "[" + string.Join(", ", list.Items.Select(static i => Inline(i, flow: true))) + "]",
        _ => throw new InvalidOperationException(value.ToString()),
    };

    private static string Int(long value, IntStyle style)
    {
        var digits = value.ToString(CultureInfo.InvariantCulture);
        return style switch
        {
            IntStyle.Plus => "+" + digits,
            IntStyle.Hex => "0x" + value.ToString("x", CultureInfo.InvariantCulture),
            IntStyle.Octal => "0" + Convert.ToString(value, 8),
            IntStyle.Underscore when digits.Length > 1 => digits[..1] + "_" + digits[1..],
            _ => digits,
        };
    }

    /// <summary>A string in <paramref name="style"/> when that style can hold it and keeps it a string, else double-quoted.</summary>
    public static string Str(string value, StrStyle style, bool flow) => style switch
    {
        StrStyle.Plain when PlainSyntaxOk(value, flow) && !Yaml11Resolver.ResolvesToNonString(value) => value,
        StrStyle.Single when SingleOk(value) => "'" + value.Replace("'", "''", StringComparison.Ordinal) + "'",
        StrStyle.Tagged => "!!str " + (PlainSyntaxOk(value, flow) ? value : Double(value)),
        _ => Double(value),
    };

    /// <summary>Whether <paramref name="value"/> can be written plain at all (its resolution aside): a conservative subset of YAML's plain scalars.</summary>
    public static bool PlainSyntaxOk(string value, bool flow)
    {
        if (value.Length == 0 || value[0] == ' ' || value[^1] == ' '
            || !(char.IsAsciiLetterOrDigit(value[0]) || value[0] is '_' or '/' || (value[0] == '-' && value.Length > 1 && char.IsAsciiLetterOrDigit(value[1]))))
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var ok = char.IsAsciiLetterOrDigit(c) || c is '_' or '.' or '/' or '-' or '+' or '=' or '%' or '@' or ' '
                || (c == ':' && !flow && i + 1 < value.Length && value[i + 1] != ' ');
            if (!ok)
            {
                return false;
            }
        }

        return true;
    }

    private static bool Printable(char c)
        => c is not ((< ' ') or ((>= '\u007F') and (<= '\u009F')) or '\u2028' or '\u2029' or '\uFEFF' or '\uFFFE' or '\uFFFF');

    private static bool SingleOk(string value) => value.All(Printable) && !HasLoneSurrogate(value);

    /// <summary>A literal block: multi-line, no carriage return, printable, no leading white space (that needs an indentation indicator), no blank first line, at most one final line break, no line of spaces only.</summary>
    public static bool BlockOk(string value)
        => value.Contains('\n', StringComparison.Ordinal)
            && value.All(static c => c is '\n' or '\t' || Printable(c))
            && !HasLoneSurrogate(value)
            && value[0] is not (' ' or '\t' or '\n')
            && !value.EndsWith("\n\n", StringComparison.Ordinal)
            && value.Split('\n').All(static line => line.Length == 0 || line.Trim(' ', '\t').Length > 0);

    public static bool HasLoneSurrogate(string value) => YamlScalarTests.HasLoneSurrogate(value);

    private static string Double(string value)
    {
        var text = new StringBuilder("\"");
        foreach (var c in value)
        {
            text.Append(c switch
            {
                '\\' => "\\\\",
                '"' => "\\\"",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\0' => "\\0",
                '\u0085' => "\\N",
                '\u2028' => "\\L",
                '\u2029' => "\\P",
                < ' ' or (>= '\u007F' and <= '\u009F') => "\\x" + ((int)c).ToString("X2", CultureInfo.InvariantCulture),
                '\uFEFF' or '\uFFFE' or '\uFFFF' => "\\u" + ((int)c).ToString("X4", CultureInfo.InvariantCulture),
                _ => c.ToString(),
            });
        }

        return text.Append('"').ToString();
    }

    /// <summary>The YAML as a C# literal: a regular string with escapes, a verbatim string, or a raw string literal indented by <paramref name="indent"/> + 4.</summary>
    public static string Literal(string yaml, LiteralForm form, int indent)
    {
        switch (form)
        {
            case LiteralForm.Verbatim:
                return "@\"" + yaml.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
            case LiteralForm.Raw:
                var quotes = new string('"', Math.Max(3, LongestRun(yaml, '"') + 1));
                var text = new StringBuilder(quotes).Append('\n');
                foreach (var line in yaml.Split('\n'))
                {
                    if (line.Length > 0)
                    {
                        text.Append(' ', indent + 4).Append(line);
                    }

                    text.Append('\n');
                }

                // The raw literal's content ends before the line break that precedes the closing quotes, so the
                // empty last line written above keeps the YAML's final line break.
                return text.Append(' ', indent + 4).Append(quotes).ToString();
            default:
                return Microsoft.CodeAnalysis.CSharp.SymbolDisplay.FormatLiteral(yaml, quote: true);
        }

        static int LongestRun(string text, char c)
        {
            var (longest, run) = (0, 0);
            foreach (var ch in text)
            {
                run = ch == c ? run + 1 : 0;
                longest = Math.Max(longest, run);
            }

            return longest;
        }
    }
}

/// <summary>A mapping of the patch tree: keys in order, each to a tree node or a value.</summary>
internal sealed class TreeMap
{
    public List<(KeySeg Key, object Value)> Entries { get; } = [];
}

/// <summary>A list merged by key, in the patch tree.</summary>
internal sealed class TreeList
{
    public List<TreeMap> Items { get; } = [];
}

/// <summary>The generators: fields of the real models, by kind, with values of their types in every way of writing them.</summary>
public static class PatchArbitraries
{
    internal const int WorkloadsPerRun = 48;

    private static readonly Gen<bool> Coin = Gen.Elements(true, false);

    /// <summary>
    /// YAML 1.1, 1.2 and go-yaml v2 traps and YAML indicators: each must be quoted to stay a string. Not the string
    /// <c>&lt;&lt;</c>: the generator writes it correctly (<c>"&lt;&lt;"</c>), but KubernetesClient's reader, which this
    /// property decodes with, takes any scalar <c>&lt;&lt;</c> for a merge key and fails (a known limitation of
    /// KubernetesClient, docs/yaml.md; YamlScalarTests covers the string).
    /// </summary>
    private static readonly string[] Traps =
    [
        "yes", "Yes", "NO", "no", "on", "Off", "y", "N", "true", "False", "null", "Null", "~", "", " ", "0123", "0o17", "0x1F", "0b101", "1e3", "1E+3",
        "1_000", "12:30:45", "1.10", ".5", ".inf", "-.Inf", ".NaN", "+1", "-1", "2024-01-01", "=", ": x", "x: y", "#x", "a #b", "*x", "&x", "!x",
        "%x", "@x", "`x", "|", ">", "- x", "-", "---", "...", "[x]", "{x}", "a, b", "?x", "? x", "'q'", "\"dq\"", "back\\slash", "tab\there",
        "a\r\nb", "multi\nline\n", "two\nlines", "#!/bin/sh\nset -eu\necho \"hi\" # done\n", "🚀 ünï", "日本語", "\u00A0nbsp", "x\u2028y", "nul\0byte",
        "bell\a", "trailing ", " leading", "x\u0085y", "\uFEFFbom", "\uFFFE",
    ];

    private static readonly string[] Ordinary = ["serve", "--port=8080", "/bin/sh", "-c", "echo hello", "http://+:8080", "checkout@acme.io", "a:b", "1.4.2", "v1", "_x"];

    /// <summary>Single-line printable text, for fields that go into HTTP headers.</summary>
    private static readonly string[] SafeText = ["yes", "on", "0123", "1e3", "null", "~", "true", "text/plain", "a: b", "#x", "*/*", "x, y", "'q'", "\"dq\"", "ünï"];

    private static readonly string[] LabelValues = ["yes", "no", "on", "Off", "y", "N", "true", "False", "null", "NULL", "0123", "1e3", "1_000", "1.10", "0x1F", "v1.2.3", string.Empty, "shop", "a.b_c-d", "0", "12-30"];

    private static readonly string[] LabelKeys = ["tier", "acme.io/tier", "yes", "on", "null", "0123", "1e3", "x.y/z_w", "team", "True"];

    private static readonly string[] AnnotationKeys = ["note", "acme.io/note", "yes", "Off", "null", "0123", "1e3", "kubernetes.io/description", "a.b/c_d"];

    private static readonly string[] DnsLabels = ["yes", "on", "null", "0123", "1e3", "true", "n", "web-1", "a", "x0"];

    private static readonly string[] Domains = ["legacy.local", "yes", "on", "db.internal", "0123.example", "1e3.example"];

    private static readonly string[] Addresses = ["10.0.0.1", "192.168.1.10", "127.0.0.1", "1.1.1.1"];

    private static readonly string[] EnvNames = ["yes", "on", "null", "Y", "NO", "TRUE", "VAR_1", "VAR_2", "_x", "a1"];

    private static readonly string[] Images = ["busybox:1.37", "ghcr.io/acme/tool:2.0.1", "registry:5000/a/b:1"];

    /// <summary>
    /// Any text a string field takes. Not a lone surrogate, which no YAML can hold (the generator escapes it and readers
    /// reject it, by design: YamlScalarTests), and not <c>&lt;&lt;</c> (see <see cref="Traps"/>).
    /// </summary>
    /// <summary>A short script or config file: lines of words and traps, with or without a final line break (a literal block, when written in that style).</summary>
    private static readonly Gen<string> Script =
        from count in Gen.Choose(2, 4)
        from lines in Gen.Elements([.. Ordinary, .. SafeText, "#!/bin/sh", "set -eu", "  indented: 1", "- item", "key: value # comment", "\ttab"]).ArrayOf(count)
        from final in Gen.Elements(string.Empty, "\n")
        select string.Join("\n", lines) + final;

    private static readonly Gen<string> AnyText = Gen.Frequency(
        (4, Gen.Elements(Traps)),
        (3, YamlArbitraries.Any.Where(static s => !PatchYaml.HasLoneSurrogate(s) && s != "<<")),
        (1, YamlArbitraries.MultiLine.Where(static s => !PatchYaml.HasLoneSurrogate(s))),
        (2, Script),
        (2, Gen.Elements(Ordinary)));

    private static readonly Gen<StrStyle> StrStyles = Gen.Frequency(
        (5, Gen.Constant(StrStyle.Plain)),
        (2, Gen.Constant(StrStyle.Double)),
        (2, Gen.Constant(StrStyle.Single)),
        (1, Gen.Constant(StrStyle.Tagged)),
        (2, Gen.Constant(StrStyle.Block)));

    private static readonly Gen<StrStyle> KeyStyles = Gen.Frequency(
        (6, Gen.Constant(StrStyle.Plain)),
        (2, Gen.Constant(StrStyle.Double)),
        (2, Gen.Constant(StrStyle.Single)));

    private static readonly Gen<IntStyle> IntStyles = Gen.Frequency(
        (6, Gen.Constant(IntStyle.Decimal)),
        (1, Gen.Constant(IntStyle.Plus)),
        (1, Gen.Constant(IntStyle.Hex)),
        (1, Gen.Constant(IntStyle.Octal)),
        (1, Gen.Constant(IntStyle.Underscore)));

    public static Arbitrary<PatchBatch> Batches() => Arb.From(Workload.ListOf(WorkloadsPerRun).Select(static w => new PatchBatch(w.ToList())));

    /// <summary>A workload: its kind, the attribute-made fields a patch must merge with, 1 to 7 edits in up to three patches per class, decoys, literal forms.</summary>
    internal static readonly Gen<PatchedWorkload> Workload =
        from kind in Gen.Elements(Enum.GetValues<PatchKind>())
        from pullSecret in Coin
        from nodeSelector in Coin
        from toleration in Coin
        from podSecurity in Coin
        from count in Gen.Choose(1, 7)
        from edits in Gen.Frequency((1, Gen.OneOf(KindFields(kind))), (4, Gen.OneOf(Fields(kind)))).ListOf(count)
        from placed in Place(Distinct(kind, edits))
        from forms in Gen.Elements(Enum.GetValues<LiteralForm>()).ArrayOf(2 * PatchedWorkload.Slots)
        select new PatchedWorkload(kind, pullSecret, nodeSelector, toleration, podSecurity, placed, forms);

    /// <summary>Whether <paramref name="prefix"/> is <paramref name="path"/> or a field above it.</summary>
    internal static bool IsPrefix(Seg[] prefix, Seg[] path)
        => prefix.Length <= path.Length && prefix.Select(Step).SequenceEqual(path.Take(prefix.Length).Select(Step));

    private static string Step(Seg segment) => segment switch
    {
        KeySeg key => "k:" + key.Key,
        ItemSeg item => $"i:{item.Field}={item.Identity}",
        _ => throw new InvalidOperationException(),
    };

    /// <summary>The edits of which no two set the same field, or a field and one inside it: each then has one expected value.</summary>
    private static List<Edit> Distinct(PatchKind kind, IEnumerable<Edit> edits)
    {
        var kept = new List<Edit>();
        foreach (var edit in edits)
        {
            var path = PatchedWorkload.Absolute(kind, edit);
            if (!kept.Any(k => PatchedWorkload.Absolute(kind, k) is var other && (IsPrefix(other, path) || IsPrefix(path, other))))
            {
                kept.Add(edit);
            }
        }

        return kept;
    }

    /// <summary>Each edit in one of the three patches of its class; a scalar edit sometimes also gets a decoy value in an earlier patch, which it must override.</summary>
    private static Gen<IReadOnlyList<Placed>> Place(List<Edit> edits)
        => Gen.CollectToArray(edits.Select(static edit =>
                from slot in Gen.Choose(0, PatchedWorkload.Slots - 1)
                from decoy in Gen.Choose(0, 3)
                from decoySlot in Gen.Choose(0, Math.Max(0, slot - 1))
                from decoyValue in edit.Redo ?? Gen.Constant(edit.Value)
                select decoy == 0 && slot > 0 && edit.Redo is not null
                    ? new[] { new Placed(edit with { Value = decoyValue }, decoySlot, Decoy: true), new Placed(edit, slot, Decoy: false) }
                    : [new Placed(edit, slot, Decoy: false)]))
            .Select(static placed => (IReadOnlyList<Placed>)placed.SelectMany(static p => p).ToList());

    // ---- Values. ----

    private static Gen<PV> Str(params string[] values) => Str(Gen.Elements(values));

    private static Gen<PV> Str(Gen<string> values) => from value in values from style in StrStyles select (PV)new PStr(value, style);

    private static Gen<PV> Int(int low, int high) => from value in Gen.Choose(low, high) from style in IntStyles select (PV)new PInt(value, style);

    private static readonly Gen<PV> Bool =
        from value in Coin
        from spelling in Gen.Elements(value ? new[] { "true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON", "y", "Y" } : ["false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF", "n", "N"])
        select (PV)new PBool(value, spelling);

    private static readonly Gen<PV> Null = Gen.Elements("null", "Null", "NULL", "~", string.Empty).Select(static s => (PV)new PNull(s));

    private static Gen<PV> Quantity(params string[] values)
        => from value in Gen.Elements(values)
           from style in Gen.Frequency((4, Gen.Constant(StrStyle.Plain)), (2, Gen.Constant(StrStyle.Double)), (1, Gen.Constant(StrStyle.Single)), (1, Gen.Constant(StrStyle.Tagged)))
           select (PV)new PQuantity(value, style);

    private static Gen<PV> IntOrString(params Gen<PV>[] inner) => Gen.OneOf(inner).Select(static i => (PV)new PIntOrString(i));

    private static Gen<PEntry?> Entry(string key, Gen<PV> value) => value.Select(v => (PEntry?)new PEntry(key, v));

    private static Gen<PEntry?> Optional(string key, Gen<PV> value) => Gen.Frequency((1, Gen.Constant((PEntry?)null)), (2, Entry(key, value)));

    private static Gen<PV> Map(params Gen<PEntry?>[] entries)
        => from all in Gen.CollectToArray(entries)
           from flow in Gen.Choose(0, 3)
           select (PV)new PMap([.. all.OfType<PEntry>()], flow == 0);

    private static Gen<PV> List(Gen<PV> item, int min, int max)
        => from count in Gen.Choose(min, max)
           from items in item.ArrayOf(count)
           from flow in Gen.Choose(0, 2)
           from indented in Coin
           select (PV)new PList(items, flow == 0, indented);

    // ---- Paths and edits. ----

    private static Gen<Seg[]> Path(params string[] keys) => Gen.Constant(PatchedWorkload.Keys(keys));

    private static Gen<Seg[]> Under(Seg[] prefix, params string[] keys) => Gen.Constant<Seg[]>([.. prefix, .. PatchedWorkload.Keys(keys)]);

    /// <summary>A map key drawn from <paramref name="keys"/>, written in any key style.</summary>
    private static Gen<Seg[]> KeyUnder(Seg[] prefix, string[] keys)
        => from key in Gen.Elements(keys) from style in KeyStyles select Cat(prefix, new KeySeg(key, style));

    /// <summary>The item of the merged list at <paramref name="list"/> whose <paramref name="field"/> is <paramref name="key"/>.</summary>
    private static Gen<Seg[]> Item(Seg[] list, string field, Gen<PV> key) => key.Select(k => Cat(list, new ItemSeg(field, k)));

    internal static Seg[] Cat(IEnumerable<Seg> prefix, params Seg[] rest) => [.. prefix, .. rest];

    private static Gen<Edit> Field(string name, Gen<Seg[]> path, Gen<PV> value)
        => from p in path from v in value select new Edit(false, p, v, name, v is PMap or PList ? null : value);

    /// <summary>A field of the app container, set by a patch on its class or by a workload patch through <c>containers</c>.</summary>
    private static Gen<Edit> Container(PatchKind kind, string name, Gen<Seg[]> relative, Gen<PV> value)
        => from onClass in Coin
           from apiKey in Str("api")
           from p in relative
           from v in value
           select new Edit(
               onClass,
               onClass ? p : Cat(PatchedWorkload.PodSpec(kind), [new KeySeg("containers"), new ItemSeg("name", apiKey), .. p]),
               v,
               name,
               v is PMap or PList ? null : value);

    /// <summary>The fields every kind has: object and template metadata, the pod spec, the app container.</summary>
    private static IEnumerable<Gen<Edit>> Fields(PatchKind kind)
    {
        var pod = PatchedWorkload.PodSpec(kind);
        var template = PatchedWorkload.TemplateMetadata(kind);

        // Object and template metadata: maps with trap keys and values.
        yield return Field("annotation", KeyUnder(PatchedWorkload.Keys("metadata", "annotations"), AnnotationKeys), Str(AnyText));
        yield return Field("label", KeyUnder(PatchedWorkload.Keys("metadata", "labels"), LabelKeys), Str(LabelValues));
        yield return Field("label removal", Path("metadata", "labels", "team"), Null);
        if (kind != PatchKind.Pod)
        {
            yield return Field("template annotation", KeyUnder([.. template, new KeySeg("annotations")], AnnotationKeys), Str(AnyText));
            yield return Field("template label", KeyUnder([.. template, new KeySeg("labels")], LabelKeys), Str(LabelValues));
            yield return Field("template label removal", Under(template, "labels", "team"), Null);
        }

        // The pod spec: scalars, nested mappings, replaced lists, lists merged by name.
        yield return Field("hostname", Under(pod, "hostname"), Str(DnsLabels));
        yield return Field("subdomain", Under(pod, "subdomain"), Str(DnsLabels));
        yield return Field("setHostnameAsFQDN", Under(pod, "setHostnameAsFQDN"), Bool);
        yield return Field("enableServiceLinks", Under(pod, "enableServiceLinks"), Bool);
        yield return Field("terminationGracePeriodSeconds", Under(pod, "terminationGracePeriodSeconds"), Int(0, 300));
        yield return Field("dnsPolicy", Under(pod, "dnsPolicy"), Str("ClusterFirst", "Default"));
        yield return Field("preemptionPolicy", Under(pod, "preemptionPolicy"), Str("Never", "PreemptLowerPriority"));
        yield return Field("os", Under(pod, "os"), Map(Entry("name", Str("linux"))));
        yield return Field("readinessGates", Under(pod, "readinessGates"), List(Map(Entry("conditionType", Str("acme.io/ready", "example.com/feature-1", "yes.io/on"))), 1, 2));
        yield return Field("hostAliases", Under(pod, "hostAliases"), List(Map(Entry("ip", Str(Addresses)), Entry("hostnames", List(Str(Domains), 1, 3))), 1, 2));
        yield return Field(
            "dnsConfig",
            Under(pod, "dnsConfig"),
            Map(
                Entry("nameservers", List(Str(Addresses), 1, 2)),
                Optional("searches", List(Str(Domains), 1, 2)),
                Optional("options", List(Map(Entry("name", Str("ndots", "timeout", "attempts")), Optional("value", Str("1", "2", "5", "0123", "yes"))), 1, 2))));
        yield return Field("nodeSelector", KeyUnder([.. pod, new KeySeg("nodeSelector")], [.. LabelKeys, "kubernetes.io/os"]), Str(LabelValues));
        yield return Field(
            "tolerations",
            Under(pod, "tolerations"),
            List(
                Gen.OneOf(
                    Map(Entry("key", Str("dedicated", "gpu", "yes")), Entry("operator", Str("Equal")), Entry("value", Str(LabelValues)), Entry("effect", Str("NoSchedule", "PreferNoSchedule"))),
                    Map(Entry("operator", Str("Exists"))),
                    Map(Entry("key", Str("node.kubernetes.io/unreachable")), Entry("operator", Str("Exists")), Entry("effect", Str("NoExecute")), Entry("tolerationSeconds", Int(0, 600)))),
                1,
                2));
        yield return Field("pod fsGroup", Under(pod, "securityContext", "fsGroup"), Int(1, 65535));
        yield return Field("pod runAsGroup", Under(pod, "securityContext", "runAsGroup"), Int(1, 65535));
        yield return Field("pod fsGroupChangePolicy", Under(pod, "securityContext", "fsGroupChangePolicy"), Str("OnRootMismatch", "Always"));
        yield return Field("pod supplementalGroups", Under(pod, "securityContext", "supplementalGroups"), List(Int(1, 65535), 1, 3));
        yield return Field("imagePullSecrets item", Item([.. pod, new KeySeg("imagePullSecrets")], "name", Str("regcred", "yes", "on.example", "0123", "1e3", "reg-cred.io")), Map());
        yield return Field(
            "new volume",
            Item([.. pod, new KeySeg("volumes")], "name", Str("extra", "yes", "on", "0123", "1e3", "cache-2")),
            Gen.OneOf(
                Map(Entry("emptyDir", Map(Optional("medium", Str("Memory")), Optional("sizeLimit", Quantity("1Gi", "500Mi", "1e3", "64Mi", "1", "0.5Gi"))))),
                Map(Entry("configMap", Map(
                    Entry("name", Str("app-config", "yes", "0123", "on.example")),
                    Optional("defaultMode", Int(0, 511)),
                    Optional("optional", Bool),
                    Optional("items", List(Map(Entry("key", Str("app.conf", "yes", "0123")), Entry("path", Str("app.conf", "conf/yes", "0123"))), 1, 1))))),
                Map(Entry("secret", Map(Entry("secretName", Str("tls", "yes", "1e3")), Optional("defaultMode", Int(0, 511)), Optional("optional", Bool))))));
        yield return Field(
            "volume merged by name",
            Item([.. pod, new KeySeg("volumes")], "name", Str("scratch")),
            Map(Entry("emptyDir", Map(Optional("medium", Str("Memory")), Entry("sizeLimit", Quantity("1Gi", "500Mi", "1e3", "64Mi", "1", "0.5Gi"))))));
        yield return Field(
            "new container",
            Item([.. pod, new KeySeg("containers")], "name", Str("helper-1", "helper-2", "yes", "on", "0123")),
            Map(Entry("image", Str(Images)), Optional("args", List(Str(AnyText), 1, 3))));
        yield return Field(
            "new init container",
            Item([.. pod, new KeySeg("initContainers")], "name", Str("init-1", "null", "off", "1e3")),
            Map(Entry("image", Str(Images)), Entry("command", List(Str(AnyText), 1, 3))));

        // The app container, through its class or through the workload.
        yield return Container(kind, "stdin", Path("stdin"), Bool);
        yield return Container(kind, "tty", Path("tty"), Bool);
        yield return Container(kind, "stdinOnce", Path("stdinOnce"), Bool);
        yield return Container(kind, "workingDir", Path("workingDir"), Str("/srv/app", "/yes", "/0123", "/tmp/on", "~", "/1e3", "/a b", "/#x"));
        yield return Container(kind, "terminationMessagePath", Path("terminationMessagePath"), Str("/dev/termination-log", "/tmp/yes", "/var/0123"));
        yield return Container(kind, "terminationMessagePolicy", Path("terminationMessagePolicy"), Str("File", "FallbackToLogsOnError"));
        yield return Container(kind, "imagePullPolicy", Path("imagePullPolicy"), Str("Always", "IfNotPresent", "Never"));
        yield return Container(kind, "args", Path("args"), List(Str(AnyText), 0, 4));
        yield return Container(kind, "args removal", Path("args"), Null);
        yield return Container(kind, "command", Path("command"), List(Str(AnyText), 1, 3));
        yield return Container(
            kind,
            "new env",
            Item(Keys("env"), "name", Str(EnvNames)),
            Gen.OneOf(
                Map(Entry("value", Str(AnyText))),
                Map(Entry("valueFrom", Map(Entry("fieldRef", Map(Entry("fieldPath", Str("metadata.name", "status.podIP", "spec.nodeName", "metadata.namespace")))))))));
        yield return Container(kind, "env merged by name", Item(Keys("env"), "name", Str("MODE")), Map(Entry("value", Str(AnyText))));
        yield return Container(kind, "env value removal", Gen.Constant<Seg[]>([new KeySeg("env"), new ItemSeg("name", new PStr("MODE", StrStyle.Double)), new KeySeg("value")]), Null);
        yield return Container(
            kind,
            "new port",
            from port in Gen.Choose(9000, 9010)
            from style in IntStyles
            select new Seg[] { new KeySeg("ports"), new ItemSeg("containerPort", new PInt(port, style)) },
            Map(Optional("protocol", Str("TCP", "UDP", "SCTP"))));
        yield return Container(kind, "port merged by containerPort", Item(Keys("ports"), "containerPort", Int(8080, 8080)), Map(Entry("protocol", Str("TCP", "UDP", "SCTP"))));
        yield return Container(kind, "mount merged by mountPath", Item(Keys("volumeMounts"), "mountPath", Str("/tmp")), Map(Entry("readOnly", Bool)));
        yield return Container(
            kind,
            "new mount",
            Item(Keys("volumeMounts"), "mountPath", Str("/mnt/yes", "/mnt/0123", "/mnt/on", "/data", "/mnt/1e3")),
            Map(Entry("name", Str("scratch")), Optional("readOnly", Bool), Optional("subPath", Str("a", "a/b", "yes", "0123"))));
        yield return Container(kind, "cpu limit", Path("resources", "limits", "cpu"), Quantity("1", "500m", "2", "0.5", "1.5", "100m", "1e3", "2000m"));
        yield return Container(kind, "memory request", Path("resources", "requests", "memory"), Quantity("16Mi", "32Mi", "64Mi", "1e6", "50M", "0.05Gi"));
        yield return Container(kind, "ephemeral-storage request", Path("resources", "requests", "ephemeral-storage"), Quantity("1Gi", "500M", "2e9"));
        yield return Container(kind, "resources removal", Path("resources"), Null);
        yield return Container(
            kind,
            "readinessProbe",
            Path("readinessProbe"),
            Map(Entry("exec", Map(Entry("command", List(Str(AnyText), 1, 3)))), Optional("periodSeconds", Int(1, 60)), Optional("failureThreshold", Int(1, 10)), Optional("timeoutSeconds", Int(1, 10))));
        yield return Container(
            kind,
            "livenessProbe",
            Path("livenessProbe"),
            Map(Entry("tcpSocket", Map(Entry("port", IntOrString(Int(8080, 8080), Str("http"))))), Optional("initialDelaySeconds", Int(0, 120))));
        yield return Container(
            kind,
            "startupProbe",
            Path("startupProbe"),
            Map(
                Entry("httpGet", Map(
                    Entry("path", Str("/healthz", "/yes", "/0123", "/~")),
                    Entry("port", IntOrString(Int(8080, 8080), Str("http"))),
                    Optional("httpHeaders", List(Map(Entry("name", Str("X-Probe", "Accept")), Entry("value", Str(SafeText))), 1, 2)))),
                Optional("failureThreshold", Int(1, 30))));
        yield return Container(
            kind,
            "lifecycle",
            Path("lifecycle"),
            Gen.OneOf(
                Map(Entry("preStop", Map(Entry("exec", Map(Entry("command", List(Str(AnyText), 1, 3))))))),
                Map(Entry("postStart", Map(Entry("httpGet", Map(Entry("path", Str("/started", "/yes")), Entry("port", IntOrString(Int(8080, 8080), Str("http"))))))))));
        yield return Container(
            kind,
            "securityContext",
            Path("securityContext"),
            Map(
                Optional("runAsUser", Int(1, 65535)),
                Entry("allowPrivilegeEscalation", Gen.Elements("false", "False", "no", "off", "n").Select(static s => (PV)new PBool(false, s))),
                Optional("readOnlyRootFilesystem", Bool),
                Optional("capabilities", Map(Entry("drop", List(Str("ALL", "NET_RAW", "CHOWN"), 1, 2))))));

        static Seg[] Keys(params string[] keys) => PatchedWorkload.Keys(keys);
    }

    /// <summary>The fields of the kind's own spec: rollout, replicas, job and schedule settings.</summary>
    private static IEnumerable<Gen<Edit>> KindFields(PatchKind kind)
    {
        switch (kind)
        {
            case PatchKind.Deployment:
                yield return Field("minReadySeconds", Path("spec", "minReadySeconds"), Int(0, 60));
                yield return Field("paused", Path("spec", "paused"), Bool);
                yield return Field("revisionHistoryLimit", Path("spec", "revisionHistoryLimit"), Int(0, 20));
                yield return Field("progressDeadlineSeconds", Path("spec", "progressDeadlineSeconds"), Int(120, 900));
                yield return Field("replicas", Path("spec", "replicas"), Int(0, 9));
                yield return Field("replicas removal", Path("spec", "replicas"), Null);
                yield return Field(
                    "strategy",
                    Path("spec", "strategy"),
                    Gen.OneOf(
                        Map(
                            Entry("type", Str("RollingUpdate")),
                            Entry("rollingUpdate", Map(Entry("maxSurge", IntOrString(Int(1, 3), Str("25%", "50%"))), Optional("maxUnavailable", IntOrString(Int(0, 2), Str("0%", "25%")))))),
                        Map(Entry("type", Str("Recreate")))));
                break;
            case PatchKind.StatefulSet:
                yield return Field("minReadySeconds", Path("spec", "minReadySeconds"), Int(0, 60));
                yield return Field("revisionHistoryLimit", Path("spec", "revisionHistoryLimit"), Int(0, 20));
                yield return Field("replicas", Path("spec", "replicas"), Int(0, 9));
                yield return Field("replicas removal", Path("spec", "replicas"), Null);
                yield return Field("podManagementPolicy", Path("spec", "podManagementPolicy"), Str("Parallel", "OrderedReady"));
                yield return Field("serviceName", Path("spec", "serviceName"), Str(DnsLabels));
                yield return Field("updateStrategy", Path("spec", "updateStrategy"), Map(Entry("type", Str("RollingUpdate")), Entry("rollingUpdate", Map(Entry("partition", Int(0, 3))))));
                yield return Field(
                    "persistentVolumeClaimRetentionPolicy",
                    Path("spec", "persistentVolumeClaimRetentionPolicy"),
                    Map(Entry("whenDeleted", Str("Retain", "Delete")), Entry("whenScaled", Str("Retain", "Delete"))));
                break;
            case PatchKind.DaemonSet:
                yield return Field("minReadySeconds", Path("spec", "minReadySeconds"), Int(0, 60));
                yield return Field("revisionHistoryLimit", Path("spec", "revisionHistoryLimit"), Int(0, 20));
                yield return Field(
                    "updateStrategy",
                    Path("spec", "updateStrategy"),
                    Gen.OneOf(
                        Map(Entry("type", Str("RollingUpdate")), Entry("rollingUpdate", Map(Entry("maxUnavailable", IntOrString(Int(1, 3), Str("10%", "50%")))))),
                        Map(Entry("type", Str("OnDelete")))));
                break;
            case PatchKind.Pod:
                yield return Field("activeDeadlineSeconds", Path("spec", "activeDeadlineSeconds"), Int(1, 86400));
                break;
            case PatchKind.Job:
                yield return Field("activeDeadlineSeconds", Path("spec", "activeDeadlineSeconds"), Int(1, 86400));
                yield return Field("backoffLimit", Path("spec", "backoffLimit"), Int(0, 10));
                yield return Field("suspend", Path("spec", "suspend"), Bool);
                yield return Field("ttlSecondsAfterFinished", Path("spec", "ttlSecondsAfterFinished"), Int(0, 86400));
                break;
            case PatchKind.CronJob:
                yield return Field("suspend", Path("spec", "suspend"), Bool);
                yield return Field("successfulJobsHistoryLimit", Path("spec", "successfulJobsHistoryLimit"), Int(0, 10));
                yield return Field("failedJobsHistoryLimit", Path("spec", "failedJobsHistoryLimit"), Int(0, 10));
                yield return Field("startingDeadlineSeconds", Path("spec", "startingDeadlineSeconds"), Int(10, 300));
                yield return Field("timeZone", Path("spec", "timeZone"), Str("Etc/UTC", "Europe/Berlin", "America/New_York"));
                yield return Field("job backoffLimit", Path("spec", "jobTemplate", "spec", "backoffLimit"), Int(0, 10));
                break;
        }
    }
}
