using Consort;
using static Consort.SidecarKind;

namespace Consort.Samples;

/// <summary>
/// nginx that reloads its configuration when the ConfigMap changes, without restarting the pod. The seed's
/// version mounted nginx.conf with subPath (never updated), watched it with inotifywait -e modify (never fires,
/// and busybox has no inotifywait) and ran nginx -s reload from a container without nginx. nginx runs unprivileged
/// (user 101, port 8080; its nginx.conf keeps the pid file in /tmp, as the image's own does), so the watcher runs
/// as that user too and may signal it: restricted, without CAP_KILL.
/// </summary>
[Deployment("web", Replicas = 2)]
[PodSecurityContext(RunAsNonRoot = true, Seccomp = SeccompProfile.RuntimeDefault)]
public partial class NginxReload
{
    [ConfigMapVolume("web-nginx-conf")] partial class NginxConf;

    [Container("nginxinc/nginx-unprivileged:1.27.3", Args = ["nginx", "-g", "daemon off;", "-c", "/etc/nginx/live/nginx.conf"])]
    [Port(8080, Name = "http")]
    [Mount(typeof(NginxConf), "/etc/nginx/live", ReadOnly = true)]
    [Resources(CpuRequest = "50m", MemoryRequest = "64Mi", MemoryLimit = "128Mi")]
    [SecurityContext(RunAsUser = 101, AllowPrivilegeEscalation = false, DropCapabilities = ["ALL"])]
    partial class Nginx;

    [Sidecar(ConfigReload, Config = typeof(NginxConf), Target = typeof(Nginx), Process = "nginx")]
    partial class Reloader;
}
