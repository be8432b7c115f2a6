using Consort;

namespace Consort.Generator.Tests.Workloads;

/// <summary>Values that YAML 1.1 would read as something else unless they are quoted.</summary>
/// <remarks>
/// The merge key <c>&lt;&lt;</c> is tested separately: KubernetesClient's YAML reader (YamlDotNet's merging
/// parser) rejects that string even when it is quoted, although Kubernetes reads it correctly.
/// </remarks>
[Deployment("tricky", Replicas = 1)]
[Label("yes", "no")]
[Label("on", "off")]
[Label("n", "y")]
[Label("version", "1.10")]
[Annotation("null", "null")]
[Annotation("tilde", "~")]
[Annotation("octal", "0123")]
[Annotation("exponent", "1e3")]
[Annotation("underscore", "1_000")]
[Annotation("sexagesimal", "12:30:45")]
[Annotation("colon", ": x")]
[Annotation("hash", "#x")]
[Annotation("alias", "*x")]
[Annotation("anchor", "&x")]
[Annotation("tag", "!x")]
[Annotation("spaces", "  padded  ")]
[Annotation("crlf", "line one\r\nline two")]
[Annotation("tab", "a\tb")]
[Annotation("emoji", "ship it 🚀")]
[Annotation("unicode", "Grüße, İstanbul")]
[Annotation("script", "#!/bin/sh\nset -eu\necho \"ready\"\n")]
[Annotation("empty", "")]
[Annotation("quotes", "say \"hi\" and 'bye'")]
[Annotation("backslash", "C:\\temp\\new")]
public partial class TrickyStrings
{
    [Container("busybox:1.37", Args = ["yes", "no", "on", "null", "~", "0123", "1e3", "- dash", "key: value"])]
    [Env("TRUE", "true")]
    [Env("EMPTY", "")]
    [Env("MULTI", "first\nsecond\n\n")]
    partial class Main;
}
