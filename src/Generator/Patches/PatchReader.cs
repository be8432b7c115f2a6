using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Consort.Generator.Diagnostics;
using Consort.Generator.Helpers;
using Consort.Generator.Model;
using Consort.Generator.Validation;
using Consort.Kubernetes;
using Microsoft.CodeAnalysis;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Consort.Generator.Patches;

/// <summary>What a patch applies to.</summary>
internal enum PatchTarget
{
    Workload,
    Container,

    /// <summary>Not a patch: a whole <c>[Manifest]</c> object.</summary>
    Manifest,
}

/// <summary>A container a patch names in <c>containers</c> or <c>initContainers</c>, and where its name is in the text.</summary>
internal sealed record PatchedContainer(string List, string Name, int Index, int Length);

/// <summary>
/// An environment variable name or envFrom prefix in a patch that is valid only from Kubernetes 1.34 (printable ASCII
/// but not a C identifier), and where it is inside the YAML text: the caller knows the target version.
/// </summary>
internal sealed record PatchedEnvName(string What, string Name, string Problem, int Index, int Length);

/// <summary>A problem and where it is inside the YAML text: a character index and a length; the arguments are the descriptor's message arguments.</summary>
internal delegate void PatchProblem(DiagnosticDescriptor descriptor, int index, int length, params string[] arguments);

/// <summary>
/// Reads the YAML of a <c>[Patch]</c> or <c>[Manifest]</c>: parses it, checks every key and value against the
/// Kubernetes API of the referenced KubernetesClient and against the rules the attributes obey (names, ports, mount
/// paths, quantities, labels), and reports each problem where it is in the text. Values are typed as the API server
/// reads them (YAML 1.1), so a plain <c>yes</c> where a string belongs is reported, not silently changed.
/// </summary>
internal sealed class PatchReader
{
    private static readonly SchemaShape AnyShape = new(ShapeKind.Any);

    private readonly PatchProblem _report;
    private readonly PatchTarget _target;
    private readonly Dictionary<string, PatchValue> _anchors = new(System.StringComparer.Ordinal);
    private readonly List<string> _path = [];
    private List<PatchedContainer>? _containers;
    private List<PatchedEnvName>? _envNames;
    private bool _failed;

    private PatchReader(PatchProblem report, PatchTarget target)
    {
        _report = report;
        _target = target;
    }

    /// <summary>
    /// A <c>[Patch]</c>'s mapping, checked against <paramref name="root"/> (the workload's or container's model; null
    /// when the project references no KubernetesClient, then only YAML is checked); null when it has errors.
    /// </summary>
    /// <param name="target">What it patches: the workload object or a container, whose identity their attributes decide.</param>
    /// <param name="containers">Receives each container the patch names in a list of containers, for the checks across lists.</param>
    /// <param name="envNames">Receives the environment variable names and prefixes that need Kubernetes 1.34.</param>
    public static PatchMapping? ReadPatch(string yaml, SchemaType? root, PatchTarget target, PatchProblem report, List<PatchedContainer>? containers = null, List<PatchedEnvName>? envNames = null)
    {
        var reader = new PatchReader(report, target) { _containers = containers, _envNames = envNames };
        var value = reader.Read(yaml, root is null ? AnyShape : new SchemaShape(ShapeKind.Object, root), "Patch");
        return reader._failed ? null : value as PatchMapping;
    }

    /// <summary>
    /// A <c>[Manifest]</c>'s object: it needs <c>apiVersion</c>, <c>kind</c> and <c>metadata.name</c>; an object of a
    /// kind the client knows is checked against its model, any other (a custom resource) is kept as written.
    /// </summary>
    public static ManifestObjectSpec? ReadManifest(string yaml, KubernetesSchema? schema, PatchProblem report, List<PatchedEnvName>? envNames = null)
    {
        var reader = new PatchReader(report, PatchTarget.Manifest);
        if (reader.Read(yaml, AnyShape, "Manifest") is not PatchMapping untyped)
        {
            return null;
        }

        var apiVersion = (Find(untyped, "apiVersion") as PatchScalar)?.Text;
        var kind = (Find(untyped, "kind") as PatchScalar)?.Text;
        var name = (Find(Find(untyped, "metadata") as PatchMapping, "name") as PatchScalar)?.Text;
        if (string.IsNullOrEmpty(apiVersion) || string.IsNullOrEmpty(kind) || string.IsNullOrEmpty(name))
        {
            report(DiagnosticDescriptors.InvalidPatchValue, 0, yaml.Length, "A [Manifest] needs apiVersion, kind and metadata.name, as every Kubernetes object has");
            return null;
        }

        // A problem of the YAML itself was reported by the first reading; the typed one would report it again.
        var model = schema?.ForKind(apiVersion!, kind!);
        if (model is null || reader._failed)
        {
            return reader._failed ? null : new ManifestObjectSpec(null, untyped);
        }

        var typed = new PatchReader(report, PatchTarget.Manifest) { _envNames = envNames }.Read(yaml, new SchemaShape(ShapeKind.Object, model), "Manifest");
        if (KubernetesNames.CheckObjectName(apiVersion!, kind!, name!) is { } problem)
        {
            report(DiagnosticDescriptors.InvalidName, 0, yaml.Length, "Object name", name!, problem);
            return null;
        }

        return typed is PatchMapping mapping ? new ManifestObjectSpec(model.Name, mapping) : null;
    }

    private PatchValue? Read(string yaml, SchemaShape root, string what)
    {
        var parser = new Parser(new StringReader(yaml));
        try
        {
            parser.Consume<StreamStart>();
            if (parser.Accept<StreamEnd>(out _))
            {
                Fail(DiagnosticDescriptors.InvalidPatchYaml, 0, 1, $"The {what} is empty; write a YAML mapping");
                return null;
            }

            parser.Consume<DocumentStart>();
            if (parser.Current is not MappingStart)
            {
                Fail(DiagnosticDescriptors.InvalidPatchYaml, Index(parser.Current), 1, $"The {what} must be a YAML mapping (key: value), not a single value or a list");
                return null;
            }

            var value = ReadNode(parser, root, context: null);

            parser.Consume<DocumentEnd>();
            if (!parser.Accept<StreamEnd>(out _))
            {
                Fail(DiagnosticDescriptors.InvalidPatchYaml, Index(parser.Current), 3, $"A {what} is one YAML document; remove the '---' and what follows, or write another [{what}]");
            }

            return value;
        }
        catch (YamlException exception)
        {
            Fail(DiagnosticDescriptors.InvalidPatchYaml, (int)exception.Start.Index, 1, $"The {what} is not valid YAML: {Describe(exception)}");
            return null;
        }
    }

    /// <summary>The field a value belongs to, for the rules that apply to it.</summary>
    private readonly record struct FieldContext(string Model, string Field);

    private PatchValue? ReadNode(IParser parser, SchemaShape shape, FieldContext? context)
    {
        var current = parser.Current;
        switch (current)
        {
            case Scalar scalar:
                parser.MoveNext();
                var value = ReadScalar(scalar, shape, context);
                Remember(scalar.Anchor, value);
                return value;
            case AnchorAlias alias:
                parser.MoveNext();
                if (_anchors.TryGetValue(alias.Value.Value, out var anchored))
                {
                    return anchored;
                }

                Fail(DiagnosticDescriptors.InvalidPatchYaml, Index(alias), alias.Value.Value.Length + 1, $"Alias '*{alias.Value.Value}' names no anchor before it");
                return null;
            case MappingStart mapping:
                if (shape.Kind is not (ShapeKind.Object or ShapeKind.Map or ShapeKind.Any))
                {
                    Fail(DiagnosticDescriptors.InvalidPatchValue, Index(mapping), 1, $"{Where(context)} must be {shape.Describe()}, not a mapping");
                    parser.SkipThisAndNestedEvents();
                    return null;
                }

                var read = ReadMapping(parser, shape, context);
                Remember(mapping.Anchor, read);
                return read;
            case SequenceStart sequence:
                if (shape.Kind is not (ShapeKind.List or ShapeKind.Any))
                {
                    Fail(DiagnosticDescriptors.InvalidPatchValue, Index(sequence), 1, $"{Where(context)} must be {shape.Describe()}, not a list");
                    parser.SkipThisAndNestedEvents();
                    return null;
                }

                parser.MoveNext();
                var items = new List<PatchValue>();
                var element = shape.Element ?? AnyShape;
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    if (ReadNode(parser, element, context) is { } item)
                    {
                        items.Add(item);
                    }
                }

                var list = new PatchSequence(items.ToEquatableArray());
                Remember(sequence.Anchor, list);
                return list;
            default:
                Fail(DiagnosticDescriptors.InvalidPatchYaml, Index(current), 1, "Unexpected YAML here");
                parser.SkipThisAndNestedEvents();
                return null;
        }
    }

    private PatchMapping ReadMapping(IParser parser, SchemaShape shape, FieldContext? holder)
    {
        parser.MoveNext();
        var entries = new List<PatchEntry>();
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        while (!parser.TryConsume<MappingEnd>(out _))
        {
            if (parser.Current is not Scalar key)
            {
                Fail(DiagnosticDescriptors.InvalidPatchYaml, Index(parser.Current), 1, "A key must be a plain value, not a mapping or a list");
                parser.SkipThisAndNestedEvents();
                parser.SkipThisAndNestedEvents();
                continue;
            }

            parser.MoveNext();
            var keyIndex = Index(key);
            if (key.Value == "<<" && key.Style == ScalarStyle.Plain)
            {
                Fail(DiagnosticDescriptors.InvalidPatchYaml, keyIndex, 2, "Merge keys (<<) are not supported: Kubernetes reads YAML without them; write the fields out");
                parser.SkipThisAndNestedEvents();
                continue;
            }

            if (!seen.Add(key.Value))
            {
                Fail(DiagnosticDescriptors.InvalidPatchYaml, keyIndex, key.Value.Length, $"Key '{key.Value}' appears twice in one mapping");
                parser.SkipThisAndNestedEvents();
                continue;
            }

            if (OwnedByTheAttribute(key.Value) is { } owner)
            {
                Fail(DiagnosticDescriptors.NotApplicable, keyIndex, key.Value.Length, $"A patch cannot change '{key.Value}': {owner}");
                parser.SkipThisAndNestedEvents();
                continue;
            }

            SchemaShape fieldShape;
            FieldContext? context = null;
            if (shape.Kind == ShapeKind.Object)
            {
                if (!shape.Model!.Fields.TryGetValue(key.Value, out fieldShape!))
                {
                    var nearest = Nearest(key.Value, shape.Model.Fields.Keys);
                    Fail(
                        DiagnosticDescriptors.UnknownPatchField,
                        keyIndex,
                        key.Value.Length,
                        $"'{key.Value}' is not a field of {shape.Model.Name}" + (nearest is null ? string.Empty : $"; did you mean '{nearest}'?"));
                    parser.SkipThisAndNestedEvents();
                    continue;
                }

                context = new FieldContext(shape.Model.Name, key.Value);
            }
            else
            {
                fieldShape = shape.Element ?? AnyShape;
            }

            var valueStart = parser.Current;
            _path.Add(key.Value);
            var value = ReadNode(parser, fieldShape, context);
            _path.RemoveAt(_path.Count - 1);
            if (value is null)
            {
                continue;
            }

            if (shape.Kind == ShapeKind.Map && holder is { } map)
            {
                CheckLabel(map, key, value, valueStart);
            }

            entries.Add(new PatchEntry(key.Value, value));
        }

        return new PatchMapping(entries.ToEquatableArray());
    }

    /// <summary>What decides <paramref name="key"/> instead of the patch, or null when a patch may set it.</summary>
    private string? OwnedByTheAttribute(string key) => _target switch
    {
        PatchTarget.Workload when _path.Count == 0 && key is "apiVersion" or "kind" => "the workload attribute decides the object's kind",
        PatchTarget.Workload when _path.Count == 1 && _path[0] == "metadata" && key is "name" or "namespace"
            => $"set it on the workload attribute, whose {(key == "name" ? "name" : "Namespace")} the constants, the file and the registry use",
        PatchTarget.Container when _path.Count == 0 && key == "name" => "set Name on the container attribute, which the constants and the builder use",
        _ => null,
    };

    /// <summary>Label and annotation keys and label values (also of node selectors), by the rules the attributes obey.</summary>
    private void CheckLabel(FieldContext map, Scalar key, PatchValue value, ParsingEvent valueStart)
    {
        var labels = (map.Model, map.Field) is ("V1ObjectMeta", "labels") or ("V1PodSpec", "nodeSelector") or ("V1LabelSelector", "matchLabels");
        var annotations = (map.Model, map.Field) is ("V1ObjectMeta", "annotations");
        if (!labels && !annotations)
        {
            return;
        }

        var what = annotations ? "Annotation" : "Label";
        if (LabelRules.CheckKey(key.Value, annotations) is { } keyProblem)
        {
            Fail(DiagnosticDescriptors.InvalidLabel, Index(key), key.Value.Length, $"{what} key '{key.Value}' is invalid: {keyProblem}");
        }

        if (labels && value is PatchScalar { Text: var text } && LabelRules.CheckValue(text) is { } valueProblem)
        {
            Fail(DiagnosticDescriptors.InvalidLabel, Index(valueStart), System.Math.Max(text.Length, 1), $"Label value '{text}' is invalid: {valueProblem}");
        }
    }

    /// <summary>A scalar, typed as its field takes it and as the API server reads it.</summary>
    private PatchValue? ReadScalar(Scalar scalar, SchemaShape shape, FieldContext? context)
    {
        var text = scalar.Value;
        var index = Index(scalar);
        var length = System.Math.Max((int)(scalar.End.Index - scalar.Start.Index), 1);
        var specificTag = !scalar.Tag.IsEmpty && !scalar.Tag.IsNonSpecific;
        var explicitString = specificTag && scalar.Tag.Value is "tag:yaml.org,2002:str" or "!!str";
        if (specificTag && !explicitString)
        {
            Fail(DiagnosticDescriptors.InvalidPatchYaml, index, length, $"Tag '{scalar.Tag.Value}' is not supported; quote the value for a string");
            return null;
        }

        var quoted = scalar.Style != ScalarStyle.Plain || explicitString;
        var plain = quoted ? default : PlainScalar.Resolve(text);
        if (!quoted && plain.Kind == PlainKind.Null)
        {
            return PatchNull.Instance;
        }

        PatchValue? value = shape.Kind switch
        {
            ShapeKind.String => quoted || plain.Kind == PlainKind.String ? new PatchScalar(PatchScalarKind.String, text) : Mistyped(plain, text, index, length, context),
            ShapeKind.Integer when !quoted && plain.Kind == PlainKind.Integer => new PatchScalar(PatchScalarKind.Integer, plain.Integer.ToString(CultureInfo.InvariantCulture)),
            ShapeKind.Number when !quoted && plain.Kind is PlainKind.Integer or PlainKind.Float
                => new PatchScalar(PatchScalarKind.Number, plain.Kind == PlainKind.Integer ? plain.Integer.ToString(CultureInfo.InvariantCulture) : plain.Number.ToString("R", CultureInfo.InvariantCulture)),
            ShapeKind.Boolean when !quoted && plain.Kind == PlainKind.Boolean => new PatchScalar(PatchScalarKind.Boolean, plain.Flag ? "true" : "false"),
            ShapeKind.IntOrString when quoted || plain.Kind == PlainKind.String => new PatchScalar(PatchScalarKind.String, text),
            ShapeKind.IntOrString when plain.Kind == PlainKind.Integer => new PatchScalar(PatchScalarKind.Integer, plain.Integer.ToString(CultureInfo.InvariantCulture)),
            // A quantity written as a number (cpu: 1, cpu: 0.5) stays a number, so that the manifest says what the
            // patch said. An exponent without a point (1e3) is a number to go-yaml but a string to KubernetesClient's
            // YAML reader, which would then differ from Build(): it is written as a string, as given.
            ShapeKind.Quantity when !quoted && plain.Kind == PlainKind.Integer => Quantity(text, index, length) is null
                ? null
                : new PatchScalar(PatchScalarKind.Integer, plain.Integer.ToString(CultureInfo.InvariantCulture)),
            ShapeKind.Quantity when !quoted && plain.Kind == PlainKind.Float && IsDecimalFraction(text) => Quantity(text, index, length) is null
                ? null
                : new PatchScalar(PatchScalarKind.Number, text),
            ShapeKind.Quantity when quoted || plain.Kind is PlainKind.String or PlainKind.Float => Quantity(text, index, length),
            ShapeKind.Any => quoted || plain.Kind == PlainKind.String ? new PatchScalar(PatchScalarKind.String, text)
                : plain.Kind == PlainKind.Boolean ? new PatchScalar(PatchScalarKind.Boolean, plain.Flag ? "true" : "false")
                : plain.Kind == PlainKind.Integer ? new PatchScalar(PatchScalarKind.Integer, plain.Integer.ToString(CultureInfo.InvariantCulture))
                : new PatchScalar(PatchScalarKind.Number, plain.Number.ToString("R", CultureInfo.InvariantCulture)),
            _ => WrongType(shape, text, quoted, index, length, context),
        };
        if (value is PatchScalar scalarValue && context is { } field)
        {
            CheckField(field, scalarValue.Text, index, length);
        }

        return value;
    }

    /// <summary>A plain value that YAML 1.1 reads as something else where a string belongs: the YAML 1.1 trap.</summary>
    private PatchValue? Mistyped(PlainScalar plain, string text, int index, int length, FieldContext? context)
    {
        var reading = plain.Kind switch
        {
            PlainKind.Boolean => "the boolean " + (plain.Flag ? "true" : "false"),
            PlainKind.Integer => "the number " + plain.Integer.ToString(CultureInfo.InvariantCulture),
            _ => "a number",
        };
        Fail(DiagnosticDescriptors.InvalidPatchValue, index, length, $"{Where(context)} must be a string, but Kubernetes reads '{text}' as {reading}; quote it: \"{text}\"");
        return null;
    }

    private PatchValue? WrongType(SchemaShape shape, string text, bool quoted, int index, int length, FieldContext? context)
    {
        var found = quoted ? $"the string \"{text}\"" : $"'{text}'";
        Fail(DiagnosticDescriptors.InvalidPatchValue, index, length, $"{Where(context)} must be {shape.Describe()}, not {found}");
        return null;
    }

    /// <summary>Digits with one decimal point and nothing else (<c>0.5</c>, <c>1.25</c>).</summary>
    private static bool IsDecimalFraction(string text)
    {
        var point = text.IndexOf('.');
        return point > 0 && point < text.Length - 1 && text.Remove(point, 1).All(static c => c is >= '0' and <= '9');
    }

    private PatchValue? Quantity(string text, int index, int length)
    {
        if (Quantities.Parse(text) is null)
        {
            Fail(DiagnosticDescriptors.InvalidQuantity, index, length, $"'{text}' is not a Kubernetes quantity; use a number with a suffix such as 250m, 1, 128Mi, 1Gi or 500M");
            return null;
        }

        return new PatchScalar(PatchScalarKind.Quantity, text);
    }

    /// <summary>The rules the attributes obey, for the same fields written in a patch.</summary>
    private void CheckField(FieldContext field, string value, int index, int length)
    {
        switch (field.Model, field.Field)
        {
            case ("V1Container", "name") when _path.Count >= 2 && _path[_path.Count - 2] is "containers" or "initContainers":
                _containers?.Add(new PatchedContainer(_path[_path.Count - 2], value, index, length));
                if (KubernetesNames.CheckDns1123Label(value) is { } containerProblem)
                {
                    Fail(DiagnosticDescriptors.InvalidName, index, length, "Container name", value, containerProblem);
                }

                break;
            case ("V1Container" or "V1EphemeralContainer", "name") when KubernetesNames.CheckDns1123Label(value) is { } problem:
                Fail(DiagnosticDescriptors.InvalidName, index, length, "Container name", value, problem);
                break;
            case ("V1Volume", "name") when KubernetesNames.CheckDns1123Label(value) is { } problem:
                Fail(DiagnosticDescriptors.InvalidName, index, length, "Volume name", value, problem);
                break;
            case ("V1ContainerPort", "name") when KubernetesNames.CheckPortName(value) is { } problem:
                Fail(DiagnosticDescriptors.InvalidName, index, length, "Port name", value, problem);
                break;
            case ("V1ContainerPort", "containerPort" or "hostPort") when !int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var port) || !KubernetesNames.IsPortNumber(port):
                Fail(DiagnosticDescriptors.InvalidPort, index, length, $"Port {value} must be between 1 and 65535, inclusive");
                break;
            case ("V1EnvVar", "name"):
                CheckEnvName("Environment variable name", value, index, length);
                break;
            case ("V1EnvFromSource", "prefix") when value.Length > 0:
                CheckEnvName("EnvFrom prefix", value, index, length);
                break;
            case ("V1VolumeMount", "mountPath") when !value.StartsWith("/", System.StringComparison.Ordinal):
                Fail(DiagnosticDescriptors.InvalidMountPath, index, length, "Mount path", value, "it must be an absolute path such as /var/log/app");
                break;
            case ("V1VolumeMount", "subPath") when value.StartsWith("/", System.StringComparison.Ordinal) || value.Split('/').Contains(".."):
                Fail(DiagnosticDescriptors.InvalidMountPath, index, length, "SubPath", value, "it must be a relative path inside the volume without '..'");
                break;
        }
    }

    private void CheckEnvName(string what, string value, int index, int length)
    {
        if (EnvRules.CheckRelaxedName(value) is { } problem)
        {
            Fail(DiagnosticDescriptors.InvalidEnv, index, length, $"{what} '{value}' is invalid: {problem}");
        }
        else if (EnvRules.CheckStrictName(value) is { } strictProblem)
        {
            _envNames?.Add(new PatchedEnvName(what, value, strictProblem, index, length));
        }
    }

    private void Remember(AnchorName anchor, PatchValue? value)
    {
        if (!anchor.IsEmpty && value is not null)
        {
            _anchors[anchor.Value] = value;
        }
    }

    private void Fail(DiagnosticDescriptor descriptor, int index, int length, params string[] arguments)
    {
        _failed |= descriptor.DefaultSeverity == DiagnosticSeverity.Error;
        _report(descriptor, index, length, arguments);
    }

    private static string Where(FieldContext? context) => context is { } field ? $"'{field.Field}' of {field.Model}" : "The value";

    private static int Index(ParsingEvent? parsingEvent) => parsingEvent is null ? 0 : (int)parsingEvent.Start.Index;

    private static string Describe(YamlException exception)
    {
        var message = exception.Message;
        var colon = message.IndexOf("): ", System.StringComparison.Ordinal);
        return colon >= 0 ? message.Substring(colon + 3) : message;
    }

    private static PatchValue? Find(PatchMapping? mapping, string key)
        => mapping?.Entries.FirstOrDefault(e => e.Key == key)?.Value;

    /// <summary>The known name closest to <paramref name="name"/>, when close enough to be what was meant.</summary>
    private static string? Nearest(string name, IEnumerable<string> known)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in known)
        {
            var distance = Distance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return bestDistance <= System.Math.Max(2, name.Length / 3) ? best : null;
    }

    private static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = System.Math.Min(System.Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
