using Consort;

namespace Consort.Samples;

/// <summary>A throw-away debugging pod that never restarts.</summary>
[Pod("debug", RestartPolicy = PodRestartPolicy.Never)]
[Label("purpose", "debugging")]
[PodSecurityContext(RunAsNonRoot = true, RunAsUser = 65534, Seccomp = SeccompProfile.RuntimeDefault)]
public partial class Debug
{
    [Container("busybox:1.37", Command = ["sleep", "3600"])]
    [Env("GREETING", "yes")]
    [Resources(CpuRequest = "10m", MemoryRequest = "16Mi", MemoryLimit = "32Mi")]
    [SecurityContext(AllowPrivilegeEscalation = false, DropCapabilities = ["ALL"])]
    partial class Shell;
}
