using Consort;

namespace Consort.Generator.Tests.Workloads;

/// <summary>Sidecars placed explicitly: native and classic whatever the target version, and ordered by Order.</summary>
[Deployment("legacy")]
public partial class LegacyCluster
{
    [Container("nginx:1.27")]
    [Port(80, Name = "http")]
    partial class Web;

    [Sidecar("busybox:1.37", Mode = SidecarMode.Classic, Order = 2, Command = ["sleep", "infinity"])]
    partial class Second;

    [Sidecar("busybox:1.37", Mode = SidecarMode.Classic, Order = 1, Command = ["sleep", "infinity"])]
    partial class First;

    [Sidecar("busybox:1.37", Mode = SidecarMode.Native, Command = ["sleep", "infinity"])]
    partial class AlwaysNative;
}
