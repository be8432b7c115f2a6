using System.Collections.Generic;
using System.Linq;
using Consort.Generator.Model;
using Consort.Generator.Options;
using Consort.Generator.Presets;
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
        var expanded = PresetExpansion.Expand(spec, target);
        var placements = PlaceContainers(expanded.Containers, target);
        var labels = Labels(spec);
        var templateLabels = labels.Concat(expanded.TemplateLabels).ToList();
        var annotations = Annotations(spec).ToList();
        var templateAnnotations = annotations.Concat(expanded.TemplateAnnotations).ToList();
        var podSpec = PodSpec(spec, expanded, placements);
        var metadata = Field("metadata", Metadata(spec, labels, annotations));
        var selector = Field("selector", Object("V1LabelSelector", Field("matchLabels", StringMap(labels.Take(1)))));
        var template = Field("template", PodTemplate(templateLabels, templateAnnotations, podSpec));
        var workload = spec.Kind switch
        {
            WorkloadKind.Pod => Workload(spec, Field("metadata", Metadata(spec, templateLabels, templateAnnotations)), podSpec),
            WorkloadKind.StatefulSet => Workload(spec, metadata, Object(
                "V1StatefulSetSpec",
                Field("replicas", Integer(spec.Replicas)),
                Field("serviceName", String(spec.ServiceName)),
                selector,
                template)),
            WorkloadKind.DaemonSet => Workload(spec, metadata, Object("V1DaemonSetSpec", selector, template)),

            // The API server generates a Job's selector and adds its controller labels to the template itself.
            WorkloadKind.Job => Workload(spec, metadata, JobSpec(spec, template)),
            WorkloadKind.CronJob => Workload(spec, metadata, Object(
                "V1CronJobSpec",
                Field("schedule", String(spec.Schedule)),
                Field("concurrencyPolicy", String(spec.ConcurrencyPolicy?.ToString())),
                Field("jobTemplate", Object("V1JobTemplateSpec", Field("spec", JobSpec(spec, template)))))),
            _ => Workload(spec, metadata, Object(
                "V1DeploymentSpec",
                Field("replicas", Integer(spec.Replicas)),
                selector,
                template)),
        };

        var containers = placements
            .Where(static p => p.Spec.Part is not null)
            .OrderBy(static p => p.DeclarationIndex)
            .Select(static p => new ContainerClass(p.Spec.Part!.ClassName, p.Spec.Name))
            .ToList();
        return new LoweredWorkload([workload, .. expanded.Documents], containers);
    }

    /// <summary>The API group and version of a workload kind: <c>v1</c>, <c>apps/v1</c> or <c>batch/v1</c>.</summary>
    public static string ApiVersion(WorkloadKind kind) => kind switch
    {
        WorkloadKind.Pod => "v1",
        WorkloadKind.Job or WorkloadKind.CronJob => "batch/v1",
        _ => "apps/v1",
    };

    private static ObjectNode Workload(WorkloadSpec spec, ManifestField? metadata, ObjectNode workloadSpec)
        => Object(
            "V1" + spec.Kind,
            Field("apiVersion", String(ApiVersion(spec.Kind))),
            Field("kind", String(spec.Kind.ToString())),
            metadata,
            Field("spec", workloadSpec));

    private static ObjectNode JobSpec(WorkloadSpec spec, ManifestField? template)
        => Object(
            "V1JobSpec",
            Field("backoffLimit", Integer(spec.Job?.BackoffLimit)),
            Field("completions", Integer(spec.Job?.Completions)),
            Field("parallelism", Integer(spec.Job?.Parallelism)),
            Field("ttlSecondsAfterFinished", Integer(spec.Job?.TtlSecondsAfterFinished)),
            template);

    /// <summary>The value of the <c>app.kubernetes.io/name</c> label: the workload name unless a label sets it.</summary>
    public static string NameLabelValue(WorkloadSpec spec) => spec.Labels.FirstOrDefault(static l => l.Key == NameLabel)?.Value ?? spec.Name;

    /// <summary>The selector label comes first; a user label with the same key sets its value.</summary>
    private static List<KeyValuePair<string, string>> Labels(WorkloadSpec spec)
    {
        var labels = new List<KeyValuePair<string, string>> { new(NameLabel, NameLabelValue(spec)) };
        labels.AddRange(spec.Labels.Where(static l => l.Key != NameLabel).Select(static l => new KeyValuePair<string, string>(l.Key, l.Value)));
        return labels;
    }

    private static ObjectNode Metadata(WorkloadSpec spec, IEnumerable<KeyValuePair<string, string>> labels, IEnumerable<KeyValuePair<string, string>> annotations)
        => Object(
            "V1ObjectMeta",
            Field("name", String(spec.Name)),
            Field("namespace", String(spec.Namespace)),
            Field("labels", StringMap(labels)),
            Field("annotations", StringMap(annotations)));

    /// <summary>The pod template carries the workload's labels plus what the presets add there only (never to the selector).</summary>
    private static ObjectNode PodTemplate(IEnumerable<KeyValuePair<string, string>> labels, IEnumerable<KeyValuePair<string, string>> annotations, ObjectNode podSpec)
        => Object(
            "V1PodTemplateSpec",
            Field("metadata", Object("V1ObjectMeta", Field("labels", StringMap(labels)), Field("annotations", StringMap(annotations)))),
            Field("spec", podSpec));

    private static IEnumerable<KeyValuePair<string, string>> Annotations(WorkloadSpec spec)
        => spec.Annotations.Select(static a => new KeyValuePair<string, string>(a.Key, a.Value));

    private static ObjectNode PodSpec(WorkloadSpec spec, ExpandedWorkload expanded, IReadOnlyList<Placement> placements)
        => Object(
            "V1PodSpec",
            Field("serviceAccountName", String(spec.ServiceAccount)),
            Field("shareProcessNamespace", Boolean(spec.ShareProcessNamespace == true || expanded.ShareProcessNamespace ? true : null)),
            Field("terminationGracePeriodSeconds", Integer(spec.TerminationGracePeriodSeconds)),
            Field("restartPolicy", String(spec.RestartPolicy?.ToString())),
            Field("initContainers", List(placements.Where(static p => p.InInitContainers).Select(static p => ContainerLowering.Container(p.Spec, p.IsNativeSidecar)))),
            Field("containers", List(placements.Where(static p => !p.InInitContainers).Select(static p => ContainerLowering.Container(p.Spec, isNativeSidecar: false)))),
            Field("volumes", List(spec.Volumes.Select(Volume).Concat(expanded.Volumes))));

    /// <summary>
    /// In <c>initContainers</c>: what the sidecars themselves need first (Istio's <c>istio-init</c>), native
    /// sidecars (so that they serve the init containers), then init containers. In <c>containers</c>: app
    /// containers, then classic sidecars. Each group is ordered by <c>Order</c>, then by declaration.
    /// </summary>
    private static IReadOnlyList<Placement> PlaceContainers(IReadOnlyList<ContainerSpec> containers, KubernetesVersion target)
    {
        var placements = containers.Select((c, index) =>
        {
            var native = c.Role == ContainerRole.Sidecar && IsNative(c.Mode, target);
            var group = c.Role switch
            {
                ContainerRole.SidecarSetup => 0,
                ContainerRole.Sidecar when native => 1,
                ContainerRole.Init => 2,
                ContainerRole.App => 3,
                _ => 4,
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
        public bool InInitContainers => Group <= 2;
    }
}
