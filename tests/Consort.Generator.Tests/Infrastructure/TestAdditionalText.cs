using System.Text;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Text;

namespace Consort.Generator.Tests.Infrastructure;

/// <summary>An <c>AdditionalFiles</c> item as the compiler hands it to generators and analyzers.</summary>
internal sealed class TestAdditionalText(string path, SourceText text) : AdditionalText
{
    /// <summary>The metadata with which the build marks the base64 copy of a file that is not UTF-8 (Consort.targets).</summary>
    public const string BinaryOfMetadata = "build_metadata.AdditionalFiles.ConsortBinaryOf";

    public override string Path { get; } = path;

    public override SourceText GetText(CancellationToken cancellationToken = default) => text;

    /// <summary>A text file.</summary>
    public static TestAdditionalText Utf8(string path, string content) => new(path, SourceText.From(content, new UTF8Encoding(false)));

    /// <summary>The files the fixtures under <c>Workloads/</c> read, as the test project's build hands them over.</summary>
    public static IReadOnlyList<AdditionalText> Fixtures { get; } = FromDisk(Directory.GetFiles(System.IO.Path.Combine(TestPaths.ProjectDirectory, "Workloads", "config")));

    /// <summary>The metadata of <see cref="Fixtures"/>, by path.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> FixtureMetadata { get; } = Fixtures
        .Where(static t => t.Path.EndsWith(".base64", StringComparison.Ordinal))
        .ToDictionary(static t => t.Path, static t => (IReadOnlyDictionary<string, string>)new Dictionary<string, string> { [BinaryOfMetadata] = t.Path[..^".base64".Length] });

    /// <summary>
    /// Files as the build hands them to the compiler: each read as the compiler reads it (a file that is not UTF-8 with
    /// replacement characters), and for such a file its bytes in base64 beside it, as the build's EncodeBinaryFiles writes them.
    /// </summary>
    public static IReadOnlyList<AdditionalText> FromDisk(IEnumerable<string> paths)
    {
        var texts = new List<AdditionalText>();
        foreach (var path in paths.Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(path);
            texts.Add(Utf8(path, Encoding.UTF8.GetString(bytes)));
            if (!IsUtf8(bytes))
            {
                texts.Add(Utf8(path + ".base64", Convert.ToBase64String(bytes)));
            }
        }

        return texts;
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
