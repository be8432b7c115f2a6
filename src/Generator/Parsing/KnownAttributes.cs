using Consort.Generator.Model;
using Microsoft.CodeAnalysis;

namespace Consort.Generator.Parsing;

/// <summary>The DSL's attribute names. The generator matches by name so that it needs no reference to the DSL assembly.</summary>
internal static class KnownAttributes
{
    public const string Namespace = "Consort";

    public const string Pod = "PodAttribute";
    public const string Deployment = "DeploymentAttribute";
    public const string StatefulSet = "StatefulSetAttribute";
    public const string DaemonSet = "DaemonSetAttribute";
    public const string Job = "JobAttribute";
    public const string CronJob = "CronJobAttribute";
    public const string Label = "LabelAttribute";
    public const string Annotation = "AnnotationAttribute";

    public const string EmptyDirVolume = "EmptyDirVolumeAttribute";
    public const string ConfigMapVolume = "ConfigMapVolumeAttribute";
    public const string SecretVolume = "SecretVolumeAttribute";
    public const string PersistentVolumeClaimVolume = "PersistentVolumeClaimVolumeAttribute";

    public const string Container = "ContainerAttribute";
    public const string InitContainer = "InitContainerAttribute";
    public const string Sidecar = "SidecarAttribute";

    public const string Port = "PortAttribute";
    public const string Env = "EnvAttribute";
    public const string EnvFromField = "EnvFromFieldAttribute";
    public const string EnvFromSecret = "EnvFromSecretAttribute";
    public const string EnvFromConfigMap = "EnvFromConfigMapAttribute";
    public const string Mount = "MountAttribute";
    public const string Resources = "ResourcesAttribute";
    public const string HttpProbe = "HttpProbeAttribute";
    public const string TcpProbe = "TcpProbeAttribute";
    public const string ExecProbe = "ExecProbeAttribute";
    public const string SecurityContext = "SecurityContextAttribute";

    /// <summary>The workload attributes, each a root of the incremental pipeline.</summary>
    public static readonly (WorkloadKind Kind, string MetadataName)[] Workloads =
    [
        (WorkloadKind.Pod, Namespace + "." + Pod),
        (WorkloadKind.Deployment, Namespace + "." + Deployment),
        (WorkloadKind.StatefulSet, Namespace + "." + StatefulSet),
        (WorkloadKind.DaemonSet, Namespace + "." + DaemonSet),
        (WorkloadKind.Job, Namespace + "." + Job),
        (WorkloadKind.CronJob, Namespace + "." + CronJob),
    ];

    /// <summary>The attribute's class name when it is one of Consort's (namespace <c>Consort</c>), else null.</summary>
    public static string? NameOf(AttributeData attribute)
        => attribute.AttributeClass is { TypeKind: not TypeKind.Error, ContainingType: null } type
           && type.ContainingNamespace is { Name: Namespace, ContainingNamespace.IsGlobalNamespace: true }
            ? type.Name
            : null;

    public static bool IsWorkload(string name) => name is Pod or Deployment or StatefulSet or DaemonSet or Job or CronJob;

    public static bool IsVolume(string name) => name is EmptyDirVolume or ConfigMapVolume or SecretVolume or PersistentVolumeClaimVolume;

    public static bool IsContainer(string name) => name is Container or InitContainer or Sidecar;

    public static WorkloadKind KindOf(string workloadAttribute) => workloadAttribute switch
    {
        Pod => WorkloadKind.Pod,
        StatefulSet => WorkloadKind.StatefulSet,
        DaemonSet => WorkloadKind.DaemonSet,
        Job => WorkloadKind.Job,
        CronJob => WorkloadKind.CronJob,
        _ => WorkloadKind.Deployment,
    };
}
