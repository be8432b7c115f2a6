using System.Collections.Generic;
using System.Linq;

namespace Consort.Generator.Manifest;

/// <summary>Reading the manifest tree by key, alike for the objects lowering writes and the maps a patch adds.</summary>
internal static class ManifestRead
{
    /// <summary>The value of <paramref name="key"/>; null when absent or null, as Go reads a nil field.</summary>
    public static ManifestNode? Get(ManifestNode? node, string key)
    {
        var value = node switch
        {
            ObjectNode o => o.Fields.FirstOrDefault(f => f.Key == key).Value,
            MapNode m => m.Entries.FirstOrDefault(e => e.Key == key).Value,
            _ => null,
        };
        return value is ScalarNode { Kind: ScalarKind.Null } ? null : value;
    }

    /// <summary>The keys of an object or map whose values are not null.</summary>
    public static IEnumerable<string> Keys(ManifestNode? node) => node switch
    {
        ObjectNode o => o.Fields.Where(static f => f.Value is not ScalarNode { Kind: ScalarKind.Null }).Select(static f => f.Key),
        MapNode m => m.Entries.Where(static e => e.Value is not ScalarNode { Kind: ScalarKind.Null }).Select(static e => e.Key),
        _ => [],
    };

    /// <summary>The value at a dotted path, such as <c>seccompProfile.type</c>.</summary>
    public static ManifestNode? At(ManifestNode? node, string path)
    {
        foreach (var key in path.Split('.'))
        {
            node = Get(node, key);
        }

        return node;
    }

    public static string? String(ManifestNode? node) => node is ScalarNode { Kind: not ScalarKind.Null } s ? s.Text : null;

    public static bool? Bool(ManifestNode? node) => node is ScalarNode { Kind: ScalarKind.Boolean } s ? s.Text == "true" : null;

    public static long? Integer(ManifestNode? node) => node is ScalarNode { Kind: ScalarKind.Integer } s && long.TryParse(s.Text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    public static IReadOnlyList<ManifestNode> Items(ManifestNode? node) => node is ListNode list ? list.Items : [];

    public static IEnumerable<string> Strings(ManifestNode? node) => Items(node).Select(String).OfType<string>();

    public static IReadOnlyDictionary<string, string> Map(ManifestNode? node) => node switch
    {
        MapNode m => m.Entries.Where(static e => e.Value is ScalarNode).GroupBy(static e => e.Key).ToDictionary(static g => g.Key, static g => String(g.Last().Value) ?? string.Empty),
        ObjectNode o => o.Fields.Where(static f => f.Value is ScalarNode).GroupBy(static f => f.Key).ToDictionary(static g => g.Key, static g => String(g.Last().Value) ?? string.Empty),
        _ => new Dictionary<string, string>(),
    };
}
