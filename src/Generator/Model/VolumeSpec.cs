namespace Consort.Generator.Model;

/// <summary>The volume sources the DSL supports.</summary>
internal enum VolumeKind
{
    EmptyDir,
    ConfigMap,
    Secret,
    PersistentVolumeClaim,
    HostPath,

    /// <summary>A StatefulSet's <c>volumeClaimTemplates</c> entry, mounted by its name.</summary>
    ClaimTemplate,

    /// <summary>A <c>projected</c> volume with one <c>serviceAccountToken</c> source.</summary>
    ServiceAccountToken,

    /// <summary>An <c>iscsi</c> disk.</summary>
    Iscsi,
}

/// <summary>One nested volume class.</summary>
/// <param name="Part">The nested class.</param>
/// <param name="Name">The volume name in the pod spec.</param>
/// <param name="Kind">The source kind.</param>
/// <param name="SourceName">The ConfigMap, Secret or claim name, the host path, or the token's path (null for emptyDir and claim templates).</param>
/// <param name="Flag">ConfigMap/Secret <c>optional</c>, or claim <c>readOnly</c>, when given.</param>
/// <param name="Medium">The emptyDir medium, when given.</param>
/// <param name="SizeLimit">The emptyDir size limit, or a claim template's storage request.</param>
/// <param name="DefaultMode">A ConfigMap or Secret volume's file mode, when given.</param>
/// <param name="Items">The keys a ConfigMap or Secret volume projects, when given.</param>
/// <param name="HostPathType">What a hostPath must be, when given.</param>
/// <param name="StorageClass">A claim template's storage class, when given.</param>
/// <param name="AccessMode">A claim template's access mode.</param>
/// <param name="Audience">A service account token's audience, when given.</param>
/// <param name="ExpirationSeconds">A service account token's lifetime, when not the default.</param>
/// <param name="Iscsi">An iSCSI volume's target and settings.</param>
/// <param name="Content">A <c>[ConfigMap]</c> part's content: the volume mounts the ConfigMap the workload ships.</param>
internal sealed record VolumeSpec(
    PartSpec Part,
    string Name,
    VolumeKind Kind,
    string? SourceName,
    bool? Flag,
    EmptyDirMedium? Medium,
    string? SizeLimit,
    int? DefaultMode = null,
    Helpers.EquatableArray<VolumeItemSpec> Items = default,
    HostPathType? HostPathType = null,
    string? StorageClass = null,
    AccessMode AccessMode = AccessMode.ReadWriteOnce,
    string? Audience = null,
    long? ExpirationSeconds = null,
    IscsiSpec? Iscsi = null,
    ConfigMapContentSpec? Content = null);

/// <summary>An iSCSI disk; a setting the user did not give is null (a CHAP flag: null when false).</summary>
internal sealed record IscsiSpec(
    string TargetPortal,
    string Iqn,
    int Lun,
    Helpers.EquatableArray<string> Portals,
    string? FsType,
    bool? ReadOnly,
    string? Interface,
    string? InitiatorName,
    bool? ChapAuthDiscovery,
    bool? ChapAuthSession,
    string? Secret);

/// <summary>A key of a ConfigMap or Secret volume projected to a path, with its file mode when given.</summary>
internal sealed record VolumeItemSpec(string Key, string Path, int? Mode);

/// <summary>A nested part class (container or volume) as the generated partial declaration needs it.</summary>
/// <param name="ClassName">The C# class name.</param>
/// <param name="Modifiers">The accessibility to write on the generated declaration (<c>public</c> unless one was declared).</param>
internal sealed record PartSpec(string ClassName, string Modifiers);
