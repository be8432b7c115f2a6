using System.Collections.Generic;
using System.Linq;
using Consort.Generator.Helpers;

namespace Consort.Generator.Model;

/// <summary>
/// The content of a <c>[ConfigMap]</c> part. As parsed, a file entry holds its path; once the project's files are read
/// (<see cref="Content.ConfigMapContent"/>) every entry holds its value and <see cref="Suffix"/> is set when hashed.
/// </summary>
/// <param name="Name">The ConfigMap's name as declared, before the suffix; what references by name use.</param>
/// <param name="HashSuffix">Whether the name ends with a hash of the content.</param>
/// <param name="Entries">The keys in declaration order.</param>
/// <param name="Suffix">The content hash, once computed (null without <paramref name="HashSuffix"/>).</param>
internal sealed record ConfigMapContentSpec(string Name, bool HashSuffix, EquatableArray<ConfigMapEntrySpec> Entries, string? Suffix = null)
{
    /// <summary>The object's name: <see cref="Name"/> with its suffix, once computed.</summary>
    public string ObjectName => Suffix is null ? Name : Name + "-" + Suffix;

    /// <summary>The text keys, for <c>data</c>.</summary>
    public static IEnumerable<KeyValuePair<string, string>> Data(IEnumerable<ConfigMapEntrySpec> entries)
        => entries.Where(static e => !e.Binary).Select(static e => new KeyValuePair<string, string>(e.Key, e.Value!));

    /// <summary>The binary keys with their bytes in base64, for <c>binaryData</c>.</summary>
    public static IEnumerable<KeyValuePair<string, string>> BinaryData(IEnumerable<ConfigMapEntrySpec> entries)
        => entries.Where(static e => e.Binary).Select(static e => new KeyValuePair<string, string>(e.Key, e.Value!));
}

/// <summary>A key of a ConfigMap: a literal value, or a file still to read (<paramref name="File"/>, relative to the project).</summary>
/// <param name="Key">The key.</param>
/// <param name="Value">The text, or for <paramref name="Binary"/> the bytes in base64; null until a file is read.</param>
/// <param name="File">The file to read, as written; null once read.</param>
/// <param name="Binary">Whether the value goes to <c>binaryData</c>: a file that is not UTF-8.</param>
internal sealed record ConfigMapEntrySpec(string Key, string? Value, string? File, bool Binary = false);
