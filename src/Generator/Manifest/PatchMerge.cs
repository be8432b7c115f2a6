using System.Collections.Generic;
using System.Linq;
using Consort.Generator.Model;

namespace Consort.Generator.Manifest;

/// <summary>
/// Merges <c>[Patch]</c>es into a lowered object as a kustomize strategic merge patch does: mappings merge; the lists
/// of containers, init containers, volumes, env and pull secrets merge by <c>name</c>, ports by
/// <c>containerPort</c>, mounts by <c>mountPath</c>; other lists, and scalars, are replaced; a null removes a field.
/// </summary>
internal static class PatchMerge
{
    /// <summary><paramref name="target"/> with <paramref name="patches"/> applied in order.</summary>
    public static ObjectNode Apply(ObjectNode target, Helpers.EquatableArray<PatchValue> patches)
    {
        foreach (var patch in patches.AsImmutableArray())
        {
            if (patch is PatchMapping mapping)
            {
                target = MergeObject(target, mapping);
            }
        }

        return target;
    }

    /// <summary>A patch value on its own (an object of a <c>[Manifest]</c>, or a field the target did not have).</summary>
    public static ManifestNode ToNode(PatchValue value) => value switch
    {
        PatchMapping mapping => new MapNode(mapping.Entries.Select(static e => new KeyValuePair<string, ManifestNode>(e.Key, ToNode(e.Value))).ToList()),
        PatchSequence sequence => new ListNode(sequence.Items.Select(ToNode).ToList()),
        PatchScalar scalar => new ScalarNode(
            scalar.Kind switch
            {
                PatchScalarKind.String => ScalarKind.String,
                PatchScalarKind.Quantity => ScalarKind.Quantity,
                PatchScalarKind.Boolean => ScalarKind.Boolean,
                _ => ScalarKind.Integer,
            },
            scalar.Text),
        _ => new ScalarNode(ScalarKind.Null, "null"),
    };

    private static ObjectNode MergeObject(ObjectNode target, PatchMapping patch)
        => new(target.ModelType, MergeEntries(target.Fields.Select(static f => new KeyValuePair<string, ManifestNode>(f.Key, f.Value)), patch)
            .Select(static e => new ManifestField(e.Key, e.Value))
            .ToList());

    /// <summary>The target's entries, each merged with the patch's value for its key (or removed by a null), then the patch's new keys.</summary>
    private static List<KeyValuePair<string, ManifestNode>> MergeEntries(IEnumerable<KeyValuePair<string, ManifestNode>> target, PatchMapping patch)
    {
        var patched = patch.Entries.ToDictionary(static e => e.Key, static e => e.Value, System.StringComparer.Ordinal);
        var merged = new List<KeyValuePair<string, ManifestNode>>();
        foreach (var entry in target)
        {
            if (!patched.TryGetValue(entry.Key, out var value))
            {
                merged.Add(entry);
            }
            else if (Merge(entry.Value, value, entry.Key) is { } node)
            {
                merged.Add(new KeyValuePair<string, ManifestNode>(entry.Key, node));
            }

            patched.Remove(entry.Key);
        }

        foreach (var entry in patch.Entries)
        {
            if (patched.ContainsKey(entry.Key) && entry.Value is not PatchNull)
            {
                merged.Add(new KeyValuePair<string, ManifestNode>(entry.Key, ToNode(entry.Value)));
            }
        }

        return merged;
    }

    /// <summary>The field <paramref name="key"/> with <paramref name="patch"/> merged in, or null when the patch removes it.</summary>
    private static ManifestNode? Merge(ManifestNode existing, PatchValue patch, string key) => (existing, patch) switch
    {
        (_, PatchNull) => null,
        (ObjectNode target, PatchMapping mapping) => MergeObject(target, mapping),
        (MapNode target, PatchMapping mapping) => new MapNode(MergeEntries(target.Entries, mapping)),
        (ListNode target, PatchSequence sequence) when MergeKey(key) is { } mergeKey => MergeList(target, sequence, mergeKey),
        _ => ToNode(patch),
    };

    /// <summary>The field that identifies an item of the list <paramref name="listField"/>, for the lists that merge by key.</summary>
    private static string? MergeKey(string listField) => listField switch
    {
        "containers" or "initContainers" or "volumes" or "env" or "imagePullSecrets" => "name",
        "ports" => "containerPort",
        "volumeMounts" => "mountPath",
        _ => null,
    };

    private static ListNode MergeList(ListNode target, PatchSequence patch, string mergeKey)
    {
        var items = target.Items.ToList();
        foreach (var item in patch.Items)
        {
            var key = (item as PatchMapping)?.Entries.FirstOrDefault(e => e.Key == mergeKey)?.Value as PatchScalar;
            var index = key is null ? -1 : items.FindIndex(existing => KeyOf(existing, mergeKey) == key.Text);
            if (index < 0)
            {
                items.Add(ToNode(item));
            }
            else if (Merge(items[index], item, mergeKey + "-item") is { } merged)
            {
                items[index] = merged;
            }
        }

        return new ListNode(items);
    }

    private static string? KeyOf(ManifestNode item, string mergeKey) => item switch
    {
        ObjectNode obj => (obj.Fields.FirstOrDefault(f => f.Key == mergeKey).Value as ScalarNode)?.Text,
        MapNode map => (map.Entries.FirstOrDefault(e => e.Key == mergeKey).Value as ScalarNode)?.Text,
        _ => null,
    };
}
