using Consort.Generator.Manifest;
using Consort.Generator.Model;

namespace Consort.Generator.Emit;

/// <summary>
/// Writes <c>CreateBuilder()</c> and the workload's <c>Builder</c>: a class derived from the runtime's builder of its
/// kind (which has the kind's own methods), with one accessor per container class and per Service class, so that a
/// misspelt container or Service is a compile error.
/// </summary>
internal static class BuilderEmitter
{
    public static void Write(SourceWriter writer, WorkloadSpec spec, LoweredWorkload lowered)
    {
        writer.Line("/// <summary>Starts a builder that changes a copy of this workload.</summary>")
            .Line("public static Builder CreateBuilder() => new();")
            .Line()
            .Line("/// <summary>Changes a copy of this workload.</summary>")
            .Line($"public sealed class Builder : global::Consort.Kubernetes.{spec.Kind}Builder<Builder>")
            .OpenBrace()
            .Line("internal Builder() : base(ConsortManifest) { }");

        foreach (var container in lowered.Containers)
        {
            writer.Line()
                .Line($"/// <summary>Changes the container <c>{CSharpText.Xml(container.ContainerName)}</c>.</summary>")
                .Line($"public Builder {container.ClassName}(global::System.Action<global::Consort.Kubernetes.ContainerBuilder> configure) => Container({CSharpText.Literal(container.ContainerName)}, configure);");
        }

        foreach (var service in spec.Companions.Services)
        {
            writer.Line()
                .Line($"/// <summary>Changes the Service <c>{CSharpText.Xml(service.Name)}</c> in <c>BuildAll()</c>.</summary>")
                .Line($"public Builder {service.Part.ClassName}(global::System.Action<global::Consort.Kubernetes.ServiceBuilder> configure) => Service({CSharpText.Literal(service.Name)}, configure);");
        }

        writer.CloseBrace().Line();
    }
}
