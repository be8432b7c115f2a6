using Consort.Cli.Import;
using Consort.Cli.Verify;

namespace Consort.Cli.Tests.Infrastructure;

/// <summary>Runs the importer in-process over YAML written for a test, and builds C# the way the importer checks it.</summary>
internal static class ImportHarness
{
    public const string Namespace = "Imported";

    /// <summary>Imports <paramref name="yaml"/>, the text of one file named <paramref name="file"/>.</summary>
    public static ImportResult Import(string yaml, string file = "input.yaml")
    {
        var problems = new List<InputProblem>();
        var objects = InputReader.Read(file, yaml, problems);
        Assert.Empty(problems);
        return Importer.Run(objects, Namespace, Path.GetFileNameWithoutExtension(file));
    }

    /// <summary>Imports <paramref name="yaml"/> and asserts that every object was carried over and builds back equal.</summary>
    public static ImportResult ImportExactly(string yaml, string file = "input.yaml")
    {
        var result = Import(yaml, file);
        Assert.DoesNotContain(result.Messages, static m => m.IsError);
        Assert.Equal(result.Objects, result.Equal);
        return result;
    }

    /// <summary>All the C# the import wrote, one file after another.</summary>
    public static string CSharp(this ImportResult result) => string.Join("\n", result.Files.OrderBy(static f => f.Key, StringComparer.Ordinal).Select(static f => f.Value));

    /// <summary>The C# of one class's file.</summary>
    public static string File(this ImportResult result, string className)
        => result.Files.TryGetValue(className + ".cs", out var text) ? text : throw new Xunit.Sdk.XunitException($"No file {className}.cs; written: {string.Join(", ", result.Files.Keys)}");

    /// <summary>The YAML of each top-level class of <paramref name="files"/>, by class name, built in-process; fails on a build error.</summary>
    public static IReadOnlyDictionary<string, string> Build(IReadOnlyDictionary<string, string> files, IEnumerable<string> classes)
    {
        var outcome = InProcessBuild.Run(files, classes.Select(static c => Namespace + "." + c));
        Assert.True(outcome.Errors.Count == 0, "The C# does not build:\n" + string.Join("\n", outcome.Errors) + "\n" + string.Join("\n", files.Values));
        return outcome.YamlByClass.ToDictionary(static p => p.Key[(Namespace.Length + 1)..], static p => p.Value);
    }
}
