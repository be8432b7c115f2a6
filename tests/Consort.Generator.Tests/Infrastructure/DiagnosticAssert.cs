using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Consort.Generator.Tests.Infrastructure;

/// <summary>
/// Asserts diagnostics against marked-up source: <c>[|…|]</c> marks the exact span the diagnostic must cover.
/// </summary>
internal static class DiagnosticAssert
{
    public static Diagnostic Single(string markedSource, string id, string? kubernetesVersion = null, string? podSecurity = null)
    {
        var (source, span) = Parse(markedSource);
        var outcome = GeneratorHarness.Run([source], kubernetesVersion, podSecurity: podSecurity);
        Assert.Empty(outcome.Exceptions);

        // Exactly one diagnostic of this ID, and no other error (unrelated warnings such as CNS104 may stand beside it).
        var diagnostic = Assert.Single(outcome.Diagnostics, d => d.Id == id);
        Assert.DoesNotContain(outcome.Errors, d => d.Id != id);
        Assert.Equal(LocationKind.SourceFile, diagnostic.Location.Kind);
        Assert.Equal(source.Substring(span.Start, span.Length), source.Substring(diagnostic.Location.SourceSpan.Start, diagnostic.Location.SourceSpan.Length));
        Assert.Equal(span, diagnostic.Location.SourceSpan);
        Assert.Equal($"docs/diagnostics/{id}.md", diagnostic.Descriptor.HelpLinkUri);
        Assert.Equal(id is "CNS101" or "CNS103" or "CNS104" or "CNS105" or "CNS106" || id.StartsWith("CNS2", StringComparison.Ordinal) ? DiagnosticSeverity.Warning : DiagnosticSeverity.Error, diagnostic.Severity);
        return diagnostic;
    }

    /// <summary>The source without its <c>[|…|]</c> span markers.</summary>
    public static string Unmark(string markedSource)
        => markedSource.Replace("[|", string.Empty, StringComparison.Ordinal).Replace("|]", string.Empty, StringComparison.Ordinal);

    public static string Message(this Diagnostic diagnostic) => diagnostic.GetMessage(System.Globalization.CultureInfo.InvariantCulture);

    private static (string Source, TextSpan Span) Parse(string marked)
    {
        var start = marked.IndexOf("[|", StringComparison.Ordinal);
        var end = marked.IndexOf("|]", StringComparison.Ordinal);
        if (start < 0 || end < start)
        {
            throw new ArgumentException("The source needs one [|…|] span.", nameof(marked));
        }

        var source = Unmark(marked);
        return (source, TextSpan.FromBounds(start, end - 2));
    }
}
