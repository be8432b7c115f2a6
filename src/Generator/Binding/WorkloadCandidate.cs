using System.Linq;
using System.Threading;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Consort.Generator.Binding;

/// <summary>
/// A class that may be a workload, as its syntax shows it. Equal while its file is unchanged (the node is the same
/// object), so nothing after it re-runs for files that an edit did not touch.
/// </summary>
/// <param name="Node">The class declaration.</param>
/// <param name="MetadataName">Its metadata name as far as syntax tells (namespace and class).</param>
/// <param name="IsSelfContained">Whether it can bind on its own (<see cref="WorkloadSyntax.IsSelfContained"/>).</param>
internal sealed record WorkloadCandidate(TypeDeclarationSyntax Node, string MetadataName, bool IsSelfContained)
{
    public static WorkloadCandidate From(TypeDeclarationSyntax node, CancellationToken cancellationToken)
    {
        var names = node.AncestorsAndSelf()
            .Select(static n => n switch
            {
                BaseNamespaceDeclarationSyntax ns => ns.Name.ToString().Replace(" ", string.Empty),
                TypeDeclarationSyntax type => type.Identifier.ValueText + (type.TypeParameterList is { Parameters.Count: > 0 and var count } ? "`" + count : string.Empty),
                _ => null,
            })
            .OfType<string>()
            .Reverse();
        return new WorkloadCandidate(node, string.Join(".", names), WorkloadSyntax.IsSelfContained(node, cancellationToken));
    }
}
