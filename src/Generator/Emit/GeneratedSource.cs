namespace Consort.Generator.Emit;

/// <summary>One generated file: its hint name and text. Compared by value, so an unchanged file is not re-added.</summary>
internal sealed record GeneratedSource(string HintName, string Text);
