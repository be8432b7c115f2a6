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
/// One file, not two: Roslyn re-adds every generated file on each run and checks its name against all the others,
/// which costs time quadratic in the number of files (see docs/performance.md).
/// </remarks>
internal static class WorkloadEmitter
{
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
        var writer = new SourceWriter(yaml.Length * 8);
        GeneratedCodeInfo.WriteHeader(writer);
        WriteManifestCarrier(writer, spec, yaml);
        var type = spec.Type;
        if (type.Namespace.Length > 0)
        {
            writer.Line("namespace " + type.Namespace).OpenBrace();
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

        if (type.Namespace.Length > 0)
        {
            writer.CloseBrace();
        }

        return new GeneratedSource(type.MetadataName + ".g.cs", writer.ToString());
    }

    /// <summary>The file the build writes the workload to: <c>&lt;name&gt;.&lt;kind&gt;.yaml</c>.</summary>
    public static string ManifestFileName(WorkloadSpec spec) => spec.Name + "." + spec.Kind.ToString().ToLowerInvariant() + ".yaml";

    /// <summary>
    /// The YAML as assembly metadata, which the build's task reads from the compiled assembly without running it
    /// (a generator cannot write files).
    /// </summary>
    private static void WriteManifestCarrier(SourceWriter writer, WorkloadSpec spec, string yaml)
    {
        // The Yaml constant already holds the text; only a workload hidden in a private type needs a second copy.
        var value = spec.Type.IsAssemblyVisible ? "global::" + spec.Type.MetadataName + ".Yaml" : VerbatimLiteral(yaml);
        writer.Line("[assembly: global::System.Reflection.AssemblyMetadata(" + ModelInitializerWriter.Literal("Consort.Manifest:" + ManifestFileName(spec)) + ", " + value + ")]")
            .Line();
    }

    /// <summary>A verbatim string literal, which keeps multi-line YAML readable in the generated file.</summary>
    private static string VerbatimLiteral(string text) => "@\"" + text.Replace("\"", "\"\"") + "\"";

    private static void WriteWorkloadMembers(SourceWriter writer, WorkloadSpec spec, LoweredWorkload lowered, string yaml, EmitSettings settings)
    {
        var kind = KindName(spec.Kind);
        writer.Line($"/// <summary>The {kind}'s name: <c>{Xml(spec.Name)}</c>.</summary>")
            .Line("public const string Name = " + ModelInitializerWriter.Literal(spec.Name) + ";")
            .Line()
            .Line($"/// <summary>The {kind}'s manifest as YAML, ready for <c>kubectl apply -f -</c>.</summary>")
            .Line("public const string Yaml = " + VerbatimLiteral(yaml) + ";")
            .Line();

        if (settings.HasTypedApi)
        {
            var model = ModelInitializerWriter.ModelsNamespace + lowered.Workload.ModelType;
            writer.Line($"/// <summary>Builds a new <see cref=\"{model}\"/> equal to the manifest in <see cref=\"Yaml\"/>.</summary>")
                .Line(GeneratedCodeInfo.Attribute)
                .Line($"public static {model} Build()")
                .OpenBrace()
                .Start("return ");
            ModelInitializerWriter.Write(writer, lowered.Workload);
            writer.Append(";\n").CloseBrace().Line();

            writer.Line("/// <summary>Builds every object of <see cref=\"Yaml\"/>, in the same order.</summary>")
                .Line(GeneratedCodeInfo.Attribute)
                .Line("public static global::System.Collections.Generic.IReadOnlyList<global::k8s.IKubernetesObject> BuildAll()")
                .OpenBrace()
                .Line("return new global::k8s.IKubernetesObject[]")
                .OpenBrace()
                .Line("Build(),");
            foreach (var document in lowered.Documents.Skip(1))
            {
                writer.Start(string.Empty);
                ModelInitializerWriter.Write(writer, document);
                writer.Append(",\n");
            }

            writer.CloseBrace(";").CloseBrace().Line();

            BuilderEmitter.Write(writer, spec, lowered);
        }

        foreach (var volume in spec.Volumes)
        {
            writer.Line($"/// <summary>The volume <c>{Xml(volume.Name)}</c>.</summary>")
                .Line(Declaration(volume.Part))
                .OpenBrace()
                .Line($"/// <summary>The volume's name in the pod spec: <c>{Xml(volume.Name)}</c>.</summary>")
                .Line("public const string Name = " + ModelInitializerWriter.Literal(volume.Name) + ";")
                .CloseBrace()
                .Line();
        }

        foreach (var container in spec.Containers)
        {
            // A preset on the workload class has no class of its own; a mesh the injector adds has no container.
            if (container.Part is not null && container.Image is not null)
            {
                WriteContainerConstants(writer, container.Part, container);
            }
        }

        if (settings.HasTypedApi && spec.Type.IsAssemblyVisible)
        {
            var ns = spec.Namespace is null ? "null" : ModelInitializerWriter.Literal(spec.Namespace);
            writer.Line("/// <summary>Adds this workload to <see cref=\"global::Consort.Generated.Manifests\"/> when the assembly loads.</summary>")
                .Line("[global::System.Runtime.CompilerServices.ModuleInitializer]")
                .Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]")
                .Line(GeneratedCodeInfo.Attribute)
                .Line("internal static void RegisterConsortManifest()")
                .Line($"    => global::Consort.Generated.Manifests.Register(new global::Consort.Generated.ManifestEntry(typeof({spec.Type.Name}), Name, \"{kind}\", {ns}, Yaml, Build, BuildAll));");
        }
    }

    private static void WriteContainerConstants(SourceWriter writer, PartSpec part, ContainerSpec container)
    {
        writer.Line($"/// <summary>The container <c>{Xml(container.Name)}</c>.</summary>")
            .Line(Declaration(part))
            .OpenBrace()
            .Line($"/// <summary>The container's name: <c>{Xml(container.Name)}</c>.</summary>")
            .Line("public const string Name = " + ModelInitializerWriter.Literal(container.Name) + ";");
        writer.Line()
            .Line($"/// <summary>The container's image: <c>{Xml(container.Image!)}</c>.</summary>")
            .Line("public const string Image = " + ModelInitializerWriter.Literal(container.Image!) + ";");

        // A port named "ports" gets no constant: a member cannot share its class's name.
        var namedPorts = container.Ports
            .Where(static p => p.Name is not null)
            .Select(static p => (Port: p, Member: Naming.ToPascalCase(p.Name!)))
            .Where(static p => p.Member != "Ports")
            .GroupBy(static p => p.Member)
            .Select(static g => g.First())
            .ToList();
        if (namedPorts.Count > 0)
        {
            writer.Line()
                .Line("/// <summary>The container's named ports.</summary>")
                .Line(GeneratedCodeInfo.Attribute)
                .Line("public static class Ports")
                .OpenBrace();
            foreach (var (port, member) in namedPorts)
            {
                writer.Line($"/// <summary>The port <c>{Xml(port.Name!)}</c>.</summary>")
                    .Line($"public const int {member} = {port.Number.ToString(System.Globalization.CultureInfo.InvariantCulture)};");
            }

            writer.CloseBrace();
        }

        writer.CloseBrace().Line();
    }

    private static string Declaration(PartSpec part)
        => (part.Modifiers.Length > 0 ? part.Modifiers + " " : string.Empty) + "partial class " + part.ClassName;

    public static string KindName(WorkloadKind kind) => kind.ToString();

    /// <summary>Escapes text for an XML doc comment.</summary>
    public static string Xml(string text)
    {
        if (text.IndexOfAny(XmlSpecial) < 0)
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                // Anything C# could take for a line break would end the comment.
                '\n' or '\r' or '\u0085' or '\u2028' or '\u2029' => builder.Append(' '),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    private static readonly char[] XmlSpecial = ['&', '<', '>', '\n', '\r', '\u0085', '\u2028', '\u2029'];
}
