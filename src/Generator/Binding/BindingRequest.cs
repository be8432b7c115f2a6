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

    /// <summary>Binds the workload in a compilation of its own file and the global-using files.</summary>
    public WorkloadSpec? BindAlone(CancellationToken cancellationToken)
    {
        var trees = Environment.GlobalUsingFiles.Select(static f => f.Tree!).Where(t => t != Node.SyntaxTree).Append(Node.SyntaxTree).ToArray();
        return Parse(References.With(trees), cancellationToken);
    }

    /// <summary>Binds the workload in the whole compilation.</summary>
    public WorkloadSpec? Parse(Compilation compilation, CancellationToken cancellationToken)
    {
        if (!compilation.ContainsSyntaxTree(Node.SyntaxTree)
            || compilation.GetSemanticModel(Node.SyntaxTree).GetDeclaredSymbol(Node, cancellationToken) is not INamedTypeSymbol type)
        {
            return null;
        }

        return WorkloadParser.Parse(type, Node, cancellationToken)?.Spec;
    }
}
