using System.Collections.Generic;

namespace Consort.Cli.Import;

/// <summary>A workload class and what it carries: the objects folded into it, and the count of its fields (scalars) typed, defaulted and patched.</summary>
internal sealed record WorkloadClass(KubeObject Source, ClassText Class, List<KubeObject> Folded, int Fields, int Defaults, int Patched)
{
    public int Typed => Fields - Defaults - Patched;
}
