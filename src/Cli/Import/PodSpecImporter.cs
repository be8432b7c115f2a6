using System.Collections.Generic;
using System.Linq;
using static Consort.Cli.Import.CSharpWriter;

namespace Consort.Cli.Import;

/// <summary>A container part: its class and ports, for the Services that target them.</summary>
internal sealed record ContainerPart(string ClassName, List<(long Number, string? Name, string Protocol)> Ports);

/// <summary>What the pod's parts are, for the companions folded in: containers with their ports, and the account the pod runs as.</summary>
internal sealed class PodParts
{
    public List<ContainerPart> Containers { get; } = [];

    public string? ServiceAccount { get; init; }

    /// <summary>The scalars left to the containers' patches.</summary>
    public int PatchedLeaves { get; set; }
}

/// <summary>
/// The pod spec: settings on the workload attribute, scheduling and security on the class, volumes and
/// containers as parts, in their order. What is left stays in the pod spec, so in the workload's patch.
/// </summary>
internal static class PodSpecImporter
{
    /// <summary>Takes from <paramref name="pod"/> what attributes and parts carry, adding them to <paramref name="type"/> and <paramref name="workload"/>; the rest stays in <paramref name="pod"/>.</summary>
    public static PodParts Import(YamlMapping pod, ClassText type, AttributeText workload, PartScope parts, ImportContext context, string kind, string? ns, Dictionary<string, string> volumes)
    {
        var account = pod.String("serviceAccountName");
        Take.String(pod, "serviceAccountName", v => workload.Set("ServiceAccount", String(v)));
        Take.Bool(pod, "automountServiceAccountToken", v => workload.Set("AutomountServiceAccountToken", Bool(v)));
        Take.Bool(pod, "hostNetwork", v => workload.Set("HostNetwork", Bool(v)));
        Take.Bool(pod, "hostPID", v => workload.Set("HostPID", Bool(v)));
        Take.Bool(pod, "hostIPC", v => workload.Set("HostIPC", Bool(v)));
        Take.Enum<DnsPolicy>(pod, "dnsPolicy", v => workload.Set("DnsPolicy", Enum(v)));
        Take.Bool(pod, "enableServiceLinks", v => workload.Set("EnableServiceLinks", Bool(v)));
        if (pod.Boolean("shareProcessNamespace") == true)
        {
            Take.Bool(pod, "shareProcessNamespace", _ => workload.Set("ShareProcessNamespace", "true"));
        }

        Take.String(pod, "priorityClassName", v => workload.Set("PriorityClassName", String(v)));
        Take.String(pod, "runtimeClassName", v => workload.Set("RuntimeClassName", String(v)));
        Take.String(pod, "schedulerName", v => workload.Set("SchedulerName", String(v)));
        Take.Int(pod, "terminationGracePeriodSeconds", v => workload.Set("TerminationGracePeriodSeconds", Integer(v)));
        if (kind is "Pod" or "Job" or "CronJob")
        {
            Take.Enum<PodRestartPolicy>(pod, "restartPolicy", v => workload.Set("RestartPolicy", Enum(v)));
        }

        ImagePullSecrets(pod, workload);
        NodeSelector(pod, type);
        Tolerations(pod, type);
        SecurityContext(pod, type);

        VolumeImporter.Import(pod, parts, volumes);
        var result = new PodParts { ServiceAccount = account };
        var initContainerSeen = false;
        foreach (var list in new[] { "initContainers", "containers" })
        {
            // A container no part can be stays in the patch, which appends it: those after it follow it there, in order.
            KeyedList.TypePrefix(pod, list, container =>
            {
                // Consort places native sidecars before init containers: one written after an init container stays in the patch.
                var nativeSidecar = list == "initContainers" && container.String("restartPolicy") == "Always";
                if ((nativeSidecar && initContainerSeen)
                    || ContainerImporter.Import(container, list == "initContainers", parts, volumes, context, ns) is not { } part)
                {
                    return false;
                }

                initContainerSeen |= list == "initContainers" && !nativeSidecar;

                result.Containers.Add(part.Part);
                result.PatchedLeaves += part.PatchedLeaves;
                container.Entries.Clear();
                return true;
            });
        }

        return result;
    }

    private static void ImagePullSecrets(YamlMapping pod, AttributeText workload)
    {
        if (pod.Sequence("imagePullSecrets") is not { } secrets
            || !secrets.Items.All(static s => s is YamlMapping m && m.HasOnly("name") && m.String("name") is not null))
        {
            return;
        }

        workload.Set("ImagePullSecrets", Strings(secrets.Items.Select(static s => ((YamlMapping)s).String("name")!)));
        pod.Remove("imagePullSecrets");
    }

    private static void NodeSelector(YamlMapping pod, ClassText type)
    {
        if (pod.StringMap("nodeSelector") is not { } selector)
        {
            return;
        }

        foreach (var (key, value) in selector)
        {
            type.Add("NodeSelector").Arg(String(key)).Arg(String(value));
        }

        pod.Remove("nodeSelector");
    }

    /// <summary>Tolerations replace as a whole under a patch, so they become attributes only when every one can.</summary>
    private static void Tolerations(YamlMapping pod, ClassText type)
    {
        if (pod.Sequence("tolerations") is not { } tolerations)
        {
            return;
        }

        var attributes = new List<AttributeText>();
        foreach (var item in tolerations.Items)
        {
            if (item is not YamlMapping toleration || Toleration((YamlMapping)toleration.Clone()) is not { } attribute)
            {
                return;
            }

            attributes.Add(attribute);
        }

        type.Attributes.AddRange(attributes);
        pod.Remove("tolerations");
    }

    private static AttributeText? Toleration(YamlMapping toleration)
    {
        var attribute = new AttributeText("Toleration");
        var key = toleration.String("key");
        // Consort leaves Equal out, as the default it is: an explicit one would be lost.
        var op = toleration.Contains("operator") ? toleration.String("operator") : null;
        var value = toleration.String("value");
        toleration.Remove("key");
        toleration.Remove("operator");
        toleration.Remove("value");
        if (key is not null)
        {
            attribute.Arg(String(key));
        }

        // Consort writes Equal (left out) with a value, Exists without one.
        switch (op)
        {
            case null when value is not null && key is not null:
                attribute.Set("Value", String(value));
                break;
            case "Exists" when value is null:
                break;
            default:
                return null;
        }

        Take.Enum<TaintEffect>(toleration, "effect", v => attribute.Set("Effect", Enum(v)));
        Take.Long(toleration, "tolerationSeconds", v => attribute.Set("TolerationSeconds", Integer(v)));
        return toleration.IsEmpty ? attribute : null;
    }

    private static void SecurityContext(YamlMapping pod, ClassText type)
    {
        if (pod.Mapping("securityContext") is not { } context)
        {
            return;
        }

        var attribute = new AttributeText("PodSecurityContext");
        Take.Bool(context, "runAsNonRoot", v => attribute.Set("RunAsNonRoot", Bool(v)));
        Take.Long(context, "runAsUser", v => attribute.Set("RunAsUser", Integer(v)));
        Take.Long(context, "runAsGroup", v => attribute.Set("RunAsGroup", Integer(v)));
        Take.Long(context, "fsGroup", v => attribute.Set("FsGroup", Integer(v)));
        Take.Enum<FsGroupChangePolicy>(context, "fsGroupChangePolicy", v => attribute.Set("FsGroupChangePolicy", Enum(v)));
        if (context.Sequence("supplementalGroups") is { } groups && groups.Items.Count > 0 && groups.Items.All(static g => g is YamlScalarValue { Type: ScalarType.Integer }))
        {
            attribute.Set("SupplementalGroups", "[" + string.Join(", ", groups.Items.Cast<YamlScalarValue>().Select(static g => g.Text)) + "]");
            context.Remove("supplementalGroups");
        }

        Seccomp(context, attribute);
        if (attribute.Named.Count > 0)
        {
            type.Attributes.Add(attribute);
        }

        pod.RemoveIfEmpty("securityContext");
    }

    /// <summary><c>seccompProfile</c> as <c>Seccomp</c> (and <c>SeccompLocalhostProfile</c>), on a pod's or a container's security context.</summary>
    public static void Seccomp(YamlMapping context, AttributeText attribute)
    {
        if (context.Mapping("seccompProfile") is not { } profile
            || profile.String("type") is not { } typeText
            || Take.Parse<SeccompProfile>(typeText) is not { } type
            || !profile.Keys.All(static k => k is "type" or "localhostProfile")
            || (profile.Contains("localhostProfile") && (type != SeccompProfile.Localhost || profile.String("localhostProfile") is null)))
        {
            return;
        }

        attribute.Set("Seccomp", Enum(type));
        if (profile.String("localhostProfile") is { } localhost)
        {
            attribute.Set("SeccompLocalhostProfile", String(localhost));
        }

        context.Remove("seccompProfile");
    }
}
