using System.Collections.Generic;
using System.Linq;
using static Consort.Cli.Import.CSharpWriter;

namespace Consort.Cli.Import;

/// <summary>
/// One workload object to a Consort workload class: the workload attribute with its settings, labels and
/// annotations, the pod's settings, containers and volumes as parts, the companions folded in, and one
/// <c>[Patch]</c> with whatever no attribute expresses.
/// </summary>
internal sealed class WorkloadImporter
{
    private readonly KubeObject _source;
    private readonly string _kind;
    private readonly YamlMapping _rest;
    private readonly ImportContext _context;

    private WorkloadImporter(KubeObject source, ImportContext context)
    {
        _source = source;
        _kind = source.Kind;
        _rest = (YamlMapping)source.Object.Clone();
        _context = context;
    }

    /// <summary>The class for <paramref name="source"/>; <paramref name="context"/> holds the names and references of the whole import.</summary>
    public static WorkloadClass Import(KubeObject source, string className, ImportContext context, IReadOnlyList<KubeObject> companions)
        => new WorkloadImporter(source, context).Run(className, companions);

    private WorkloadClass Run(string className, IReadOnlyList<KubeObject> companions)
    {
        var total = _rest.LeafCount;
        var defaults = ApiDefaults.RemoveFromWorkload(_rest, _kind);
        var type = new ClassText(className);
        var parts = new PartScope(className);
        var attribute = type.Add(_kind);
        var metadata = _rest.Mapping("metadata")!;
        attribute.Arg(String(_source.Name));
        metadata.Remove("name");
        _rest.Remove("apiVersion");
        _rest.Remove("kind");
        if (_kind == "CronJob")
        {
            var schedule = _rest.Mapping("spec")?.String("schedule");
            if (schedule is not null)
            {
                attribute.Arg(String(schedule));
                _rest.Mapping("spec")!.Remove("schedule");
            }
            else
            {
                attribute.Arg(String(string.Empty));
            }
        }

        if (metadata.String("namespace") is { } ns)
        {
            attribute.Set("Namespace", String(ns));
            metadata.Remove("namespace");
        }

        var spec = _rest.Mapping("spec") ?? new YamlMapping();
        WorkloadSettings(attribute, spec);
        LabelsAndAnnotations(type, metadata);
        var pod = WorkloadKinds.PodSpec(_rest, _kind);
        var volumes = new Dictionary<string, string>(System.StringComparer.Ordinal);
        if (_kind == "StatefulSet")
        {
            VolumeImporter.ClaimTemplates(spec, parts, volumes);
        }

        var mapped = pod is null ? new PodParts() : PodSpecImporter.Import(pod, type, attribute, parts, _context, _kind, _source.Namespace, volumes);
        var folded = new List<KubeObject>();
        foreach (var companion in companions)
        {
            if (CompanionImporter.TryFold(companion, type, parts, mapped, _source, _context, Relations.Selector(_source)))
            {
                folded.Add(companion);
            }
        }

        ReferenceConfigMapParts(parts);
        _rest.RemoveEmpty();
        var patch = _rest.Entries.Count > 0 ? YamlText.WriteForAttribute(_rest) : null;
        if (patch is not null)
        {
            type.Add("Patch").Arg(String(patch));
        }

        type.Parts.AddRange(parts.Classes);
        var patched = (patch is null ? 0 : _rest.LeafCount) + mapped.PatchedLeaves;
        return new WorkloadClass(_source, type, folded, total, defaults, patched);
    }

    /// <summary>An <c>[EnvFrom]</c> of a ConfigMap that became a part names the part (<c>Source = typeof(...)</c>) rather than its name.</summary>
    private static void ReferenceConfigMapParts(PartScope parts)
    {
        var configMaps = parts.Classes
            .SelectMany(static p => p.Attributes.Where(static a => a.Name == "ConfigMap").Select(a => (Name: a.Named.First(static n => n.Key == "Name").Value, Part: p.Name)))
            .ToList();
        foreach (var attribute in parts.Classes.SelectMany(static p => p.Attributes).Where(static a => a.Name == "EnvFrom"))
        {
            var index = attribute.Named.FindIndex(static n => n.Key == "ConfigMap");
            if (index >= 0 && configMaps.FirstOrDefault(c => c.Name == attribute.Named[index].Value).Part is { } part)
            {
                attribute.Named[index] = new KeyValuePair<string, string>("Source", TypeOf(part));
            }
        }
    }

    /// <summary>The kind's own settings on the workload attribute.</summary>
    private void WorkloadSettings(AttributeText attribute, YamlMapping spec)
    {
        switch (_kind)
        {
            case "Deployment":
                Take.Int(spec, "replicas", v => attribute.Set("Replicas", Integer(v)));
                Take.IntUnless(spec, "minReadySeconds", 0, v => attribute.Set("MinReadySeconds", Integer(v)));
                Take.Int(spec, "revisionHistoryLimit", v => attribute.Set("RevisionHistoryLimit", Integer(v)));
                Take.Int(spec, "progressDeadlineSeconds", v => attribute.Set("ProgressDeadlineSeconds", Integer(v)));
                if (spec.Mapping("strategy") is { } strategy)
                {
                    Take.Enum<DeploymentStrategy>(strategy, "type", v => attribute.Set("Strategy", Enum(v)));
                    if (strategy.Mapping("rollingUpdate") is { } rolling)
                    {
                        Take.IntOrPercent(rolling, "maxSurge", v => attribute.Set("MaxSurge", String(v)));
                        Take.IntOrPercent(rolling, "maxUnavailable", v => attribute.Set("MaxUnavailable", String(v)));
                        strategy.RemoveIfEmpty("rollingUpdate");
                    }

                    spec.RemoveIfEmpty("strategy");
                }

                break;
            case "StatefulSet":
                Take.Int(spec, "replicas", v => attribute.Set("Replicas", Integer(v)));
                Take.String(spec, "serviceName", v => attribute.Set("ServiceName", String(v)));
                Take.Enum<PodManagementPolicy>(spec, "podManagementPolicy", v => attribute.Set("PodManagementPolicy", Enum(v)));
                Take.IntUnless(spec, "minReadySeconds", 0, v => attribute.Set("MinReadySeconds", Integer(v)));
                if (spec.Mapping("persistentVolumeClaimRetentionPolicy") is { } retention)
                {
                    Take.Enum<ClaimRetention>(retention, "whenDeleted", v => attribute.Set("ClaimsWhenDeleted", Enum(v)));
                    Take.Enum<ClaimRetention>(retention, "whenScaled", v => attribute.Set("ClaimsWhenScaled", Enum(v)));
                    spec.RemoveIfEmpty("persistentVolumeClaimRetentionPolicy");
                }

                if (spec.Mapping("updateStrategy") is { } setStrategy && setStrategy.Keys.All(static k => k == "type"))
                {
                    Take.Enum<StatefulSetUpdateStrategy>(setStrategy, "type", v => attribute.Set("UpdateStrategy", Enum(v)));
                    spec.RemoveIfEmpty("updateStrategy");
                }

                break;
            case "DaemonSet":
                Take.IntUnless(spec, "minReadySeconds", 0, v => attribute.Set("MinReadySeconds", Integer(v)));
                if (spec.Mapping("updateStrategy") is { } daemonStrategy)
                {
                    Take.Enum<DaemonSetUpdateStrategy>(daemonStrategy, "type", v => attribute.Set("UpdateStrategy", Enum(v)));
                    if (daemonStrategy.Mapping("rollingUpdate") is { } rolling && rolling.Keys.All(static k => k == "maxUnavailable"))
                    {
                        Take.IntOrPercent(rolling, "maxUnavailable", v => attribute.Set("MaxUnavailable", String(v)));
                        daemonStrategy.RemoveIfEmpty("rollingUpdate");
                    }

                    spec.RemoveIfEmpty("updateStrategy");
                }

                break;
            case "Job":
                JobSettings(attribute, spec);
                break;
            case "CronJob":
                Take.Enum<ConcurrencyPolicy>(spec, "concurrencyPolicy", v => attribute.Set("ConcurrencyPolicy", Enum(v)));
                if (spec.Mapping("jobTemplate")?.Mapping("spec") is { } jobSpec)
                {
                    JobSettings(attribute, jobSpec);
                }

                break;
        }
    }

    private static void JobSettings(AttributeText attribute, YamlMapping jobSpec)
    {
        Take.IntUnless(jobSpec, "backoffLimit", 6, v => attribute.Set("BackoffLimit", Integer(v)));
        Take.IntUnless(jobSpec, "completions", 1, v => attribute.Set("Completions", Integer(v)));
        Take.IntUnless(jobSpec, "parallelism", 1, v => attribute.Set("Parallelism", Integer(v)));
        Take.Int(jobSpec, "ttlSecondsAfterFinished", v => attribute.Set("TtlSecondsAfterFinished", Integer(v)));
    }

    /// <summary>
    /// <c>[Label]</c> for a label the workload and its pods share, <c>WorkloadOnly</c> for one on the workload only,
    /// <c>[Selector]</c> for a selector other than Consort's default; what is on the pods only stays in the patch.
    /// </summary>
    private void LabelsAndAnnotations(ClassText type, YamlMapping metadata)
    {
        var template = _kind == "Pod" ? null : WorkloadKinds.Template(_rest, _kind);
        var templateMetadata = template?.Mapping("metadata");
        var own = metadata.StringMap("labels");
        foreach (var part in new[] { "labels", "annotations" })
        {
            var attributeName = part == "labels" ? "Label" : "Annotation";
            if (metadata.StringMap(part) is not { } map)
            {
                continue;
            }

            var pods = templateMetadata?.Mapping(part);
            foreach (var (key, value) in map)
            {
                var attribute = type.Add(attributeName).Arg(String(key)).Arg(String(value));
                if (template is not null)
                {
                    if (pods?.String(key) == value)
                    {
                        pods.Remove(key);
                    }
                    else
                    {
                        attribute.Set("WorkloadOnly", "true");
                    }
                }
            }

            metadata.Remove(part);
            templateMetadata?.RemoveIfEmpty(part);
        }

        var selector = WorkloadKinds.Selector(_rest, _kind);
        if (selector is not null)
        {
            var nameLabel = (own ?? []).FirstOrDefault(static l => l.Key == WorkloadKinds.NameLabel).Value ?? _source.Name;
            var isDefault = selector.Count == 1 && selector[0].Key == WorkloadKinds.NameLabel && selector[0].Value == nameLabel;
            var podLabels = templateMetadata?.Mapping("labels");
            foreach (var (key, value) in selector)
            {
                if (!isDefault)
                {
                    type.Add("Selector").Arg(String(key)).Arg(String(value));
                }

                // Consort adds the selector's labels to the pods.
                if (podLabels?.String(key) == value)
                {
                    podLabels.Remove(key);
                }
            }

            _rest.Mapping("spec")!.Remove("selector");
            templateMetadata?.RemoveIfEmpty("labels");
        }

        if (template is not null)
        {
            template.RemoveIfEmpty("metadata");
        }
    }
}
