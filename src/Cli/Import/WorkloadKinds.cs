extern alias ConsortGenerator;

using System.Collections.Generic;
using System.Linq;

namespace Consort.Cli.Import;

/// <summary>The workload kinds Consort has an attribute for, and where each keeps its pod.</summary>
internal static class WorkloadKinds
{
    /// <summary>The label Consort selects on by default and puts on every workload and pod.</summary>
    public const string NameLabel = ConsortGenerator::Consort.Generator.Manifest.WorkloadLowering.NameLabel;

    public static bool IsWorkload(KubeObject o) => (o.ApiVersion, o.Kind) is
        ("apps/v1", "Deployment" or "StatefulSet" or "DaemonSet") or ("batch/v1", "Job" or "CronJob") or ("v1", "Pod");

    /// <summary>The pod template (null for a Pod, which is its own pod).</summary>
    public static YamlMapping? Template(YamlMapping workload, string kind) => kind switch
    {
        "Pod" => null,
        "CronJob" => workload.Mapping("spec")?.Mapping("jobTemplate")?.Mapping("spec")?.Mapping("template"),
        _ => workload.Mapping("spec")?.Mapping("template"),
    };

    /// <summary>The pod spec.</summary>
    public static YamlMapping? PodSpec(YamlMapping workload, string kind)
        => kind == "Pod" ? workload.Mapping("spec") : Template(workload, kind)?.Mapping("spec");

    /// <summary>The labels of the workload's pods.</summary>
    public static List<KeyValuePair<string, string>> PodLabels(YamlMapping workload, string kind)
        => (kind == "Pod" ? workload.Mapping("metadata") : Template(workload, kind)?.Mapping("metadata"))?.StringMap("labels") ?? [];

    /// <summary>The selector's match labels (null when the kind has none, or it has expressions).</summary>
    public static List<KeyValuePair<string, string>>? Selector(YamlMapping workload, string kind)
    {
        if (kind is "Pod" or "Job" or "CronJob" || workload.Mapping("spec")?.Mapping("selector") is not { } selector)
        {
            return null;
        }

        return selector.Keys.All(static k => k == "matchLabels") ? selector.StringMap("matchLabels") : null;
    }
}
