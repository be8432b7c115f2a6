using Consort.Generator.Helpers;

namespace Consort.Generator.Model;

/// <summary>A preset sidecar's resolved settings: everything the expansion needs, as plain values.</summary>
internal abstract record PresetSpec;

/// <summary><c>[Sidecar(Logging)]</c>: ship the files the app writes to a shared volume.</summary>
/// <param name="SourceVolume">The volume the app writes to, or null when it could not be determined (CNS101; no agent is emitted).</param>
/// <param name="SourcePath">Where the app mounts it; the agent mounts it read-only at the same path.</param>
/// <param name="Agent">Fluent Bit or Fluentd.</param>
/// <param name="Files">The glob of files to tail, relative to <paramref name="SourcePath"/>.</param>
/// <param name="Output">Where records go.</param>
/// <param name="Host">The output's host (Forward, Elasticsearch, Loki).</param>
/// <param name="Port">The output's port.</param>
internal sealed record LoggingPresetSpec(
    string? SourceVolume,
    string SourcePath,
    LogAgent Agent,
    string Files,
    LogOutput Output,
    string? Host,
    int Port) : PresetSpec;

/// <summary><c>[Sidecar(ConfigReload)]</c>: reload a process when its ConfigMap or Secret volume changes.</summary>
/// <param name="ConfigVolume">The watched ConfigMap or Secret volume.</param>
/// <param name="ConfigPath">Where the target mounts it; the watcher mounts it at the same path.</param>
/// <param name="TargetContainer">The container whose process is reloaded.</param>
/// <param name="Process">Signal mode: the process name to signal.</param>
/// <param name="Signal">Signal mode: the signal, without <c>SIG</c>.</param>
/// <param name="ReloadUrl">HTTP mode: the URL to POST to.</param>
internal sealed record ConfigReloadPresetSpec(
    string ConfigVolume,
    string ConfigPath,
    string TargetContainer,
    string? Process,
    string Signal,
    string? ReloadUrl) : PresetSpec;

/// <summary><c>[Sidecar(ServiceMesh)]</c>: join Istio or Linkerd.</summary>
/// <param name="Mesh">Istio or Linkerd.</param>
/// <param name="Injection">Annotate for the injector, or write the proxy explicitly (Istio only).</param>
/// <param name="ProxyVersion">Explicit Istio: the proxy version, matching istiod.</param>
/// <param name="AppContainers">Explicit Istio: the app containers' names, for the proxy's metadata.</param>
/// <param name="AppPorts">Explicit Istio: the app containers' ports, for the proxy's metadata.</param>
internal sealed record ServiceMeshPresetSpec(
    MeshKind Mesh,
    MeshInjection Injection,
    string? ProxyVersion,
    EquatableArray<string> AppContainers,
    EquatableArray<PortSpec> AppPorts) : PresetSpec;
