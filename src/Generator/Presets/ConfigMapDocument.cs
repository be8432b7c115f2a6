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
        => CompanionLowering.Document("V1ConfigMap", "v1", "ConfigMap", workload, name, Field("data", StringMap(data)));
}
