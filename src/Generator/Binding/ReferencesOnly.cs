using System;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace Consort.Generator.Binding;

/// <summary>
/// The compilation's references and options without its source: what a self-contained workload binds against.
/// Equal across edits that keep the references and options, so that an edit of source leaves every workload's
/// binding cached. Read without binding anything: the standalone compilation is made only when a workload needs it.
/// </summary>
internal sealed class ReferencesOnly : IEquatable<ReferencesOnly>
{
    // What the DSL's attributes need: the DSL itself and the core library its netstandard2.0 build resolves to.
    private static readonly string[] CoreLibraries = ["System.Private.CoreLib", "System.Runtime", "mscorlib", "netstandard"];

    private const string Dsl = "Consort.Dsl";

    private readonly ImmutableArray<MetadataReference> _references;
    private readonly CompilationOptions _options;
    private readonly Lazy<Compilation> _standalone;
    private readonly Lazy<DslSchema?> _schema;
    private readonly Lazy<Patches.KubernetesSchema?> _kubernetes;

    /// <remarks>
    /// Runs after every edit, so it only keeps what equality needs; the references are sorted out the first time a
    /// workload binds, which for an equal value is never.
    /// </remarks>
    public ReferencesOnly(Compilation compilation)
    {
        _references = compilation.ExternalReferences;
        _options = compilation.Options;
        var references = _references;
        var assemblyName = compilation.AssemblyName;

        // Nullable analysis cannot change an attribute's constant arguments, and it is a fifth of binding them.
        var options = ((CSharpCompilationOptions)_options).WithNullableContextOptions(NullableContextOptions.Disable);
        _standalone = new Lazy<Compilation>(() => CSharpCompilation.Create(
            assemblyName,
            references: references.Where(static r => AssemblyName(r) is { } name && (name == Dsl || CoreLibraries.Contains(name))),
            options: options));
        _schema = new Lazy<DslSchema?>(() => DslSchema.From(_standalone.Value));
        _kubernetes = new Lazy<Patches.KubernetesSchema?>(() => Patches.KubernetesSchema.From(CSharpCompilation.Create(assemblyName, references: references, options: options)));
    }

    /// <summary>The referenced DSL's attributes and enums, for reading workloads without binding them.</summary>
    public DslSchema? Schema => _schema.Value;

    /// <summary>
    /// The Kubernetes API of the referenced KubernetesClient, which patches are checked against (null when there is
    /// none), read on first use: only workloads with a <c>[Patch]</c> or <c>[Manifest]</c> need it.
    /// </summary>
    public Lazy<Patches.KubernetesSchema?> KubernetesSchema => _kubernetes;

    /// <summary>Whether Consort's runtime library is referenced (the typed API calls it; it brings KubernetesClient).</summary>
    public bool HasRuntime => _references.Any(static r => AssemblyName(r) == "Consort.Kubernetes");

    /// <summary>Whether the DSL and a core library are referenced by file, so that a workload can bind on its own.</summary>
    public bool CanBindAlone => _standalone.Value.References.Any(static r => AssemblyName(r) == Dsl) && _standalone.Value.References.Any(static r => AssemblyName(r) != Dsl);

    /// <summary>Whether the core library has <c>ModuleInitializerAttribute</c> (the registry needs it).</summary>
    public bool HasModuleInitializers
        => _standalone.Value.GetSpecialType(SpecialType.System_Object).ContainingAssembly?
            .GetTypeByMetadataName("System.Runtime.CompilerServices.ModuleInitializerAttribute") is { DeclaredAccessibility: Accessibility.Public };

    /// <summary>A compilation of <paramref name="trees"/> with the DSL and core library references and the options.</summary>
    public Compilation With(params SyntaxTree[] trees) => _standalone.Value.AddSyntaxTrees(trees);

    public bool Equals(ReferencesOnly? other)
        => other is not null
        && _options.Equals(other._options)
        && _references.SequenceEqual(other._references, static (left, right) => ReferenceEquals(left, right));

    public override bool Equals(object? obj) => Equals(obj as ReferencesOnly);

    public override int GetHashCode() => _references.Length;

    private static string? AssemblyName(MetadataReference reference) => reference switch
    {
        PortableExecutableReference { FilePath: { } path } => Path.GetFileNameWithoutExtension(path),
        CompilationReference compilation => compilation.Compilation.AssemblyName,
        _ => null,
    };
}
