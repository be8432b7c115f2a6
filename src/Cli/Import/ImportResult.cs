using System;
using System.Collections.Generic;
using System.Linq;

namespace Consort.Cli.Import;

/// <summary>A message about one object: an error (it was not carried over) or a note (it was, differently than hoped).</summary>
internal sealed record ImportMessage(bool IsError, string Source, string Object, string Text)
{
    public override string ToString() => $"{(IsError ? "error" : "note")}: {Source}: {Object}: {Text}";
}

/// <summary>What the import wrote and found.</summary>
internal sealed class ImportResult
{
    public Dictionary<string, string> Files { get; } = new(StringComparer.Ordinal);

    public List<ImportMessage> Messages { get; } = [];

    public int Objects { get; set; }

    public int Equal { get; set; }

    public int Workloads { get; set; }

    public int PartsFolded { get; set; }

    public int Patches { get; set; }

    public int ManifestsKept { get; set; }

    /// <summary>Workload fields (scalars) carried by typed attributes, left to patches, and taken out as API defaults.</summary>
    public int FieldsTyped { get; set; }

    public int FieldsPatched { get; set; }

    public int FieldsDefaulted { get; set; }

    public bool HasErrors => Messages.Any(static m => m.IsError);
}
