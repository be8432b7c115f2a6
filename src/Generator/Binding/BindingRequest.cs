using System.Linq;
using System.Threading;
using Consort.Generator.Model;
using Consort.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Consort.Generator.Binding;

/// <summary>A workload to bind: alone (with the files that hold global usings) or in the whole compilation.</summary>
internal sealed record BindingRequest(TypeDeclarationSyntax Node, bool Alone, BindingEnvironment Environment, ReferencesOnly References)
{
    /// <summary>Routes <paramref name="node"/>; the syntax provider hands on the same node while its file is unchanged.</summary>
    public static BindingRequest From(TypeDeclarationSyntax node, BindingEnvironment environment, ReferencesOnly references, CancellationToken cancellationToken)
        => new(
            node,
            references.CanBindAlone && environment.AllowsAlone(SyntaxNames.MetadataName(node)) && WorkloadSyntax.IsSelfContained(node, cancellationToken),
            environment,
            references);

    /// <summary>
    /// The workload's spec without the whole compilation: read from syntax when the reader is sure of every
    /// argument, else bound in a compilation of its own file and the global-using files.
    /// </summary>
    /// <remarks>The result, diagnostics included, is also left for the analyzer (<see cref="Diagnostics.SharedParseResults"/>).</remarks>
    public WorkloadSpec? BindAlone(CancellationToken cancellationToken)
    {
        var result = ReadWithoutBinding(cancellationToken) is { } declared
            ? WorkloadParser.Parse(declared, Node, References.KubernetesSchema, cancellationToken)
            : ParseAlone(cancellationToken);
        Diagnostics.SharedParseResults.Add(this, result);
        return result?.Spec;
    }

    /// <summary>
    /// The parse with its diagnostics, for the analyzer: read from syntax when the workload binds alone and the
    /// reader is sure of it, else bound by <paramref name="model"/>, the compilation's own.
    /// </summary>
    /// <param name="securitySites">Whether to note where the settings the Pod Security checks read are written.</param>
    public WorkloadParseResult? ParseForDiagnostics(SemanticModel model, CancellationToken cancellationToken, bool securitySites = false)
        => Alone && ReadWithoutBinding(cancellationToken) is { } declared
            ? WorkloadParser.Parse(declared, Node, References.KubernetesSchema, cancellationToken, securitySites)
            : model.GetDeclaredSymbol(Node, cancellationToken) is INamedTypeSymbol type ? WorkloadParser.Parse(type, Node, References.KubernetesSchema, cancellationToken, securitySites) : null;

    /// <summary>The workload read from syntax and the DSL's schema, or null where only the compiler can tell.</summary>
    public DeclaredType? ReadWithoutBinding(CancellationToken cancellationToken)
        => References.Schema is { } schema ? SyntaxWorkloadReader.Read(Node, Environment, schema, cancellationToken) : null;

    /// <summary>Binds the workload in a compilation of its own file and the global-using files.</summary>
    public WorkloadParseResult? ParseAlone(CancellationToken cancellationToken)
    {
        var trees = Environment.GlobalUsingFiles.Select(static f => f.Tree!).Where(t => t != Node.SyntaxTree).Append(Node.SyntaxTree).ToArray();
        return ParseIn(References.With(trees), cancellationToken);
    }

    /// <summary>Binds the workload in the whole compilation.</summary>
    public WorkloadSpec? Parse(Compilation compilation, CancellationToken cancellationToken) => ParseIn(compilation, cancellationToken)?.Spec;

    /// <summary>The parse of the workload as bound in <paramref name="compilation"/>, with its diagnostics.</summary>
    public WorkloadParseResult? ParseIn(Compilation compilation, CancellationToken cancellationToken)
    {
        if (!compilation.ContainsSyntaxTree(Node.SyntaxTree)
            || compilation.GetSemanticModel(Node.SyntaxTree).GetDeclaredSymbol(Node, cancellationToken) is not INamedTypeSymbol type)
        {
            return null;
        }

        return WorkloadParser.Parse(type, Node, References.KubernetesSchema, cancellationToken);
    }
}
