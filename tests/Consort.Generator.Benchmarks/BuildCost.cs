using System.Globalization;
using System.Text.RegularExpressions;

namespace Consort.Generator.Benchmarks;

/// <summary>
/// The two steps of <c>build-cost.sh</c> that need the benchmark's own definitions: writing the synthetic workloads
/// into a scratch project, and measuring what the generator wrote for them.
/// </summary>
public static partial class BuildCost
{
    /// <summary><c>write N DIR [service]</c>: the benchmark's N workload files (each with a Service with <c>service</c>) and its workload-free file, into DIR.</summary>
    public static int Write(IEnumerable<string> args)
    {
        var arguments = args.ToList();
        var count = int.Parse(arguments[0], CultureInfo.InvariantCulture);
        var directory = arguments[1];
        var service = arguments.Count > 2 && arguments[2] == "service";
        for (var i = 0; i < count; i++)
        {
            var path = Path.Combine(directory, SyntheticWorkloads.PathOf(i));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, SyntheticWorkloads.Workload(i, service: service));
        }

        File.WriteAllText(Path.Combine(directory, SyntheticWorkloads.UnrelatedPath), SyntheticWorkloads.Unrelated());
        return 0;
    }

    /// <summary>
    /// <c>size DIR</c>: the generated C# per workload in DIR (the workloads' <c>*.g.cs</c> files that the compiler wrote with
    /// <c>EmitCompilerGeneratedFiles</c>), with and without the text of the <c>Yaml</c> constant. <c>size N</c>: the same
    /// for N workloads generated in-process, without a build.
    /// </summary>
    public static int Size(IEnumerable<string> args)
    {
        var argument = args.First();
        var texts = int.TryParse(argument, NumberStyles.None, CultureInfo.InvariantCulture, out var count)
            ? Generate(count)
            : Directory.GetFiles(argument, "*.g.cs", SearchOption.AllDirectories).Select(File.ReadAllText);
        long total = 0, yaml = 0;
        var files = 0;
        foreach (var text in texts)
        {
            // A workload's file is the one with a Yaml constant; the registry and the attribute definitions are shared.
            if (YamlLiteral().Match(text) is { Success: true } match)
            {
                files++;
                total += text.Length;
                yaml += match.Groups[1].Length;
            }
        }

        var divisor = Math.Max(files, 1);
        Console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"generated C# per workload: {total / divisor} characters, of which {yaml / divisor} are the YAML text; without it: {(total - yaml) / divisor} ({files} files)"));
        return 0;
    }

    /// <summary>The <c>Yaml</c> constant the generator writes for the benchmark's first workload.</summary>
    public static string GeneratedYaml()
        => Generate(1).Select(static text => YamlLiteral().Match(text)).Single(static m => m.Success).Groups[1].Value.Replace("\"\"", "\"", StringComparison.Ordinal);

    /// <summary>The files the generator writes, in-process, for the benchmark's first <paramref name="count"/> workloads.</summary>
    private static IEnumerable<string> Generate(int count)
        => GeneratorScenario.NewDriver().RunGenerators(new GeneratorScenario(count).Compilation).GetRunResult().Results[0].GeneratedSources.Select(static s => s.SourceText.ToString());

    /// <summary>The body of the <c>Yaml</c> constant's verbatim literal (a doubled quote is part of the body).</summary>
    [GeneratedRegex("""public const string Yaml = @"((?:[^"]|"")*)";""")]
    private static partial Regex YamlLiteral();
}
