using System.Collections.Generic;
using System.Linq;
using Consort.Generator.Model;
using static Consort.Generator.Manifest.ManifestTree;

namespace Consort.Generator.Manifest;

/// <summary>
/// The objects that ship with a workload (SPEC section 7): in its namespace, labelled with its name label, and
/// selecting its pods with its selector.
/// </summary>
internal static class CompanionLowering
{
    /// <summary>The service account, the ConfigMaps, the Services, the disruption budget and the autoscaler, in that order, each when declared.</summary>
    public static IEnumerable<ObjectNode> Lower(WorkloadSpec spec, IReadOnlyList<KeyValuePair<string, string>> selector)
    {
        var companions = spec.Companions;
        if (companions.ServiceAccount is { } account)
        {
            yield return Document("V1ServiceAccount", "v1", "ServiceAccount", spec, account.Name, Field("automountServiceAccountToken", Boolean(account.AutomountToken)));
        }

        foreach (var volume in spec.Volumes)
        {
            if (volume.Content is { } content)
            {
                yield return Document(
                    "V1ConfigMap",
                    "v1",
                    "ConfigMap",
                    spec,
                    content.ObjectName,
                    Field("data", StringMap(ConfigMapContentSpec.Data(content.Entries))),
                    Field("binaryData", StringMap(ConfigMapContentSpec.BinaryData(content.Entries))));
            }
        }

        foreach (var service in companions.Services)
        {
            yield return Document("V1Service", "v1", "Service", spec, service.Name, Field("spec", Object(
                "V1ServiceSpec",
                Field("type", String(service.Type is ServiceType.NodePort or ServiceType.LoadBalancer ? service.Type.ToString() : null)),
                Field("clusterIP", String(service.Type == ServiceType.Headless ? "None" : null)),
                Field("selector", StringMap(selector)),
                Field("ports", List(service.Ports, static p => Object(
                    "V1ServicePort",
                    Field("name", String(p.Name)),
                    Field("protocol", String(p.Protocol?.ToString().ToUpperInvariant())),
                    Field("port", Integer(p.Port)),
                    Field("targetPort", Integer(p.TargetPort)),
                    Field("nodePort", Integer(p.NodePort))))),
                Field("publishNotReadyAddresses", Boolean(service.PublishNotReadyAddresses)))));
        }

        if (companions.DisruptionBudget is { } budget)
        {
            yield return Document("V1PodDisruptionBudget", "policy/v1", "PodDisruptionBudget", spec, spec.Name, Field("spec", Object(
                "V1PodDisruptionBudgetSpec",
                Field("minAvailable", IntOrPercent(budget.MinAvailable)),
                Field("maxUnavailable", IntOrPercent(budget.MaxUnavailable)),
                Field("selector", PodSettingsLowering.LabelSelector(selector)))));
        }

        if (companions.Autoscale is { } autoscale)
        {
            yield return Document("V2HorizontalPodAutoscaler", "autoscaling/v2", "HorizontalPodAutoscaler", spec, spec.Name, Field("spec", Object(
                "V2HorizontalPodAutoscalerSpec",
                Field("scaleTargetRef", Object(
                    "V2CrossVersionObjectReference",
                    Field("apiVersion", String(WorkloadLowering.ApiVersion(spec.Kind))),
                    Field("kind", String(spec.Kind.ToString())),
                    Field("name", String(spec.Name)))),
                Field("minReplicas", Integer(autoscale.MinReplicas)),
                Field("maxReplicas", Integer(autoscale.MaxReplicas)),
                Field("metrics", List([Utilization("cpu", autoscale.CpuUtilization), Utilization("memory", autoscale.MemoryUtilization)])))));
        }
    }

    /// <summary>An object that belongs to the workload: named <paramref name="name"/>, in its namespace, labelled with its name label, with <paramref name="body"/> after the metadata.</summary>
    public static ObjectNode Document(string model, string apiVersion, string kind, WorkloadSpec spec, string name, params ManifestField?[] body)
        => Object(
            model,
            [
                Field("apiVersion", String(apiVersion)),
                Field("kind", String(kind)),
                Field("metadata", Object(
                    "V1ObjectMeta",
                    Field("name", String(name)),
                    Field("namespace", String(spec.Namespace)),
                    Field("labels", StringMap([new(WorkloadLowering.NameLabel, WorkloadLowering.NameLabelValue(spec))])))),
                .. body,
            ]);

    private static ObjectNode? Utilization(string resource, int? percent)
        => percent is null
            ? null
            : Object(
                "V2MetricSpec",
                Field("type", String("Resource")),
                Field("resource", Object(
                    "V2ResourceMetricSource",
                    Field("name", String(resource)),
                    Field("target", Object("V2MetricTarget", Field("type", String("Utilization")), Field("averageUtilization", Integer(percent)))))));
}
