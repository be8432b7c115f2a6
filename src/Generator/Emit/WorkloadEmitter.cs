using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using Consort.Generator.Manifest;
using Consort.Generator.Model;
using Consort.Generator.Parsing;

namespace Consort.Generator.Emit;

/// <summary>
/// Writes the one generated file of a workload class: the manifest carrier, then the partial declaration with
/// <c>Name</c>, <c>Yaml</c>, <c>Build()</c>, <c>BuildAll()</c>, <c>CreateBuilder()</c>, the part constants and the
/// registry entry. Pure: model in, text out.
/// </summary>
/// <remarks>
/// Only what is specific to the workload is written here: what every workload shares lives in the runtime library
/// (<c>Consort.Kubernetes</c>), because the user's compiler builds this text in every build (docs/performance.md).
/// One file, not two: Roslyn re-adds every generated file on each run and checks its name against all the others,
/// which costs time quadratic in the number of files.
/// </remarks>
internal static class WorkloadEmitter
{
    private const string Models = "global::k8s.Models.";

    /// <summary>The file for <paramref name="spec"/>, or null when the target version makes the workload invalid (its error is reported instead).</summary>
    public static GeneratedSource? Emit(WorkloadSpec spec, EmitSettings settings, CancellationToken cancellationToken = default)
    {
        if (spec.MinimumKubernetesVersion is { } minimum && settings.Target < minimum)
        {
            return null;
        }

        var lowered = WorkloadLowering.Lower(spec, settings.Target);
        cancellationToken.ThrowIfCancellationRequested();
        var yaml = YamlWriter.Write(lowered.Documents);
        var writer = new SourceWriter(yaml.Length + 4096);
        GeneratedCodeInfo.WriteHeader(writer);
        WriteManifestCarrier(writer, spec, yaml);
        var type = spec.Type;
        var blockNamespace = type.Namespace.Length > 0 && !settings.FileScopedNamespaces;
        if (blockNamespace)
        {
            writer.Line("namespace " + type.Namespace).OpenBrace();
        }
        else if (type.Namespace.Length > 0)
        {
            writer.Line("namespace " + type.Namespace + ";").Line();
        }

        foreach (var outer in type.ContainingTypes)
        {
            writer.Line("partial class " + outer).OpenBrace();
        }

        writer.Line("partial class " + type.Name).OpenBrace();
        WriteWorkloadMembers(writer, spec, lowered, yaml, settings);
        writer.CloseBrace();
        foreach (var _ in type.ContainingTypes)
        {
            writer.CloseBrace();
        }

        if (blockNamespace)
        {
            writer.CloseBrace();
        }

        return new GeneratedSource(type.MetadataName + ".g.cs", writer.ToString());
    }

    /// <summary>The file the build writes the workload to: <c>&lt;name&gt;.&lt;kind&gt;.yaml</c>, or <c>&lt;name&gt;.yaml</c> for a manifest set.</summary>
    public static string ManifestFileName(WorkloadSpec spec)
        => spec.Kind == WorkloadKind.ManifestSet ? spec.Name + ".yaml" : spec.Name + "." + spec.Kind.ToString().ToLowerInvariant() + ".yaml";

    /// <summary>
    /// The YAML as assembly metadata, which the build's task reads from the compiled assembly without running it
    /// (a generator cannot write files).
    /// </summary>
    private static void WriteManifestCarrier(SourceWriter writer, WorkloadSpec spec, string yaml)
    {
        // The Yaml constant already holds the text; only a workload hidden in a private type needs a second copy.
        var value = spec.Type.IsAssemblyVisible ? "global::" + spec.Type.MetadataName + ".Yaml" : CSharpText.Verbatim(yaml);
        writer.Line("[assembly: global::System.Reflection.AssemblyMetadata(" + CSharpText.Literal("Consort.Manifest:" + ManifestFileName(spec)) + ", " + value + ")]")
            .Line();
    }

    private static void WriteWorkloadMembers(SourceWriter writer, WorkloadSpec spec, LoweredWorkload lowered, string yaml, EmitSettings settings)
    {
        var kind = spec.Kind.ToString();
        // A constant's value shows in the IDE's quick info, so its summary does not repeat it.
        writer.Line($"/// <summary>The {kind}'s name.</summary>")
            .Line("public const string Name = " + CSharpText.Literal(spec.Name) + ";")
            .Line()
            .Line($"/// <summary>The {kind}'s manifest as YAML, ready for <c>kubectl apply -f -</c>.</summary>")
            .Line("public const string Yaml = " + CSharpText.Verbatim(yaml) + ";")
            .Line();

        if (settings.HasTypedApi)
        {
            WriteTypedApi(writer, spec, lowered);
        }

        foreach (var volume in spec.Volumes)
        {
            writer.Line($"/// <summary>The volume <c>{CSharpText.Xml(volume.Name)}</c>.</summary>")
                .Line(Declaration(volume.Part))
                .OpenBrace()
                .Line("/// <summary>The volume's name.</summary>")
                .Line("public const string Name = " + CSharpText.Literal(volume.Name) + ";");
            if (volume.Content is { } content)
            {
                writer.Line("/// <summary>The ConfigMap's name, with its content-hash suffix when it has one.</summary>")
                    .Line("public const string ConfigMapName = " + CSharpText.Literal(content.ObjectName) + ";");
            }

            writer.CloseBrace().Line();
        }

        foreach (var container in spec.Containers)
        {
            // A preset on the workload class has no class of its own; a mesh the injector adds has no container.
            if (container.Part is not null && container.Image is not null)
            {
                WriteContainerConstants(writer, container.Part, container);
            }
        }

        foreach (var service in spec.Companions.Services)
        {
            WriteServiceConstants(writer, service);
        }

        if (settings.HasTypedApi && spec.Type.IsAssemblyVisible)
        {
            var ns = spec.Namespace is null ? "null" : CSharpText.Literal(spec.Namespace);
            writer.Line("[global::System.Runtime.CompilerServices.ModuleInitializer]")
                .Line($"internal static void RegisterConsortManifest() => global::Consort.Generated.Manifests.Register(new(typeof({spec.Type.Name}), Name, \"{kind}\", {ns}, ConsortManifest));");
        }
    }

    /// <summary>
    /// <c>Build()</c>, <c>BuildAll()</c> and the builder: calls into the runtime library, which reads <c>Yaml</c>. A
    /// manifest set has no object of its own to build or change: it has <c>BuildAll()</c> only.
    /// </summary>
    private static void WriteTypedApi(SourceWriter writer, WorkloadSpec spec, LoweredWorkload lowered)
    {
        var types = string.Join(", ", lowered.Documents.Select(static d => "typeof(" + (d.ModelType is null ? "global::Consort.Kubernetes.CustomResource" : Models + d.ModelType) + ")"));
        writer.Line($"private static readonly global::Consort.Kubernetes.ManifestDocuments ConsortManifest = new(Yaml, {types});")
            .Line();
        if (spec.Kind != WorkloadKind.ManifestSet)
        {
            var model = Models + lowered.Workload.ModelType;
            writer.Line($"/// <summary>Builds a new <see cref=\"{model}\"/> from <see cref=\"Yaml\"/>.</summary>")
                .Line($"public static {model} Build() => ConsortManifest.Build<{model}>();")
                .Line();
        }

        writer.Line("/// <summary>Builds every object of <see cref=\"Yaml\"/>, in the same order.</summary>")
            .Line("public static global::System.Collections.Generic.IReadOnlyList<global::k8s.IKubernetesObject> BuildAll() => ConsortManifest.BuildAll();")
            .Line();
        if (spec.Kind != WorkloadKind.ManifestSet)
        {
            BuilderEmitter.Write(writer, spec, lowered);
        }
    }

    private static void WriteContainerConstants(SourceWriter writer, PartSpec part, ContainerSpec container)
    {
        writer.Line($"/// <summary>The container <c>{CSharpText.Xml(container.Name)}</c>.</summary>")
            .Line(Declaration(part))
            .OpenBrace()
            .Line("/// <summary>The container's name.</summary>")
            .Line("public const string Name = " + CSharpText.Literal(container.Name) + ";")
            .Line()
            .Line("/// <summary>The container's image.</summary>")
            .Line("public const string Image = " + CSharpText.Literal(container.Image!) + ";");

        WritePortConstants(writer, "The container's named ports.", container.Ports.Where(static p => p.Name is not null).Select(static p => (p.Name!, p.Number)));
        writer.CloseBrace().Line();
    }

    /// <summary>A <c>Ports</c> class with a constant per named port, when there is one.</summary>
    private static void WritePortConstants(SourceWriter writer, string summary, IEnumerable<(string Name, int Number)> ports)
    {
        // A port named "ports" gets no constant: a member cannot share its class's name.
        var namedPorts = ports
            .Select(static p => (Port: p, Member: Naming.ToPascalCase(p.Name)))
            .Where(static p => p.Member != "Ports")
            .GroupBy(static p => p.Member)
            .Select(static g => g.First())
            .ToList();
        if (namedPorts.Count == 0)
        {
            return;
        }

        writer.Line()
            .Line($"/// <summary>{summary}</summary>")
            .Line("public static class Ports")
            .OpenBrace();
        foreach (var (port, member) in namedPorts)
        {
            writer.Line($"/// <summary>The port <c>{CSharpText.Xml(port.Name)}</c>.</summary>")
                .Line($"public const int {member} = {port.Number.ToString(CultureInfo.InvariantCulture)};");
        }

        writer.CloseBrace();
    }

    private static void WriteServiceConstants(SourceWriter writer, ServiceSpec service)
    {
        writer.Line($"/// <summary>The Service <c>{CSharpText.Xml(service.Name)}</c>.</summary>")
            .Line(Declaration(service.Part))
            .OpenBrace()
            .Line("/// <summary>The Service's name, its DNS name in the namespace.</summary>")
            .Line("public const string Name = " + CSharpText.Literal(service.Name) + ";");
        WritePortConstants(writer, "The Service's named ports.", service.Ports.Where(static p => p.Name is not null).Select(static p => (p.Name!, p.Port)));
        writer.CloseBrace().Line();
    }

    private static string Declaration(PartSpec part)
        => (part.Modifiers.Length > 0 ? part.Modifiers + " " : string.Empty) + "partial class " + part.ClassName;
}
