using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Consort.Generator.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Consort.Generator.Binding;

/// <summary>
/// What one source file contributes to how other files' workloads bind: types or namespaces named like the DSL's,
/// <c>global using</c> directives, and the partial types it declares (a workload split over files binds differently alone).
/// Read from syntax only, and cached per file.
/// </summary>
/// <param name="DslLookalikes">Types declared with a DSL name (such as <c>Port</c>), and namespaces named <c>Consort</c> below the root.</param>
/// <param name="PartialTypes">The metadata names of the partial types the file declares outside other types (only a top-level class binds alone).</param>
/// <param name="GlobalUsings">The file's <c>global using</c> directives, as written.</param>
/// <param name="Tree">The file, when it has global usings (workloads bind with it); not part of equality.</param>
internal sealed record SourceFileFacts(EquatableArray<string> DslLookalikes, EquatableArray<string> PartialTypes, string GlobalUsings, SyntaxTree? Tree)
{
    public bool IsEmpty => DslLookalikes.IsEmpty && PartialTypes.IsEmpty && GlobalUsings.Length == 0;

    public static SourceFileFacts Read(CompilationUnitSyntax unit, CancellationToken cancellationToken)
    {
        var lookalikes = new List<string>();
        var partials = new List<string>();
        Visit(unit.Members, string.Empty, lookalikes, partials, cancellationToken);
        var global = unit.Usings.Where(static u => u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword)).ToList();

        // A global using static of a type outside Consort, or a global alias named like the DSL, can change what
        // any workload's names mean, from a type in yet another file: as good as a look-alike.
        lookalikes.AddRange(global
            .Where(static u => (u.StaticKeyword.IsKind(SyntaxKind.StaticKeyword) && !WorkloadSyntax.IsInConsort(u.Name))
                || (u.Alias is { } alias && DslNames.All.Contains(alias.Name.Identifier.ValueText)))
            .Select(static u => u.ToString()));
        var globalUsings = string.Join("\n", global.Select(static u => u.ToString()));
        return new SourceFileFacts(lookalikes.ToEquatableArray(), partials.ToEquatableArray(), globalUsings, globalUsings.Length > 0 ? unit.SyntaxTree : null);
    }

    public bool Equals(SourceFileFacts? other)
        => other is not null
        && DslLookalikes.Equals(other.DslLookalikes)
        && PartialTypes.Equals(other.PartialTypes)
        && GlobalUsings == other.GlobalUsings;

    public override int GetHashCode() => (DslLookalikes, PartialTypes, GlobalUsings).GetHashCode();

    private static void Visit(SyntaxList<MemberDeclarationSyntax> members, string container, List<string> lookalikes, List<string> partials, CancellationToken cancellationToken)
    {
        foreach (var member in members)
        {
            cancellationToken.ThrowIfCancellationRequested();
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax ns:
                    var full = SyntaxNames.Join(container, SyntaxNames.Segment(ns));
                    if (full.Split('.').Skip(1).Contains(Parsing.KnownAttributes.Namespace))
                    {
                        lookalikes.Add(full);
                    }

                    // File-scoped namespaces hold the rest of the file as their members too.
                    Visit(ns.Members, full, lookalikes, partials, cancellationToken);
                    break;
                case BaseTypeDeclarationSyntax type:
                    var typeName = SyntaxNames.Join(container, SyntaxNames.Segment(type));
                    if (DslNames.All.Contains(type.Identifier.ValueText))
                    {
                        lookalikes.Add(typeName);
                    }

                    if (type.Modifiers.Any(SyntaxKind.PartialKeyword) && type.Parent is not TypeDeclarationSyntax)
                    {
                        partials.Add(typeName);
                    }

                    if (type is TypeDeclarationSyntax withMembers)
                    {
                        Visit(withMembers.Members, typeName, lookalikes, partials, cancellationToken);
                    }

                    break;
                case DelegateDeclarationSyntax @delegate when DslNames.All.Contains(@delegate.Identifier.ValueText):
                    lookalikes.Add(@delegate.Identifier.ValueText);
                    break;
            }
        }
    }
}
