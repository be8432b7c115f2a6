using Consort;
using static Consort.SidecarKind;

namespace Consort.Samples;

/// <summary>
/// nginx that reloads its configuration when the ConfigMap changes, without restarting the pod. The seed's
/// version mounted nginx.conf with subPath (never updated), watched it with inotifywait -e modify (never fires,
/// and busybox has no inotifywait) and ran nginx -s reload from a container without nginx.
/// </summary>
[Deployment("web", Replicas = 2)]
public partial class NginxReload
{
    [ConfigMapVolume("web-nginx-conf")] partial class NginxConf;

    [Container("nginx:1.27.3", Args = ["nginx", "-g", "daemon off;", "-c", "/etc/nginx/live/nginx.conf"])]
    [Port(80, Name = "http")]
    [Mount(typeof(NginxConf), "/etc/nginx/live", ReadOnly = true)]
    [Resources(CpuRequest = "50m", MemoryRequest = "64Mi", MemoryLimit = "128Mi")]
    partial class Nginx;

    [Sidecar(ConfigReload, Config = typeof(NginxConf), Target = typeof(Nginx), Process = "nginx")]
    partial class Reloader;
}
