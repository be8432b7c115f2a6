using Consort.Generator.Helpers;

namespace Consort.Generator.Model;

/// <summary>
/// A value of a <c>[Patch]</c> or <c>[Manifest]</c>, read from its YAML and checked against the Kubernetes API: a
/// mapping, a list, a scalar of the type its field takes, or null (which removes the field it patches).
/// </summary>
internal abstract record PatchValue;

/// <summary>A mapping, in the order written.</summary>
internal sealed record PatchMapping(EquatableArray<PatchEntry> Entries) : PatchValue;

/// <summary>One key of a <see cref="PatchMapping"/>.</summary>
internal sealed record PatchEntry(string Key, PatchValue Value);

/// <summary>A list.</summary>
internal sealed record PatchSequence(EquatableArray<PatchValue> Items) : PatchValue;

/// <summary>How a scalar is written: quoted as needed, as a quantity, or plain (a number or a boolean).</summary>
internal enum PatchScalarKind
{
    String,
    Quantity,
    Integer,
    Number,
    Boolean,
}

/// <summary>A scalar: its kind and its text (numbers and booleans in their canonical, invariant form).</summary>
internal sealed record PatchScalar(PatchScalarKind Kind, string Text) : PatchValue;

/// <summary>A <c>null</c>: the patched field is removed.</summary>
internal sealed record PatchNull : PatchValue
{
    public static PatchNull Instance { get; } = new();
}

/// <summary>A <c>[Manifest]</c> object: its mapping, and its KubernetesClient model (null for a custom resource).</summary>
internal sealed record ManifestObjectSpec(string? ModelType, PatchMapping Object);
