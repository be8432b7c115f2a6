using System.Collections.Generic;
using System.Linq;
using Consort.Generator.Manifest;
using Consort.Generator.Options;

namespace Consort.Generator.PodSecurity;

/// <summary>
/// The fields of a pod that the PodSecurity admission checks read, from the finished object (after presets, lowering
/// and patches): what the API server would see. Absent fields are null, as Go's nil pointers are.
/// </summary>
internal sealed class PodView
{
    private PodView(ObjectNode spec, ObjectNode? metadata, bool defaulted, KubernetesVersion server)
    {
        Spec = spec;
        Server = server;
        Annotations = Node.Map(Node.Get(metadata, "annotations"));
        SecurityContext = Node.Get(spec, "securityContext");
        Containers = [.. ReadContainers("initContainers"), .. ReadContainers("containers"), .. ReadContainers("ephemeralContainers")];
        // A patch adds maps (MapNode) where lowering writes objects (ObjectNode): both are read alike.
        Volumes = [.. Node.Items(Node.Get(spec, "volumes")).Select(v => new VolumeView(
            Node.String(Node.Get(v, "name")) ?? string.Empty,
            // The API server gives a volume without a source an emptyDir before admission sees it.
            Node.Keys(v).FirstOrDefault(static k => k != "name") ?? (defaulted ? "emptyDir" : null)))];

        IEnumerable<ContainerView> ReadContainers(string list)
            => Node.Items(Node.Get(spec, list)).Select(static c => new ContainerView(c));
    }

    /// <summary>The pod spec.</summary>
    public ObjectNode Spec { get; }

    /// <summary>The API server's version: two checks changed in place, at every policy version (image volumes, AppArmor fields).</summary>
    public KubernetesVersion Server { get; }

    /// <summary>The pod template's annotations (AppArmor and, before policy v1.19, seccomp annotations).</summary>
    public IReadOnlyDictionary<string, string> Annotations { get; }

    /// <summary>The pod's <c>securityContext</c>.</summary>
    public ManifestNode? SecurityContext { get; }

    /// <summary>Init containers, containers, then ephemeral containers: the controller's visit order.</summary>
    public IReadOnlyList<ContainerView> Containers { get; }

    /// <summary>The volumes, each with the key of its source (<c>hostPath</c>, <c>configMap</c>, ...).</summary>
    public IReadOnlyList<VolumeView> Volumes { get; }

    public bool HostNetwork => Node.Bool(Node.Get(Spec, "hostNetwork")) == true;

    public bool HostPID => Node.Bool(Node.Get(Spec, "hostPID")) == true;

    public bool HostIPC => Node.Bool(Node.Get(Spec, "hostIPC")) == true;

    /// <summary>A pod in a user namespace (<c>hostUsers: false</c>), which some checks relax from policy v1.35.</summary>
    public bool InUserNamespace => Node.Bool(Node.Get(Spec, "hostUsers")) == false;

    /// <summary>A pod that says it runs on Windows (<c>os.name: windows</c>), which some restricted checks skip from v1.25.</summary>
    public bool IsWindows => Node.String(Node.Get(Node.Get(Spec, "os"), "name")) == "windows";

    /// <summary>The pod of a workload object: its template (a CronJob's job template's), or the Pod itself.</summary>
    public static PodView? Of(ObjectNode workload, KubernetesVersion server)
    {
        var spec = Node.Get(workload, "spec") as ObjectNode;
        if (Node.Get(workload, "kind") is ScalarNode { Text: "Pod" })
        {
            return spec is null ? null : new PodView(spec, Node.Get(workload, "metadata") as ObjectNode, defaulted: true, server);
        }

        var template = Node.Get(spec, "template") ?? Node.Get(Node.Get(Node.Get(spec, "jobTemplate"), "spec"), "template");
        return Node.Get(template, "spec") is ObjectNode podSpec ? new PodView(podSpec, Node.Get(template, "metadata") as ObjectNode, defaulted: true, server) : null;
    }

    /// <summary>A pod given as its spec and metadata; <paramref name="defaulted"/>: as the API server stores it, a volume without a source an emptyDir.</summary>
    public static PodView From(ObjectNode spec, ObjectNode? metadata, bool defaulted, KubernetesVersion server) => new(spec, metadata, defaulted, server);
}

/// <summary>A container of the pod and its <c>securityContext</c>.</summary>
internal sealed class ContainerView(ManifestNode container)
{
    public ManifestNode Container { get; } = container;

    public string Name { get; } = Node.String(Node.Get(container, "name")) ?? string.Empty;

    public ManifestNode? SecurityContext { get; } = Node.Get(container, "securityContext");
}

/// <summary>A volume: its name and the key of its source.</summary>
internal sealed record VolumeView(string Name, string? Source);

/// <summary>Reading the manifest tree by key.</summary>
internal static class Node
{
    /// <summary>The value of <paramref name="key"/>; null when absent or null, as Go reads a nil field.</summary>
    public static ManifestNode? Get(ManifestNode? node, string key)
    {
        var value = node switch
        {
            ObjectNode o => o.Fields.FirstOrDefault(f => f.Key == key).Value,
            MapNode m => m.Entries.FirstOrDefault(e => e.Key == key).Value,
            _ => null,
        };
        return value is ScalarNode { Kind: ScalarKind.Null } ? null : value;
    }

    /// <summary>The keys of an object or map whose values are not null.</summary>
    public static IEnumerable<string> Keys(ManifestNode? node) => node switch
    {
        ObjectNode o => o.Fields.Where(static f => f.Value is not ScalarNode { Kind: ScalarKind.Null }).Select(static f => f.Key),
        MapNode m => m.Entries.Where(static e => e.Value is not ScalarNode { Kind: ScalarKind.Null }).Select(static e => e.Key),
        _ => [],
    };

    /// <summary>The value at a dotted path, such as <c>seccompProfile.type</c>.</summary>
    public static ManifestNode? At(ManifestNode? node, string path)
    {
        foreach (var key in path.Split('.'))
        {
            node = Get(node, key);
        }

        return node;
    }

    public static string? String(ManifestNode? node) => node is ScalarNode { Kind: not ScalarKind.Null } s ? s.Text : null;

    public static bool? Bool(ManifestNode? node) => node is ScalarNode { Kind: ScalarKind.Boolean } s ? s.Text == "true" : null;

    public static long? Integer(ManifestNode? node) => node is ScalarNode { Kind: ScalarKind.Integer } s && long.TryParse(s.Text, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : null;

    public static IReadOnlyList<ManifestNode> Items(ManifestNode? node) => node is ListNode list ? list.Items : [];

    public static IEnumerable<string> Strings(ManifestNode? node) => Items(node).Select(String).OfType<string>();

    public static IReadOnlyDictionary<string, string> Map(ManifestNode? node) => node switch
    {
        MapNode m => m.Entries.Where(static e => e.Value is ScalarNode).GroupBy(static e => e.Key).ToDictionary(static g => g.Key, static g => String(g.Last().Value) ?? string.Empty),
        ObjectNode o => o.Fields.Where(static f => f.Value is ScalarNode).GroupBy(static f => f.Key).ToDictionary(static g => g.Key, static g => String(g.Last().Value) ?? string.Empty),
        _ => new Dictionary<string, string>(),
    };
}
