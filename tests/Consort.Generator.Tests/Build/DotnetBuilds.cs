namespace Consort.Generator.Tests.Build;

/// <summary>Tests that run dotnet build or pack over this repository's projects run one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class DotnetBuilds
{
    public const string Name = "dotnet builds";
}
