namespace Consort.Generator.Presets;

/// <summary>
/// The images the presets pin. Each is a released tag (never <c>latest</c>) that contains every program the
/// preset's command runs; docs/presets.md says why each one was chosen.
/// </summary>
internal static class PresetImages
{
    /// <summary>Fluent Bit 4.2 (distroless: the preset runs the binary directly, never a shell).</summary>
    public const string FluentBit = "cr.fluentbit.io/fluent/fluent-bit:4.2.2";

    /// <summary>Fluentd 1.19 on Debian: in_tail and out_forward are built in; no Elasticsearch or Loki plugin.</summary>
    public const string Fluentd = "fluent/fluentd:v1.19-debian-1";

    /// <summary>busybox: <c>sh</c>, <c>readlink</c>, <c>sleep</c> and <c>pkill</c> (with <c>-o</c> and <c>-x</c>) for the signal-mode watcher.</summary>
    public const string Busybox = "busybox:1.37";

    /// <summary>configmap-reload: watches a directory for the kubelet's <c>..data</c> swap and calls a webhook.</summary>
    public const string ConfigmapReload = "ghcr.io/jimmidyson/configmap-reload:v0.15.0";

    /// <summary>Istio's proxy image; the tag is the <c>ProxyVersion</c>, which must match istiod.</summary>
    public const string IstioProxyRepository = "docker.io/istio/proxyv2";
}
