using Consort.Generator.Options;

namespace Consort.Generator.Emit;

/// <summary>What the emitters need to know about the project besides the workload itself.</summary>
/// <param name="Target">The target Kubernetes version.</param>
/// <param name="HasKubernetesClient">Whether KubernetesClient is referenced; without it only the YAML and constants are generated.</param>
internal sealed record EmitSettings(KubernetesVersion Target, bool HasKubernetesClient)
{
    public static EmitSettings Default { get; } = new(KubernetesVersion.Default, HasKubernetesClient: true);
}
