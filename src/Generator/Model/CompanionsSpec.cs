using Consort.Generator.Helpers;

namespace Consort.Generator.Model;

/// <summary>The objects that ship with a workload (SPEC section 7), emitted after it in this order; null when not declared.</summary>
/// <param name="ServiceAccount">The workload's <c>[ServiceAccount]</c> part.</param>
/// <param name="Services">Its <c>[Service]</c> parts, in declaration order.</param>
/// <param name="DisruptionBudget">The workload's <c>[PodDisruptionBudget]</c>.</param>
/// <param name="Autoscale">The workload's <c>[Autoscale]</c>.</param>
internal sealed record CompanionsSpec(ServiceAccountSpec? ServiceAccount, EquatableArray<ServiceSpec> Services, DisruptionBudgetSpec? DisruptionBudget, AutoscaleSpec? Autoscale)
{
    public static CompanionsSpec None { get; } = new(null, EquatableArray<ServiceSpec>.Empty, null, null);
}

/// <summary>A <c>[Service]</c> part: its class (for the constants), name, type and ports.</summary>
internal sealed record ServiceSpec(PartSpec Part, string Name, ServiceType Type, bool? PublishNotReadyAddresses, EquatableArray<ServicePortSpec> Ports);

/// <summary>A <c>[ServicePort]</c>, resolved: the container port's number is the target; a TCP protocol is null (the default).</summary>
internal sealed record ServicePortSpec(string? Name, int Port, int TargetPort, Protocol? Protocol, int? NodePort);

/// <summary>A <c>[ServiceAccount]</c> part: its name, and <c>automountServiceAccountToken</c> when set.</summary>
internal sealed record ServiceAccountSpec(string Name, bool? AutomountToken);

/// <summary>A <c>[PodDisruptionBudget]</c>: exactly one of the two, as written (a number or a percentage).</summary>
internal sealed record DisruptionBudgetSpec(string? MinAvailable, string? MaxUnavailable);

/// <summary>An <c>[Autoscale]</c>: <c>minReplicas</c> when not the default 1, and the utilization targets that are set.</summary>
internal sealed record AutoscaleSpec(int? MinReplicas, int MaxReplicas, int? CpuUtilization, int? MemoryUtilization);
