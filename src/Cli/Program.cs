using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Consort.Cli.Import;

namespace Consort.Cli;

/// <summary>The <c>consort</c> command.</summary>
public static class Program
{
    private const string Usage = """
        Usage: consort import <files or folders>... [--output <dir>] [--namespace <C# namespace>]

        Reads Kubernetes YAML (multi-document files, List kinds) and writes Consort C#: one file per workload,
        with its Services, ServiceAccount, ConfigMaps, disruption budget and autoscaler folded in as parts, and
        one [ManifestSet] class for the objects that belong to no workload. The C# is then built in-process and
        every object compared with its input; whatever cannot be carried over is reported, and the exit code is 1.

          --output <dir>          where to write the .cs files (default: the current folder)
          --namespace <name>      the C# namespace of the classes (default: none)
        """;

    /// <summary>Runs the command; returns the exit code: 0 when every object was carried over, 1 when some were not, 2 for a usage error.</summary>
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command with the given output streams.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help" or "help")
        {
            output.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        if (args[0] != "import")
        {
            error.WriteLine($"consort: unknown command '{args[0]}'.");
            error.WriteLine(Usage);
            return 2;
        }

        var inputs = new List<string>();
        string outputFolder = ".";
        string? csharpNamespace = null;
        for (var i = 1; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--output" or "-o" when i + 1 < args.Length:
                    outputFolder = args[++i];
                    break;
                case "--namespace" when i + 1 < args.Length:
                    csharpNamespace = args[++i];
                    if (!IsNamespace(csharpNamespace))
                    {
                        error.WriteLine($"consort import: '{csharpNamespace}' is not a C# namespace name.");
                        error.WriteLine(Usage);
                        return 2;
                    }

                    break;
                case var option when option.StartsWith('-'):
                    error.WriteLine($"consort import: unknown option or missing value: '{option}'.");
                    error.WriteLine(Usage);
                    return 2;
                default:
                    inputs.Add(args[i]);
                    break;
            }
        }

        if (inputs.Count == 0)
        {
            error.WriteLine("consort import: no files or folders to read.");
            error.WriteLine(Usage);
            return 2;
        }

        return ImportCommand.Run(inputs, outputFolder, csharpNamespace, output, error);
    }

    private static bool IsNamespace(string name)
        => name.Split('.').All(static part => Microsoft.CodeAnalysis.CSharp.SyntaxFacts.IsValidIdentifier(part)
            && Microsoft.CodeAnalysis.CSharp.SyntaxFacts.GetKeywordKind(part) == Microsoft.CodeAnalysis.CSharp.SyntaxKind.None);
}
