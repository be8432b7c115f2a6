using System.Runtime.CompilerServices;
using Consort.Generator.Binding;
using Consort.Generator.Parsing;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Consort.Generator.Diagnostics;

/// <summary>
/// The generator's parse of each workload it read on its own, kept for <see cref="ConsortAnalyzer"/>: in a build the
/// compiler runs the generator and then the analyzers over the same syntax trees, and without this the analyzer
/// read and parsed every workload a second time. Keyed weakly by the declaration, so a result lives no longer than
/// its syntax tree.
/// </summary>
/// <remarks>
/// Only results that depend on nothing but the declaration, the binding environment and the references are kept
/// (workloads bound alone), and the analyzer uses one only when its own environment and references are equal:
/// a result read under other facts is parsed again. A miss costs nothing but the parse the analyzer does anyway.
/// </remarks>
internal static class SharedParseResults
{
    private static readonly ConditionalWeakTable<TypeDeclarationSyntax, Entry> Results = new();

    /// <summary>Keeps the parse of <paramref name="request"/>, a workload bound alone.</summary>
    public static void Add(BindingRequest request, WorkloadParseResult? result)
    {
        lock (Results)
        {
            Results.Remove(request.Node);
            Results.Add(request.Node, new Entry(request.Environment, request.References, result));
        }
    }

    /// <summary>The generator's parse of <paramref name="node"/>, if it was read under the same environment and references.</summary>
    public static bool TryGet(TypeDeclarationSyntax node, BindingEnvironment environment, ReferencesOnly references, out WorkloadParseResult? result)
    {
        if (Results.TryGetValue(node, out var entry) && entry.Environment.Equals(environment) && entry.References.Equals(references))
        {
            result = entry.Result;
            return true;
        }

        result = null;
        return false;
    }

    private sealed record Entry(BindingEnvironment Environment, ReferencesOnly References, WorkloadParseResult? Result);
}
