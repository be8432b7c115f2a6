using System.Collections.Generic;

namespace Consort.Generator.Manifest;

/// <summary>
/// A Kubernetes object as a small typed tree: the one lowering result from which the YAML text is written (and
/// with it <c>Build()</c>, which reads that text at run time).
/// </summary>
internal abstract class ManifestNode
{
}

/// <summary>A KubernetesClient model object such as <c>V1Container</c>; fields in the order they are written.</summary>
internal sealed class ObjectNode(string? modelType, IReadOnlyList<ManifestField> fields) : ManifestNode
{
    /// <summary>The model's name, such as <c>V1Container</c>; null for an object no model describes (a custom resource).</summary>
    public string? ModelType { get; } = modelType;

    public IReadOnlyList<ManifestField> Fields { get; } = fields;
}

/// <summary>A field of an <see cref="ObjectNode"/>: its key and its value.</summary>
internal readonly record struct ManifestField(string Key, ManifestNode Value);

/// <summary>A list.</summary>
internal sealed class ListNode(IReadOnlyList<ManifestNode> items) : ManifestNode
{
    public IReadOnlyList<ManifestNode> Items { get; } = items;
}

/// <summary>A map with keys chosen by the user or by Kubernetes (not fields of a model), such as labels or resource requests.</summary>
internal sealed class MapNode(IReadOnlyList<KeyValuePair<string, ManifestNode>> entries) : ManifestNode
{
    public IReadOnlyList<KeyValuePair<string, ManifestNode>> Entries { get; } = entries;
}

/// <summary>The scalar kinds, each written differently in YAML.</summary>
internal enum ScalarKind
{
    /// <summary>A string, quoted where YAML would read it as something else.</summary>
    String,

    /// <summary>A number, written plain (also an <c>IntOrString</c> that holds one).</summary>
    Integer,

    /// <summary><c>true</c> or <c>false</c>, written plain.</summary>
    Boolean,

    /// <summary>A resource quantity: a string, quoted when it looks like a number.</summary>
    Quantity,

    /// <summary><c>null</c>, which a kept object (a custom resource) may hold.</summary>
    Null,
}

/// <summary>A scalar with its YAML text form (numbers and booleans invariant) and its kind.</summary>
internal sealed class ScalarNode(ScalarKind kind, string text) : ManifestNode
{
    public ScalarKind Kind { get; } = kind;

    /// <summary>The value: the string itself, or the invariant text of a number or boolean.</summary>
    public string Text { get; } = text;
}
