using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Consort.Generator.Helpers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace Consort.Generator.Binding;

/// <summary>
/// Whether a self-contained workload binds on its own exactly as in the whole compilation: true unless some file
/// declares a type named like the DSL, or the workload's class is split over several files. Workloads bind with
/// the files that hold <c>global using</c> directives. Changes only when such declarations change, so an edit
/// elsewhere leaves every workload's binding cached.
/// </summary>
internal sealed class BindingEnvironment : System.IEquatable<BindingEnvironment>
{
    private readonly HashSet<string> _splitTypes;

    private readonly System.Lazy<HashSet<string>> _globalAliases;

    private BindingEnvironment(bool hasDslLookalikes, HashSet<string> splitTypes, ImmutableArray<SourceFileFacts> globalUsingFiles)
    {
        HasDslLookalikes = hasDslLookalikes;
        _splitTypes = splitTypes;
        GlobalUsingFiles = globalUsingFiles;
        _globalAliases = new System.Lazy<HashSet<string>>(() => new HashSet<string>(
            globalUsingFiles.SelectMany(static f => ((CompilationUnitSyntax)f.Tree!.GetRoot()).Usings)
                .Where(static u => u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword) && u.Alias is not null)
                .Select(static u => u.Alias!.Name.Identifier.ValueText),
            System.StringComparer.Ordinal));
    }

    /// <summary>A source type or namespace is named like the DSL: every workload binds in the whole compilation.</summary>
    public bool HasDslLookalikes { get; }

    /// <summary>The files with <c>global using</c> directives, in path order.</summary>
    public ImmutableArray<SourceFileFacts> GlobalUsingFiles { get; }

    /// <summary>The names declared by <c>global using name = ...;</c> in any file (derived from <see cref="GlobalUsingFiles"/>).</summary>
    public IReadOnlyCollection<string> GlobalAliases => _globalAliases.Value;

    public static BindingEnvironment From(ImmutableArray<SourceFileFacts> files)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        var split = new HashSet<string>(System.StringComparer.Ordinal);
        foreach (var file in files)
        {
            foreach (var type in file.PartialTypes.Distinct())
            {
                if (!seen.Add(type))
                {
                    split.Add(type);
                }
            }
        }

        var globalUsings = files
            .Where(static f => f.Tree is not null)
            .OrderBy(static f => f.Tree!.FilePath, System.StringComparer.Ordinal)
            .ToImmutableArray();
        return new BindingEnvironment(files.Any(static f => !f.DslLookalikes.IsEmpty), split, globalUsings);
    }

    /// <summary>Whether the workload class <paramref name="metadataName"/> may bind on its own.</summary>
    public bool AllowsAlone(string metadataName) => !HasDslLookalikes && !_splitTypes.Contains(metadataName);

    public bool Equals(BindingEnvironment? other)
        => other is not null
        && HasDslLookalikes == other.HasDslLookalikes
        && _splitTypes.SetEquals(other._splitTypes)
        && GlobalUsingFiles.SequenceEqual(other.GlobalUsingFiles);

    public override bool Equals(object? obj) => Equals(obj as BindingEnvironment);

    public override int GetHashCode() => (HasDslLookalikes, _splitTypes.Count, GlobalUsingFiles.Length).GetHashCode();
}
