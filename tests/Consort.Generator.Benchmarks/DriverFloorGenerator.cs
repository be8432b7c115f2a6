using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Consort.Generator.Benchmarks;

/// <summary>
/// The least a generator can do with the same input and the same shape of output: find each workload class by
/// syntax and add one one-line file for it, which changes when the class does. What it costs is the floor that
/// Roslyn's driver sets for any generator that writes one file per workload; Consort's runs are compared with it.
/// </summary>
public sealed class DriverFloorGenerator : IIncrementalGenerator
{
    /// <inheritdoc/>
    public void Initialize(IncrementalGeneratorInitializationContext context)
    {
        // As in Consort, the syntax provider hands on the node, which is the same object while its file is unchanged,
        // and what the file says is read after it, so that only an edited workload is read again.
        var workloads = context.SyntaxProvider
            .CreateSyntaxProvider(
                static (node, _) => node is ClassDeclarationSyntax { AttributeLists.Count: > 0, Parent: BaseNamespaceDeclarationSyntax },
                static (syntax, _) => (ClassDeclarationSyntax)syntax.Node)
            .Select(static (node, _) => (Name: ((BaseNamespaceDeclarationSyntax)node.Parent!).Name + "." + node.Identifier.ValueText, Text: node.ToString()));

        // The same hint names as Consort's, so that the driver's checks of them cost the same.
        context.RegisterSourceOutput(workloads, static (output, workload) => output.AddSource(
            workload.Name + ".g.cs",
            SourceText.From("// " + workload.Text.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " characters", System.Text.Encoding.UTF8)));
    }
}
