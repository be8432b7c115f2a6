namespace Consort.Generator.Emit;

/// <summary>One generated file: its hint name and text. Compared by value, so an unchanged file is not re-added.</summary>
internal sealed record GeneratedSource(string HintName, string Text);

/// <summary>What one workload generates: its API (for user code) and its manifest carrier (for the build).</summary>
/// <param name="Api">The partial class with <c>Yaml</c>, <c>Build()</c>, the builder and the constants.</param>
/// <param name="Manifest">The <c>AssemblyMetadata</c> attribute from which the build writes the YAML to disk.</param>
internal sealed record WorkloadOutput(GeneratedSource Api, GeneratedSource Manifest)
{
    /// <summary>The API file's hint name, which identifies the workload.</summary>
    public string HintName => Api.HintName;
}
