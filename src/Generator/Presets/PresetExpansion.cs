using System.Collections.Generic;
using System.Linq;
using Consort.Generator.Manifest;
using Consort.Generator.Model;
using Consort.Generator.Options;

namespace Consort.Generator.Presets;

/// <summary>What a workload becomes once its preset sidecars are replaced by what they stand for.</summary>
/// <param name="Containers">Every container, presets made concrete, plus the ones presets add (in declaration order).</param>
/// <param name="Volumes">Volumes the presets add, after the declared ones.</param>
/// <param name="TemplateLabels">Labels the presets put on the pod template only.</param>
/// <param name="TemplateAnnotations">Annotations the presets put on the pod template only.</param>
/// <param name="ShareProcessNamespace">Whether a preset needs the pod's containers to share a process namespace.</param>
/// <param name="Documents">Objects the presets add to the manifest after the workload (agent ConfigMaps).</param>
internal sealed record ExpandedWorkload(
    IReadOnlyList<ContainerSpec> Containers,
    IReadOnlyList<ObjectNode> Volumes,
    IReadOnlyList<KeyValuePair<string, string>> TemplateLabels,
    IReadOnlyList<KeyValuePair<string, string>> TemplateAnnotations,
    bool ShareProcessNamespace,
    IReadOnlyList<ObjectNode> Documents);

/// <summary>Collects what the presets of one workload contribute.</summary>
internal sealed class PresetContributions
{
    public List<ContainerSpec> Containers { get; } = [];

    public List<ObjectNode> Volumes { get; } = [];

    public List<KeyValuePair<string, string>> TemplateLabels { get; } = [];

    public List<KeyValuePair<string, string>> TemplateAnnotations { get; } = [];

    public List<ObjectNode> Documents { get; } = [];

    public bool ShareProcessNamespace { get; set; }
}

/// <summary>Replaces each preset sidecar by the containers, volumes, labels and objects it stands for.</summary>
internal static class PresetExpansion
{
    public static ExpandedWorkload Expand(WorkloadSpec spec, KubernetesVersion target)
    {
        var contributions = new PresetContributions();
        foreach (var container in spec.Containers)
        {
            switch (container.Preset)
            {
                case LoggingPresetSpec logging:
                    LoggingPreset.Expand(spec, container, logging, contributions);
                    break;
                case ConfigReloadPresetSpec reload:
                    ConfigReloadPreset.Expand(spec, container, reload, contributions);
                    break;
                case ServiceMeshPresetSpec mesh:
                    ServiceMeshPreset.Expand(spec, container, mesh, target, contributions);
                    break;
                default:
                    contributions.Containers.Add(container);
                    break;
            }
        }

        return new ExpandedWorkload(
            contributions.Containers,
            contributions.Volumes,
            contributions.TemplateLabels,
            contributions.TemplateAnnotations,
            contributions.ShareProcessNamespace,
            contributions.Documents);
    }

    /// <summary>The user's resources when the preset class declares a <c>[Resources]</c>, else the preset's defaults (with any <c>[ExtendedResource]</c>s).</summary>
    public static ResourcesSpec Resources(ContainerSpec container, ResourcesSpec defaults)
        => DeclaresNoResources(container)
            ? defaults with { Extended = container.Resources?.Extended ?? default }
            : container.Resources!;

    /// <summary>Whether a container class gives no <c>[Resources]</c> value: a preset's then keeps its default requests and limits.</summary>
    public static bool DeclaresNoResources(ContainerSpec container)
        => container.Resources is { CpuRequest: null, CpuLimit: null, MemoryRequest: null, MemoryLimit: null, EphemeralStorageRequest: null, EphemeralStorageLimit: null } or null;

    /// <summary>The user id the presets' own images run as when nothing else is known: <c>nobody</c>.</summary>
    public const long Nobody = 65534;

    /// <summary>
    /// The user's security context when the preset class declares a <c>[SecurityContext]</c>, else what the restricted
    /// Pod Security Standard asks of a container (SPEC 9): no privilege escalation, every capability dropped, the
    /// runtime's seccomp profile, and, when <paramref name="runAsUser"/> or <paramref name="nonRoot"/> says it may, a
    /// non-root user.
    /// </summary>
    public static SecurityContextSpec SecurityContext(ContainerSpec container, long? runAsUser, bool nonRoot)
        => container.SecurityContext ?? new SecurityContextSpec(
            nonRoot ? true : null,
            runAsUser,
            null,
            null,
            AllowPrivilegeEscalation: false,
            Privileged: null,
            Helpers.EquatableArray<string>.Empty,
            Helpers.EquatableArray.ToEquatableArray(new[] { "ALL" }),
            new SeccompSpec(SeccompProfile.RuntimeDefault, null));

    /// <summary>The preset's mounts first, then any the preset class declares.</summary>
    public static Helpers.EquatableArray<MountSpec> Mounts(ContainerSpec container, params MountSpec[] presetMounts)
        => Helpers.EquatableArray.ToEquatableArray(presetMounts.Concat(container.Mounts));
}
