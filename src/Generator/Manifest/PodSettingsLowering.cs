using System.Collections.Generic;
using System.Linq;
using Consort.Generator.Model;
using static Consort.Generator.Manifest.ManifestTree;

namespace Consort.Generator.Manifest;

/// <summary>The pod-level settings of a pod spec: security context, scheduling (node selector, affinity, tolerations, spread) and pull secrets.</summary>
internal static class PodSettingsLowering
{
    /// <summary>The pod's <c>securityContext</c>.</summary>
    public static ObjectNode? SecurityContext(PodSecurityContextSpec? context)
        => context is null
            ? null
            : Object(
                "V1PodSecurityContext",
                Field("runAsNonRoot", Boolean(context.RunAsNonRoot)),
                Field("runAsUser", Integer(context.RunAsUser)),
                Field("runAsGroup", Integer(context.RunAsGroup)),
                Field("fsGroup", Integer(context.FsGroup)),
                Field("fsGroupChangePolicy", String(context.FsGroupChangePolicy?.ToString())),
                Field("supplementalGroups", List(context.SupplementalGroups, static g => Integer(g))),
                Field("seccompProfile", ContainerLowering.Seccomp(context.Seccomp)));

    /// <summary><c>affinity</c>: required node affinity terms, and anti-affinity against the workload's own pods (<paramref name="selector"/>).</summary>
    public static ObjectNode? Affinity(PodSettingsSpec pod, IReadOnlyList<KeyValuePair<string, string>> selector)
    {
        var nodeAffinity = pod.NodeAffinity.IsEmpty
            ? null
            : Object(
                "V1NodeAffinity",
                Field("requiredDuringSchedulingIgnoredDuringExecution", Object(
                    "V1NodeSelector",
                    Field("nodeSelectorTerms", List([Object(
                        "V1NodeSelectorTerm",
                        Field("matchExpressions", List(pod.NodeAffinity, static a => Object(
                            "V1NodeSelectorRequirement",
                            Field("key", String(a.Key)),
                            Field("operator", String("In")),
                            Field("values", Strings(a.Values))))))])))));
        var antiAffinity = pod.AntiAffinity.IsEmpty
            ? null
            : Object(
                "V1PodAntiAffinity",
                Field("requiredDuringSchedulingIgnoredDuringExecution", List(pod.AntiAffinity, a => a.Required ? AffinityTerm(a.TopologyKey, selector) : null)),
                Field("preferredDuringSchedulingIgnoredDuringExecution", List(pod.AntiAffinity, a => a.Required ? null : Object(
                    "V1WeightedPodAffinityTerm",
                    Field("weight", Integer(a.Weight)),
                    Field("podAffinityTerm", AffinityTerm(a.TopologyKey, selector))))));
        return nodeAffinity is null && antiAffinity is null
            ? null
            : Object("V1Affinity", Field("nodeAffinity", nodeAffinity), Field("podAntiAffinity", antiAffinity));
    }

    /// <summary><c>tolerations</c>: <c>Equal</c> (the default operator, left out) with a value, else <c>Exists</c>.</summary>
    public static ListNode? Tolerations(PodSettingsSpec pod)
        => List(pod.Tolerations, static t => Object(
            "V1Toleration",
            Field("key", String(t.Key)),
            Field("operator", String(t.Value is null ? "Exists" : null)),
            Field("value", String(t.Value)),
            Field("effect", String(t.Effect?.ToString())),
            Field("tolerationSeconds", Integer(t.TolerationSeconds))));

    /// <summary><c>topologySpreadConstraints</c> over the workload's own pods (<paramref name="selector"/>).</summary>
    public static ListNode? TopologySpread(PodSettingsSpec pod, IReadOnlyList<KeyValuePair<string, string>> selector)
        => List(pod.TopologySpread, s => Object(
            "V1TopologySpreadConstraint",
            Field("maxSkew", Integer(s.MaxSkew)),
            Field("topologyKey", String(s.TopologyKey)),
            Field("whenUnsatisfiable", String(s.WhenUnsatisfiable.ToString())),
            Field("labelSelector", LabelSelector(selector))));

    /// <summary><c>imagePullSecrets</c>: references by name.</summary>
    public static ListNode? ImagePullSecrets(PodSettingsSpec pod)
        => List(pod.ImagePullSecrets, static s => Object("V1LocalObjectReference", Field("name", String(s))));

    /// <summary>A label selector that matches <paramref name="labels"/>.</summary>
    public static ObjectNode LabelSelector(IEnumerable<KeyValuePair<string, string>> labels)
        => Object("V1LabelSelector", Field("matchLabels", StringMap(labels)));

    private static ObjectNode AffinityTerm(string topologyKey, IReadOnlyList<KeyValuePair<string, string>> selector)
        => Object("V1PodAffinityTerm", Field("labelSelector", LabelSelector(selector)), Field("topologyKey", String(topologyKey)));
}
