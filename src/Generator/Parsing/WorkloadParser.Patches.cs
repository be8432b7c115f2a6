using System.Collections.Generic;
using Consort.Generator.Helpers;
using Consort.Generator.Model;
using Consort.Generator.Patches;

namespace Consort.Generator.Parsing;

internal sealed partial class WorkloadParser
{
    /// <summary>
    /// The <c>[Patch]</c>es of <paramref name="type"/> (the workload class, or a container class), read and checked
    /// against <paramref name="model"/>, with each problem reported where it is inside the string.
    /// </summary>
    private EquatableArray<PatchValue> ReadPatches(DeclaredType type, string model, bool isWorkload)
    {
        var patches = new List<PatchValue>();
        foreach (var data in type.Attributes)
        {
            if (data.Name != KnownAttributes.Patch || new AttributeArguments(data) is var attribute && !Bound(attribute))
            {
                continue;
            }

            var patch = PatchReader.ReadPatch(attribute.PositionalString(0) ?? string.Empty, _schema?.Model(model), isWorkload, ProblemsIn(attribute));
            if (patch is not null)
            {
                patches.Add(patch);
            }
        }

        return patches.ToEquatableArray();
    }

    /// <summary>The <c>[Manifest]</c>s of the class: whole extra objects, checked against their models where the client knows their kind.</summary>
    private EquatableArray<ManifestObjectSpec> ReadManifests()
    {
        var manifests = new List<ManifestObjectSpec>();
        foreach (var data in _type.Attributes)
        {
            if (data.Name != KnownAttributes.Manifest || new AttributeArguments(data) is var attribute && !Bound(attribute))
            {
                continue;
            }

            if (PatchReader.ReadManifest(attribute.PositionalString(0) ?? string.Empty, _schema, ProblemsIn(attribute)) is { } manifest)
            {
                manifests.Add(manifest);
            }
        }

        return manifests.ToEquatableArray();
    }

    /// <summary>Reports a problem the patch reader found at a place in the YAML text, at that place in the string literal.</summary>
    private PatchProblem ProblemsIn(AttributeArguments attribute)
    {
        var positions = LiteralPositions.For(attribute.PositionalExpression(0));
        return (descriptor, index, length, arguments) => Report(descriptor, attribute.Tree, positions.Span(index, length), arguments);
    }
}
