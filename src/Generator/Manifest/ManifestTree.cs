using System.Collections.Generic;
using System.Globalization;
using System.Linq;

namespace Consort.Generator.Manifest;

/// <summary>Small constructors that keep the lowering code readable; fields whose value is absent are dropped.</summary>
internal static class ManifestTree
{
    public static ObjectNode Object(string modelType, params ManifestField?[] fields)
    {
        var present = new List<ManifestField>(fields.Length);
        foreach (var field in fields)
        {
            if (field is { } value)
            {
                present.Add(value);
            }
        }

        return new(modelType, present);
    }

    public static ManifestField? Field(string key, ManifestNode? value)
        => value is null ? null : new ManifestField(key, value);

    public static ScalarNode? String(string? value) => value is null ? null : new ScalarNode(ScalarKind.String, value);

    public static ScalarNode? Integer(long? value)
        => value is { } number ? new ScalarNode(ScalarKind.Integer, number.ToString(CultureInfo.InvariantCulture)) : null;

    public static ScalarNode? Boolean(bool? value) => value is { } flag ? new ScalarNode(ScalarKind.Boolean, flag ? "true" : "false") : null;

    public static ScalarNode? Quantity(string? value) => value is null ? null : new ScalarNode(ScalarKind.Quantity, value);

    public static ScalarNode? IntOrString(int? number, string? name) => Integer(number) ?? String(name);

    /// <summary>A list, or null when empty: empty lists are left out of the manifest.</summary>
    public static ListNode? List(IEnumerable<ManifestNode?> items)
    {
        var list = new List<ManifestNode>();
        foreach (var item in items)
        {
            if (item is not null)
            {
                list.Add(item);
            }
        }

        return list.Count == 0 ? null : new ListNode(list);
    }

    public static ListNode? Strings(IEnumerable<string>? items)
        => items is null ? null : List(items.Select(String));

    /// <summary>A dictionary, or null when empty.</summary>
    public static MapNode? Map(IEnumerable<KeyValuePair<string, ManifestNode?>> entries)
    {
        var list = new List<KeyValuePair<string, ManifestNode>>();
        foreach (var entry in entries)
        {
            if (entry.Value is { } value)
            {
                list.Add(new KeyValuePair<string, ManifestNode>(entry.Key, value));
            }
        }

        return list.Count == 0 ? null : new MapNode(list);
    }

    public static MapNode? StringMap(IEnumerable<KeyValuePair<string, string>> entries)
        => Map(entries.Select(static e => new KeyValuePair<string, ManifestNode?>(e.Key, String(e.Value))));
}
