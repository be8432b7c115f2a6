using System.Linq;
using Consort.Generator.Helpers;
using Consort.Generator.Options;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Consort.Generator.Diagnostics;

/// <summary>
/// A diagnostic as cacheable data. It keeps the syntax tree so that the reported location is a real source
/// location, which <c>#pragma warning disable</c> and <c>.editorconfig</c> can act on.
/// </summary>
/// <param name="Descriptor">What is reported.</param>
/// <param name="Tree">The file.</param>
/// <param name="Span">The offending argument or identifier.</param>
/// <param name="Arguments">The message arguments.</param>
/// <param name="Severity">A severity other than the descriptor's, where the specification gives one (an explicit classic sidecar in a Job warns).</param>
/// <param name="OnlyBelow">
/// When set, the diagnostic applies only to target Kubernetes versions below this one; <see cref="VersionToken"/>
/// in an argument becomes the target version.
/// </param>
internal sealed record DiagnosticInfo(
    DiagnosticDescriptor Descriptor,
    SyntaxTree Tree,
    TextSpan Span,
    EquatableArray<string> Arguments,
    KubernetesVersion? OnlyBelow = null,
    DiagnosticSeverity? Severity = null)
{
    public bool AppliesTo(KubernetesVersion target) => OnlyBelow is not { } limit || target < limit;

    /// <summary>The token in an argument that stands for the target Kubernetes version.</summary>
    public const string VersionToken = "{version}";

    public Diagnostic ToDiagnostic(KubernetesVersion target)
        => Diagnostic.Create(
            Descriptor,
            Location.Create(Tree, Span),
            Severity ?? Descriptor.DefaultSeverity,
            additionalLocations: null,
            properties: null,
            [.. Arguments.Select(a => (object)a.Replace(VersionToken, target.ToString()))]);
}
