using Consort.Generator.Options;

namespace Consort.Generator.Emit;

/// <summary>What the emitters need to know about the project besides the workload itself.</summary>
/// <param name="Target">The target Kubernetes version.</param>
/// <param name="HasTypedApi">
/// Whether the runtime library (and with it KubernetesClient) and module initializers are available; without them
/// only the YAML and the constants are generated.
/// </param>
/// <param name="FileScopedNamespaces">Whether the language version has file-scoped namespaces (C# 10), which save a level of indentation on every line.</param>
internal sealed record EmitSettings(KubernetesVersion Target, bool HasTypedApi, bool FileScopedNamespaces = true)
{
    public static EmitSettings Default { get; } = new(KubernetesVersion.Default, HasTypedApi: true);
}
