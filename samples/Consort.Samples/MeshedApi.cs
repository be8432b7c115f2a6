using Consort;
using static Consort.SidecarKind;

namespace Consort.Samples;

/// <summary>
/// An API in an Istio mesh, on a cluster without the sidecar injector: the proxy is written into the manifest
/// the way istioctl kube-inject would write it. The seed's version had bare args ["proxy"], the obsolete
/// ISTIO_META_POD_NAME, no istio-init (so no traffic capture), no volumes and no pinned proxy version.
/// </summary>
[Deployment("payments", Namespace = "shop")]
// istio-init needs NET_ADMIN and NET_RAW to redirect traffic, which baseline forbids (CNS203): without Istio CNI the
// namespace must be privileged. With Istio CNI, use Injection = MeshInjection.Annotate and a restricted namespace.
[PodSecurity(PodSecurityLevel.Privileged)]
public partial class MeshedApi
{
    [Container("ghcr.io/acme/payments:2.7.1")]
    [Port(8080, Name = "http")]
    [Resources(CpuRequest = "250m", MemoryRequest = "256Mi", MemoryLimit = "512Mi")]
    partial class Api;

    [Sidecar(ServiceMesh, Injection = MeshInjection.Explicit, ProxyVersion = "1.28.1")]
    partial class Mesh;
}

/// <summary>The same API where the namespace has Istio's injector: a label on the pod template is enough.</summary>
[Deployment("payments-injected", Namespace = "shop")]
[Sidecar(ServiceMesh)]
[PodSecurityContext(RunAsNonRoot = true, RunAsUser = 1000, Seccomp = SeccompProfile.RuntimeDefault)]
public partial class InjectedApi
{
    [Container("ghcr.io/acme/payments:2.7.1")]
    [Port(8080, Name = "http")]
    [Resources(CpuRequest = "250m", MemoryRequest = "256Mi", MemoryLimit = "512Mi")]
    [SecurityContext(AllowPrivilegeEscalation = false, DropCapabilities = ["ALL"])]
    partial class Api;
}
