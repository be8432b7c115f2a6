using Consort.Generator.Diagnostics;
using Consort.Generator.Helpers;
using Consort.Generator.Model;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Consort.Generator.Parsing;

/// <summary>What parsing one workload class yields: the model (null when it has errors) and the diagnostics.</summary>
/// <param name="Spec">The model; null when the workload has errors.</param>
/// <param name="Diagnostics">What parsing found.</param>
/// <param name="ContentSites">Where its ConfigMap parts and their file entries are written, for what reading the files finds.</param>
/// <param name="PodSecurity">The workload's <c>[PodSecurity]</c> level, when it has one.</param>
/// <param name="SecuritySites">Where the settings the Pod Security checks read are written.</param>
internal sealed record WorkloadParseResult(
    WorkloadSpec? Spec,
    EquatableArray<DiagnosticInfo> Diagnostics,
    EquatableArray<ContentSite> ContentSites = default,
    PodSecurityLevel? PodSecurity = null,
    EquatableArray<SecuritySite> SecuritySites = default);

/// <summary>A <c>[ConfigMap]</c> attribute (<paramref name="Key"/> null) or the <c>File</c> argument of one of its keys.</summary>
internal sealed record ContentSite(string VolumeName, string? Key, SyntaxTree? Tree, TextSpan Span);

/// <summary>Where a setting the Pod Security checks read is written: <paramref name="Key"/> names it (<c>container:api.securityContext.privileged</c>); a patch keeps its text.</summary>
internal sealed record SecuritySite(string Key, SyntaxTree? Tree, TextSpan Span, string? Text = null);
