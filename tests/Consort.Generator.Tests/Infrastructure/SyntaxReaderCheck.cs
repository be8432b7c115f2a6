extern alias ConsortGenerator;

using System.Collections.Immutable;
using ConsortGenerator::Consort.Generator.Binding;
using ConsortGenerator::Consort.Generator.Parsing;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Consort.Generator.Tests.Infrastructure;

/// <summary>
/// Holds the generator's syntax reader to the compiler: for every workload in a test's input that the reader
/// reads without binding, parsing what it read must give the same spec and the same diagnostics as parsing what
/// the compiler binds in the whole compilation. Every test input that goes through <see cref="GeneratorHarness"/>
/// is checked this way.
/// </summary>
internal static class SyntaxReaderCheck
{
    /// <summary>Fails when the reader and the compiler disagree on a workload in <paramref name="compilation"/>; returns how many the reader read.</summary>
    public static int AssertAgreesWithCompiler(Compilation compilation)
    {
        var facts = compilation.SyntaxTrees
            .Select(static t => SourceFileFacts.Read((CompilationUnitSyntax)t.GetRoot(), CancellationToken.None))
            .Where(static f => !f.IsEmpty)
            .ToImmutableArray();
        var environment = BindingEnvironment.From(facts);
        var references = new ReferencesOnly(compilation);
        var read = 0;
        foreach (var node in compilation.SyntaxTrees.SelectMany(static t => t.GetRoot().DescendantNodes()).OfType<TypeDeclarationSyntax>())
        {
            if (!WorkloadSyntax.IsCandidate(node, CancellationToken.None))
            {
                continue;
            }

            var request = BindingRequest.From(node, environment, references, CancellationToken.None);
            if (!request.Alone || request.ReadWithoutBinding(CancellationToken.None) is not { } declared)
            {
                continue;
            }

            var fromSyntax = WorkloadParser.Parse(declared, node, references.KubernetesSchema, CancellationToken.None);
            var bound = request.ParseIn(compilation, CancellationToken.None);
            if (!Equals(fromSyntax, bound))
            {
                throw new Xunit.Sdk.XunitException(
                    $"The syntax reader and the compiler disagree on '{node.Identifier.ValueText}':\n{node.SyntaxTree}\n" +
                    $"read from syntax: {Describe(fromSyntax)}\nbound: {Describe(bound)}");
            }

            read++;
        }

        return read;
    }

    private static string Describe(WorkloadParseResult? result)
        => result is null ? "no workload" : $"{result.Spec}\n  diagnostics: {string.Join("\n  ", result.Diagnostics.Select(static d => d.ToString()))}";
}
