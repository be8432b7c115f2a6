using System.Collections.Generic;
using System.Linq;
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
    public const string ManifestSet = "ManifestSetAttribute";
    public const string Label = "LabelAttribute";
    public const string Annotation = "AnnotationAttribute";
    public const string Selector = "SelectorAttribute";

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
    public const string ExtendedResource = "ExtendedResourceAttribute";
    public const string HttpProbe = "HttpProbeAttribute";
    public const string TcpProbe = "TcpProbeAttribute";
    public const string ExecProbe = "ExecProbeAttribute";
    public const string SecurityContext = "SecurityContextAttribute";
    public const string GrpcProbe = "GrpcProbeAttribute";
    public const string PreStop = "PreStopAttribute";
    public const string PostStart = "PostStartAttribute";
    public const string EnvFrom = "EnvFromAttribute";
    public const string EnvFromService = "EnvFromServiceAttribute";

    public const string HostPathVolume = "HostPathVolumeAttribute";
    public const string VolumeClaimTemplate = "VolumeClaimTemplateAttribute";
    public const string ServiceAccountTokenVolume = "ServiceAccountTokenVolumeAttribute";
    public const string IscsiVolume = "IscsiVolumeAttribute";
    public const string VolumeItem = "VolumeItemAttribute";

    public const string PodSecurityContext = "PodSecurityContextAttribute";
    public const string NodeSelector = "NodeSelectorAttribute";
    public const string Toleration = "TolerationAttribute";
    public const string TopologySpread = "TopologySpreadAttribute";
    public const string PodAntiAffinity = "PodAntiAffinityAttribute";
    public const string NodeAffinity = "NodeAffinityAttribute";

    public const string ServiceAccount = "ServiceAccountAttribute";
    public const string Service = "ServiceAttribute";
    public const string ServicePort = "ServicePortAttribute";
    public const string PodDisruptionBudget = "PodDisruptionBudgetAttribute";
    public const string Autoscale = "AutoscaleAttribute";
    public const string ConfigMap = "ConfigMapAttribute";
    public const string PodSecurity = "PodSecurityAttribute";
    public const string ConfigMapEntry = "ConfigMapEntryAttribute";

    public const string Patch = "PatchAttribute";
    public const string Manifest = "ManifestAttribute";

    /// <summary>The one table of workload attributes and the kinds they declare.</summary>
    private static readonly (string ClassName, WorkloadKind Kind)[] WorkloadAttributes =
    [
        (Pod, WorkloadKind.Pod),
        (Deployment, WorkloadKind.Deployment),
        (StatefulSet, WorkloadKind.StatefulSet),
        (DaemonSet, WorkloadKind.DaemonSet),
        (Job, WorkloadKind.Job),
        (CronJob, WorkloadKind.CronJob),
        (ManifestSet, WorkloadKind.ManifestSet),
    ];

    /// <summary>The workload attributes' class names, such as <c>DeploymentAttribute</c>.</summary>
    public static IEnumerable<string> WorkloadClassNames => WorkloadAttributes.Select(static w => w.ClassName);

    /// <summary>Every attribute class name above.</summary>
    public static IEnumerable<string> AllClassNames { get; } = typeof(KnownAttributes)
        .GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
        .Where(static f => f.IsLiteral && f.Name != nameof(Namespace))
        .Select(static f => (string)f.GetRawConstantValue())
        .ToList();

    /// <summary>The attribute's class name when it is one of Consort's (namespace <c>Consort</c>), else null.</summary>
    public static string? NameOf(AttributeData attribute)
        => attribute.AttributeClass is { TypeKind: not TypeKind.Error, ContainingType: null } type
           && type.ContainingNamespace is { Name: Namespace, ContainingNamespace.IsGlobalNamespace: true }
            ? type.Name
            : null;

    /// <summary><c>Deployment</c> for <c>DeploymentAttribute</c>: how C# lets an attribute be written.</summary>
    public static string WithoutSuffix(string attributeClass) => attributeClass.Substring(0, attributeClass.Length - "Attribute".Length);

    public static bool IsWorkload(string name) => WorkloadAttributes.Any(w => w.ClassName == name);

    public static bool IsVolume(string name) => name is EmptyDirVolume or ConfigMapVolume or SecretVolume or PersistentVolumeClaimVolume or HostPathVolume or VolumeClaimTemplate or ServiceAccountTokenVolume or IscsiVolume or ConfigMap;

    public static bool IsContainer(string name) => name is Container or InitContainer or Sidecar;

    /// <summary>The kind a workload attribute declares; <paramref name="workloadAttribute"/> is one (<see cref="IsWorkload"/>).</summary>
    public static WorkloadKind KindOf(string workloadAttribute) => WorkloadAttributes.First(w => w.ClassName == workloadAttribute).Kind;
}
