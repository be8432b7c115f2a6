using Consort.Generator.Diagnostics;
using Consort.Generator.Helpers;
using Consort.Generator.Model;

namespace Consort.Generator.Parsing;

/// <summary>What parsing one workload class yields: the model (null when it has errors) and the diagnostics.</summary>
internal sealed record WorkloadParseResult(WorkloadSpec? Spec, EquatableArray<DiagnosticInfo> Diagnostics);
