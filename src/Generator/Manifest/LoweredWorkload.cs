using System.Collections.Generic;

namespace Consort.Generator.Manifest;

/// <summary>A workload after lowering for a target Kubernetes version: its documents and the containers that have a class.</summary>
/// <param name="Documents">The objects of <c>W.Yaml</c> in order; the first is the workload itself.</param>
/// <param name="Containers">The containers declared by a class of their own, in declaration order.</param>
internal sealed record LoweredWorkload(IReadOnlyList<ObjectNode> Documents, IReadOnlyList<ContainerClass> Containers)
{
    public ObjectNode Workload => Documents[0];
}

/// <summary>A container's class and the name it has in the pod spec (a preset's class names the preset's container).</summary>
internal sealed record ContainerClass(string ClassName, string ContainerName);
