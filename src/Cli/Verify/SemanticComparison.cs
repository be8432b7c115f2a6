using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Consort.Cli.Import;

namespace Consort.Cli.Verify;

/// <summary>
/// Compares an input object with what the built C# wrote, as the API server would store them: its defaults
/// removed, empty values ignored, a Service's named target port resolved to the number, and labels and
/// annotations compared as "every one of the input is there" (Consort adds its name label). Gives the first
/// path that differs, or null.
/// </summary>
internal static class SemanticComparison
{
    /// <summary>The first path at which <paramref name="actual"/> differs from <paramref name="expected"/> as stored by the API server, or null.</summary>
    /// <param name="namedPorts">The container ports by name of the pods a Service selects, to resolve its named target ports.</param>
    public static string? FirstDifference(KubeObject expected, KubeObject actual, IReadOnlyDictionary<string, long> namedPorts)
    {
        var e = Normalize(expected, namedPorts);
        var a = Normalize(actual, namedPorts);
        foreach (var (path, want, got) in LabelSets(e, a, expected.Kind))
        {
            foreach (var entry in want.Entries)
            {
                if (got?[entry.Key] is not YamlScalarValue value || !Same(value, entry.Value))
                {
                    return $"{path}.{entry.Key}: missing (expected {Show(entry.Value)})";
                }
            }
        }

        return Difference(Prune(e)!, Prune(a), string.Empty);
    }

    /// <summary>The label and annotation maps that are compared as subsets; they are taken out of both trees.</summary>
    private static IEnumerable<(string Path, YamlMapping Want, YamlMapping? Got)> LabelSets(YamlMapping expected, YamlMapping actual, string kind)
    {
        var pairs = new List<(string, YamlMapping?, YamlMapping?)>
        {
            (".metadata", expected.Mapping("metadata"), actual.Mapping("metadata")),
        };
        if (WorkloadKinds.Template(expected, kind) is { } template)
        {
            pairs.Add((kind == "CronJob" ? ".spec.jobTemplate.spec.template.metadata" : ".spec.template.metadata", template.Mapping("metadata"), WorkloadKinds.Template(actual, kind)?.Mapping("metadata")));
        }

        var sets = new List<(string, YamlMapping, YamlMapping?)>();
        foreach (var (path, want, got) in pairs)
        {
            foreach (var part in new[] { "labels", "annotations" })
            {
                var wanted = want?.Mapping(part) ?? new YamlMapping();
                sets.Add(($"{path}.{part}", wanted, got?.Mapping(part)));
                want?.Remove(part);
                got?.Remove(part);
            }
        }

        return sets;
    }

    private static YamlMapping Normalize(KubeObject source, IReadOnlyDictionary<string, long> namedPorts)
    {
        // Every metadata field is compared (a patch carries finalizers, owner references, …), not only the ones
        // a separate differ looks at.
        var o = (YamlMapping)source.Object.Clone();
        if (WorkloadKinds.IsWorkload(source))
        {
            ApiDefaults.RemoveFromWorkload(o, source.Kind);
        }

        if (source.Kind == "Service" && o.Mapping("spec") is { } spec)
        {
            Drop(spec, "type", "ClusterIP");
            Drop(spec, "sessionAffinity", "None");
            foreach (var port in spec.Sequence("ports")?.Items.OfType<YamlMapping>() ?? [])
            {
                Drop(port, "protocol", "TCP");
                var target = port["targetPort"] ?? port["port"];
                if (target is YamlScalarValue { Type: ScalarType.String } name && namedPorts.TryGetValue(name.Text, out var number))
                {
                    target = YamlScalarValue.FromYaml(number.ToString(CultureInfo.InvariantCulture), plain: true);
                }

                if (target is not null)
                {
                    port.Set("targetPort", target);
                }
            }
        }

        return (YamlMapping)Prune(o)!;
    }

    private static void Drop(YamlMapping map, string key, string value)
    {
        if (map.String(key) == value)
        {
            map.Remove(key);
        }
    }

    /// <summary>Removes empty mappings, sequences and nulls, as the API server ignores them (an <c>emptyDir: {}</c> is kept: it says something).</summary>
    private static YamlValue? Prune(YamlValue value)
    {
        switch (value)
        {
            case YamlMapping map:
                foreach (var key in map.Keys.ToList())
                {
                    var pruned = Prune(map[key]!);
                    if (key != "emptyDir" && (pruned is null || pruned is YamlMapping { IsEmpty: true } || pruned is YamlSequence { Items.Count: 0 }))
                    {
                        map.Remove(key);
                    }
                    else if (pruned is not null)
                    {
                        map.Set(key, pruned);
                    }
                }

                return map;
            case YamlSequence sequence:
                return new YamlSequence([.. sequence.Items.Select(static i => Prune(i) ?? YamlScalarValue.FromYaml("null", plain: true))]);
            case YamlScalarValue { Type: ScalarType.Null }:
                return null;
            default:
                return value;
        }
    }

    private static string? Difference(YamlValue expected, YamlValue? actual, string path)
    {
        switch (expected, actual)
        {
            case (YamlMapping e, YamlMapping a):
                foreach (var key in e.Keys.Concat(a.Keys).Distinct().OrderBy(static k => k, StringComparer.Ordinal))
                {
                    if (!e.Contains(key))
                    {
                        return $"{path}.{key}: unexpected {Show(a[key]!)}";
                    }

                    if (!a.Contains(key))
                    {
                        return $"{path}.{key}: missing (expected {Show(e[key]!)})";
                    }

                    if (Difference(e[key]!, a[key], $"{path}.{key}") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case (YamlSequence e, YamlSequence a):
                if (e.Items.Count != a.Items.Count)
                {
                    return $"{path}: {a.Items.Count} items, expected {e.Items.Count}";
                }

                for (var i = 0; i < e.Items.Count; i++)
                {
                    if (Difference(e.Items[i], a.Items[i], $"{path}[{i}]") is { } inner)
                    {
                        return inner;
                    }
                }

                return null;
            case (YamlScalarValue e, YamlScalarValue a) when Same(e, a):
                return null;
            default:
                return $"{path}: {(actual is null ? "missing" : Show(actual))}, expected {Show(expected)}";
        }
    }

    private static bool Same(YamlValue expected, YamlValue actual) => (expected, actual) switch
    {
        (YamlScalarValue e, YamlScalarValue a) when e.Type == ScalarType.Float || a.Type == ScalarType.Float
            => e.Type is ScalarType.Float or ScalarType.Integer && a.Type is ScalarType.Float or ScalarType.Integer
               && (e.Text == a.Text || (double.TryParse(e.Text, CultureInfo.InvariantCulture, out var x) && double.TryParse(a.Text, CultureInfo.InvariantCulture, out var y) && x == y)),
        (YamlScalarValue { Type: ScalarType.Boolean } e, YamlScalarValue { Type: ScalarType.Boolean } a) => e.Flag == a.Flag,
        (YamlScalarValue e, YamlScalarValue a) => e.Type == a.Type && e.Text == a.Text,
        _ => Difference(expected, actual, string.Empty) is null,
    };

    private static string Show(YamlValue value)
    {
        var text = value is YamlScalarValue scalar ? YamlText.Scalar(scalar) : YamlText.Write(value).Replace("\n", " ", StringComparison.Ordinal).Trim();
        return text.Length > 100 ? text[..100] + "…" : text;
    }
}
