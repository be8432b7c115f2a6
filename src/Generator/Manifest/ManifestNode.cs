using System.Collections.Generic;

namespace Consort.Generator.Manifest;

/// <summary>
/// A Kubernetes object as a small typed tree: the one lowering result from which both the YAML text and the C#
/// object initializer of <c>Build()</c> are written, so that the two cannot disagree.
/// </summary>
internal abstract class ManifestNode
{
}

/// <summary>A KubernetesClient model object such as <c>V1Container</c>; fields in the order they are written.</summary>
internal sealed class ObjectNode(string modelType, IReadOnlyList<ManifestField> fields) : ManifestNode
{
    public string ModelType { get; } = modelType;

    public IReadOnlyList<ManifestField> Fields { get; } = fields;
}

/// <summary>A field of an <see cref="ObjectNode"/>: its YAML key and its KubernetesClient property name.</summary>
internal readonly record struct ManifestField(string Key, string Property, ManifestNode Value);

/// <summary>A list property (<c>IList&lt;T&gt;</c>).</summary>
internal sealed class ListNode(string elementType, IReadOnlyList<ManifestNode> items) : ManifestNode
{
    public string ElementType { get; } = elementType;

    public IReadOnlyList<ManifestNode> Items { get; } = items;
}

/// <summary>A dictionary property with string keys (<c>IDictionary&lt;string, T&gt;</c>), such as labels or resource requests.</summary>
internal sealed class MapNode(string valueType, IReadOnlyList<KeyValuePair<string, ManifestNode>> entries) : ManifestNode
{
    public string ValueType { get; } = valueType;

    public IReadOnlyList<KeyValuePair<string, ManifestNode>> Entries { get; } = entries;
}

/// <summary>The scalar kinds, each written differently in C#.</summary>
internal enum ScalarKind
{
    String,
    Integer,
    Boolean,

    /// <summary>An <c>IntOrString</c> holding a number.</summary>
    IntOrStringNumber,

    /// <summary>An <c>IntOrString</c> holding a name.</summary>
    IntOrStringName,

    /// <summary>A <c>ResourceQuantity</c>.</summary>
    Quantity,
}

/// <summary>A scalar with its YAML text form (numbers and booleans invariant) and its C# kind.</summary>
internal sealed class ScalarNode(ScalarKind kind, string text) : ManifestNode
{
    public ScalarKind Kind { get; } = kind;

    /// <summary>The value: the string itself, or the invariant text of a number or boolean.</summary>
    public string Text { get; } = text;
}
