using System;
using System.Collections.Generic;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace Consort.Build;

/// <summary>
/// Writes the bytes of each <c>AdditionalFiles</c> item that is not UTF-8 as base64 to a file of its own, handed to the
/// compiler beside it with <c>ConsortBinaryOf</c> naming the original. The compiler gives generators only text, and
/// decodes such a file with replacement characters, so a ConfigMap's <c>binaryData</c> is read from the base64 copy.
/// </summary>
public sealed class EncodeBinaryFiles : Task
{
    /// <summary>A ConfigMap holds at most 1 MiB: a larger file is left to the generator to report.</summary>
    private const long MaxBytes = 1024 * 1024;

    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The project's <c>@(AdditionalFiles)</c>.</summary>
    public ITaskItem[] Files { get; set; } = [];

    /// <summary>Where the base64 copies go (under the intermediate output directory).</summary>
    [Required]
    public string OutputDirectory { get; set; } = string.Empty;

    /// <summary>The base64 copies, each with <c>ConsortBinaryOf</c>: the full path of the file it holds.</summary>
    [Output]
    public ITaskItem[] Encoded { get; private set; } = [];

    /// <inheritdoc/>
    public override bool Execute()
    {
        var encoded = new List<ITaskItem>();
        foreach (var item in Files)
        {
            var path = item.GetMetadata("FullPath");
            if (item.GetMetadata("ConsortBinaryOf").Length > 0 || !File.Exists(path) || new FileInfo(path).Length > MaxBytes)
            {
                continue;
            }

            var bytes = File.ReadAllBytes(path);
            if (IsUtf8(bytes))
            {
                continue;
            }

            var copy = Path.Combine(Path.GetFullPath(OutputDirectory), Name(path) + ".base64");
            var base64 = Convert.ToBase64String(bytes);
            if (!File.Exists(copy) || File.ReadAllText(copy) != base64)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
                File.WriteAllText(copy, base64);
            }

            var output = new TaskItem(copy);
            output.SetMetadata("ConsortBinaryOf", path);
            encoded.Add(output);
        }

        Encoded = [.. encoded];
        return true;
    }

    private static bool IsUtf8(byte[] bytes)
    {
        try
        {
            StrictUtf8.GetString(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>The file's name and a hash of its path: readable, and unique for files of the same name.</summary>
    private static string Name(string path)
    {
        using var sha = SHA256.Create();
        var hash = sha.ComputeHash(Encoding.UTF8.GetBytes(path));
        return Path.GetFileName(path) + "." + BitConverter.ToString(hash, 0, 6).Replace("-", string.Empty).ToLowerInvariant();
    }
}
