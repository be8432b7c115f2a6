using Consort;

namespace Consort.Generator.Tests.Workloads;

/// <summary>A bare Pod with a restart policy and a process namespace shared between its containers.</summary>
[Pod("debug", RestartPolicy = PodRestartPolicy.Never, ShareProcessNamespace = true)]
public partial class DebugPod
{
    [Container("busybox:1.37", Command = ["sleep", "3600"])]
    partial class Shell;

    [Container("nicolaka/netshoot:v0.13", Name = "net")]
    [SecurityContext(AddCapabilities = ["NET_ADMIN", "NET_RAW"])]
    partial class NetTools;
}
