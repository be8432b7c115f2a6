using System.Collections.Generic;

namespace Consort.Generator.Manifest;

/// <summary>A workload after lowering for a target Kubernetes version: its documents and where each container landed.</summary>
/// <param name="Documents">The objects of <c>W.Yaml</c> in order; the first is the workload itself.</param>
/// <param name="Containers">Where each declared container ended up, in declaration order.</param>
internal sealed record LoweredWorkload(IReadOnlyList<ObjectNode> Documents, IReadOnlyList<ContainerPlacement> Containers)
{
    public ObjectNode Workload => Documents[0];
}

/// <summary>Where lowering put a container: in <c>initContainers</c> (init containers and native sidecars) or <c>containers</c>.</summary>
internal sealed record ContainerPlacement(string ClassName, string ContainerName, bool InInitContainers);
