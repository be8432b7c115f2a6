using Consort;

namespace Consort.Generator.Tests.Workloads;

/// <summary>A bare Pod with a restart policy and a process namespace shared between its containers.</summary>
[Pod("debug", RestartPolicy = PodRestartPolicy.Never, ShareProcessNamespace = true)]
[PodSecurity(PodSecurityLevel.Privileged)] // NET_ADMIN and NET_RAW for network debugging: a privileged namespace only
public partial class DebugPod
{
    [Container("busybox:1.37", Command = ["sleep", "3600"])]
    partial class Shell;

    [Container("nicolaka/netshoot:v0.13", Name = "net")]
    [SecurityContext(AddCapabilities = ["NET_ADMIN", "NET_RAW"])]
    partial class NetTools;
}
