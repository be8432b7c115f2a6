namespace Consort.Generator.Model;

/// <summary>The volume sources the DSL supports.</summary>
internal enum VolumeKind
{
    EmptyDir,
    ConfigMap,
    Secret,
    PersistentVolumeClaim,
}

/// <summary>One nested volume class.</summary>
/// <param name="Part">The nested class.</param>
/// <param name="Name">The volume name in the pod spec.</param>
/// <param name="Kind">The source kind.</param>
/// <param name="SourceName">The ConfigMap, Secret or claim name (null for emptyDir).</param>
/// <param name="Flag">ConfigMap/Secret <c>optional</c>, or claim <c>readOnly</c>, when given.</param>
/// <param name="Medium">The emptyDir medium, when given.</param>
/// <param name="SizeLimit">The emptyDir size limit, when given.</param>
internal sealed record VolumeSpec(
    PartSpec Part,
    string Name,
    VolumeKind Kind,
    string? SourceName,
    bool? Flag,
    EmptyDirMedium? Medium,
    string? SizeLimit);

/// <summary>A nested part class (container or volume) as the generated partial declaration needs it.</summary>
/// <param name="ClassName">The C# class name.</param>
/// <param name="Modifiers">The accessibility to write on the generated declaration (<c>public</c> unless one was declared).</param>
internal sealed record PartSpec(string ClassName, string Modifiers);
