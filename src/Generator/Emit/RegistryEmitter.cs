namespace Consort.Generator.Emit;

/// <summary>
/// Writes <c>Consort.Generated.Manifests</c>, the assembly's own registry of workloads over the runtime's
/// <c>ManifestRegistry</c>. Each workload adds itself from a module initializer, so the registry needs no list of
/// all workloads at generation time; being internal and embedded, it never clashes with another assembly's.
/// </summary>
internal static class RegistryEmitter
{
    public const string HintName = "Consort.Generated.Manifests.g.cs";

    public static GeneratedSource Emit()
    {
        var writer = new SourceWriter();
        GeneratedCodeInfo.WriteHeader(writer);
        writer.Line("namespace Consort.Generated")
            .OpenBrace()
            .Line("/// <summary>Every Consort workload declared in this assembly, for tools and tests.</summary>")
            .Line("[global::Microsoft.CodeAnalysis.Embedded]")
            .Line(GeneratedCodeInfo.Attribute)
            .Line("internal static class Manifests")
            .OpenBrace()
            .Line("private static readonly global::Consort.Kubernetes.ManifestRegistry s_registry = new global::Consort.Kubernetes.ManifestRegistry();")
            .Line()
            .Line("/// <summary>Every workload, ordered by namespace (none first), name and kind.</summary>")
            .Line("public static global::System.Collections.Generic.IReadOnlyList<global::Consort.Kubernetes.ManifestEntry> All => s_registry.All;")
            .Line()
            .Line("/// <summary>The workload of kind <paramref name=\"kind\"/> (such as <c>Deployment</c>) named <paramref name=\"name\"/>, or null.</summary>")
            .Line("public static global::Consort.Kubernetes.ManifestEntry? Find(string kind, string name) => s_registry.Find(kind, name);")
            .Line()
            .Line("/// <summary>Called by each workload's module initializer.</summary>")
            .Line("internal static void Register(global::Consort.Kubernetes.ManifestEntry entry) => s_registry.Add(entry);")
            .CloseBrace()
            .CloseBrace();
        return new GeneratedSource(HintName, writer.ToString());
    }
}
