extern alias ConsortGenerator;

using System.Globalization;
using System.Text;
using Consort.Generator.Tests.Infrastructure;
using Consort.Kubernetes;
using ConsortGenerator::Consort.Generator.Emit;
using ConsortGenerator::Consort.Generator.Manifest;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using k8s;
using k8s.Models;
using Xunit.Abstractions;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;
using static ConsortGenerator::Consort.Generator.Manifest.ManifestTree;

namespace Consort.Generator.Tests.Yaml;

/// <summary>
/// Every string YamlScalar writes must read back unchanged: with YamlDotNet (as a value, a list item and a key),
/// with KubernetesClient (through the real <see cref="YamlWriter"/>), and, when it is written plain, as a string
/// under YAML 1.1, YAML 1.2 and go-yaml v2 (<see cref="Yaml11Resolver"/>).
/// </summary>
public class YamlScalarTests
{
    private const int Cases = 1000;

    /// <summary>The table of the product spec, and more.</summary>
    private static readonly string[] Table =
    [
        // YAML 1.1 and 1.2 words.
        "yes", "Yes", "YES", "no", "No", "NO", "on", "On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N",
        "true", "True", "TRUE", "false", "False", "FALSE", "null", "Null", "NULL", "~", "nULL", "yEs",
        "yes ", " no", "yes:", "nope", "yess", "true1", "onion", "offset", "Norway", "NaN", "Infinity", "inf", "nan",

        // Numbers in every base, sexagesimal, with separators and signs.
        "0", "00", "0123", "0o17", "0x1F", "0X1F", "0xG", "0b101", "-0b101", "0b", "0x", "1_000", "1__0", "_1", "-_1", "+_1",
        "12:30:45", "190:20:30", "1:60", "190:20:30.15", "1.10", ".5", "5.", ".", "..", "1.2.3", "1e3", "1E3", "1e+3", "1.0e-3", "1e", "e3",
        "+1", "-1", "+.5", "-0", "1,000", "99999999999999999999", "0x10000000000000000", "١٢٣",
        ".inf", ".Inf", ".INF", "-.inf", "+.inf", ".nan", ".NaN", ".NAN", "-.nan",

        // Timestamps.
        "2024-01-01", "2024-1-1", "2001-12-14t21:59:43.10-05:00", "2001-12-14 21:59:43.10 -5", "2001-12-15T02:59:43.1Z",
        "2001-12-14 21:59:43.10", "2002-12-14", "2024-01-01T00:00:00Z", "2024-01-01x",

        // Merge, value and YAML indicators.
        "<<", "=", "==", "a=b", ": x", ":", "::", "x:", "x: y", "x:y", "x :y", "#x", "a #b", "a#b", "*x", "&x", "!x", "!!str", "%x", "@x", "`x",
        "|x", ">x", "|", ">", "[x]", "{x}", "[", "]", "{", "}", ",", "a,b", "- x", "-", "--", "---", "--- x", "...", "-x", "-1x", "-.x",
        "?", "? x", "?x", "\"x", "'x", "x'", "x\"", "\\", "a\\b", "\\n", "\"\"", "''",

        // White space and line breaks.
        "", " ", "  ", " x", "x ", "a  b", "a b", "\t", "a\tb", "\tx", "x\t", "\n", "\n\n", "a\r\nb", "a\rb", "\r", "\r\n", "a\n\rb",

        // Control characters, Unicode line breaks, BOM, non-characters, non-ASCII.
        "\0", "a\0b", "\a\b\v\f\u001b", "\u0001\u001f", "\u007f", "\u0080", "\u0085", "a\u0085b", "\u2028", "\u2029", "\uFEFF", "\uFEFFx",
        "\uFFFE", "\uFFFF", "\uFFFD", "\u00A0", "x\u00A0", "é", "日本語", "Ωmega", "😀", "a😀b", "\U0001F469\u200D\U0001F469\u200D\U0001F467", "\U0001F600\n",

        // Multi-line text.
        "a\nb", "a\nb\n", "a\nb\n\n", "a\nb\n\n\n", "\na", "\n\na\n", "a\n\nb", " a\nb", "  a\n  b\n", "a\n b", "a \nb", "a\nb ",
        "a\t\nb", "\ta\nb", "\n\ta\n", "a\n\tb", "a\n\n\n", "#!/bin/sh\nset -eu\necho \"hi\" # done\n", "- a\n- b\n", "key: value\nother: x\n",
        "---\n...\n", "a\n---\nb", "|\n>", "a\r\nb\r\n", "line\u2028next", "a\n\u0085", "a\n😀\n", "x\n ", "x\n\t",
        "{\n  \"json\": true\n}\n", "[Unit]\nDescription=demo\n\n[Service]\nExecStart=/bin/true\n",

        // Ordinary values: these must stay plain (asserted separately).
        "busybox:1.37", "ghcr.io/acme/shop:1.4.2", "/healthz", "http://+:8080", "app.kubernetes.io/name", "-c", "checkout@acme.io", "metadata.name",
    ];

    private static readonly string[] LoneSurrogateTable = ["\uD800", "\uDFFF", "a\uD800b", "\uDC00\uD800", "😀\uD83D", "\uD83D\uD83D\uDE00", "a\n\uD800\n"];

    public static TheoryData<Text> Values => new(Table.Select(static v => new Text(v)));

    public static TheoryData<Text> LoneSurrogates => new(LoneSurrogateTable.Select(static v => new Text(v)));

    [Theory]
    [MemberData(nameof(Values))]
    public void Format_reads_back_unchanged_as_value_list_item_and_key(Text text) => AssertFormatRoundTrips(text.Value);

    [Theory]
    [MemberData(nameof(Values))]
    public void Writer_output_reads_back_unchanged_in_YamlDotNet_and_KubernetesClient(Text text) => AssertWriterRoundTrips(text.Value);

    [Theory]
    [InlineData("busybox:1.37")]
    [InlineData("ghcr.io/acme/shop:1.4.2")]
    [InlineData("/healthz")]
    [InlineData("http://+:8080")]
    [InlineData("app.kubernetes.io/name")]
    [InlineData("-c")]
    [InlineData("checkout@acme.io")]
    [InlineData("metadata.name")]
    [InlineData("nginx")]
    [InlineData("Always")]
    [InlineData("echo hello")]
    [InlineData("apps/v1")]
    [InlineData("x:y")]
    [InlineData("_internal")]
    public void Ordinary_values_stay_plain(string value)
    {
        Assert.Equal(value, YamlScalar.Format(value));
        AssertFormatRoundTrips(value);
    }

    /// <summary>
    /// A lone surrogate is not a Unicode scalar value, so no YAML text can hold it: a UTF-8 file would silently turn
    /// it into U+FFFD. YamlScalar escapes it (<c>\uD800</c>), which YamlDotNet, libyaml and go-yaml all reject, so
    /// the problem surfaces as a parse error instead of a silently changed value.
    /// </summary>
    [Theory]
    [MemberData(nameof(LoneSurrogates))]
    public void Lone_surrogates_are_escaped_so_that_parsers_reject_them_loudly(Text text) => AssertLoneSurrogateFailsLoudly(text.Value);

    [Theory]
    [InlineData("250m", true)]
    [InlineData("128Mi", true)]
    [InlineData("1.5Gi", true)]
    [InlineData("1Ki", true)]
    [InlineData("2k", true)]
    [InlineData("1", false)]
    [InlineData("0.5", false)]
    [InlineData("1e3", false)]
    [InlineData("+1", false)]
    [InlineData(".5", false)]
    [InlineData("1K", false)]
    [InlineData("1.", false)]
    [InlineData("0x1F", false)]
    [InlineData("1_000m", false)]
    public void Quantities_read_back_as_the_exact_text(string quantity, bool plain)
    {
        var formatted = YamlScalar.FormatQuantity(quantity);
        Assert.Equal(plain, formatted == quantity);
        AssertShape(quantity, formatted);
        Assert.Equal(quantity, ValueOf($"cpu: {formatted}\n"));
        Assert.Equal(quantity, ValueOf($"requests:\n  - {formatted}\n"));

        var yaml = YamlWriter.Write([Pod(Field("resources", Object("V1ResourceRequirements", Field("requests", Map([new("cpu", Quantity(quantity))])))))]);
        var requests = (YamlMappingNode)Walk(Load(yaml), "spec", "containers", 0, "resources", "requests");
        Assert.Equal(quantity, Scalar(Assert.Single(requests.Children).Value).Value);

        // KubernetesClient normalizes quantities (1.5Gi becomes 1536Mi), so it is compared by value.
        if (TryQuantity(quantity) is { } expected)
        {
            var pod = KubernetesYaml.Deserialize<V1Pod>(yaml, strict: true);
            Assert.Equal(expected, pod.Spec.Containers[0].Resources.Requests["cpu"]);
        }
    }

    [Theory]
    [InlineData("a\nb", "|-")]
    [InlineData("a\nb\n", "|")]
    [InlineData("a\nb\n\n", "|+")]
    [InlineData("\n\na", "|-")]
    [InlineData("a\n\tb\n", "|")]
    [InlineData("a\n b\n", "|")]
    [InlineData("a\n\n\n", "|+")]
    [InlineData("a", null)]
    [InlineData("\n\n", null)]
    [InlineData(" a\nb", null)]
    [InlineData("\ta\nb", null)]
    [InlineData("\n\ta", null)]
    [InlineData("a \nb", null)]
    [InlineData("a\r\nb", null)]
    [InlineData("a\n\u0085", null)]
    public void Literal_blocks_are_chosen_only_when_every_parser_reads_them_back(string value, string? header)
    {
        Assert.Equal(header is not null, YamlScalar.CanBeLiteralBlock(value));
        if (header is not null)
        {
            Assert.Equal(header, YamlScalar.LiteralBlockHeader(value));
        }
    }

    /// <summary>The oracle itself, on values whose resolution the specifications spell out.</summary>
    [Theory]
    [InlineData("yes", "bool", null, "resolved")]
    [InlineData("On", "bool", null, "resolved")]
    [InlineData("y", "bool", null, "resolved")]
    [InlineData("true", "bool", "bool", "resolved")]
    [InlineData("~", "null", "null", "resolved")]
    [InlineData("", "null", "null", "resolved")]
    [InlineData("0123", "int", "int", "int")]
    [InlineData("0o17", null, "int", "int")]
    [InlineData("0x1F", "int", "int", "int")]
    [InlineData("0b101", "int", null, "int")]
    [InlineData("1_000", "int", null, "int")]
    [InlineData("-_1", null, null, "int")]
    [InlineData("190:20:30", "int", null, null)]
    [InlineData("12:30:45", "int", null, null)]
    [InlineData("190:20:30.15", "float", null, null)]
    [InlineData("1.10", "float", "float", "float")]
    [InlineData("1e3", null, "float", "float")]
    [InlineData("1.0e+3", "float", "float", "float")]
    [InlineData(".5", "float", "float", "float")]
    [InlineData("-.inf", "float", "float", "resolved")]
    [InlineData(".NaN", "float", "float", "resolved")]
    [InlineData("2024-01-01", "timestamp", null, "timestamp")]
    [InlineData("2001-12-14t21:59:43.10-05:00", "timestamp", null, "timestamp")]
    [InlineData("2001-12-14 21:59:43.10 -5", "timestamp", null, null)]
    [InlineData("<<", "merge", null, "resolved")]
    [InlineData("=", "value", null, null)]
    [InlineData("1,000", null, null, null)]
    [InlineData("yes\n", null, null, null)]
    [InlineData("Norway", null, null, null)]
    [InlineData("busybox:1.37", null, null, null)]
    [InlineData("-c", null, null, null)]
    public void The_resolver_follows_the_specifications(string plain, string? yaml11, string? yaml12, string? goYaml)
    {
        Assert.Equal(yaml11, Yaml11Resolver.Yaml11Tag(plain));
        Assert.Equal(yaml12, Yaml11Resolver.Yaml12CoreTag(plain));
        Assert.Equal(goYaml, Yaml11Resolver.GoYamlV2Tag(plain));
        Assert.Equal(yaml11 is not null || yaml12 is not null || goYaml is not null, Yaml11Resolver.ResolvesToNonString(plain));
    }

    [Property(MaxTest = Cases, Arbitrary = new[] { typeof(YamlArbitraries) })]
    public void Format_output_is_a_plain_string_or_double_quoted(AnyText text)
    {
        var formatted = YamlScalar.Format(text.Value);
        if (formatted == text.Value && !YamlScalar.IsPlainSafe(text.Value))
        {
            Assert.Fail("Format returned the text unchanged although IsPlainSafe is false.");
        }

        AssertShape(text.Value, formatted);
    }

    [Property(MaxTest = Cases, Arbitrary = new[] { typeof(YamlArbitraries) })]
    public void Format_reads_back_any_text(AnyText text)
    {
        if (HasLoneSurrogate(text.Value))
        {
            AssertLoneSurrogateFailsLoudly(text.Value);
            return;
        }

        AssertFormatRoundTrips(text.Value);
        AssertWriterRoundTrips(text.Value);
    }

    /// <summary>FsCheck's own strings, unbiased, as a second opinion on the generators above.</summary>
    [Property(MaxTest = Cases)]
    public void Format_reads_back_FsChecks_own_strings(NonNull<string> text)
    {
        if (HasLoneSurrogate(text.Get))
        {
            AssertLoneSurrogateFailsLoudly(text.Get);
            return;
        }

        AssertFormatRoundTrips(text.Get);
        AssertWriterRoundTrips(text.Get);
    }

    [Property(MaxTest = Cases, Arbitrary = new[] { typeof(YamlArbitraries) })]
    public void Writer_reads_back_any_multi_line_text(MultiLineText text)
    {
        if (HasLoneSurrogate(text.Value))
        {
            AssertLoneSurrogateFailsLoudly(text.Value);
            return;
        }

        AssertWriterRoundTrips(text.Value);
    }

    /// <summary>
    /// Kubernetes keys are at most 317 characters (a 253-character DNS prefix, <c>/</c>, a 63-character name). YAML
    /// limits implicit keys (<c>key: value</c>) to 1024 characters; YamlWriter has no explicit <c>? key</c> form,
    /// so a longer key, which Kubernetes would refuse anyway, cannot be read back.
    /// </summary>
    [Fact]
    public void Keys_of_the_longest_length_Kubernetes_allows_read_back()
    {
        var key = new string('a', 253) + "/" + new string('b', 63);
        Assert.Equal(key, YamlScalar.Format(key));
        AssertFormatRoundTrips(key);
        AssertWriterRoundTrips(key);
    }

    /// <summary>Guards the generators: a property that never reaches the literal-block path or the plain path proves little.</summary>
    [Fact]
    public void The_generators_reach_every_style()
    {
        var multiLine = YamlArbitraries.MultiLine.Sample(Cases);
        var any = YamlArbitraries.Any.Sample(Cases);
        Assert.InRange(multiLine.Count(static t => YamlScalar.CanBeLiteralBlock(t)), Cases / 4, Cases);
        Assert.InRange(multiLine.Count(static t => !YamlScalar.CanBeLiteralBlock(t) && t.Contains('\n', StringComparison.Ordinal)), Cases / 20, Cases);
        Assert.InRange(any.Count(YamlScalar.IsPlainSafe), Cases / 20, Cases);
        Assert.InRange(any.Count(HasLoneSurrogate), 1, Cases / 5);
    }

    private static void AssertFormatRoundTrips(string value)
    {
        var formatted = YamlScalar.Format(value);
        AssertShape(value, formatted);

        Assert.Equal(value, ValueOf($"key: {formatted}\n"));
        Assert.Equal(value, ValueOf($"items:\n  - {formatted}\n"));
        Assert.Equal(value, ValueOf($"outer:\n  items:\n    - {formatted}\n    - {formatted}\n"));
        Assert.Equal(value, KeyOf($"{formatted}: value\n"));
        Assert.Equal(value, KeyOf($"{formatted}: {formatted}\n"));
        Assert.Equal(value, ValueOf($"{formatted}: {formatted}\n"));

        // A deserializer that types unquoted scalars the way KubernetesClient's does must still see a string.
        var typed = Untyped.Deserialize<Dictionary<string, object>>($"key: {formatted}\n{formatted}: x\n");
        Assert.Equal(value, Assert.IsType<string>(typed["key"]));
        Assert.True(typed.ContainsKey(value));
        Assert.Equal(value, StringTyped.Deserialize<Dictionary<string, string>>($"key: {formatted}\n")["key"]);
    }

    /// <summary>
    /// The whole path: a Pod written by <see cref="YamlWriter"/> with the value as an annotation key and value, a
    /// label value, a command, two args and an env value, read back by YamlDotNet and by KubernetesClient (strict).
    /// </summary>
    private static void AssertWriterRoundTrips(string value)
    {
        var yaml = YamlWriter.Write([Pod(Field("args", Strings([value, "-c", value])), value)]);
        AssertBlockScalarsScanInLibyaml(yaml, value);

        var root = Load(yaml);
        var annotation = Assert.Single(((YamlMappingNode)Walk(root, "metadata", "annotations")).Children);
        Assert.Equal(value, Scalar(annotation.Key).Value);
        Assert.Equal(value, Scalar(annotation.Value).Value);
        Assert.Equal(value, Scalar(Walk(root, "spec", "containers", 0, "args", 2)).Value);

        // What the generated Build() returns: the runtime library's reading of the same text.
        var built = new ManifestDocuments(yaml, typeof(V1Pod)).Build<V1Pod>();
        AssertPodCarries(value, built);
        if (value == "<<")
        {
            // KubernetesClient reads through YamlDotNet's MergingParser, which takes any scalar "<<", even a quoted
            // one and even a value, for a merge key. No spelling of the string avoids that; see the report below.
            Assert.Contains("merge", Assert.ThrowsAny<YamlException>(() => KubernetesYaml.Deserialize<V1Pod>(yaml, strict: true)).Message, StringComparison.Ordinal);
            return;
        }

        var pod = KubernetesYaml.Deserialize<V1Pod>(yaml, strict: true);
        AssertPodCarries(value, pod);
        KubernetesAssert.Equal(pod, built);
    }

    private static void AssertPodCarries(string value, V1Pod pod)
    {
        Assert.Equal(value, Assert.Single(pod.Metadata.Annotations).Key);
        Assert.Equal(value, pod.Metadata.Annotations[value]);
        Assert.Equal(value, pod.Metadata.Labels["consort.test/value"]);
        var container = Assert.Single(pod.Spec.Containers);
        Assert.Equal(value, Assert.Single(container.Command));
        Assert.Equal(new[] { value, "-c", value }, container.Args);
        Assert.Equal(value, container.WorkingDir);
        Assert.Equal(value, Assert.Single(container.Env).Value);
    }

    /// <summary>Format output is one line, and either the plain text itself (resolving to a string everywhere) or double-quoted.</summary>
    private static void AssertShape(string value, string formatted)
    {
        Assert.DoesNotContain(formatted, static c => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029');
        if (formatted.Length > 0 && formatted[0] == '"')
        {
            Assert.True(formatted.Length >= 2 && formatted[^1] == '"', $"Unterminated double-quoted scalar {Show(formatted)}.");
            return;
        }

        Assert.Equal(value, formatted);
        Assert.False(Yaml11Resolver.ResolvesToNonString(formatted), $"Plain {Show(formatted)} resolves to {Yaml11Resolver.Yaml11Tag(formatted) ?? Yaml11Resolver.Yaml12CoreTag(formatted) ?? Yaml11Resolver.GoYamlV2Tag(formatted)}.");
        Assert.Equal(ScalarStyle.Plain, Scalar(Walk(Load($"key: {formatted}\n"), "key")).Style);
    }

    private static void AssertLoneSurrogateFailsLoudly(string value)
    {
        Assert.True(HasLoneSurrogate(value));
        var formatted = YamlScalar.Format(value);
        Assert.StartsWith("\"", formatted, StringComparison.Ordinal);
        Assert.False(HasLoneSurrogate(formatted), "A lone surrogate must be escaped, not written raw (UTF-8 would turn it into U+FFFD).");
        Assert.False(YamlScalar.CanBeLiteralBlock(value));
        // YamlDotNet fails with a YamlException or, for some surrogate escapes, an ArgumentOutOfRangeException.
        Assert.ThrowsAny<Exception>(() => Load($"key: {formatted}\n"));

        var yaml = YamlWriter.Write([Pod(Field("args", Strings([value])), value)]);
        Assert.ThrowsAny<Exception>(() => KubernetesYaml.Deserialize<V1Pod>(yaml, strict: true));
    }

    /// <summary>
    /// libyaml and go-yaml (unlike YamlDotNet) reject a block scalar whose indentation is auto-detected from a
    /// first non-empty line that starts with a tab: "found a tab character where an indentation space is expected".
    /// A first line starting with spaces would instead be read as deeper indentation and lose the spaces.
    /// </summary>
    private static void AssertBlockScalarsScanInLibyaml(string yaml, string value)
    {
        var lines = yaml.Split('\n');
        var parser = new Parser(new StringReader(yaml));
        while (parser.MoveNext())
        {
            if (parser.Current is not YamlDotNet.Core.Events.Scalar { Style: ScalarStyle.Literal } block)
            {
                continue;
            }

            // Mark lines count from 1: the header is on line Start.Line, the content starts on the next one.
            var header = lines[(int)block.Start.Line - 1];
            var headerIndent = header.Length - header.TrimStart(' ').Length;
            var first = lines.Skip((int)block.Start.Line).First(static l => l.Length > 0);
            var content = first.TrimStart(' ');
            Assert.True(first.Length - content.Length > headerIndent, $"Block scalar for {Show(value)} is not indented deeper than its header.");
            Assert.False(content.StartsWith('\t'), $"libyaml rejects the block scalar written for {Show(value)}: its first line starts with a tab.");
        }
    }

    private static ObjectNode Pod(ManifestField? extra, string value = "x")
    {
        ManifestField?[] fields =
        [
            Field("name", String("c")),
            Field("image", String("busybox:1.37")),
            Field("command", Strings([value])),
            Field("workingDir", String(value)),
            Field("env", List([Object("V1EnvVar", Field("name", String("VALUE")), Field("value", String(value)))])),
            extra,
        ];
        return Object(
            "V1Pod",
            Field("apiVersion", String("v1")),
            Field("kind", String("Pod")),
            Field("metadata", Object(
                "V1ObjectMeta",
                Field("name", String("p")),
                Field("labels", StringMap([new("consort.test/value", value)])),
                Field("annotations", StringMap([new(value, value)])))),
            Field("spec", Object("V1PodSpec", Field("containers", List([Object("V1Container", fields)])))));
    }

    private static readonly IDeserializer Untyped = new DeserializerBuilder().WithAttemptingUnquotedStringTypeDeserialization().Build();

    private static readonly IDeserializer StringTyped = new DeserializerBuilder().Build();

    private static YamlNode Load(string yaml)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return Assert.Single(stream.Documents).RootNode;
    }

    /// <summary>The value of the first entry of the first mapping, following the first entry inwards through mappings and lists.</summary>
    private static string? ValueOf(string yaml)
    {
        var node = Load(yaml);
        while (node is not YamlScalarNode)
        {
            node = node switch
            {
                YamlMappingNode mapping => mapping.Children.First().Value,
                YamlSequenceNode sequence => sequence.Children[0],
                _ => throw new InvalidOperationException(node.GetType().Name),
            };
        }

        return ((YamlScalarNode)node).Value;
    }

    private static string? KeyOf(string yaml) => Scalar(Assert.Single(((YamlMappingNode)Load(yaml)).Children).Key).Value;

    private static YamlNode Walk(YamlNode node, params object[] path)
    {
        foreach (var step in path)
        {
            node = step is int index
                ? ((YamlSequenceNode)node).Children[index]
                : ((YamlMappingNode)node).Children.First(e => Scalar(e.Key).Value == (string)step).Value;
        }

        return node;
    }

    private static YamlScalarNode Scalar(YamlNode node) => Assert.IsType<YamlScalarNode>(node);

    private static ResourceQuantity? TryQuantity(string quantity)
    {
        try
        {
            return new ResourceQuantity(quantity);
        }
        catch (Exception e) when (e is FormatException or ArgumentException)
        {
            return null;
        }
    }

    internal static bool HasLoneSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A C#-like literal, so that failures show control characters and surrogates.</summary>
    internal static string Show(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                >= ' ' and <= '~' => builder.Append(c),
                _ => builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
            };
        }

        return builder.Append('"').ToString();
    }
}

/// <summary>
/// A theory value that survives xunit's serialization exactly (as UTF-16 code units in hex: a lone surrogate would
/// not survive UTF-8) and shows its control characters in test names.
/// </summary>
public sealed class Text : IXunitSerializable
{
    public Text()
    {
        Value = string.Empty;
    }

    public Text(string value)
    {
        Value = value;
    }

    public string Value { get; private set; }

    public void Serialize(IXunitSerializationInfo info)
        => info.AddValue(nameof(Value), string.Join(",", Value.Select(static c => ((int)c).ToString("X4", CultureInfo.InvariantCulture))));

    public void Deserialize(IXunitSerializationInfo info)
    {
        var hex = info.GetValue<string>(nameof(Value));
        Value = hex.Length == 0
            ? string.Empty
            : new string([.. hex.Split(',').Select(static h => (char)int.Parse(h, NumberStyles.HexNumber, CultureInfo.InvariantCulture))]);
    }

    public override string ToString() => YamlScalarTests.Show(Value);
}

/// <summary>Any string, biased towards YAML's special words, indicators, digits, white space, line breaks and Unicode.</summary>
public readonly record struct AnyText(string Value)
{
    public override string ToString() => YamlScalarTests.Show(Value);
}

/// <summary>Multi-line text: leading and trailing blank lines, indented lines, tabs, trailing spaces, and YAML-looking content.</summary>
public readonly record struct MultiLineText(string Value)
{
    public override string ToString() => YamlScalarTests.Show(Value);
}

public static class YamlArbitraries
{
    private static readonly string[] Atoms =
    [
        "yes", "No", "ON", "off", "y", "N", "true", "False", "null", "NULL", "~", "<<", "=", "0", "0123", "0x1F", "0b101", "0o17", "1_000",
        "12:30:45", "190:20:30", "1.10", ".5", ".inf", "-.Inf", ".NaN", "1e3", "1E+3", "+1", "-1", "2024-01-01", "2001-12-14t21:59:43.10-05:00",
        "1,000", "a", "Z", "busybox:1.37", "/healthz", "-c", "--", "---", "...", "- ", "? ", ": ", ":", " #", "#", "&a", "*a", "!a", "%", "@",
        "`", "|", ">", "[", "]", "{", "}", ",", "\"", "'", "\\", " ", "  ", "\t", "\n", "\r\n", "\r", "\0", "\u0085", "\u2028", "\u2029",
        "\uFEFF", "\u00A0", "\u007F", "\u001B", "\uFFFE", "\uFFFF", "é", "日本", "😀", "\uD800", "\uDC00",
    ];

    private static readonly Gen<string> Digit = Gen.Choose('0', '9').Select(static c => ((char)c).ToString());

    private static readonly Gen<string> Ascii = Gen.Choose(' ', '~').Select(static c => ((char)c).ToString());

    private static readonly Gen<string> Letter = Gen.Elements("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ".Select(static c => c.ToString()));

    private static readonly Gen<string> AnyChar = Gen.Choose(0, 0xFFFF).Select(static c => ((char)c).ToString());

    private static readonly Gen<string> Piece = Gen.Frequency(
        (5, Gen.Elements(Atoms)),
        (4, Letter),
        (3, Digit),
        (3, Ascii),
        (1, AnyChar));

    /// <summary>Strings of up to 12 pieces; a quarter made of letters, digits and plain-safe punctuation only, so the plain path is well covered.</summary>
    public static readonly Gen<string> Any = Gen.Frequency(
        (3, Gen.Choose(0, 12).SelectMany(n => Piece.ArrayOf(n)).Select(static p => string.Concat(p))),
        (1, Gen.Choose(1, 12).SelectMany(n => Gen.Frequency((4, Letter), (2, Digit), (2, Gen.Elements("-", "_", ".", "/", ":", "@", "+", "=", " "))).ArrayOf(n)).Select(static p => string.Concat(p))));

    private static readonly Gen<string> LineText = Gen.Frequency(
        (6, Gen.Choose(1, 8).SelectMany(n => Gen.Frequency((6, Letter), (2, Digit), (3, Ascii), (1, Gen.Elements("😀", "é", "日本", "\t", "\u00A0"))).ArrayOf(n)).Select(static p => string.Concat(p))),
        (1, Gen.Choose(1, 4).SelectMany(n => Piece.ArrayOf(n)).Select(static p => string.Concat(p))));

    private static readonly Gen<string> Line = Gen.Frequency(
        (8, LineText),
        (2, Gen.Constant(string.Empty)),
        (1, LineText.Select(static t => " " + t)),
        (1, LineText.Select(static t => "\t" + t)),
        (1, LineText.Select(static t => t + " ")),
        (1, Gen.Elements("---", "...", "- x", "# comment", "key: value", "  ", "\t")));

    public static readonly Gen<string> MultiLine =
        from leading in Gen.Frequency((4, Gen.Constant(0)), (1, Gen.Choose(1, 3)))
        from lines in Gen.Choose(1, 6).SelectMany(n => Line.ArrayOf(n))
        from trailing in Gen.Frequency((3, Gen.Constant(0)), (3, Gen.Constant(1)), (2, Gen.Choose(2, 4)))
        let text = new string('\n', leading) + string.Join("\n", lines) + new string('\n', trailing)
        select text.Contains('\n', StringComparison.Ordinal) ? text : text + "\n";

    public static Arbitrary<AnyText> AnyText() => Arb.From(Any.Select(static s => new AnyText(s)), static t => Shrink(t.Value).Select(static s => new AnyText(s)));

    public static Arbitrary<MultiLineText> MultiLineText()
        => Arb.From(MultiLine.Select(static s => new MultiLineText(s)), static t => Shrink(t.Value).Where(static s => s.Contains('\n', StringComparison.Ordinal)).Select(static s => new MultiLineText(s)));

    /// <summary>Shorter candidates: halves, then the text without one character.</summary>
    private static IEnumerable<string> Shrink(string value)
    {
        if (value.Length > 1)
        {
            yield return value.Substring(0, value.Length / 2);
            yield return value.Substring(value.Length / 2);
        }

        for (var i = 0; i < value.Length; i++)
        {
            yield return value.Remove(i, 1);
        }
    }
}
