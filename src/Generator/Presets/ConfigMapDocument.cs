using System.Collections.Generic;
using System.Linq;
using Consort.Generator.Manifest;
using Consort.Generator.Model;
using static Consort.Generator.Manifest.ManifestTree;

namespace Consort.Generator.Presets;

/// <summary>A ConfigMap that belongs to a workload: same namespace, labelled with the workload's name.</summary>
internal static class ConfigMapDocument
{
    public static ObjectNode Create(WorkloadSpec workload, string name, IReadOnlyList<KeyValuePair<string, string>> data)
        => Object(
            "V1ConfigMap",
            Field("apiVersion", String("v1")),
            Field("kind", String("ConfigMap")),
            Field("metadata", Object(
                "V1ObjectMeta",
                Field("name", String(name)),
                Field("namespace", String(workload.Namespace)),
                Field("labels", StringMap([new(WorkloadLowering.NameLabel, WorkloadLowering.NameLabelValue(workload))])))),
            Field("data", StringMap(data)));
}
