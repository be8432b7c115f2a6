using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Consort.Generator.Diagnostics;
using Consort.Generator.Model;
using Consort.Generator.Validation;

namespace Consort.Generator.Parsing;

internal sealed partial class WorkloadParser
{
    /// <summary>
    /// The objects that ship with the workload (SPEC 7.2 and 7.4): a <c>[ServiceAccount]</c> part, a
    /// <c>[PodDisruptionBudget]</c> and an <c>[Autoscale]</c>, each checked as the API server checks the object it
    /// becomes, and for what would break the workload on a real cluster.
    /// </summary>
    private CompanionsSpec ReadCompanions(WorkloadKind kind, AttributeArguments workload, List<ParsedContainer> containers)
    {
        var serviceAccount = ReadServiceAccountPart(kind, workload);
        var autoscale = ReadAutoscale(kind, workload, containers);
        var budget = ReadDisruptionBudget(kind, workload, autoscale);
        return serviceAccount is null && budget is null && autoscale is null ? CompanionsSpec.None : new CompanionsSpec(serviceAccount, budget, autoscale);
    }

    /// <summary>The one nested class with <c>[ServiceAccount]</c>: a name the API server takes (a DNS-1123 subdomain), and no second account.</summary>
    private ServiceAccountSpec? ReadServiceAccountPart(WorkloadKind kind, AttributeArguments workload)
    {
        ServiceAccountSpec? found = null;
        foreach (var part in _type.NestedTypes)
        {
            var data = part.Attributes.FirstOrDefault(static a => a.Name == KnownAttributes.ServiceAccount);
            if (data is null || new AttributeArguments(data) is var attribute && !Bound(attribute))
            {
                continue;
            }

            var explicitName = attribute.NamedString("Name");
            var name = explicitName ?? Naming.ToKebabCase(part.Name);
            var location = explicitName is null ? IdentifierOf(part) : new SourceSpan(attribute.Tree, attribute.NamedSpan("Name"));
            CheckName(KubernetesNames.CheckDns1123Subdomain(name), "Service account name", name, location.Tree, location.Span);
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
    /// <c>[Autoscale]</c> on a Deployment or StatefulSet: replica bounds as <c>ValidateHorizontalPodAutoscalerSpec</c>
    /// takes them, utilization targets above 0, and a request of each target's resource on every app container,
    /// since utilization is a share of the request (the autoscaler's default target is 80 % CPU).
    /// </summary>
    private AutoscaleSpec? ReadAutoscale(WorkloadKind kind, AttributeArguments workload, List<ParsedContainer> containers)
    {
        var data = _type.Attributes.FirstOrDefault(static a => a.Name == KnownAttributes.Autoscale);
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
                    && !(IsPreset(c.Attribute) && Presets.PresetExpansion.KeepsDefaultResources(c.Spec))
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
        var data = _type.Attributes.FirstOrDefault(static a => a.Name == KnownAttributes.PodDisruptionBudget);
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
