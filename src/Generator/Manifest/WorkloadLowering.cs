using System.Collections.Generic;
using System.Linq;
using Consort.Generator.Model;
using Consort.Generator.Options;
using static Consort.Generator.Manifest.ManifestTree;

namespace Consort.Generator.Manifest;

/// <summary>
/// Turns a <see cref="WorkloadSpec"/> into Kubernetes objects for a target version: places sidecars (native or
/// classic), adds the selector label, and leaves out every value the API server would default.
/// </summary>
internal static class WorkloadLowering
{
    public const string NameLabel = "app.kubernetes.io/name";

    public static LoweredWorkload Lower(WorkloadSpec spec, KubernetesVersion target)
    {
        var placements = PlaceContainers(spec.Containers, target);
        var labels = Labels(spec);
        var podSpec = PodSpec(spec, placements);
        var workload = spec.Kind switch
        {
            WorkloadKind.Pod => Object(
                "V1Pod",
                Field("apiVersion", String("v1")),
                Field("kind", String("Pod")),
                Field("metadata", Metadata(spec, labels)),
                Field("spec", podSpec)),
            _ => Object(
                "V1Deployment",
                Field("apiVersion", String("apps/v1")),
                Field("kind", String("Deployment")),
                Field("metadata", Metadata(spec, labels)),
                Field("spec", Object(
                    "V1DeploymentSpec",
                    Field("replicas", Integer(spec.Replicas)),
                    Field("selector", Object("V1LabelSelector", Field("matchLabels", StringMap(labels.Take(1))))),
                    Field("template", PodTemplate(spec, labels, podSpec))))),
        };

        var containers = placements.OrderBy(static p => p.DeclarationIndex)
            .Select(static p => new ContainerPlacement(p.Spec.Part.ClassName, p.Spec.Name, p.InInitContainers))
            .ToList();
        return new LoweredWorkload([workload], containers);
    }

    /// <summary>The selector label comes first; a user label with the same key sets its value.</summary>
    private static List<KeyValuePair<string, string>> Labels(WorkloadSpec spec)
    {
        var nameValue = spec.Labels.FirstOrDefault(static l => l.Key == NameLabel)?.Value ?? spec.Name;
        var labels = new List<KeyValuePair<string, string>> { new(NameLabel, nameValue) };
        labels.AddRange(spec.Labels.Where(static l => l.Key != NameLabel).Select(static l => new KeyValuePair<string, string>(l.Key, l.Value)));
        return labels;
    }

    private static ObjectNode Metadata(WorkloadSpec spec, List<KeyValuePair<string, string>> labels)
        => Object(
            "V1ObjectMeta",
            Field("name", String(spec.Name)),
            Field("namespace", String(spec.Namespace)),
            Field("labels", StringMap(labels)),
            Field("annotations", Annotations(spec)));

    private static ObjectNode PodTemplate(WorkloadSpec spec, List<KeyValuePair<string, string>> labels, ObjectNode podSpec)
        => Object(
            "V1PodTemplateSpec",
            Field("metadata", Object("V1ObjectMeta", Field("labels", StringMap(labels)), Field("annotations", Annotations(spec)))),
            Field("spec", podSpec));

    private static MapNode? Annotations(WorkloadSpec spec)
        => StringMap(spec.Annotations.Select(static a => new KeyValuePair<string, string>(a.Key, a.Value)));

    private static ObjectNode PodSpec(WorkloadSpec spec, IReadOnlyList<Placement> placements)
        => Object(
            "V1PodSpec",
            Field("serviceAccountName", String(spec.ServiceAccount)),
            Field("shareProcessNamespace", Boolean(spec.ShareProcessNamespace)),
            Field("terminationGracePeriodSeconds", Integer(spec.TerminationGracePeriodSeconds)),
            Field("restartPolicy", String(spec.RestartPolicy?.ToString())),
            Field("initContainers", List("V1Container", placements.Where(static p => p.InInitContainers).Select(static p => ContainerLowering.Container(p.Spec, p.IsNativeSidecar)))),
            Field("containers", List("V1Container", placements.Where(static p => !p.InInitContainers).Select(static p => ContainerLowering.Container(p.Spec, isNativeSidecar: false)))),
            Field("volumes", List("V1Volume", spec.Volumes.Select(Volume))));

    /// <summary>
    /// Native sidecars first in <c>initContainers</c> (so that they serve the init containers), then init
    /// containers; app containers, then classic sidecars, in <c>containers</c>. Each group is ordered by
    /// <c>Order</c>, then by declaration.
    /// </summary>
    private static IReadOnlyList<Placement> PlaceContainers(IReadOnlyList<ContainerSpec> containers, KubernetesVersion target)
    {
        var placements = containers.Select((c, index) =>
        {
            var native = c.Role == ContainerRole.Sidecar && IsNative(c.Mode, target);
            var group = c.Role switch
            {
                ContainerRole.Sidecar when native => 0,
                ContainerRole.Init => 1,
                ContainerRole.App => 2,
                _ => 3,
            };
            return new Placement(c, index, group, native);
        });
        return placements.OrderBy(static p => p.Group).ThenBy(static p => p.Spec.Order).ThenBy(static p => p.DeclarationIndex).ToList();
    }

    public static bool IsNative(SidecarMode mode, KubernetesVersion target) => mode switch
    {
        SidecarMode.Native => true,
        SidecarMode.Classic => false,
        _ => target >= KubernetesVersion.NativeSidecarsByDefault,
    };

    private static ObjectNode Volume(VolumeSpec volume)
    {
        var source = volume.Kind switch
        {
            VolumeKind.ConfigMap => Field("configMap", Object("V1ConfigMapVolumeSource", Field("name", String(volume.SourceName)), Field("optional", Boolean(volume.Flag)))),
            VolumeKind.Secret => Field("secret", Object("V1SecretVolumeSource", Field("secretName", String(volume.SourceName)), Field("optional", Boolean(volume.Flag)))),
            VolumeKind.PersistentVolumeClaim => Field("persistentVolumeClaim", Object("V1PersistentVolumeClaimVolumeSource", Field("claimName", String(volume.SourceName)), Field("readOnly", Boolean(volume.Flag)))),
            _ => Field("emptyDir", Object("V1EmptyDirVolumeSource", Field("medium", String(volume.Medium?.ToString())), Field("sizeLimit", Quantity(volume.SizeLimit)))),
        };
        return Object("V1Volume", Field("name", String(volume.Name)), source);
    }

    private sealed record Placement(ContainerSpec Spec, int DeclarationIndex, int Group, bool IsNativeSidecar)
    {
        public bool InInitContainers => Group <= 1;
    }
}
