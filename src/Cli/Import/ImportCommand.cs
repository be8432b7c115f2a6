using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;

namespace Consort.Cli.Import;

/// <summary><c>consort import</c>: reads the inputs, imports, writes the files, and says what it did.</summary>
internal static class ImportCommand
{
    /// <summary>Imports <paramref name="inputs"/> into <paramref name="outputFolder"/>; returns the exit code (0, or 1 when something was not carried over).</summary>
    public static int Run(IReadOnlyList<string> inputs, string outputFolder, string? csharpNamespace, TextWriter output, TextWriter error)
    {
        var problems = new List<InputProblem>();
        var files = InputReader.Files(inputs, problems);
        var objects = new List<KubeObject>();
        foreach (var file in files)
        {
            var read = InputReader.Read(file, File.ReadAllText(file), problems);
            objects.AddRange(read);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"read {file}: {read.Count} object{(read.Count == 1 ? string.Empty : "s")}"));
        }

        var result = Importer.Run(objects, csharpNamespace, SetName(inputs));
        Directory.CreateDirectory(outputFolder);
        foreach (var (name, text) in result.Files.OrderBy(static f => f.Key, StringComparer.Ordinal))
        {
            File.WriteAllText(Path.Combine(outputFolder, name), text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        foreach (var problem in problems)
        {
            error.WriteLine($"error: {problem.Source}: {problem.Message}");
        }

        foreach (var message in result.Messages)
        {
            (message.IsError ? error : output).WriteLine(message);
        }

        var typedShare = result.FieldsTyped + result.FieldsPatched == 0 ? 100.0 : 100.0 * result.FieldsTyped / (result.FieldsTyped + result.FieldsPatched);
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"imported {objects.Count} objects from {files.Count} files into {result.Files.Count} C# files in {outputFolder}: {result.Workloads} workloads, {result.PartsFolded} parts folded in, {result.Patches} patches, {result.ManifestsKept} manifests kept as written"));
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"round trip: {result.Equal}/{result.Objects} objects equal; workload fields: {result.FieldsTyped} typed, {result.FieldsPatched} in patches or kept as written ({typedShare:0.0}% typed), {result.FieldsDefaulted} API defaults left out"));
        return problems.Count > 0 || result.HasErrors ? 1 : 0;
    }

    /// <summary>The manifest set's name: the first input's file or folder name as a DNS label (<c>my_app.yaml</c> → <c>my-app</c>).</summary>
    private static string SetName(IReadOnlyList<string> inputs)
    {
        var first = Path.GetFileNameWithoutExtension(Path.TrimEndingDirectorySeparator(Path.GetFullPath(inputs[0])));
        var name = new StringBuilder();
        foreach (var c in first.ToLowerInvariant())
        {
            var next = char.IsAsciiLetterOrDigit(c) ? c : '-';
            if (!(next == '-' && (name.Length == 0 || name[^1] == '-')))
            {
                name.Append(next);
            }
        }

        var text = name.ToString(0, Math.Min(name.Length, 63)).Trim('-');
        return text.Length == 0 ? "imported" : text;
    }
}
