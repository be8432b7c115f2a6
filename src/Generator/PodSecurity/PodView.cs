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
        Annotations = ManifestRead.Map(ManifestRead.Get(metadata, "annotations"));
        SecurityContext = ManifestRead.Get(spec, "securityContext");
        Containers = [.. ReadContainers("initContainers"), .. ReadContainers("containers"), .. ReadContainers("ephemeralContainers")];
        // A patch adds maps (MapNode) where lowering writes objects (ObjectNode): both are read alike.
        Volumes = [.. ManifestRead.Items(ManifestRead.Get(spec, "volumes")).Select(v => new VolumeView(
            ManifestRead.String(ManifestRead.Get(v, "name")) ?? string.Empty,
            // The API server gives a volume without a source an emptyDir before admission sees it.
            ManifestRead.Keys(v).FirstOrDefault(static k => k != "name") ?? (defaulted ? "emptyDir" : null)))];

        IEnumerable<ContainerView> ReadContainers(string list)
            => ManifestRead.Items(ManifestRead.Get(spec, list)).Select(static c => new ContainerView(c));
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

    public bool HostNetwork => ManifestRead.Bool(ManifestRead.Get(Spec, "hostNetwork")) == true;

    public bool HostPID => ManifestRead.Bool(ManifestRead.Get(Spec, "hostPID")) == true;

    public bool HostIPC => ManifestRead.Bool(ManifestRead.Get(Spec, "hostIPC")) == true;

    /// <summary>A pod in a user namespace (<c>hostUsers: false</c>), which some checks relax from policy v1.35.</summary>
    public bool InUserNamespace => ManifestRead.Bool(ManifestRead.Get(Spec, "hostUsers")) == false;

    /// <summary>A pod that says it runs on Windows (<c>os.name: windows</c>), which some restricted checks skip from v1.25.</summary>
    public bool IsWindows => ManifestRead.String(ManifestRead.Get(ManifestRead.Get(Spec, "os"), "name")) == "windows";

    /// <summary>The pod of a workload object: its template (a CronJob's job template's), or the Pod itself.</summary>
    public static PodView? Of(ObjectNode workload, KubernetesVersion server)
    {
        var spec = ManifestRead.Get(workload, "spec") as ObjectNode;
        if (ManifestRead.Get(workload, "kind") is ScalarNode { Text: "Pod" })
        {
            return spec is null ? null : new PodView(spec, ManifestRead.Get(workload, "metadata") as ObjectNode, defaulted: true, server);
        }

        var template = ManifestRead.Get(spec, "template") ?? ManifestRead.Get(ManifestRead.Get(ManifestRead.Get(spec, "jobTemplate"), "spec"), "template");
        return ManifestRead.Get(template, "spec") is ObjectNode podSpec ? new PodView(podSpec, ManifestRead.Get(template, "metadata") as ObjectNode, defaulted: true, server) : null;
    }

    /// <summary>A pod given as its spec and metadata; <paramref name="defaulted"/>: as the API server stores it, a volume without a source an emptyDir.</summary>
    public static PodView From(ObjectNode spec, ObjectNode? metadata, bool defaulted, KubernetesVersion server) => new(spec, metadata, defaulted, server);
}

/// <summary>A container of the pod and its <c>securityContext</c>.</summary>
internal sealed class ContainerView(ManifestNode container)
{
    public ManifestNode Container { get; } = container;

    public string Name { get; } = ManifestRead.String(ManifestRead.Get(container, "name")) ?? string.Empty;

    public ManifestNode? SecurityContext { get; } = ManifestRead.Get(container, "securityContext");
}

/// <summary>A volume: its name and the key of its source.</summary>
internal sealed record VolumeView(string Name, string? Source);
