using Consort.Generator.Options;

namespace Consort.Generator.Emit;

/// <summary>What the emitters need to know about the project besides the workload itself.</summary>
/// <param name="Target">The target Kubernetes version.</param>
/// <param name="HasTypedApi">
/// Whether KubernetesClient and module initializers are available; without them only the YAML and the
/// constants are generated.
/// </param>
internal sealed record EmitSettings(KubernetesVersion Target, bool HasTypedApi)
{
    public static EmitSettings Default { get; } = new(KubernetesVersion.Default, HasTypedApi: true);
}
