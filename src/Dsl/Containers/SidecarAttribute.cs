using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// A sidecar: a container that runs alongside the app for the pod's whole life. Either a custom sidecar
    /// (<c>[Sidecar("image")]</c>) or a preset (<c>[Sidecar(SidecarKind.Logging)]</c>; with
    /// <c>using static Consort.SidecarKind;</c> it reads <c>[Sidecar(Logging)]</c>).
    /// </summary>
    /// <remarks>
    /// From Kubernetes 1.29 a sidecar is emitted as a native sidecar (first in <c>initContainers</c>, with
    /// <c>restartPolicy: Always</c>); below it, as a classic entry in <c>containers</c>. <see cref="Mode"/>
    /// overrides this. The target version is the MSBuild property <c>ConsortKubernetesVersion</c>.
    /// </remarks>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class SidecarAttribute : ContainerDeclarationAttribute
    {
        /// <summary>Declares a custom sidecar.</summary>
        /// <param name="image">The image, pinned to a tag or digest.</param>
        public SidecarAttribute(string image) => Image = image;

        /// <summary>Declares a preset sidecar.</summary>
        /// <param name="kind">The preset.</param>
        public SidecarAttribute(SidecarKind kind) => Kind = kind;

        /// <summary>The image of a custom sidecar; <see langword="null"/> for a preset.</summary>
        public string? Image { get; }

        /// <summary>The preset; <see langword="null"/> for a custom sidecar.</summary>
        public SidecarKind? Kind { get; }

        /// <summary>Native or classic placement; <see cref="SidecarMode.Auto"/> (the default) follows the target Kubernetes version.</summary>
        public SidecarMode Mode { get; set; }

        // Logging preset

        /// <summary>Logging: the emptyDir volume class the app writes its log files to. Default: the one emptyDir an app container mounts.</summary>
        public Type? Source { get; set; }

        /// <summary>Logging: the agent (default <see cref="LogAgent.FluentBit"/>).</summary>
        public LogAgent Agent { get; set; }

        /// <summary>Logging: the glob of the files to ship, relative to the source mount (default <c>*.log</c>).</summary>
        public string? Files { get; set; }

        /// <summary>Logging: where records go (default <see cref="LogOutput.Stdout"/>).</summary>
        public LogOutput Output { get; set; }

        /// <summary>Logging: the host of the <see cref="Output"/> (for Forward, Elasticsearch and Loki).</summary>
        public string? Host { get; set; }

        /// <summary>Logging: the port of the <see cref="Output"/>; default: the output's usual port.</summary>
        public int Port { get; set; }

        // ConfigReload preset

        /// <summary>ConfigReload: the ConfigMap or Secret volume class to watch.</summary>
        public Type? Config { get; set; }

        /// <summary>ConfigReload: the container class whose process is reloaded.</summary>
        public Type? Target { get; set; }

        /// <summary>ConfigReload (signal mode): the process name to signal, such as <c>nginx</c>.</summary>
        public string? Process { get; set; }

        /// <summary>ConfigReload (signal mode): the signal to send (default <c>HUP</c>).</summary>
        public string? Signal { get; set; }

        /// <summary>ConfigReload (HTTP mode): the URL to POST to after a change, such as <c>http://127.0.0.1:9090/-/reload</c>.</summary>
        public string? ReloadUrl { get; set; }

        // ServiceMesh preset

        /// <summary>ServiceMesh: the mesh (default <see cref="MeshKind.Istio"/>).</summary>
        public MeshKind Mesh { get; set; }

        /// <summary>ServiceMesh: annotate for the injector (default) or write the proxy explicitly.</summary>
        public MeshInjection Injection { get; set; }

        /// <summary>ServiceMesh (explicit Istio): the proxy version, which must match istiod, such as <c>1.28.1</c>.</summary>
        public string? ProxyVersion { get; set; }
    }
}
