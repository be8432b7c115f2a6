using System.Collections.Generic;
using System.Linq;
using Consort.Generator.Diagnostics;

namespace Consort.Generator.Parsing;

internal sealed partial class WorkloadParser
{
    /// <summary>
    /// The workload's <c>[PodSecurity]</c> level (SPEC 9), which replaces the project's <c>ConsortPodSecurity</c> for
    /// it; null when it has none or the value is not a level (reported).
    /// </summary>
    private PodSecurityLevel? ReadPodSecurityLevel()
    {
        if (Find(_type, KnownAttributes.PodSecurity) is not { } data || new AttributeArguments(data) is var attribute && !Bound(attribute))
        {
            return null;
        }

        if (attribute.Positional(0).Value is not int value || !System.Enum.IsDefined(typeof(PodSecurityLevel), value))
        {
            var number = attribute.Positional(0).Value as int? ?? -1;
            Report(DiagnosticDescriptors.InvalidWorkloadDeclaration, attribute.Tree, attribute.PositionalSpan(0), UndefinedEnumMessage("Level", number, typeof(PodSecurityLevel)));
            return null;
        }

        return (PodSecurityLevel)value;
    }

    /// <summary>
    /// Where each setting that the Pod Security checks read is written (SPEC 9): the workload's and each container's
    /// attribute, the arguments of <c>[SecurityContext]</c>, <c>[PodSecurityContext]</c>, host namespaces and host
    /// ports, volumes, and patches. The checks run on the finished object; these say where to report what they find.
    /// </summary>
    private List<SecuritySite> ReadSecuritySites(AttributeArguments workload, List<ParsedVolume> volumes, List<ParsedContainer> containers)
    {
        var sites = new List<SecuritySite>();
        Add("workload", workload, workload.NameSpan);
        foreach (var (property, field) in new[] { ("HostNetwork", "hostNetwork"), ("HostPID", "hostPID"), ("HostIPC", "hostIPC") })
        {
            if (workload.HasNamed(property))
            {
                Add("pod." + field, workload, workload.NamedArgumentSpan(property));
            }
        }

        if (Find(_type, KnownAttributes.PodSecurityContext) is { } podContext)
        {
            AddSecurityContext("pod", new AttributeArguments(podContext));
        }

        AddPatches("pod", _type);
        foreach (var volume in volumes)
        {
            sites.Add(new SecuritySite("volume:" + volume.Spec.Name, volume.NameLocation.Tree, volume.NameLocation.Span));
        }

        foreach (var container in containers)
        {
            var key = "container:" + container.Spec.Name;
            Add(key, container.Attribute, container.Attribute.NameSpan);
            if (container.Spec.Preset is Model.ServiceMeshPresetSpec && !sites.Any(static s => s.Key == "preset"))
            {
                // The only containers a preset adds besides its own, Istio's istio-init, are reported at the mesh preset.
                Add("preset", container.Attribute, container.Attribute.NameSpan);
            }

            if (container.Part is not { } part)
            {
                continue;
            }

            if (Find(part, KnownAttributes.SecurityContext) is { } context)
            {
                AddSecurityContext(key, new AttributeArguments(context));
            }

            foreach (var port in part.Attributes.Where(static a => a.Name == KnownAttributes.Port).Select(static a => new AttributeArguments(a)).Where(static p => p.HasNamed("HostPort")).Take(1))
            {
                Add(key + ".ports.hostPort", port, port.NamedArgumentSpan("HostPort"));
            }

            AddPatches(key, part);
        }

        return sites;

        void Add(string key, AttributeArguments attribute, Microsoft.CodeAnalysis.Text.TextSpan span) => sites.Add(new SecuritySite(key, attribute.Tree, span));

        void AddSecurityContext(string owner, AttributeArguments context)
        {
            Add(owner + ".securityContext", context, context.NameSpan);
            foreach (var (property, field) in SecurityContextFields)
            {
                if (context.HasNamed(property))
                {
                    Add(owner + ".securityContext." + field, context, context.NamedArgumentSpan(property));
                }
            }
        }

        void AddPatches(string owner, DeclaredType type)
        {
            foreach (var data in type.Attributes.Where(static a => a.Name == KnownAttributes.Patch))
            {
                var patch = new AttributeArguments(data);
                sites.Add(new SecuritySite("patch:" + owner, patch.Tree, patch.PositionalSpan(0), patch.PositionalString(0)));
            }
        }
    }

    /// <summary>The <c>[SecurityContext]</c> and <c>[PodSecurityContext]</c> properties, by the field each sets.</summary>
    private static readonly (string Property, string Field)[] SecurityContextFields =
    [
        ("Privileged", "privileged"),
        ("AllowPrivilegeEscalation", "allowPrivilegeEscalation"),
        ("AddCapabilities", "capabilities.add"),
        ("DropCapabilities", "capabilities.drop"),
        ("RunAsNonRoot", "runAsNonRoot"),
        ("RunAsUser", "runAsUser"),
        ("Seccomp", "seccompProfile"),
        ("SeccompLocalhostProfile", "seccompProfile"),
    ];
}
