using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;

using Consort.Generator.Helpers;

namespace Consort.Generator.Manifest;

/// <summary>Small constructors that keep the lowering code readable; fields whose value is absent are dropped.</summary>
internal static class ManifestTree
{
    public static ObjectNode Object(string modelType, params ManifestField?[] fields)
    {
        // Most fields of a model are absent: size the node to the present ones, as every workload is lowered this way.
        var count = 0;
        foreach (var field in fields)
        {
            count += field.HasValue ? 1 : 0;
        }

        var present = new ManifestField[count];
        count = 0;
        foreach (var field in fields)
        {
            if (field is { } value)
            {
                present[count++] = value;
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

    /// <summary>A number of pods or a percentage, as written: the number as an integer, the percentage as a string.</summary>
    public static ScalarNode? IntOrPercent(string? value)
        => value is null ? null : int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var count) ? Integer(count) : String(value);

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

    /// <summary>A list of <paramref name="items"/>, each lowered by <paramref name="lower"/>, or null when empty.</summary>
    public static ListNode? List<T>(EquatableArray<T> items, Func<T, ManifestNode?> lower)
        where T : IEquatable<T>
    {
        if (items.IsEmpty)
        {
            return null;
        }

        var list = new List<ManifestNode>(items.Count);
        foreach (var item in items.AsImmutableArray())
        {
            if (lower(item) is { } node)
            {
                list.Add(node);
            }
        }

        return list.Count == 0 ? null : new ListNode(list);
    }

    public static ListNode? Strings(EquatableArray<string>? items)
        => items is { } values ? List(values, String) : null;

    public static ListNode? Strings(IReadOnlyList<string> items)
        => List(items.Select(String));

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
