using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using System.Text;

namespace Consort.Generator.Content;

/// <summary>
/// The name suffix kustomize's <c>configMapGenerator</c> gives a ConfigMap, so that Consort's names match what users
/// and their tools already know: SHA-256 of the object's kind, name, data and binary data as Go's
/// <c>encoding/json</c> writes them (keys sorted, HTML characters escaped), its first ten hex digits with the
/// vowel-like ones replaced (kustomize <c>api/hasher</c>).
/// </summary>
internal static class KustomizeHash
{
    /// <summary>
    /// The suffix of a ConfigMap named <paramref name="name"/>; null data is a ConfigMap without a <c>data</c> field,
    /// which kustomize's node reader gives as an empty string (not <c>null</c>, as its older hasher did).
    /// </summary>
    /// <param name="binaryData">Keys and their bytes in base64, as the object holds them.</param>
    public static string ConfigMapSuffix(string name, IReadOnlyCollection<KeyValuePair<string, string>>? data, IReadOnlyCollection<KeyValuePair<string, string>> binaryData)
    {
        // json.Marshal sorts map keys: binaryData (only when not empty), data, kind, name.
        var json = new StringBuilder("{");
        if (binaryData.Count > 0)
        {
            json.Append("\"binaryData\":");
            AppendMap(json, binaryData);
            json.Append(',');
        }

        json.Append("\"data\":");
        if (data is null)
        {
            json.Append("\"\"");
        }
        else
        {
            AppendMap(json, data);
        }

        json.Append(",\"kind\":\"ConfigMap\",\"name\":");
        AppendString(json, name);
        json.Append('}');

        byte[] digest;
        using (var sha = SHA256.Create())
        {
            digest = sha.ComputeHash(Encoding.UTF8.GetBytes(json.ToString()));
        }

        var suffix = new StringBuilder(10);
        foreach (var b in digest.Take(5))
        {
            suffix.Append(b.ToString("x2", CultureInfo.InvariantCulture));
        }

        // No vowels, so that no word can be formed.
        return suffix.Replace('0', 'g').Replace('1', 'h').Replace('3', 'k').Replace('a', 'm').Replace('e', 't').ToString();
    }

    private static void AppendMap(StringBuilder json, IEnumerable<KeyValuePair<string, string>> map)
    {
        json.Append('{');
        var first = true;
        foreach (var pair in map.OrderBy(static p => p.Key, System.StringComparer.Ordinal))
        {
            if (!first)
            {
                json.Append(',');
            }

            first = false;
            AppendString(json, pair.Key);
            json.Append(':');
            AppendString(json, pair.Value);
        }

        json.Append('}');
    }

    /// <summary>A JSON string as Go's encoder writes it: <c>&lt;</c>, <c>&gt;</c>, <c>&amp;</c>, U+2028 and U+2029 escaped, other non-ASCII kept.</summary>
    internal static void AppendString(StringBuilder json, string value)
    {
        json.Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': json.Append("\\\""); break;
                case '\\': json.Append("\\\\"); break;
                case '\n': json.Append("\\n"); break;
                case '\r': json.Append("\\r"); break;
                case '\t': json.Append("\\t"); break;
                case '\b': json.Append("\\b"); break;
                case '\f': json.Append("\\f"); break;
                case < ' ' or '<' or '>' or '&' or '\u2028' or '\u2029':
                    json.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    break;
                default: json.Append(c); break;
            }
        }

        json.Append('"');
    }
}
