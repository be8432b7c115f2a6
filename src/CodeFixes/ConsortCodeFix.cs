using System.Collections.Immutable;
using Microsoft.CodeAnalysis.CodeFixes;

namespace Consort.CodeFixes;

/// <summary>The plumbing every Consort code fix shares: one diagnostic ID, and fix-all by batch.</summary>
/// <param name="diagnosticId">The ID the fix applies to.</param>
public abstract class ConsortCodeFix(string diagnosticId) : CodeFixProvider
{
    /// <inheritdoc/>
    public sealed override ImmutableArray<string> FixableDiagnosticIds { get; } = [diagnosticId];

    /// <inheritdoc/>
    public sealed override FixAllProvider GetFixAllProvider() => WellKnownFixAllProviders.BatchFixer;
}
