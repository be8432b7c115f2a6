namespace Consort.Generator.Presets;

/// <summary>Names the presets give to what they add, shared by the parser (uniqueness checks) and the expansion.</summary>
internal static class PresetNames
{
    public const string IstioProxy = "istio-proxy";
    public const string IstioInit = "istio-init";

    /// <summary>The volumes explicit Istio injection adds, as <c>istioctl kube-inject</c> names them.</summary>
    public static readonly string[] IstioVolumes =
    [
        "workload-socket", "credential-socket", "workload-certs", "istio-envoy", "istio-data",
        "istio-podinfo", "istio-token", "istiod-ca-cert", "istio-ca-crl",
    ];

    /// <summary>The container name of a preset written on the workload class itself.</summary>
    public static string DefaultContainerName(SidecarKind kind) => kind switch
    {
        SidecarKind.Logging => "log-shipper",
        SidecarKind.ConfigReload => "config-reloader",
        _ => IstioProxy,
    };

    /// <summary>The ConfigMap holding a logging agent's configuration.</summary>
    public static string AgentConfigMap(string workload, string container) => workload + "-" + container;

    /// <summary>The volume that mounts <see cref="AgentConfigMap"/>.</summary>
    public static string AgentConfigVolume(string container) => container + "-config";

    /// <summary>The writable volume for the agent's position (Fluentd) or database (Fluent Bit) file.</summary>
    public static string AgentStateVolume(string container) => container + "-state";
}
