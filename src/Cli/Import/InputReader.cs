using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using YamlDotNet.Core;

namespace Consort.Cli.Import;

/// <summary>What could not be read, and where.</summary>
internal sealed record InputProblem(string Source, string Message);

/// <summary>
/// Reads the files and folders of the command line: multi-document YAML, <c>kind: List</c> and typed lists
/// (<c>ConfigMapList</c>, …) unwrapped into their items; empty documents skipped, <c>status</c> dropped (the
/// cluster writes it, a manifest does not declare it).
/// </summary>
internal static class InputReader
{
    /// <summary>The YAML files under <paramref name="paths"/>, in a stable order: files as given, folders' files sorted by path.</summary>
    public static List<string> Files(IEnumerable<string> paths, List<InputProblem> problems)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(static f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
                    .Where(static f => !Path.GetFileName(f).Equals("kustomization.yaml", StringComparison.OrdinalIgnoreCase))
                    .OrderBy(static f => f, StringComparer.Ordinal));
            }
            else if (File.Exists(path))
            {
                files.Add(path);
            }
            else
            {
                problems.Add(new InputProblem(path, "no such file or folder"));
            }
        }

        return files;
    }

    /// <summary>The objects of one file's text.</summary>
    public static List<KubeObject> Read(string source, string text, List<InputProblem> problems)
    {
        List<YamlValue?> documents;
        try
        {
            documents = YamlText.ReadDocuments(text);
        }
        catch (YamlException e)
        {
            problems.Add(new InputProblem(source, $"not valid YAML at line {e.Start.Line}, column {e.Start.Column}: {e.InnerException?.Message ?? e.Message}"));
            return [];
        }
        catch (ArgumentException e)
        {
            // YamlDotNet's document loader rejects some malformed streams this way rather than with a YamlException.
            problems.Add(new InputProblem(source, $"not valid YAML: {e.Message}"));
            return [];
        }

        var objects = new List<KubeObject>();
        for (var i = 0; i < documents.Count; i++)
        {
            switch (documents[i])
            {
                case null:
                    break;
                case YamlMapping document:
                    Add(source, document, $"document {i + 1}", objects, problems);
                    break;
                default:
                    problems.Add(new InputProblem(source, $"document {i + 1} is not a mapping, so not a Kubernetes object"));
                    break;
            }
        }

        return objects;
    }

    private static void Add(string source, YamlMapping document, string where, List<KubeObject> objects, List<InputProblem> problems)
    {
        var kind = document.String("kind");
        if (kind is not null && kind.EndsWith("List", StringComparison.Ordinal) && document.Sequence("items") is { } items)
        {
            for (var i = 0; i < items.Items.Count; i++)
            {
                if (items.Items[i] is YamlMapping item)
                {
                    Add(source, item, $"{where}, item {i + 1}", objects, problems);
                }
                else
                {
                    problems.Add(new InputProblem(source, $"{where}, item {i + 1} is not a mapping, so not a Kubernetes object"));
                }
            }

            return;
        }

        if (kind is null || document.String("apiVersion") is null || document.Mapping("metadata")?.String("name") is null)
        {
            problems.Add(new InputProblem(source, $"{where} has no apiVersion, kind or metadata.name, so it is not a Kubernetes object the API server accepts"));
            return;
        }

        var copy = (YamlMapping)document.Clone();
        copy.Remove("status");
        objects.Add(new KubeObject(source, copy));
    }
}
