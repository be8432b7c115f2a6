using System.Collections.Generic;
using System.Linq;
using Consort.Generator.Diagnostics;
using Consort.Generator.Helpers;
using Consort.Generator.Model;
using Consort.Generator.Options;
using Consort.Generator.Patches;

namespace Consort.Generator.Parsing;

internal sealed partial class WorkloadParser
{
    /// <summary>
    /// The <c>[Patch]</c>es of <paramref name="type"/> (the workload class, or a container class), read and checked
    /// against <paramref name="model"/>, with each problem reported where it is inside the string.
    /// </summary>
    private EquatableArray<PatchValue> ReadPatches(DeclaredType type, string model, PatchTarget target)
    {
        List<PatchValue>? patches = null;
        foreach (var data in type.Attributes)
        {
            if (data.Name != KnownAttributes.Patch || new AttributeArguments(data) is var attribute && !Bound(attribute))
            {
                continue;
            }

            var spans = new LiteralSpans(attribute);
            var problems = ProblemsIn(attribute, spans);
            var named = new List<PatchedContainer>();
            var envNames = new List<PatchedEnvName>();
            var patch = PatchReader.ReadPatch(attribute.PositionalString(0) ?? string.Empty, _schema.Value?.Model(model), target, problems, named, envNames);
            ReportStrictEnvNames(attribute, spans, envNames);
            if (patch is not null)
            {
                (patches ??= []).Add(patch);
                _patchedContainers.AddRange(named.Select(n => (n, problems)));
            }
        }

        return patches is null ? EquatableArray<PatchValue>.Empty : patches.ToEquatableArray();
    }

    /// <summary>With <c>DnsPolicy.None</c> the pod has no DNS settings but those a patch gives in <c>dnsConfig</c>, which the API server requires.</summary>
    private void CheckDnsConfig(AttributeArguments workload, PodSettingsSpec pod, EquatableArray<PatchValue> patches)
    {
        if (pod.DnsPolicy == DnsPolicy.None && !patches.Any(static p => HasKey(p, "dnsConfig")))
        {
            Report(DiagnosticDescriptors.InvalidSetting, workload.Tree, workload.NamedSpan("DnsPolicy"), "DnsPolicy None needs a dnsConfig with at least one nameserver; give it with [Patch], under the pod spec");
        }

        static bool HasKey(PatchValue value, string key) => value switch
        {
            PatchMapping mapping => mapping.Entries.Any(e => e.Key == key || HasKey(e.Value, key)),
            PatchSequence sequence => sequence.Items.Any(i => HasKey(i, key)),
            _ => false,
        };
    }

    /// <summary>Containers a workload patch names, with where to report them, for <see cref="CheckPatchedContainers"/>.</summary>
    private readonly List<(PatchedContainer Container, PatchProblem Report)> _patchedContainers = [];

    /// <summary>
    /// A workload patch merges a container into the list it names, by name: one that names a declared container in
    /// the other list would be a second container of that name, and a sidecar's list depends on the Kubernetes
    /// version, so a sidecar is patched through its class.
    /// </summary>
    private void CheckPatchedContainers(List<ParsedContainer> containers)
    {
        foreach (var (patched, report) in _patchedContainers)
        {
            var declared = containers.FirstOrDefault(c => c.Spec.Name == patched.Name);
            var conflict = declared?.Spec.Role switch
            {
                ContainerRole.Sidecar => $"the sidecar '{patched.Name}', whose list depends on the Kubernetes version; patch its class with [Patch] instead",
                ContainerRole.App when patched.List == "initContainers" => $"the app container '{patched.Name}'; patch its class with [Patch] instead",
                ContainerRole.Init when patched.List == "containers" => $"the init container '{patched.Name}'; patch its class with [Patch] instead",
                _ => null,
            };
            if (conflict is not null)
            {
                report(DiagnosticDescriptors.DuplicateName, patched.Index, patched.Length, "Container", patched.Name, conflict);
            }
        }
    }

    /// <summary>The <c>[Manifest]</c>s of the class: whole extra objects, checked against their models where the client knows their kind.</summary>
    private EquatableArray<ManifestObjectSpec> ReadManifests()
    {
        List<ManifestObjectSpec>? manifests = null;
        foreach (var data in _type.Attributes)
        {
            if (data.Name != KnownAttributes.Manifest || new AttributeArguments(data) is var attribute && !Bound(attribute))
            {
                continue;
            }

            var spans = new LiteralSpans(attribute);
            var envNames = new List<PatchedEnvName>();
            var manifest = PatchReader.ReadManifest(attribute.PositionalString(0) ?? string.Empty, _schema.Value, ProblemsIn(attribute, spans), envNames);
            ReportStrictEnvNames(attribute, spans, envNames);
            if (manifest is not null)
            {
                (manifests ??= []).Add(manifest);
            }
        }

        return manifests is null ? EquatableArray<ManifestObjectSpec>.Empty : manifests.ToEquatableArray();
    }

    /// <summary>Names that only Kubernetes 1.34 accepts (any printable ASCII but '='), reported as the attributes' are: for older targets.</summary>
    private void ReportStrictEnvNames(AttributeArguments attribute, LiteralSpans spans, List<PatchedEnvName> names)
    {
        foreach (var name in names)
        {
            ReportBelow(KubernetesVersion.RelaxedEnvVarNames, DiagnosticDescriptors.InvalidEnv, attribute.Tree, spans.Of(name.Index, name.Length), $"{name.What} '{name.Name}' is invalid for ConsortKubernetesVersion {DiagnosticInfo.VersionToken}: {name.Problem}");
        }
    }

    /// <summary>Reports a problem the patch reader found at a place in the YAML text, at that place in the string literal.</summary>
    private PatchProblem ProblemsIn(AttributeArguments attribute, LiteralSpans spans)
        => (descriptor, index, length, arguments) => Report(descriptor, attribute.Tree, spans.Of(index, length), arguments);

    /// <summary>
    /// Where a place in a string literal's text is in the source, mapped only when a problem is reported there: the map
    /// has an entry per character, and most patches have no problem.
    /// </summary>
    private sealed class LiteralSpans(AttributeArguments attribute)
    {
        private LiteralPositions? _positions;

        public Microsoft.CodeAnalysis.Text.TextSpan Of(int index, int length)
            => (_positions ??= LiteralPositions.For(attribute.PositionalExpression(0))).Span(index, length);
    }
}
