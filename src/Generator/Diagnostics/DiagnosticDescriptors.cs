using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;

namespace Consort.Generator.Diagnostics;

/// <summary>The catalog of every diagnostic Consort reports. IDs are stable; each has a page under <c>docs/diagnostics/</c>.</summary>
internal static class DiagnosticDescriptors
{
    private const string Category = "Consort";

    public static readonly DiagnosticDescriptor InvalidName = Error(
        "CNS001",
        "Invalid Kubernetes name",
        "{0} '{1}' is not a valid Kubernetes name: {2}");

    public static readonly DiagnosticDescriptor DuplicateName = Error(
        "CNS002",
        "Duplicate container or volume name",
        "{0} name '{1}' is already used by {2}; names must be unique within the pod");

    public static readonly DiagnosticDescriptor MountOfUnknownVolume = Error(
        "CNS003",
        "Mount of a class that is not a volume of this workload",
        "'{0}' is not a volume of workload '{1}'; mount one of its nested volume classes ({2})");

    public static readonly DiagnosticDescriptor InvalidPort = Error(
        "CNS004",
        "Invalid port",
        "{0}");

    public static readonly DiagnosticDescriptor InvalidMountPath = Error(
        "CNS005",
        "Invalid mount path or sub-path",
        "{0} '{1}' is invalid: {2}");

    public static readonly DiagnosticDescriptor InvalidEnv = Error(
        "CNS006",
        "Invalid environment variable",
        "{0}");

    public static readonly DiagnosticDescriptor InvalidQuantity = Error(
        "CNS007",
        "Invalid resource quantity",
        "{0}");

    public static readonly DiagnosticDescriptor InvalidLabel = Error(
        "CNS008",
        "Invalid label or annotation",
        "{0}");

    public static readonly DiagnosticDescriptor ProbeOnInitContainer = Error(
        "CNS009",
        "Probe on a regular init container",
        "{0}");

    public static readonly DiagnosticDescriptor InvalidRestartPolicy = Error(
        "CNS010",
        "Pod restart policy not allowed",
        "{0}");

    public static readonly DiagnosticDescriptor NativeSidecarUnsupported = Error(
        "CNS011",
        "Native sidecar below Kubernetes 1.28",
        "{0}");

    public static readonly DiagnosticDescriptor ClassicSidecarInJob = Error(
        "CNS012",
        "Classic sidecar in a Job or CronJob",
        "{0}");

    public static readonly DiagnosticDescriptor MissingContainerOrImage = Error(
        "CNS013",
        "Missing app container or image",
        "{0}");

    public static readonly DiagnosticDescriptor InvalidPresetProperty = Error(
        "CNS014",
        "Invalid preset sidecar property",
        "Preset sidecar: {0}");

    public static readonly DiagnosticDescriptor InvalidWorkloadDeclaration = Error(
        "CNS015",
        "Invalid workload declaration",
        "{0}");

    public static readonly DiagnosticDescriptor InvalidPatchYaml = Error(
        "CNS016",
        "Patch or manifest that is not a YAML mapping",
        "{0}");

    public static readonly DiagnosticDescriptor UnknownPatchField = Error(
        "CNS017",
        "Unknown field in a patch or manifest",
        "{0}");

    public static readonly DiagnosticDescriptor InvalidPatchValue = Error(
        "CNS018",
        "Wrong value type in a patch or manifest",
        "{0}");

    public static readonly DiagnosticDescriptor WrongPartKind = Error(
        "CNS019",
        "A reference to a part of the wrong kind",
        "{0}");

    public static readonly DiagnosticDescriptor UnresolvedPort = Error(
        "CNS020",
        "A port reference that does not resolve",
        "{0}");

    public static readonly DiagnosticDescriptor NotApplicable = Error(
        "CNS021",
        "A part or setting that does not apply, or is given twice",
        "{0}");

    public static readonly DiagnosticDescriptor InvalidConfigMapContent = Error(
        "CNS022",
        "Invalid ConfigMap content",
        "{0}");

    public static readonly DiagnosticDescriptor UtilizationWithoutRequest = Error(
        "CNS023",
        "An autoscaler utilization target for a resource that an app container does not request",
        "{0}");

    public static readonly DiagnosticDescriptor InvalidSetting = Error(
        "CNS024",
        "Invalid scheduling, strategy, probe or volume value",
        "{0}");

    public static readonly DiagnosticDescriptor LogSourceUndetermined = Warning(
        "CNS101",
        "Logging sidecar without a shared source volume",
        "{0}");

    public static readonly DiagnosticDescriptor ConfigReloadSubPath = Error(
        "CNS102",
        "ConfigReload target mounts its config with SubPath",
        "Container '{0}' mounts volume '{1}' with SubPath '{2}', and a sub-path mount never receives ConfigMap or Secret updates, so the reload would never see a change; mount the volume as a directory and point the process at the file inside it");

    public static readonly DiagnosticDescriptor UnpinnedImage = Warning(
        "CNS103",
        "Image without a tag or with :latest",
        "Image '{0}' {1}; pin a version (a tag or a digest) so that every node runs the same code and the pull policy stays IfNotPresent");

    public static readonly DiagnosticDescriptor MissingResources = Warning(
        "CNS104",
        "Container without resource requests or limits",
        "Container '{0}' has no resource requests or limits; add [Resources(CpuRequest = ..., MemoryRequest = ..., MemoryLimit = ...)] so that the scheduler can place it and a leak cannot starve its neighbours");

    public static readonly DiagnosticDescriptor SecretInLiteralEnv = Warning(
        "CNS105",
        "Literal value for a secret-looking environment variable",
        "'{0}' looks like a secret, but its value is written into the manifest; use [EnvFromSecret(\"{0}\", \"<secret>\", \"<key>\")]");

    public static readonly DiagnosticDescriptor BudgetBlocksDrains = Warning(
        "CNS106",
        "A disruption budget that blocks every voluntary eviction",
        "{0}");

    public static readonly DiagnosticDescriptor HostNamespaces = Warning(
        "CNS201",
        "Pod Security: host namespaces",
        "{0}");

    public static readonly DiagnosticDescriptor PrivilegedContainer = Warning(
        "CNS202",
        "Pod Security: privileged container",
        "{0}");

    public static readonly DiagnosticDescriptor NonDefaultCapabilities = Warning(
        "CNS203",
        "Pod Security: capabilities beyond the default set",
        "{0}");

    public static readonly DiagnosticDescriptor HostPathVolume = Warning(
        "CNS204",
        "Pod Security: hostPath volume",
        "{0}");

    public static readonly DiagnosticDescriptor HostPorts = Warning(
        "CNS205",
        "Pod Security: host ports",
        "{0}");

    public static readonly DiagnosticDescriptor HostProbeOrLifecycle = Warning(
        "CNS206",
        "Pod Security: a host in a probe or lifecycle handler",
        "{0}");

    public static readonly DiagnosticDescriptor AppArmorProfile = Warning(
        "CNS207",
        "Pod Security: forbidden AppArmor profile",
        "{0}");

    public static readonly DiagnosticDescriptor SeLinuxOptions = Warning(
        "CNS208",
        "Pod Security: forbidden SELinux options",
        "{0}");

    public static readonly DiagnosticDescriptor ProcMountBaseline = Warning(
        "CNS209",
        "Pod Security: /proc mount type",
        "{0}");

    public static readonly DiagnosticDescriptor SeccompBaseline = Warning(
        "CNS210",
        "Pod Security: seccomp Unconfined",
        "{0}");

    public static readonly DiagnosticDescriptor Sysctls = Warning(
        "CNS211",
        "Pod Security: unsafe sysctls",
        "{0}");

    public static readonly DiagnosticDescriptor WindowsHostProcess = Warning(
        "CNS212",
        "Pod Security: Windows HostProcess",
        "{0}");

    public static readonly DiagnosticDescriptor RestrictedVolumes = Warning(
        "CNS213",
        "Pod Security: restricted volume types",
        "{0}");

    public static readonly DiagnosticDescriptor AllowPrivilegeEscalation = Warning(
        "CNS214",
        "Pod Security: privilege escalation allowed",
        "{0}");

    public static readonly DiagnosticDescriptor RestrictedCapabilities = Warning(
        "CNS215",
        "Pod Security: capabilities not dropped",
        "{0}");

    public static readonly DiagnosticDescriptor RunAsNonRoot = Warning(
        "CNS216",
        "Pod Security: not run as non-root",
        "{0}");

    public static readonly DiagnosticDescriptor RunAsRootUser = Warning(
        "CNS217",
        "Pod Security: runAsUser 0",
        "{0}");

    public static readonly DiagnosticDescriptor SeccompRestricted = Warning(
        "CNS218",
        "Pod Security: no seccomp profile",
        "{0}");

    public static readonly DiagnosticDescriptor ProcMountRestricted = Warning(
        "CNS219",
        "Pod Security: /proc mount type (restricted)",
        "{0}");

    /// <summary>Every descriptor, for the analyzer's <c>SupportedDiagnostics</c> (declared after them: static fields initialize in order).</summary>
    public static ImmutableArray<DiagnosticDescriptor> All { get; } =
    [
        InvalidName, DuplicateName, MountOfUnknownVolume, InvalidPort, InvalidMountPath, InvalidEnv, InvalidQuantity,
        InvalidLabel, ProbeOnInitContainer, InvalidRestartPolicy, NativeSidecarUnsupported, ClassicSidecarInJob, MissingContainerOrImage,
        InvalidPresetProperty, InvalidWorkloadDeclaration, InvalidPatchYaml, UnknownPatchField, InvalidPatchValue, WrongPartKind, UnresolvedPort, NotApplicable, InvalidConfigMapContent,
        UtilizationWithoutRequest, InvalidSetting, LogSourceUndetermined, ConfigReloadSubPath, UnpinnedImage, MissingResources, SecretInLiteralEnv,
        BudgetBlocksDrains,
        HostNamespaces, PrivilegedContainer, NonDefaultCapabilities, HostPathVolume, HostPorts, HostProbeOrLifecycle, AppArmorProfile, SeLinuxOptions,
        ProcMountBaseline, SeccompBaseline, Sysctls, WindowsHostProcess, RestrictedVolumes, AllowPrivilegeEscalation, RestrictedCapabilities, RunAsNonRoot, RunAsRootUser, SeccompRestricted, ProcMountRestricted,
    ];

    /// <summary>The Pod Security Standards warnings (CNS201–CNS219), by ID.</summary>
    public static System.Collections.Generic.IReadOnlyDictionary<string, DiagnosticDescriptor> PodSecurity { get; } =
        All.Where(static d => d.Id.StartsWith("CNS2", System.StringComparison.Ordinal)).ToDictionary(static d => d.Id);

    private static DiagnosticDescriptor Warning(string id, string title, string message) => new(
        id,
        title,
        message,
        Category,
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink(id));

    private static DiagnosticDescriptor Error(string id, string title, string message) => new(
        id,
        title,
        message,
        Category,
        DiagnosticSeverity.Error,
        isEnabledByDefault: true,
        helpLinkUri: HelpLink(id));

    /// <summary>Every ID has a page in the repository's <c>docs/diagnostics</c> folder.</summary>
    public static string HelpLink(string id) => "docs/diagnostics/" + id + ".md";
}
