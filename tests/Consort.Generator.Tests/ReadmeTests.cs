using System.Text.RegularExpressions;
using Consort.Generator.Tests.Infrastructure;

namespace Consort.Generator.Tests;

/// <summary>The README's example is real: its YAML block is what the generator makes of its C# block.</summary>
public partial class ReadmeTests
{
    [Fact]
    public void Readme_yaml_is_the_output_of_the_readme_workload()
    {
        var readme = File.ReadAllText(Path.Combine(TestPaths.ProjectDirectory, "..", "..", "README.md")).ReplaceLineEndings("\n");
        var csharp = CodeBlocks(readme, "csharp").First(b => b.Contains("[Deployment(", StringComparison.Ordinal));
        var yaml = CodeBlocks(readme, "yaml").First();

        var outcome = GeneratorHarness.Run(csharp);
        Assert.Empty(outcome.Diagnostics);
        var type = outcome.Load().GetTypes().Single(t => t.Name == "Shop");
        var actual = (string)type.GetField("Yaml")!.GetRawConstantValue()!;

        // The README shows the manifest up to an elision line ("...").
        var shown = yaml.Split('\n').TakeWhile(l => l.Trim() != "...").ToList();
        Assert.Equal(string.Join('\n', shown), string.Join('\n', actual.Split('\n').Take(shown.Count)));
    }

    private static IEnumerable<string> CodeBlocks(string markdown, string language)
        => Block().Matches(markdown).Where(m => m.Groups[1].Value == language).Select(m => m.Groups[2].Value);

    [GeneratedRegex("```(\\w+)\\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();
}
