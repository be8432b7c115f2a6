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
        var labels = Labels(spec, forPods: false);
        var podLabels = spec.Labels.Any(static l => l.WorkloadOnly) ? Labels(spec, forPods: true) : labels;

        // The default selector is the pods' first label, which the template has already; [Selector] labels join it.
        var selectorLabels = spec.Selector.IsEmpty ? [podLabels[0]] : spec.Selector.Select(static l => new KeyValuePair<string, string>(l.Key, l.Value)).ToList();
        var templateLabels = spec.Selector.IsEmpty
            ? [.. podLabels, .. expanded.TemplateLabels]
            : podLabels.Concat(selectorLabels.Where(s => !podLabels.Any(l => l.Key == s.Key))).Concat(expanded.TemplateLabels).ToList();
        var annotations = Annotations(spec, forPods: false).ToList();
        var templateAnnotations = Annotations(spec, forPods: true).Concat(expanded.TemplateAnnotations).ToList();
        var podSpec = PodSpec(spec, expanded, placements, selectorLabels);
        var metadata = Field("metadata", Metadata(spec, labels, annotations));
        var selector = Field("selector", PodSettingsLowering.LabelSelector(selectorLabels));
        var rollout = spec.Rollout;
        var minReady = Field("minReadySeconds", Integer(rollout.MinReadySeconds));
        var template = Field("template", PodTemplate(templateLabels, templateAnnotations, podSpec));
        var workload = spec.Kind switch
        {
            WorkloadKind.Pod => Workload(spec, Field("metadata", Metadata(spec, templateLabels, templateAnnotations)), podSpec),
            WorkloadKind.StatefulSet => Workload(spec, metadata, Object(
                "V1StatefulSetSpec",
                Field("replicas", Integer(spec.Replicas)),
                Field("serviceName", String(spec.ServiceName)),
                Field("podManagementPolicy", String(rollout.PodManagementPolicy)),
                selector,
                Field("updateStrategy", rollout.StrategyType is null ? null : Object("V1StatefulSetUpdateStrategy", Field("type", String(rollout.StrategyType)))),
                minReady,
                template,
                Field("volumeClaimTemplates", List(spec.Volumes.Where(static v => v.Kind == VolumeKind.ClaimTemplate).Select(ClaimTemplate))),
                Field("persistentVolumeClaimRetentionPolicy", spec.ClaimRetention is { } retention
                    ? Object(
                        "V1StatefulSetPersistentVolumeClaimRetentionPolicy",
                        Field("whenDeleted", String(retention.WhenDeleted?.ToString())),
                        Field("whenScaled", String(retention.WhenScaled?.ToString())))
                    : null))),
            WorkloadKind.DaemonSet => Workload(spec, metadata, Object(
                "V1DaemonSetSpec",
                selector,
                Field("updateStrategy", Strategy("V1DaemonSetUpdateStrategy", "V1RollingUpdateDaemonSet", rollout)),
                minReady,
                template)),

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
                Field("strategy", Strategy("V1DeploymentStrategy", "V1RollingUpdateDeployment", rollout)),
                minReady,
                Field("revisionHistoryLimit", Integer(rollout.RevisionHistoryLimit)),
                Field("progressDeadlineSeconds", Integer(rollout.ProgressDeadlineSeconds)),
                template)),
        };

        var containers = placements
            .Where(static p => p.Spec.Part is not null)
            .OrderBy(static p => p.DeclarationIndex)
            .Select(static p => new ContainerClass(p.Spec.Part!.ClassName, p.Spec.Name))
            .ToList();
        var manifests = spec.Manifests.Select(static m => new ObjectNode(m.ModelType, m.Object.Entries.Select(static e => new ManifestField(e.Key, PatchMerge.ToNode(e.Value))).ToList()));
        return spec.Kind == WorkloadKind.ManifestSet
            ? new LoweredWorkload([.. manifests], [])
            : new LoweredWorkload([PatchMerge.Apply(workload, spec.Patches), .. CompanionLowering.Lower(spec, selectorLabels), .. expanded.Documents, .. manifests], containers);
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

    /// <summary>A Deployment's <c>strategy</c> or a DaemonSet's <c>updateStrategy</c>: its type when not the default, and the rolling update's bounds.</summary>
    private static ObjectNode? Strategy(string strategyType, string rollingUpdateType, RolloutSpec rollout)
    {
        var rollingUpdate = rollout.MaxSurge is null && rollout.MaxUnavailable is null
            ? null
            : Object(rollingUpdateType, Field("maxSurge", IntOrPercent(rollout.MaxSurge)), Field("maxUnavailable", IntOrPercent(rollout.MaxUnavailable)));
        return rollout.StrategyType is null && rollingUpdate is null
            ? null
            : Object(strategyType, Field("type", String(rollout.StrategyType)), Field("rollingUpdate", rollingUpdate));
    }

    /// <summary>A StatefulSet's claim template: a claim per pod, named like the volume its containers mount.</summary>
    private static ObjectNode ClaimTemplate(VolumeSpec volume)
        => Object(
            "V1PersistentVolumeClaim",
            Field("metadata", Object("V1ObjectMeta", Field("name", String(volume.Name)))),
            Field("spec", Object(
                "V1PersistentVolumeClaimSpec",
                Field("accessModes", List([String(volume.AccessMode.ToString())])),
                Field("storageClassName", String(volume.StorageClass)),
                Field("resources", Object("V1VolumeResourceRequirements", Field("requests", Map([new KeyValuePair<string, ManifestNode?>("storage", Quantity(volume.SizeLimit))])))))));

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

    /// <summary>
    /// The name label comes first; a user label with the same key sets its value. The pods' labels leave out those
    /// declared for the workload object only.
    /// </summary>
    private static List<KeyValuePair<string, string>> Labels(WorkloadSpec spec, bool forPods)
    {
        var labels = new List<KeyValuePair<string, string>> { new(NameLabel, NameLabelValue(spec)) };
        labels.AddRange(spec.Labels.Where(l => l.Key != NameLabel && !(forPods && l.WorkloadOnly)).Select(static l => new KeyValuePair<string, string>(l.Key, l.Value)));
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

    private static IEnumerable<KeyValuePair<string, string>> Annotations(WorkloadSpec spec, bool forPods)
        => spec.Annotations.Where(a => !(forPods && a.WorkloadOnly)).Select(static a => new KeyValuePair<string, string>(a.Key, a.Value));

    private static ObjectNode PodSpec(WorkloadSpec spec, ExpandedWorkload expanded, IReadOnlyList<Placement> placements, IReadOnlyList<KeyValuePair<string, string>> selector)
        => Object(
            "V1PodSpec",
            Field("serviceAccountName", String(spec.ServiceAccount)),
            Field("automountServiceAccountToken", Boolean(spec.Pod.AutomountServiceAccountToken)),
            Field("hostNetwork", Boolean(spec.Pod.HostNetwork)),
            Field("hostPID", Boolean(spec.Pod.HostPID)),
            Field("hostIPC", Boolean(spec.Pod.HostIPC)),
            Field("dnsPolicy", String(spec.Pod.DnsPolicy?.ToString())),
            Field("enableServiceLinks", Boolean(spec.Pod.EnableServiceLinks)),
            Field("shareProcessNamespace", Boolean(spec.ShareProcessNamespace == true || expanded.ShareProcessNamespace ? true : null)),
            Field("priorityClassName", String(spec.Pod.PriorityClassName)),
            Field("runtimeClassName", String(spec.Pod.RuntimeClassName)),
            Field("schedulerName", String(spec.Pod.SchedulerName)),
            Field("nodeSelector", spec.Pod.NodeSelector.IsEmpty ? null : StringMap(spec.Pod.NodeSelector.Select(static l => new KeyValuePair<string, string>(l.Key, l.Value)))),
            Field("affinity", PodSettingsLowering.Affinity(spec.Pod, selector)),
            Field("tolerations", PodSettingsLowering.Tolerations(spec.Pod)),
            Field("topologySpreadConstraints", PodSettingsLowering.TopologySpread(spec.Pod, selector)),
            Field("securityContext", PodSettingsLowering.SecurityContext(spec.Pod.SecurityContext)),
            Field("imagePullSecrets", PodSettingsLowering.ImagePullSecrets(spec.Pod)),
            Field("terminationGracePeriodSeconds", Integer(spec.TerminationGracePeriodSeconds)),
            Field("restartPolicy", String(spec.RestartPolicy?.ToString())),
            Field("initContainers", List(placements.Where(static p => p.InInitContainers).Select(static p => ContainerLowering.Container(p.Spec, p.IsNativeSidecar)))),
            Field("containers", List(placements.Where(static p => !p.InInitContainers).Select(static p => ContainerLowering.Container(p.Spec, isNativeSidecar: false)))),
            Field("volumes", List(spec.Volumes.Where(v => v.Kind != VolumeKind.ClaimTemplate && (v.Content is null || IsMounted(v, expanded))).Select(Volume).Concat(expanded.Volumes))));

    // A [ConfigMap] part read only through envFrom or env keys needs no volume in the pod.
    private static bool IsMounted(VolumeSpec volume, ExpandedWorkload expanded)
        => expanded.Containers.Any(c => c.Mounts.Any(m => m.VolumeName == volume.Name));

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
            VolumeKind.ConfigMap => Field("configMap", Object("V1ConfigMapVolumeSource", Field("name", String(volume.SourceName)), Field("items", Items(volume)), Field("defaultMode", Integer(volume.DefaultMode)), Field("optional", Boolean(volume.Flag)))),
            VolumeKind.Secret => Field("secret", Object("V1SecretVolumeSource", Field("secretName", String(volume.SourceName)), Field("items", Items(volume)), Field("defaultMode", Integer(volume.DefaultMode)), Field("optional", Boolean(volume.Flag)))),
            VolumeKind.HostPath => Field("hostPath", Object("V1HostPathVolumeSource", Field("path", String(volume.SourceName)), Field("type", String(volume.HostPathType?.ToString())))),
            VolumeKind.ServiceAccountToken => Field("projected", Object("V1ProjectedVolumeSource", Field("sources", List([Object(
                "V1VolumeProjection",
                Field("serviceAccountToken", Object(
                    "V1ServiceAccountTokenProjection",
                    Field("audience", String(volume.Audience)),
                    Field("expirationSeconds", Integer(volume.ExpirationSeconds)),
                    Field("path", String(volume.SourceName)))))])))),
            VolumeKind.Iscsi => Field("iscsi", Iscsi(volume.Iscsi!)),
            VolumeKind.PersistentVolumeClaim => Field("persistentVolumeClaim", Object("V1PersistentVolumeClaimVolumeSource", Field("claimName", String(volume.SourceName)), Field("readOnly", Boolean(volume.Flag)))),
            _ => Field("emptyDir", Object("V1EmptyDirVolumeSource", Field("medium", String(volume.Medium?.ToString())), Field("sizeLimit", Quantity(volume.SizeLimit)))),
        };
        return Object("V1Volume", Field("name", String(volume.Name)), source);
    }

    private static ObjectNode Iscsi(IscsiSpec iscsi) => Object(
        "V1ISCSIVolumeSource",
        Field("targetPortal", String(iscsi.TargetPortal)),
        Field("iqn", String(iscsi.Iqn)),
        Field("lun", Integer(iscsi.Lun)),
        Field("iscsiInterface", String(iscsi.Interface)),
        Field("fsType", String(iscsi.FsType)),
        Field("readOnly", Boolean(iscsi.ReadOnly)),
        Field("portals", Strings(iscsi.Portals)),
        Field("chapAuthDiscovery", Boolean(iscsi.ChapAuthDiscovery)),
        Field("chapAuthSession", Boolean(iscsi.ChapAuthSession)),
        Field("secretRef", iscsi.Secret is null ? null : Object("V1LocalObjectReference", Field("name", String(iscsi.Secret)))),
        Field("initiatorName", String(iscsi.InitiatorName)));

    private static ListNode? Items(VolumeSpec volume)
        => List(volume.Items, static i => Object("V1KeyToPath", Field("key", String(i.Key)), Field("path", String(i.Path)), Field("mode", Integer(i.Mode))));

    private sealed record Placement(ContainerSpec Spec, int DeclarationIndex, int Group, bool IsNativeSidecar)
    {
        public bool InInitContainers => Group <= 2;
    }
}
