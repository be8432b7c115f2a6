using System.Collections.Generic;
using System.Linq;

namespace Consort.Cli.Import;

/// <summary>Which objects belong to which workload: the Services and budgets that select its pods, the account it runs as, the ConfigMaps it reads, the autoscaler that scales it.</summary>
internal static class Relations
{
    /// <summary>Whether <paramref name="o"/> serves <paramref name="workload"/> (same namespace): selects its pods, is its account, is read by it, scales it.</summary>
    public static bool BelongsTo(KubeObject o, KubeObject workload)
    {
        if (o.Namespace != workload.Namespace)
        {
            return false;
        }

        var pod = WorkloadKinds.PodSpec(workload.Object, workload.Kind);
        return (o.ApiVersion, o.Kind) switch
        {
            ("v1", "Service") => workload.Kind is not ("Job" or "CronJob") && o.Object.Mapping("spec")?.StringMap("selector") is { Count: > 0 } selector && Selects(selector, workload),
            ("policy/v1", "PodDisruptionBudget") => o.Object.Mapping("spec")?.Mapping("selector")?.StringMap("matchLabels") is { Count: > 0 } selector && Selects(selector, workload),
            ("v1", "ServiceAccount") => pod is not null && (pod.String("serviceAccountName") ?? pod.String("serviceAccount")) == o.Name,
            ("v1", "ConfigMap") => pod is not null && ConfigMapsRead(pod).Contains(o.Name),
            ("autoscaling/v2", "HorizontalPodAutoscaler") => o.Object.Mapping("spec")?.Mapping("scaleTargetRef") is { } target && target.String("kind") == workload.Kind && target.String("name") == workload.Name,
            _ => false,
        };
    }

    /// <summary>The selector Consort writes for the workload: its own for the kinds that have one, else the name label.</summary>
    public static List<KeyValuePair<string, string>> Selector(KubeObject workload)
        => WorkloadKinds.Selector(workload.Object, workload.Kind)
            ?? [new(WorkloadKinds.NameLabel, workload.Object.Mapping("metadata")?.Mapping("labels")?.String(WorkloadKinds.NameLabel) ?? workload.Name)];

    /// <summary>The named container ports of the workloads a Service selects, for its named target ports.</summary>
    public static IReadOnlyDictionary<string, long> NamedPorts(KubeObject service, IReadOnlyList<KubeObject> all)
    {
        var ports = new Dictionary<string, long>(System.StringComparer.Ordinal);
        if (service.Kind != "Service" || service.Object.Mapping("spec")?.StringMap("selector") is not { Count: > 0 } selector)
        {
            return ports;
        }

        foreach (var workload in all.Where(w => WorkloadKinds.IsWorkload(w) && w.Namespace == service.Namespace && Selects(selector, w)))
        {
            var pod = WorkloadKinds.PodSpec(workload.Object, workload.Kind);
            foreach (var container in new[] { "containers", "initContainers" }.SelectMany(l => pod?.Sequence(l)?.Items.OfType<YamlMapping>() ?? []))
            {
                foreach (var port in container.Sequence("ports")?.Items.OfType<YamlMapping>() ?? [])
                {
                    if (port.String("name") is { } name && port.Integer("containerPort") is { } number)
                    {
                        ports[name] = number;
                    }
                }
            }
        }

        return ports;
    }

    private static bool Selects(List<KeyValuePair<string, string>> selector, KubeObject workload)
    {
        var labels = WorkloadKinds.PodLabels(workload.Object, workload.Kind);
        return selector.All(s => labels.Any(l => l.Key == s.Key && l.Value == s.Value));
    }

    private static HashSet<string> ConfigMapsRead(YamlMapping pod)
    {
        var names = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var volume in pod.Sequence("volumes")?.Items.OfType<YamlMapping>() ?? [])
        {
            Add(volume.Mapping("configMap")?.String("name"));
            foreach (var source in volume.Mapping("projected")?.Sequence("sources")?.Items.OfType<YamlMapping>() ?? [])
            {
                Add(source.Mapping("configMap")?.String("name"));
            }
        }

        foreach (var container in new[] { "containers", "initContainers" }.SelectMany(l => pod.Sequence(l)?.Items.OfType<YamlMapping>() ?? []))
        {
            foreach (var env in container.Sequence("env")?.Items.OfType<YamlMapping>() ?? [])
            {
                Add(env.Mapping("valueFrom")?.Mapping("configMapKeyRef")?.String("name"));
            }

            foreach (var source in container.Sequence("envFrom")?.Items.OfType<YamlMapping>() ?? [])
            {
                Add(source.Mapping("configMapRef")?.String("name"));
            }
        }

        return names;

        void Add(string? name)
        {
            if (name is not null)
            {
                names.Add(name);
            }
        }
    }
}
