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

    private readonly ImmutableArray<MetadataReference> _references;
    private readonly CompilationOptions _options;
    private readonly Lazy<Compilation> _standalone;

    public ReferencesOnly(Compilation compilation)
    {
        _references = compilation.ExternalReferences;
        _options = compilation.Options;
        var named = _references.Select(static r => (Reference: r, Name: AssemblyName(r))).ToList();
        HasKubernetesClient = named.Any(static r => r.Name == "KubernetesClient");
        var kept = named.Where(static r => r.Name == "Consort.Dsl" || CoreLibraries.Contains(r.Name)).Select(static r => r.Reference).ToList();
        CanBindAlone = kept.Any(static r => AssemblyName(r) == "Consort.Dsl") && kept.Any(static r => AssemblyName(r) != "Consort.Dsl");
        // Nullable analysis cannot change an attribute's constant arguments, and it is a fifth of binding them.
        var options = ((CSharpCompilationOptions)_options).WithNullableContextOptions(NullableContextOptions.Disable);
        var assemblyName = compilation.AssemblyName;
        _standalone = new Lazy<Compilation>(() => CSharpCompilation.Create(assemblyName, references: kept, options: options));
    }

    /// <summary>Whether KubernetesClient is referenced (the typed API returns its models).</summary>
    public bool HasKubernetesClient { get; }

    /// <summary>Whether the DSL and a core library are referenced by file, so that a workload can bind on its own.</summary>
    public bool CanBindAlone { get; }

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
