using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Consort.Generator.Diagnostics;
using Consort.Generator.Helpers;
using Consort.Generator.Model;
using Consort.Generator.Validation;

namespace Consort.Generator.Parsing;

internal sealed partial class WorkloadParser
{
    /// <summary>
    /// The objects that ship with the workload (SPEC 7.1, 7.2 and 7.4): a <c>[ServiceAccount]</c> part,
    /// <c>[Service]</c> parts, a <c>[PodDisruptionBudget]</c> and an <c>[Autoscale]</c>, each checked as the API
    /// server checks the object it becomes, and for what would break the workload on a real cluster.
    /// </summary>
    private CompanionsSpec ReadCompanions(WorkloadKind kind, AttributeArguments workload, List<ParsedContainer> containers)
    {
        var serviceAccount = ReadServiceAccountPart(kind, workload);
        var services = ReadServices(kind, containers);
        var autoscale = ReadAutoscale(kind, workload, containers);
        var budget = ReadDisruptionBudget(kind, workload, autoscale);
        return serviceAccount is null && services.IsEmpty && budget is null && autoscale is null
            ? CompanionsSpec.None
            : new CompanionsSpec(serviceAccount, services, budget, autoscale);
    }

    /// <summary>The one nested class with <c>[ServiceAccount]</c>: a name the API server takes (a DNS-1123 subdomain), and no second account.</summary>
    private ServiceAccountSpec? ReadServiceAccountPart(WorkloadKind kind, AttributeArguments workload)
    {
        ServiceAccountSpec? found = null;
        foreach (var part in _type.NestedTypes)
        {
            if (Find(part, KnownAttributes.ServiceAccount) is not { } data || new AttributeArguments(data) is var attribute && !Bound(attribute))
            {
                continue;
            }

            var (name, _) = ReadPartName(part, attribute, "Service account name", KubernetesNames.CheckDns1123Subdomain);
            if (kind == WorkloadKind.ManifestSet)
            {
                Report(DiagnosticDescriptors.NotApplicable, attribute.Tree, attribute.NameSpan, $"[ServiceAccount] '{name}' applies to a workload; a [ManifestSet] runs no pods, so write the account as a [Manifest]");
            }
            else if (found is not null)
            {
                Report(DiagnosticDescriptors.NotApplicable, attribute.Tree, attribute.NameSpan, $"[ServiceAccount] '{name}' is a second service account part; the pods run as one account, '{found.Name}'");
            }
            else if (workload.NamedString("ServiceAccount") is { } named)
            {
                Report(DiagnosticDescriptors.NotApplicable, attribute.Tree, attribute.NameSpan, $"[ServiceAccount] '{name}' and ServiceAccount = \"{named}\" both name the pods' account; keep the part to create the account, or the property to use one that exists");
            }
            else
            {
                found = new ServiceAccountSpec(name, attribute.NamedBool("AutomountToken"));
            }
        }

        return found;
    }

    /// <summary>
    /// The nested classes with <c>[Service]</c> (SPEC 7.1): a DNS-1035 name, once per workload, on a kind whose pods
    /// keep running, with ports that resolve to ports of this workload's containers. A <c>[ServicePort]</c> on any
    /// other class is reported.
    /// </summary>
    private EquatableArray<ServiceSpec> ReadServices(WorkloadKind kind, List<ParsedContainer> containers)
    {
        List<ServiceSpec>? services = null;
        foreach (var part in _type.NestedTypes)
        {
            if (Find(part, KnownAttributes.Service) is not { } data)
            {
                if (Find(part, KnownAttributes.ServicePort) is { } stray && new AttributeArguments(stray) is var port && Bound(port))
                {
                    Report(DiagnosticDescriptors.NotApplicable, port.Tree, port.NameSpan, $"[ServicePort] on '{part.Name}' applies to a class with [Service]");
                }

                continue;
            }

            var attribute = new AttributeArguments(data);
            if (!Bound(attribute) || !CheckPartDeclaration(part, []))
            {
                continue;
            }

            if (part.Attributes.Any(static a => a.Name is { } other && (KnownAttributes.IsContainer(other) || KnownAttributes.IsVolume(other))))
            {
                Report(DiagnosticDescriptors.InvalidWorkloadDeclaration, attribute.Tree, attribute.NameSpan, $"Class '{part.Name}' is a Service and a container or volume; a nested part is one of them");
                continue;
            }

            var (name, location) = ReadPartName(part, attribute, "Service name", KubernetesNames.CheckDns1035Label);
            if (kind is WorkloadKind.Job or WorkloadKind.CronJob or WorkloadKind.ManifestSet)
            {
                Report(DiagnosticDescriptors.NotApplicable, attribute.Tree, attribute.NameSpan, $"[Service] '{name}' applies to a workload whose pods keep serving, not a {kind}");
                continue;
            }

            if (services?.Any(s => s.Name == name) == true)
            {
                Report(DiagnosticDescriptors.NotApplicable, location.Tree, location.Span, $"Service '{name}' is declared twice in this workload");
                continue;
            }

            var type = DefinedEnum<ServiceType>(attribute, "Type", DiagnosticDescriptors.InvalidSetting) ?? ServiceType.ClusterIP;
            var ports = ReadServicePorts(part, name, type, containers);
            if (Find(part, KnownAttributes.ServicePort) is null && type != ServiceType.Headless)
            {
                Report(DiagnosticDescriptors.NotApplicable, attribute.Tree, attribute.NameSpan, $"[Service] '{name}' needs at least one [ServicePort]; only a Headless Service may have none");
            }

            (services ??= []).Add(new ServiceSpec(ReadPartSpec(part), name, type, attribute.NamedBool("PublishNotReadyAddresses") == true ? true : null, ports));
        }

        return services is null ? EquatableArray<ServiceSpec>.Empty : services.ToEquatableArray();
    }

    /// <summary>
    /// The <c>[ServicePort]</c>s of a Service class, each forwarded to the only port, or the named port, of a container
    /// of this workload (CNS019, CNS020), with the API server's rules for a Service's ports (<c>ValidateService</c>):
    /// numbers from 1 to 65535, a name on each when there are several, names and number-protocol pairs unique, and a
    /// node port only where the type opens one.
    /// </summary>
    private EquatableArray<ServicePortSpec> ReadServicePorts(DeclaredType part, string service, ServiceType type, List<ParsedContainer> containers)
    {
        var ports = new List<(ServicePortSpec Port, AttributeArguments Attribute)>();
        foreach (var data in part.Attributes)
        {
            if (data.Name != KnownAttributes.ServicePort || new AttributeArguments(data) is var attribute && !Bound(attribute))
            {
                continue;
            }

            var number = attribute.Positional(0).Value as int? ?? 0;
            if (!KubernetesNames.IsPortNumber(number))
            {
                Report(DiagnosticDescriptors.InvalidPort, attribute.Tree, attribute.PositionalSpan(0), $"Port {number} of Service '{service}' must be between 1 and 65535, inclusive");
            }

            if (TargetPort(attribute, service, containers) is not { } target)
            {
                continue;
            }

            // A Service port's name is a DNS-1123 label (validateServicePort); a container port's name, checked where it
            // is declared, is one too.
            var name = attribute.NamedString("Name") ?? target.Name;
            if (attribute.NamedString("Name") is { } explicitName)
            {
                CheckName(KubernetesNames.CheckDns1123Label(explicitName), "Service port name", explicitName, attribute.Tree, attribute.NamedSpan("Name"));
            }

            var protocol = attribute.HasNamed("Protocol") ? DefinedEnum<Protocol>(attribute, "Protocol", DiagnosticDescriptors.InvalidSetting) ?? Protocol.Tcp : target.Protocol;
            if (protocol != target.Protocol)
            {
                Report(DiagnosticDescriptors.UnresolvedPort, attribute.Tree, attribute.NamedSpan("Protocol"), $"Service '{service}' forwards {protocol.ToString().ToUpperInvariant()} to a {target.Protocol.ToString().ToUpperInvariant()} port of its container; the protocols must match for traffic to arrive");
            }

            var nodePort = attribute.NamedInt("NodePort") is { } given and not 0 ? given : (int?)null;
            if (nodePort is not null && type is not (ServiceType.NodePort or ServiceType.LoadBalancer))
            {
                Report(DiagnosticDescriptors.NotApplicable, attribute.Tree, attribute.NamedArgumentSpan("NodePort"), $"NodePort applies to a NodePort or LoadBalancer Service, not to '{service}' ({type})");
            }
            else if (nodePort is { } node && !KubernetesNames.IsPortNumber(node))
            {
                Report(DiagnosticDescriptors.InvalidPort, attribute.Tree, attribute.NamedSpan("NodePort"), $"Node port {nodePort} of Service '{service}' must be between 1 and 65535, inclusive");
            }
            else if (nodePort is not null && ports.Any(p => p.Port.NodePort == nodePort && (p.Port.Protocol ?? Protocol.Tcp) == protocol))
            {
                Report(DiagnosticDescriptors.InvalidPort, attribute.Tree, attribute.NamedSpan("NodePort"), $"Service '{service}' already uses node port {nodePort}/{protocol.ToString().ToUpperInvariant()}");
            }

            if (name is not null && ports.Any(p => p.Port.Name == name))
            {
                Report(DiagnosticDescriptors.InvalidPort, attribute.Tree, attribute.HasNamed("Name") ? attribute.NamedSpan("Name") : attribute.NameSpan, $"Service '{service}' already has a port named '{name}'");
            }
            else if (ports.Any(p => p.Port.Port == number && (p.Port.Protocol ?? Protocol.Tcp) == protocol))
            {
                Report(DiagnosticDescriptors.InvalidPort, attribute.Tree, attribute.PositionalSpan(0), $"Service '{service}' already has port {number}/{protocol.ToString().ToUpperInvariant()}");
            }

            ports.Add((new ServicePortSpec(name, number, target.Number, protocol == Protocol.Tcp ? null : protocol, nodePort), attribute));
        }

        if (ports.Count > 1)
        {
            foreach (var (port, attribute) in ports.Where(static p => p.Port.Name is null))
            {
                Report(DiagnosticDescriptors.InvalidPort, attribute.Tree, attribute.NameSpan, $"Port {port.Port} of Service '{service}' needs a name, since the Service has several ports: set Name, or name the container port");
            }
        }

        return ports.Select(static p => p.Port).ToEquatableArray();
    }

    /// <summary>The container port a <c>[ServicePort]</c> forwards to: the container's only port, or the one it names.</summary>
    private PortSpec? TargetPort(AttributeArguments attribute, string service, List<ParsedContainer> containers)
    {
        var target = attribute.Positional(1).Value as TypeRef;
        var container = target is null ? null : containers.FirstOrDefault(c => c.Part?.Ref == target);
        if (container is null || container.Spec.Role == ContainerRole.Init)
        {
            var what = target is null ? "The target" : $"'{target.Display}'";
            var why = container is null ? "is not a container of this workload" : "is an init container, which has finished before the pod serves";
            Report(DiagnosticDescriptors.WrongPartKind, attribute.Tree, attribute.PositionalSpan(1), $"{what} of a port of Service '{service}' {why}; give one of its container classes, such as typeof(Server)");
            return null;
        }

        var ports = container.Spec.Ports;
        var portName = attribute.PositionalString(2);
        if (portName is not null)
        {
            var named = ports.FirstOrDefault(p => p.Name == portName);
            if (named is null)
            {
                Report(DiagnosticDescriptors.UnresolvedPort, attribute.Tree, attribute.PositionalSpan(2), $"Container '{container.Spec.Name}' has no port named '{portName}'{Known(ports)}");
            }

            return named;
        }

        if (ports.Count == 1)
        {
            return ports[0];
        }

        Report(
            DiagnosticDescriptors.UnresolvedPort,
            attribute.Tree,
            attribute.PositionalSpan(1),
            ports.Count == 0
                ? $"Container '{container.Spec.Name}' declares no port for Service '{service}' to forward to; add [Port(...)] to it"
                : $"Container '{container.Spec.Name}' has {ports.Count} ports; name the one Service '{service}' forwards to, as [ServicePort(port, typeof(...), \"name\")]{Known(ports)}");
        return null;

        static string Known(EquatableArray<PortSpec> ports)
            => ports.Any(static p => p.Name is not null) ? " (its named ports: " + string.Join(", ", ports.Where(static p => p.Name is not null).Select(static p => p.Name)) + ")" : string.Empty;
    }

    /// <summary>
    /// <c>[Autoscale]</c> on a Deployment or StatefulSet: replica bounds as <c>ValidateHorizontalPodAutoscalerSpec</c>
    /// takes them, utilization targets above 0, and a request of each target's resource on every app container,
    /// since utilization is a share of the request (the autoscaler's default target is 80 % CPU).
    /// </summary>
    private AutoscaleSpec? ReadAutoscale(WorkloadKind kind, AttributeArguments workload, List<ParsedContainer> containers)
    {
        var data = Find(_type, KnownAttributes.Autoscale);
        if (data is null || new AttributeArguments(data) is var attribute && !Bound(attribute))
        {
            return null;
        }

        if (kind is not (WorkloadKind.Deployment or WorkloadKind.StatefulSet))
        {
            Report(DiagnosticDescriptors.NotApplicable, attribute.Tree, attribute.NameSpan, $"[Autoscale] applies to a Deployment or a StatefulSet, not a {kind}");
            return null;
        }

        var ok = true;
        if (workload.HasNamed("Replicas"))
        {
            Report(DiagnosticDescriptors.NotApplicable, workload.Tree, workload.NamedArgumentSpan("Replicas"), "Replicas does not apply beside [Autoscale]: the autoscaler sets the replicas between MinReplicas and MaxReplicas, so the workload leaves replicas out");
        }

        var min = attribute.NamedInt("MinReplicas") ?? 1;
        var max = attribute.NamedInt("MaxReplicas");
        if (min < 1)
        {
            ok = Invalid(DiagnosticDescriptors.InvalidSetting, "MinReplicas", $"MinReplicas {min} must be at least 1");
        }

        if (max is null)
        {
            Report(DiagnosticDescriptors.NotApplicable, attribute.Tree, attribute.NameSpan, "[Autoscale] needs MaxReplicas, the most replicas the autoscaler may run");
            ok = false;
        }
        else if (max < min)
        {
            ok = Invalid(DiagnosticDescriptors.NotApplicable, "MaxReplicas", $"MaxReplicas {max} is less than MinReplicas {min}");
        }

        var cpu = Utilization("CpuUtilization");
        var memory = Utilization("MemoryUtilization");
        RequireRequests(cpu ?? (memory is null ? 80 : null), "CpuUtilization", "CPU", static r => r?.CpuRequest ?? r?.CpuLimit);
        RequireRequests(memory, "MemoryUtilization", "memory", static r => r?.MemoryRequest ?? r?.MemoryLimit);
        return ok && max is { } most ? new AutoscaleSpec(min == 1 ? null : min, most, cpu, memory) : null;

        int? Utilization(string property)
        {
            var value = attribute.NamedInt(property) ?? 0;
            if (value < 0)
            {
                ok = Invalid(DiagnosticDescriptors.InvalidSetting, property, $"{property} {value} must be a percentage above 0, or 0 for none");
            }

            return value > 0 ? value : null;
        }

        // Utilization is the pods' use over the sum of their containers' requests, sidecars included: the autoscaler
        // gives up on a pod with a container that requests none. The API server copies a limit to an unset request,
        // so a limit alone is a request too; a preset sidecar without [Resources] has its preset's requests.
        void RequireRequests(int? target, string property, string resource, System.Func<ResourcesSpec?, string?> request)
        {
            if (target is null)
            {
                return;
            }

            var missing = containers
                .Where(c => c.Spec.Role is ContainerRole.App or ContainerRole.Sidecar
                    && !(IsPreset(c.Attribute) && Presets.PresetExpansion.DeclaresNoResources(c.Spec))
                    && request(c.Spec.Resources) is null)
                .Select(static c => "'" + c.Spec.Name + "'")
                .ToList();
            if (missing.Count > 0)
            {
                var what = attribute.HasNamed(property) ? $"{property} = {target.Value.ToString(CultureInfo.InvariantCulture)}" : "The autoscaler's default target, 80 % CPU,";
                var who = missing.Count == 1 ? $"container {missing[0]} requests" : $"containers {string.Join(", ", missing.Take(missing.Count - 1))} and {missing[missing.Count - 1]} request";
                Report(
                    DiagnosticDescriptors.UtilizationWithoutRequest,
                    attribute.Tree,
                    attribute.HasNamed(property) ? attribute.NamedArgumentSpan(property) : attribute.NameSpan,
                    $"{what} is a share of the {resource} request, but {who} no {resource}; the autoscaler cannot compute it and never scales. Add [Resources({(resource == "CPU" ? "CpuRequest" : "MemoryRequest")} = ...)]");
            }
        }

        bool Invalid(Microsoft.CodeAnalysis.DiagnosticDescriptor descriptor, string property, string message)
        {
            Report(descriptor, attribute.Tree, attribute.NamedSpan(property), message);
            return false;
        }
    }

    /// <summary>
    /// <c>[PodDisruptionBudget]</c> on a Deployment or StatefulSet: exactly one of the two bounds, each a number or a
    /// percentage up to 100 % (<c>ValidatePodDisruptionBudgetSpec</c>), and a warning when it leaves no pod to evict.
    /// </summary>
    private DisruptionBudgetSpec? ReadDisruptionBudget(WorkloadKind kind, AttributeArguments workload, AutoscaleSpec? autoscale)
    {
        var data = Find(_type, KnownAttributes.PodDisruptionBudget);
        if (data is null || new AttributeArguments(data) is var attribute && !Bound(attribute))
        {
            return null;
        }

        if (kind is not (WorkloadKind.Deployment or WorkloadKind.StatefulSet))
        {
            Report(DiagnosticDescriptors.NotApplicable, attribute.Tree, attribute.NameSpan, $"[PodDisruptionBudget] applies to a Deployment or a StatefulSet, not a {kind}");
            return null;
        }

        if (attribute.HasNamed("MinAvailable") == attribute.HasNamed("MaxUnavailable"))
        {
            Report(DiagnosticDescriptors.NotApplicable, attribute.Tree, attribute.NameSpan, "[PodDisruptionBudget] needs exactly one of MinAvailable and MaxUnavailable");
            return null;
        }

        var property = attribute.HasNamed("MinAvailable") ? "MinAvailable" : "MaxUnavailable";
        if (CheckIntOrPercent(attribute, property) is not { } value)
        {
            return null;
        }

        // The fewest pods the workload runs: an autoscaler's minimum, else its replicas.
        var replicas = autoscale is null ? workload.NamedInt("Replicas") ?? 1 : autoscale.MinReplicas ?? 1;
        // The disruption controller rounds a percentage up (GetScaledValueFromIntOrPercent with roundUp).
        var percent = value.EndsWith("%", System.StringComparison.Ordinal);
        var number = int.Parse(value.TrimEnd('%'), NumberStyles.None, CultureInfo.InvariantCulture);
        var pods = percent ? (int)System.Math.Ceiling(replicas * number / 100.0) : number;
        var blocks = property == "MinAvailable" ? pods >= replicas : pods == 0;
        if (blocks)
        {
            var count = replicas == 1 ? "the one pod" : $"all {replicas.ToString(CultureInfo.InvariantCulture)} pods";
            var why = property == "MinAvailable"
                ? $"MinAvailable {value} keeps {count} the workload runs{(autoscale is null ? string.Empty : " at MinReplicas")} available"
                : $"MaxUnavailable {value} lets no pod go";
            Report(DiagnosticDescriptors.BudgetBlocksDrains, attribute.Tree, attribute.NamedSpan(property), $"{why}, so every eviction is refused and a node drain or cluster upgrade waits forever; allow at least one pod to be disrupted");
        }

        return property == "MinAvailable" ? new DisruptionBudgetSpec(value, null) : new DisruptionBudgetSpec(null, value);
    }
}
