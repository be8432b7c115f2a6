using System.Text;
using System.Text.RegularExpressions;
using DiffPlex.DiffBuilder;
using DiffPlex.DiffBuilder.Model;

namespace Consort.Generator.Tests.Infrastructure;

/// <summary>
/// Golden-file assertions: the expected text lives in <c>Golden/&lt;name&gt;.verified.&lt;ext&gt;</c>. On a
/// mismatch the actual text is written beside it as <c>.received.</c> and the test fails with a diff. Set
/// <c>CONSORT_ACCEPT_GOLDEN=1</c> to accept new output; without it a missing golden file fails the test, so CI
/// (which never sets it) cannot pass on output nobody reviewed.
/// </summary>
internal static partial class Golden
{
    public const string AcceptVariable = "CONSORT_ACCEPT_GOLDEN";

    public static void Verify(string actual, string name, string extension)
    {
        var directory = Path.Combine(TestPaths.ProjectDirectory, "Golden");
        Directory.CreateDirectory(directory);
        var verified = Path.Combine(directory, $"{name}.verified.{extension}");
        var received = Path.Combine(directory, $"{name}.received.{extension}");
        actual = Scrub(actual);

        var expected = File.Exists(verified) ? File.ReadAllText(verified).ReplaceLineEndings("\n") : null;
        if (expected == actual || Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            if (expected != actual)
            {
                File.WriteAllText(verified, actual);
            }

            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        throw new Xunit.Sdk.XunitException(expected is null
            ? $"Golden file {Path.GetFileName(verified)} does not exist. The output was written to {Path.GetFileName(received)}; review it and run the tests with {AcceptVariable}=1 to accept it."
            : $"{Path.GetFileName(verified)} differs from the output (- expected, + actual):\n{Diff(expected, actual)}\nRun with {AcceptVariable}=1 to accept the new output.");
    }

    /// <summary>Replaces the generator version so that golden files survive a version bump.</summary>
    public static string Scrub(string text) => VersionPattern().Replace(text, "GeneratedCode(\"Consort.Generator\", \"VERSION\")");

    public static string Diff(string expected, string actual)
    {
        var builder = new StringBuilder();
        foreach (var line in InlineDiffBuilder.Diff(expected, actual).Lines)
        {
            var prefix = line.Type switch
            {
                ChangeType.Inserted => "+ ",
                ChangeType.Deleted => "- ",
                _ => "  ",
            };
            builder.Append(prefix).AppendLine(line.Text);
        }

        return builder.ToString();
    }

    [GeneratedRegex("GeneratedCode\\(\"Consort\\.Generator\", \"[^\"]*\"\\)")]
    private static partial Regex VersionPattern();
}
