using System.Text.RegularExpressions;
using Consort.Generator.Tests.Infrastructure;

namespace Consort.Generator.Tests;

/// <summary>The README's examples are real: each YAML block is a document of what the generator makes of the C# block before it.</summary>
public partial class ReadmeTests
{
    public static TheoryData<int> Examples()
    {
        var data = new TheoryData<int>();
        for (var i = 0; i < Pairs().Count; i++)
        {
            data.Add(i);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void Readme_yaml_is_the_output_of_the_csharp_before_it(int example)
    {
        var (csharp, yaml) = Pairs()[example];
        var outcome = GeneratorHarness.Run(csharp);
        Assert.Empty(outcome.Errors);
        var actual = string.Join("---\n", outcome.LoadWorkloads().Select(static w => w.Yaml));
        Assert.NotEmpty(actual);

        // The README shows one document of a manifest (a workload, or an object that ships with it) from its start,
        // up to an elision line ("...").
        var shown = string.Concat(yaml.Split('\n').TakeWhile(l => l.Trim() != "...").Where(static l => l.Length > 0).Select(static l => l + "\n"));
        Assert.True(actual.StartsWith(shown, StringComparison.Ordinal) || actual.Contains("---\n" + shown, StringComparison.Ordinal), $"The README's YAML is not a document of the output:\n{shown}\n\nThe output:\n{actual}");
    }

    /// <summary>Each C# block that declares a workload, with the YAML block that follows it.</summary>
    private static List<(string CSharp, string Yaml)> Pairs()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.ProjectDirectory, "..", "..", "README.md")).ReplaceLineEndings("\n");
        var pairs = new List<(string, string)>();
        string? pending = null;
        foreach (Match block in Block().Matches(readme))
        {
            var (language, text) = (block.Groups[1].Value, block.Groups[2].Value);
            if (language == "csharp" && text.Contains("[Deployment(", StringComparison.Ordinal))
            {
                pending = text;
            }
            else if (language == "yaml" && pending is not null)
            {
                pairs.Add((pending, text));
                pending = null;
            }
        }

        return pairs;
    }

    [GeneratedRegex("```(\\w+)\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();
}
