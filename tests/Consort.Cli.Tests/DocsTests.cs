using System.Reflection;
using System.Text.RegularExpressions;
using Consort.Cli.Tests.Infrastructure;

namespace Consort.Cli.Tests;

/// <summary>The example of docs/importer.md is real: its C# is what the importer writes for its YAML.</summary>
public sealed partial class DocsTests
{
    [Fact]
    public void The_importer_page_shows_what_the_importer_writes_for_its_example()
    {
        var root = typeof(DocsTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().Single(static a => a.Key == "RepositoryRoot").Value!;
        var page = File.ReadAllText(Path.Combine(root, "docs", "importer.md")).ReplaceLineEndings("\n");
        var section = page[page.IndexOf("## What it writes", StringComparison.Ordinal)..];
        var yaml = Block().Match(section, section.IndexOf("```yaml", StringComparison.Ordinal)).Groups[1].Value;
        var csharp = Block().Match(section, section.IndexOf("```csharp", StringComparison.Ordinal)).Groups[1].Value;

        var result = ImportHarness.ImportExactly(yaml, "shop.yaml");
        var written = string.Join("\n", new[] { "Cart", "Checkout" }.Select(c => result.File(c)[(result.File(c).IndexOf("/// <summary>", StringComparison.Ordinal))..]));
        Assert.Equal(csharp, written);
        Assert.Contains("kind: Role", result.File("Shop"), StringComparison.Ordinal);
    }

    [GeneratedRegex("```[a-z]+\n(.*?)```", RegexOptions.Singleline)]
    private static partial Regex Block();
}
