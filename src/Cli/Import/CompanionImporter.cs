using System.Collections.Generic;
using System.Linq;
using static Consort.Cli.Import.CSharpWriter;

namespace Consort.Cli.Import;

/// <summary>
/// Folds an object that belongs to one workload into its class, when a part or attribute writes it exactly: a
/// Service as a <c>[Service]</c> part, a ServiceAccount as a <c>[ServiceAccount]</c> part, a ConfigMap as a
/// <c>[ConfigMap]</c> part (<c>HashSuffix = false</c>, so its name stays), a disruption budget and an autoscaler as
/// attributes. Anything else about the object (labels, annotations, other fields) keeps it as written, as a
/// <c>[Manifest]</c> of the workload.
/// </summary>
internal static class CompanionImporter
{
    /// <summary>Adds <paramref name="companion"/> to <paramref name="type"/> as a part or attribute when one writes it exactly; false when it must stay as written.</summary>
    public static bool TryFold(KubeObject companion, ClassText type, PartScope parts, PodParts pod, KubeObject workload, ImportContext context, IReadOnlyList<KeyValuePair<string, string>> selector)
    {
        var o = companion.Object;
        var metadata = o.Mapping("metadata")!;
        if (!metadata.Keys.All(static k => k is "name" or "namespace") || companion.Namespace != workload.Namespace
            || !o.Keys.All(static k => k is "apiVersion" or "kind" or "metadata" or "spec" or "data" or "automountServiceAccountToken"))
        {
            return false;
        }

        return (companion.ApiVersion, companion.Kind) switch
        {
            ("v1", "Service") => Service(companion, type, parts, pod, context, selector),
            ("v1", "ServiceAccount") => ServiceAccount(companion, type, parts, pod),
            ("v1", "ConfigMap") => ConfigMap(companion, parts),
            ("policy/v1", "PodDisruptionBudget") => Budget(companion, type, workload, selector),
            ("autoscaling/v2", "HorizontalPodAutoscaler") => Autoscaler(companion, type, workload),
            _ => false,
        };
    }

    private static bool Service(KubeObject service, ClassText type, PartScope parts, PodParts pod, ImportContext context, IReadOnlyList<KeyValuePair<string, string>> selector)
    {
        var o = service.Object;
        if (o.Contains("data") || o.Contains("automountServiceAccountToken") || o.Mapping("spec") is not { } spec
            || !spec.Keys.All(static k => k is "selector" or "ports" or "type" or "clusterIP" or "publishNotReadyAddresses" or "sessionAffinity")
            || spec.StringMap("selector") is not { } serviceSelector || !SameLabels(serviceSelector, selector)
            || (spec.Contains("sessionAffinity") && spec.String("sessionAffinity") != "None")
            || spec.Sequence("ports") is not { Items.Count: > 0 } ports)
        {
            return false;
        }

        var serviceType = spec.String("type") ?? "ClusterIP";
        var clusterIp = spec.String("clusterIP");
        ServiceType kind;
        if (serviceType == "ClusterIP" && clusterIp == "None")
        {
            kind = ServiceType.Headless;
        }
        else if (clusterIp is null && spec["clusterIP"] is null && Take.Parse<ServiceType>(serviceType) is { } parsed and not ServiceType.Headless)
        {
            kind = parsed;
        }
        else
        {
            return false;
        }

        var portAttributes = new List<AttributeText>();
        var targets = new List<(long Port, string? Name)>();
        foreach (var item in ports.Items)
        {
            if (item is not YamlMapping port || !port.Keys.All(static k => k is "name" or "port" or "targetPort" or "protocol" or "nodePort")
                || port.Integer("port") is not { } number || ServicePort(port, number, pod) is not { } attribute)
            {
                return false;
            }

            portAttributes.Add(attribute.Attribute);
            targets.Add((number, attribute.Name));
        }

        var part = parts.Add(service.Name, PartKind.Service);
        var serviceAttribute = part.Add("Service");
        PartScope.NameUnlessDefault(part, serviceAttribute, service.Name);
        if (kind != ServiceType.ClusterIP)
        {
            serviceAttribute.Set("Type", Enum(kind));
        }

        if (spec.Boolean("publishNotReadyAddresses") is { } publish)
        {
            serviceAttribute.Set("PublishNotReadyAddresses", Bool(publish));
        }

        part.Attributes.AddRange(portAttributes);
        context.Services.Add(new ServiceTarget(type.Name + "." + part.Name, service.Name, service.Namespace, targets));
        return true;
    }

    /// <summary>A Service port as <c>[ServicePort]</c>: its target must be a container port of the workload, and its name and protocol what Consort derives or sets.</summary>
    private static (AttributeText Attribute, string? Name)? ServicePort(YamlMapping port, long number, PodParts pod)
    {
        var target = port["targetPort"] as YamlScalarValue;
        ContainerPart? container = null;
        (long Number, string? Name, string Protocol) containerPort = default;
        foreach (var candidate in pod.Containers)
        {
            foreach (var p in candidate.Ports)
            {
                var matches = target switch
                {
                    null => p.Number == number,
                    { Type: ScalarType.Integer } n => p.Number.ToString(System.Globalization.CultureInfo.InvariantCulture) == n.Text,
                    _ => false,
                };
                if (matches)
                {
                    if (container is not null)
                    {
                        return null;
                    }

                    container = candidate;
                    containerPort = p;
                }
            }
        }

        // A named targetPort follows each pod's own port of that name; [ServicePort] writes the number, so it stays as written.
        if (container is null || (target is null && port.Contains("targetPort")))
        {
            return null;
        }

        var attribute = new AttributeText("ServicePort").Arg(Integer(number)).Arg(TypeOf(container.ClassName));
        if (container.Ports.Count > 1)
        {
            if (containerPort.Name is null)
            {
                return null;
            }

            attribute.Arg(String(containerPort.Name));
        }

        var name = port.String("name");
        if (name is null && port.Contains("name"))
        {
            return null;
        }

        // The service port's name defaults to the container port's: a Service that leaves it out cannot be written.
        if (name is null && containerPort.Name is not null)
        {
            return null;
        }

        if (name is not null && name != containerPort.Name)
        {
            attribute.Set("Name", String(name));
        }

        var protocol = port.String("protocol") ?? "TCP";
        if (protocol != containerPort.Protocol)
        {
            if (Take.Parse<Protocol>(protocol) is not { } parsed)
            {
                return null;
            }

            attribute.Set("Protocol", Enum(parsed));
        }

        if (port.Contains("nodePort"))
        {
            if (port.Integer("nodePort") is not { } nodePort)
            {
                return null;
            }

            attribute.Set("NodePort", Integer(nodePort));
        }

        return (attribute, name ?? containerPort.Name);
    }

    private static bool ServiceAccount(KubeObject account, ClassText type, PartScope parts, PodParts pod)
    {
        var o = account.Object;
        if (o.Contains("spec") || o.Contains("data") || pod.ServiceAccount != account.Name
            || (o.Contains("automountServiceAccountToken") && o.Boolean("automountServiceAccountToken") is null))
        {
            return false;
        }

        var workloadAttribute = type.Attributes[0];
        workloadAttribute.Named.RemoveAll(static n => n.Key == "ServiceAccount");
        var part = parts.Add("identity", PartKind.Account);
        var attribute = part.Add("ServiceAccount");
        PartScope.NameUnlessDefault(part, attribute, account.Name);
        if (o.Boolean("automountServiceAccountToken") is { } automount)
        {
            attribute.Set("AutomountToken", Bool(automount));
        }

        return true;
    }

    private static bool ConfigMap(KubeObject configMap, PartScope parts)
    {
        var o = configMap.Object;
        if (o.Contains("spec") || o.Contains("automountServiceAccountToken"))
        {
            return false;
        }

        var data = o.Contains("data") ? o.StringMap("data") : [];
        if (data is null)
        {
            return false;
        }

        var part = parts.Add(configMap.Name, PartKind.Config);
        part.Add("ConfigMap").Set("Name", String(configMap.Name)).Set("HashSuffix", "false");
        foreach (var (key, value) in data)
        {
            part.Add("ConfigMapEntry").Arg(String(key)).Arg(String(value));
        }

        return true;
    }

    private static bool Budget(KubeObject budget, ClassText type, KubeObject workload, IReadOnlyList<KeyValuePair<string, string>> selector)
    {
        var o = budget.Object;
        if (budget.Name != workload.Name || o.Contains("data") || o.Mapping("spec") is not { } spec
            || !spec.Keys.All(static k => k is "minAvailable" or "maxUnavailable" or "selector")
            || spec.Mapping("selector") is not { } budgetSelector || !budgetSelector.HasOnly("matchLabels")
            || budgetSelector.StringMap("matchLabels") is not { } labels || !SameLabels(labels, selector))
        {
            return false;
        }

        var attribute = new AttributeText("PodDisruptionBudget");
        var copy = (YamlMapping)spec.Clone();
        var set = Take.IntOrPercent(copy, "minAvailable", v => attribute.Set("MinAvailable", String(v)))
            ^ Take.IntOrPercent(copy, "maxUnavailable", v => attribute.Set("MaxUnavailable", String(v)));
        if (!set || copy.Keys.Any(static k => k != "selector"))
        {
            return false;
        }

        type.Attributes.Add(attribute);
        return true;
    }

    private static bool Autoscaler(KubeObject autoscaler, ClassText type, KubeObject workload)
    {
        var o = autoscaler.Object;
        if (autoscaler.Name != workload.Name || o.Contains("data") || o.Mapping("spec") is not { } spec
            || !spec.Keys.All(static k => k is "scaleTargetRef" or "minReplicas" or "maxReplicas" or "metrics")
            || spec.Mapping("scaleTargetRef") is not { } target
            || target.String("apiVersion") != workload.ApiVersion || target.String("kind") != workload.Kind || target.String("name") != workload.Name
            || target.Entries.Count != 3
            || spec.Integer("maxReplicas") is not { } max
            || (spec.Contains("minReplicas") && spec.Integer("minReplicas") is null)
            || workload.Object.Mapping("spec")?.Integer("replicas") is not (null or 1))
        {
            return false;
        }

        var attribute = new AttributeText("Autoscale");
        if (spec.Integer("minReplicas") is { } min)
        {
            attribute.Set("MinReplicas", Integer(min));
        }

        attribute.Set("MaxReplicas", Integer(max));
        foreach (var item in spec.Sequence("metrics")?.Items ?? [])
        {
            if (item is not YamlMapping metric || metric.String("type") != "Resource" || metric.Entries.Count != 2
                || metric.Mapping("resource") is not { Entries.Count: 2 } resource
                || resource.Mapping("target") is not { Entries.Count: 2 } goal || goal.String("type") != "Utilization" || goal.Integer("averageUtilization") is not { } percent)
            {
                return false;
            }

            switch (resource.String("name"))
            {
                case "cpu" when !attribute.Named.Any(static n => n.Key == "CpuUtilization"):
                    attribute.Set("CpuUtilization", Integer(percent));
                    break;
                case "memory" when !attribute.Named.Any(static n => n.Key == "MemoryUtilization"):
                    attribute.Set("MemoryUtilization", Integer(percent));
                    break;
                default:
                    return false;
            }
        }

        type.Attributes.Add(attribute);
        return true;
    }

    private static bool SameLabels(IReadOnlyList<KeyValuePair<string, string>> a, IReadOnlyList<KeyValuePair<string, string>> b)
        => a.Count == b.Count && a.All(l => b.Any(m => m.Key == l.Key && m.Value == l.Value));
}
