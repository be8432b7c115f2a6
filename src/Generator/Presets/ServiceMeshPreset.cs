using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using Consort.Generator.Helpers;
using Consort.Generator.Manifest;
using Consort.Generator.Model;
using Consort.Generator.Options;
using static Consort.Generator.Manifest.ManifestTree;

namespace Consort.Generator.Presets;

/// <summary>
/// The ServiceMesh preset. Annotate: the injection label (Istio) or annotation (Linkerd) on the pod template.
/// Explicit (Istio): <c>istio-init</c> and <c>istio-proxy</c> as <c>istioctl kube-inject</c> writes them for the
/// given proxy version, with the proxy's downward-API environment, ports, probes, volumes and UID 1337.
/// </summary>
internal static class ServiceMeshPreset
{
    private const string ProxyUid = "1337";

    public static void Expand(WorkloadSpec workload, ContainerSpec container, ServiceMeshPresetSpec preset, KubernetesVersion target, PresetContributions output)
    {
        if (preset.Injection == MeshInjection.Annotate)
        {
            if (preset.Mesh == MeshKind.Linkerd)
            {
                output.TemplateAnnotations.Add(new("linkerd.io/inject", "enabled"));
            }
            else
            {
                output.TemplateLabels.Add(new("sidecar.istio.io/inject", "true"));
            }

            return;
        }

        var image = container.Image!;
        var native = WorkloadLowering.IsNative(container.Mode, target);
        output.Containers.Add(IstioInit(image));
        output.Containers.Add(container with
        {
            Args = new[]
            {
                "proxy", "sidecar", "--domain", "$(POD_NAMESPACE).svc.cluster.local",
                "--proxyLogLevel=warning", "--proxyComponentLogLevel=misc:error", "--log_output_level=default:info",
            }.ToEquatableArray(),
            Ports = new[] { new PortSpec(15090, "http-envoy-prom", Protocol.Tcp) }.Concat(container.Ports).ToEquatableArray(),
            Env = ProxyEnvironment(workload, preset).Concat(container.Env).ToEquatableArray(),
            Resources = PresetExpansion.Resources(container, ProxyResources),
            Probes = new[]
            {
                new ProbeSpec(ProbeKind.Readiness, ProbeAction.Http, "/healthz/ready", 15021, null, false, EquatableArray<string>.Empty, new ProbeTimingSpec(null, 15, 3, 4, null)),
                new ProbeSpec(ProbeKind.Startup, ProbeAction.Http, "/healthz/ready", 15021, null, false, EquatableArray<string>.Empty, new ProbeTimingSpec(null, 1, 3, 600, null)),
            }.Concat(container.Probes).ToEquatableArray(),
            SecurityContext = container.SecurityContext ?? new SecurityContextSpec(true, 1337, 1337, true, false, false, EquatableArray<string>.Empty, new[] { "ALL" }.ToEquatableArray()),
            Mounts = PresetExpansion.Mounts(
                container,
                new MountSpec("workload-socket", "/var/run/secrets/workload-spiffe-uds", null, null),
                new MountSpec("credential-socket", "/var/run/secrets/credential-uds", null, null),
                new MountSpec("workload-certs", "/var/run/secrets/workload-spiffe-credentials", null, null),
                new MountSpec("istiod-ca-cert", "/var/run/secrets/istio", null, null),
                new MountSpec("istio-ca-crl", "/var/run/secrets/istio/crl", null, null),
                new MountSpec("istio-data", "/var/lib/istio/data", null, null),
                new MountSpec("istio-envoy", "/etc/istio/proxy", null, null),
                new MountSpec("istio-token", "/var/run/secrets/tokens", null, null),
                new MountSpec("istio-podinfo", "/etc/istio/pod", null, null)),

            // As a native sidecar the proxy drains before it stops; as a classic container the injector adds no hook.
            Lifecycle = native ? new LifecycleSpec(null, new HookSpec(new[] { "pilot-agent", "request", "--debug-port=15020", "POST", "drain" }.ToEquatableArray(), null)) : null,
        });

        output.Volumes.AddRange(Volumes());
        output.TemplateLabels.Add(new("sidecar.istio.io/inject", "false"));
        output.TemplateLabels.Add(new("security.istio.io/tlsMode", "istio"));
        output.TemplateLabels.Add(new("service.istio.io/canonical-name", workload.Name));
        output.TemplateLabels.Add(new("service.istio.io/canonical-revision", "latest"));
        if (preset.AppContainers.Count > 0)
        {
            output.TemplateAnnotations.Add(new("kubectl.kubernetes.io/default-container", preset.AppContainers[0]));
            output.TemplateAnnotations.Add(new("kubectl.kubernetes.io/default-logs-container", preset.AppContainers[0]));
        }

        output.TemplateAnnotations.Add(new("prometheus.io/path", "/stats/prometheus"));
        output.TemplateAnnotations.Add(new("prometheus.io/port", "15020"));
        output.TemplateAnnotations.Add(new("prometheus.io/scrape", "true"));
    }

    /// <summary><c>istio-init</c>: installs the iptables rules that send the pod's traffic through the proxy (UID 1337 is exempt).</summary>
    private static ContainerSpec IstioInit(string image)
        => new(
            null,
            ContainerRole.SidecarSetup,
            PresetNames.IstioInit,
            image,
            null,
            SidecarMode.Auto,
            0,
            null,
            new[]
            {
                "istio-iptables", "-p", "15001", "-z", "15006", "-u", ProxyUid, "-m", "REDIRECT", "-i", "*", "-x", string.Empty,
                "-b", "*", "-d", "15090,15021,15020", "--log_output_level=default:info",
            }.ToEquatableArray(),
            null,
            null,
            EquatableArray<PortSpec>.Empty,
            EquatableArray<EnvVarSpec>.Empty,
            EquatableArray<MountSpec>.Empty,
            ProxyResources,
            EquatableArray<ProbeSpec>.Empty,
            new SecurityContextSpec(false, 0, 0, false, false, false, new[] { "NET_ADMIN", "NET_RAW" }.ToEquatableArray(), new[] { "ALL" }.ToEquatableArray()));

    /// <summary>istio-proxy's and istio-init's resources, as Istio's injector sets them.</summary>
    private static readonly ResourcesSpec ProxyResources = new("100m", "2", "128Mi", "1Gi", null, null);

    private static IEnumerable<EnvVarSpec> ProxyEnvironment(WorkloadSpec workload, ServiceMeshPresetSpec preset)
    {
        var owner = $"kubernetes://apis/{WorkloadLowering.ApiVersion(workload.Kind)}/namespaces/$(POD_NAMESPACE)/{workload.Kind.ToString().ToLowerInvariant()}s/{workload.Name}";
        return
        [
            Literal("PILOT_CERT_PROVIDER", "istiod"),
            Literal("CA_ADDR", "istiod.istio-system.svc:15012"),
            Field("POD_NAME", "metadata.name"),
            Field("POD_NAMESPACE", "metadata.namespace"),
            Field("INSTANCE_IP", "status.podIP"),
            Field("SERVICE_ACCOUNT", "spec.serviceAccountName"),
            Field("HOST_IP", "status.hostIP"),
            Resource("ISTIO_CPU_LIMIT", "limits.cpu"),
            Literal("PROXY_CONFIG", "{}\n"),
            Literal("ISTIO_META_POD_PORTS", PodPortsJson(preset.AppPorts)),
            Literal("ISTIO_META_APP_CONTAINERS", string.Join(",", preset.AppContainers)),
            Resource("GOMEMLIMIT", "limits.memory"),
            Literal("ISTIO_META_CLUSTER_ID", "Kubernetes"),
            Field("ISTIO_META_NODE_NAME", "spec.nodeName"),
            Literal("ISTIO_META_INTERCEPTION_MODE", "REDIRECT"),
            Literal("ISTIO_META_WORKLOAD_NAME", workload.Name),
            Literal("ISTIO_META_OWNER", owner),
            Literal("ISTIO_META_MESH_ID", "cluster.local"),
            Literal("TRUST_DOMAIN", "cluster.local"),
        ];

        static EnvVarSpec Literal(string name, string value) => new(name, EnvSource.Literal, value, null, null, null);
        static EnvVarSpec Field(string name, string path) => new(name, EnvSource.Field, path, null, null, null);
        static EnvVarSpec Resource(string name, string resource) => new(name, EnvSource.ResourceField, resource, null, "1", null);
    }

    /// <summary>The app's ports as the JSON Istio's agent reads from <c>ISTIO_META_POD_PORTS</c>.</summary>
    private static string PodPortsJson(IEnumerable<PortSpec> ports)
    {
        var json = new StringBuilder("[");
        foreach (var port in ports)
        {
            if (json.Length > 1)
            {
                json.Append(',');
            }

            json.Append('{');
            if (port.Name is not null)
            {
                // Port names are IANA_SVC_NAMEs (CNS001): lower-case letters, digits and hyphens, nothing to escape.
                json.Append("\"name\":\"").Append(port.Name).Append("\",");
            }

            json.Append("\"containerPort\":").Append(port.Number.ToString(CultureInfo.InvariantCulture))
                .Append(",\"protocol\":\"").Append(port.Protocol.ToString().ToUpperInvariant()).Append("\"}");
        }

        return json.Append(']').ToString();
    }

    private static IEnumerable<ObjectNode> Volumes()
    {
        foreach (var name in new[] { "workload-socket", "credential-socket", "workload-certs" })
        {
            yield return EmptyDir(name, medium: null);
        }

        yield return EmptyDir("istio-envoy", "Memory");
        yield return EmptyDir("istio-data", medium: null);
        yield return Object(
            "V1Volume",
            Field("name", String("istio-podinfo")),
            Field("downwardAPI", Object(
                "V1DownwardAPIVolumeSource",
                Field("items", List(new[] { "labels", "annotations" }.Select(static item => Object(
                    "V1DownwardAPIVolumeFile",
                    Field("path", String(item)),
                    Field("fieldRef", Object("V1ObjectFieldSelector", Field("fieldPath", String("metadata." + item)))))))))));
        yield return Object(
            "V1Volume",
            Field("name", String("istio-token")),
            Field("projected", Object(
                "V1ProjectedVolumeSource",
                Field("sources", List([Object(
                    "V1VolumeProjection",
                    Field("serviceAccountToken", Object(
                        "V1ServiceAccountTokenProjection",
                        Field("audience", String("istio-ca")),
                        Field("expirationSeconds", Integer(43200)),
                        Field("path", String("istio-token")))))])))));
        yield return Object("V1Volume", Field("name", String("istiod-ca-cert")), Field("configMap", Object("V1ConfigMapVolumeSource", Field("name", String("istio-ca-root-cert")))));
        yield return Object("V1Volume", Field("name", String("istio-ca-crl")), Field("configMap", Object("V1ConfigMapVolumeSource", Field("name", String("istio-ca-crl")), Field("optional", Boolean(true)))));

        static ObjectNode EmptyDir(string name, string? medium)
            => Object("V1Volume", Field("name", String(name)), Field("emptyDir", Object("V1EmptyDirVolumeSource", Field("medium", String(medium)))));
    }
}
