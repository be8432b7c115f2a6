using Consort.Generator.Helpers;

namespace Consort.Generator.Model;

/// <summary>One nested container class: an app container, an init container or a sidecar.</summary>
/// <param name="Part">The nested class, or null for a preset sidecar written on the workload class itself.</param>
/// <param name="Role">App, init or sidecar.</param>
/// <param name="Name">The container name.</param>
/// <param name="Image">The image (for a preset, the one it pins; null for a preset that adds no container).</param>
/// <param name="Preset">The preset's settings, for a preset sidecar.</param>
/// <param name="Mode">The sidecar placement override.</param>
/// <param name="Order">The sort key among containers of the same role.</param>
/// <param name="Command">The entrypoint, when given.</param>
/// <param name="Args">The arguments, when given.</param>
/// <param name="WorkingDir">The working directory, when given.</param>
/// <param name="ImagePullPolicy">The pull policy, when given.</param>
/// <param name="Ports">Ports in declaration order.</param>
/// <param name="Env">Environment variables in declaration order.</param>
/// <param name="Mounts">Volume mounts in declaration order.</param>
/// <param name="Resources">Requests and limits, when given.</param>
/// <param name="Probes">Probes in declaration order; of several of one kind, the last is used.</param>
/// <param name="SecurityContext">The security context, when given.</param>
/// <param name="EnvFrom">The <c>envFrom</c> sources in declaration order.</param>
/// <param name="Lifecycle">The <c>preStop</c> and <c>postStart</c> hooks, when given.</param>
/// <param name="TerminationMessagePolicy">The <c>terminationMessagePolicy</c>, when given and not the default.</param>
/// <param name="Patches">The container class's <c>[Patch]</c>es, in declaration order.</param>
internal sealed record ContainerSpec(
    PartSpec? Part,
    ContainerRole Role,
    string Name,
    string? Image,
    PresetSpec? Preset,
    SidecarMode Mode,
    int Order,
    EquatableArray<string>? Command,
    EquatableArray<string>? Args,
    string? WorkingDir,
    ImagePullPolicy? ImagePullPolicy,
    EquatableArray<PortSpec> Ports,
    EquatableArray<EnvVarSpec> Env,
    EquatableArray<MountSpec> Mounts,
    ResourcesSpec? Resources,
    EquatableArray<ProbeSpec> Probes,
    SecurityContextSpec? SecurityContext,
    EquatableArray<EnvFromSpec> EnvFrom = default,
    LifecycleSpec? Lifecycle = null,
    TerminationMessagePolicy? TerminationMessagePolicy = null,
    EquatableArray<PatchValue> Patches = default);

/// <summary>An <c>envFrom</c> source: every key of a ConfigMap or Secret, with an optional prefix.</summary>
internal sealed record EnvFromSpec(bool IsSecret, string Name, string? Prefix, bool? Optional);

/// <summary>A container's lifecycle hooks.</summary>
internal sealed record LifecycleSpec(HookSpec? PostStart, HookSpec? PreStop);

/// <summary>A lifecycle hook: a command to run, or seconds to pause (the <c>sleep</c> action).</summary>
internal sealed record HookSpec(EquatableArray<string>? Command, long? SleepSeconds);

/// <summary>A container port.</summary>
internal sealed record PortSpec(int Number, string? Name, Protocol Protocol, int? HostPort = null);

/// <summary>Where an environment variable's value comes from.</summary>
internal enum EnvSource
{
    Literal,
    Field,
    Secret,
    ConfigMap,

    /// <summary>A container resource through the downward API (<c>resourceFieldRef</c>); the value is the resource, the key the divisor.</summary>
    ResourceField,
}

/// <summary>An environment variable.</summary>
/// <param name="Name">The variable name.</param>
/// <param name="Source">Where its value comes from.</param>
/// <param name="Value">The literal value, the field path for <see cref="EnvSource.Field"/>, or the resource for <see cref="EnvSource.ResourceField"/>.</param>
/// <param name="ObjectName">The Secret or ConfigMap name.</param>
/// <param name="Key">The key in the Secret or ConfigMap, or the divisor for <see cref="EnvSource.ResourceField"/>.</param>
/// <param name="Optional">Whether a missing Secret or ConfigMap key is allowed, when given.</param>
internal sealed record EnvVarSpec(string Name, EnvSource Source, string Value, string? ObjectName, string? Key, bool? Optional);

/// <summary>A volume mount.</summary>
internal sealed record MountSpec(string VolumeName, string MountPath, bool? ReadOnly, string? SubPath, MountPropagation? MountPropagation = null);

/// <summary>Requests and limits as quantity strings, and the extended resources' counts (limits only: the API server copies them to the requests).</summary>
internal sealed record ResourcesSpec(
    string? CpuRequest,
    string? CpuLimit,
    string? MemoryRequest,
    string? MemoryLimit,
    string? EphemeralStorageRequest,
    string? EphemeralStorageLimit,
    EquatableArray<KeyValueSpec> Extended = default);

/// <summary>The probe mechanisms.</summary>
internal enum ProbeAction
{
    Http,
    Tcp,
    Exec,
    Grpc,
}

/// <summary>A liveness, readiness or startup probe.</summary>
/// <param name="Kind">Which probe.</param>
/// <param name="Action">HTTP, TCP or exec.</param>
/// <param name="Path">The HTTP path.</param>
/// <param name="PortNumber">The port number (HTTP and TCP), when given as a number.</param>
/// <param name="PortName">The port name (HTTP and TCP), when given as a name.</param>
/// <param name="Https">Whether the HTTP probe uses HTTPS.</param>
/// <param name="Command">The exec command.</param>
/// <param name="Timing">The timing settings that were given.</param>
/// <param name="Headers">The HTTP request headers.</param>
/// <param name="GrpcService">The gRPC health check's service name, when given.</param>
internal sealed record ProbeSpec(
    ProbeKind Kind,
    ProbeAction Action,
    string? Path,
    int? PortNumber,
    string? PortName,
    bool Https,
    EquatableArray<string> Command,
    ProbeTimingSpec Timing,
    EquatableArray<HeaderSpec> Headers = default,
    string? GrpcService = null);

/// <summary>An HTTP header of a probe.</summary>
internal sealed record HeaderSpec(string Name, string Value);

/// <summary>Probe timing; null means the API server's default.</summary>
internal sealed record ProbeTimingSpec(
    int? InitialDelaySeconds,
    int? PeriodSeconds,
    int? TimeoutSeconds,
    int? FailureThreshold,
    int? SuccessThreshold);

/// <summary>A container security context; null fields are left out.</summary>
internal sealed record SecurityContextSpec(
    bool? RunAsNonRoot,
    long? RunAsUser,
    long? RunAsGroup,
    bool? ReadOnlyRootFilesystem,
    bool? AllowPrivilegeEscalation,
    bool? Privileged,
    EquatableArray<string> AddCapabilities,
    EquatableArray<string> DropCapabilities,
    SeccompSpec? Seccomp = null);
