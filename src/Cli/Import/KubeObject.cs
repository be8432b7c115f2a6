namespace Consort.Cli.Import;

/// <summary>One Kubernetes object of the input, and where it was read.</summary>
/// <param name="Source">The file it came from, as given on the command line.</param>
/// <param name="Object">The object without its <c>status</c>.</param>
internal sealed record KubeObject(string Source, YamlMapping Object)
{
    public string ApiVersion => Object.String("apiVersion") ?? string.Empty;

    public string Kind => Object.String("kind") ?? string.Empty;

    public string Name => Object.Mapping("metadata")?.String("name") ?? string.Empty;

    public string? Namespace => Object.Mapping("metadata")?.String("namespace");

    /// <summary>The API group: <c>apps</c> for <c>apps/v1</c>, empty for <c>v1</c>.</summary>
    public string Group => ApiVersion.Contains('/') ? ApiVersion[..ApiVersion.IndexOf('/')] : string.Empty;

    /// <summary>What tells one object from another on the cluster: API group, kind, namespace and name.</summary>
    public (string Group, string Kind, string? Namespace, string Name) Identity => (Group, Kind, Namespace, Name);

    public override string ToString() => $"{Kind}/{Name}";
}
