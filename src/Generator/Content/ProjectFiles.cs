using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Diagnostics;

namespace Consort.Generator.Content;

/// <summary>
/// The project's <c>AdditionalFiles</c> items and its directory, which <c>[ConfigMapEntry(File = ...)]</c> paths are
/// relative to. Nothing is read here: a workload reads only the files its ConfigMaps name.
/// </summary>
internal sealed class ProjectFiles : IEquatable<ProjectFiles>
{
    /// <summary>The item metadata that marks the base64 copy of a file that is not UTF-8 (written by the build, Consort.targets).</summary>
    public const string BinaryOfMetadata = "build_metadata.AdditionalFiles.ConsortBinaryOf";

    private readonly ImmutableArray<AdditionalText> _texts;

    /// <summary>The files by their normalized paths, made once: every workload's lookups use them.</summary>
    private readonly Dictionary<string, AdditionalText> _byPath;

    /// <summary>The base64 copies, by the normalized path of the file each holds.</summary>
    private readonly Dictionary<string, AdditionalText> _binaryCopies;

    private ProjectFiles(string? directory, ImmutableArray<AdditionalText> texts, Dictionary<string, AdditionalText> byPath, Dictionary<string, AdditionalText> binaryCopies)
    {
        Directory = directory;
        _texts = texts;
        _byPath = byPath;
        _binaryCopies = binaryCopies;
    }

    /// <summary>The project directory (MSBuild's <c>ProjectDir</c>), normalized; null when the build does not say.</summary>
    public string? Directory { get; }

    public static ProjectFiles From(AnalyzerConfigOptionsProvider options, ImmutableArray<AdditionalText> texts)
    {
        var byPath = new Dictionary<string, AdditionalText>(PathComparer);
        var copies = new Dictionary<string, AdditionalText>(PathComparer);
        foreach (var text in texts)
        {
            byPath[Normalize(text.Path)] = text;
            if (options.GetOptions(text).TryGetValue(BinaryOfMetadata, out var original) && original.Length > 0)
            {
                copies[Normalize(original)] = text;
            }
        }

        var directory = options.GlobalOptions.TryGetValue("build_property.projectdir", out var dir) && dir.Length > 0 ? Normalize(dir) : null;
        return new ProjectFiles(directory, texts, byPath, copies);
    }

    /// <summary>
    /// The content of the file at <paramref name="relativePath"/> from the project directory: its text, or its bytes in
    /// base64 when the build found it is not UTF-8; null when it is not an additional file.
    /// </summary>
    /// <remarks>
    /// A text with U+FFFD and no base64 copy is given as <see cref="FileRead.Garbled"/>: the compiler puts that character
    /// for bytes that are not UTF-8, so the file's bytes did not reach the generator (a build without Consort's targets).
    /// </remarks>
    public (string Value, FileRead Kind)? Read(string relativePath, System.Threading.CancellationToken cancellationToken)
    {
        if (Find(relativePath) is not var (path, file))
        {
            return null;
        }

        if (_binaryCopies.TryGetValue(path, out var copy))
        {
            return copy.GetText(cancellationToken) is { } base64 ? (base64.ToString().Trim(), FileRead.Binary) : null;
        }

        return file.GetText(cancellationToken)?.ToString() is { } text ? (text, text.IndexOf('\uFFFD') >= 0 ? FileRead.Garbled : FileRead.Text) : null;
    }

    /// <summary>
    /// The additional file at <paramref name="relativePath"/> from the project directory; else (the directory is not
    /// known, or the compiler cut it at a '#' or ';', as it reads build properties) the one file whose path ends with it.
    /// </summary>
    private (string Path, AdditionalText Text)? Find(string relativePath)
    {
        if (Directory is { } directory && Normalize(directory + "/" + relativePath) is var full && _byPath.TryGetValue(full, out var found))
        {
            return (full, found);
        }

        var suffix = "/" + Normalize(relativePath);
        var matches = _byPath.Where(f => ("/" + f.Key).EndsWith(suffix, PathComparison)).Take(2).ToList();
        return matches.Count == 1 ? (matches[0].Key, matches[0].Value) : null;
    }

    private static StringComparer PathComparer => PathComparison == StringComparison.Ordinal ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

    // Paths compare as the file system that holds them does; the build runs on the machine that wrote them.
    private static StringComparison PathComparison => System.IO.Path.DirectorySeparatorChar == '\\' ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>A path with '/' separators and its '.' and '..' segments resolved.</summary>
    internal static string Normalize(string path)
    {
        var segments = new List<string>();
        var rooted = path.StartsWith("/", StringComparison.Ordinal) || path.StartsWith("\\", StringComparison.Ordinal);
        foreach (var segment in path.Replace('\\', '/').Split('/'))
        {
            if (segment.Length == 0 || segment == ".")
            {
                continue;
            }

            if (segment == ".." && segments.Count > 0 && segments[segments.Count - 1] != "..")
            {
                segments.RemoveAt(segments.Count - 1);
            }
            else
            {
                segments.Add(segment);
            }
        }

        return (rooted ? "/" : string.Empty) + string.Join("/", segments);
    }

    public bool Equals(ProjectFiles? other)
        => other is not null
        && Directory == other.Directory
        && _texts.SequenceEqual(other._texts)
        && _binaryCopies.Count == other._binaryCopies.Count
        && _binaryCopies.All(c => other._binaryCopies.TryGetValue(c.Key, out var copy) && copy == c.Value);

    public override bool Equals(object? obj) => Equals(obj as ProjectFiles);

    public override int GetHashCode() => (Directory, _texts.Length).GetHashCode();
}

/// <summary>How a file reached the generator.</summary>
internal enum FileRead
{
    /// <summary>As UTF-8 text: a ConfigMap's <c>data</c>.</summary>
    Text,

    /// <summary>As the base64 of its bytes, the build's copy of a file that is not UTF-8: <c>binaryData</c>.</summary>
    Binary,

    /// <summary>As text the compiler decoded with replacement characters, without the build's copy: its bytes are lost.</summary>
    Garbled,
}
