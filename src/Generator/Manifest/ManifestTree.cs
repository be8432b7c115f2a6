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

    public static ManifestField? Field(string key, string property, ManifestNode? value)
        => value is null ? null : new ManifestField(key, property, value);

    public static ManifestField? Field(string key, ManifestNode? value)
        => Field(key, PropertyName(key), value);

    public static ScalarNode? String(string? value) => value is null ? null : new ScalarNode(ScalarKind.String, value);

    public static ScalarNode? Integer(long? value)
        => value is { } number ? new ScalarNode(ScalarKind.Integer, number.ToString(CultureInfo.InvariantCulture)) : null;

    public static ScalarNode? Boolean(bool? value) => value is { } flag ? new ScalarNode(ScalarKind.Boolean, flag ? "true" : "false") : null;

    public static ScalarNode? Quantity(string? value) => value is null ? null : new ScalarNode(ScalarKind.Quantity, value);

    public static ScalarNode? IntOrString(int? number, string? name)
        => number is { } n
            ? new ScalarNode(ScalarKind.IntOrStringNumber, n.ToString(CultureInfo.InvariantCulture))
            : name is null ? null : new ScalarNode(ScalarKind.IntOrStringName, name);

    /// <summary>A list, or null when empty: empty lists are left out of the manifest.</summary>
    public static ListNode? List(string elementType, IEnumerable<ManifestNode?> items)
    {
        var list = new List<ManifestNode>();
        foreach (var item in items)
        {
            if (item is not null)
            {
                list.Add(item);
            }
        }

        return list.Count == 0 ? null : new ListNode(elementType, list);
    }

    public static ListNode? Strings(IEnumerable<string>? items)
        => items is null ? null : List("string", items.Select(String));

    /// <summary>A dictionary, or null when empty.</summary>
    public static MapNode? Map(string valueType, IEnumerable<KeyValuePair<string, ManifestNode?>> entries)
    {
        var list = new List<KeyValuePair<string, ManifestNode>>();
        foreach (var entry in entries)
        {
            if (entry.Value is { } value)
            {
                list.Add(new KeyValuePair<string, ManifestNode>(entry.Key, value));
            }
        }

        return list.Count == 0 ? null : new MapNode(valueType, list);
    }

    public static MapNode? StringMap(IEnumerable<KeyValuePair<string, string>> entries)
        => Map("string", entries.Select(static e => new KeyValuePair<string, ManifestNode?>(e.Key, String(e.Value))));

    /// <summary>KubernetesClient's property for a JSON key: PascalCase, with the renames it makes to avoid C# clashes.</summary>
    private static string PropertyName(string key) => key switch
    {
        "namespace" => "NamespaceProperty",
        "readOnly" => "ReadOnlyProperty",
        _ => char.ToUpperInvariant(key[0]) + key.Substring(1),
    };
}
