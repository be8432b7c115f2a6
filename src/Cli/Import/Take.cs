using System;
using System.Globalization;

namespace Consort.Cli.Import;

/// <summary>
/// Takes a value out of a mapping when an attribute can carry it exactly: the key is removed and its value handed
/// on; a value of another type stays where it is (and so in the patch).
/// </summary>
internal static class Take
{
    /// <summary>A non-empty string (an attribute given <c>""</c> would not write it; the patch keeps it).</summary>
    public static bool String(YamlMapping map, string key, Action<string> use)
    {
        if (map.String(key) is not { Length: > 0 } value)
        {
            return false;
        }

        map.Remove(key);
        use(value);
        return true;
    }

    /// <summary>An integer that fits the attribute's <c>int</c>.</summary>
    public static bool Int(YamlMapping map, string key, Action<long> use)
    {
        if (map.Integer(key) is not { } value || value is < int.MinValue or > int.MaxValue)
        {
            return false;
        }

        map.Remove(key);
        use(value);
        return true;
    }

    /// <summary>
    /// An int unless it is the attribute's default, which the generator does not write: given explicitly, it stays in
    /// the patch, so that the manifest still says it.
    /// </summary>
    public static bool IntUnless(YamlMapping map, string key, long defaultValue, Action<long> use)
        => map.Integer(key) != defaultValue && Int(map, key, use);

    /// <summary>A long (user and group IDs, seconds).</summary>
    public static bool Long(YamlMapping map, string key, Action<long> use)
    {
        if (map.Integer(key) is not { } value)
        {
            return false;
        }

        map.Remove(key);
        use(value);
        return true;
    }

    /// <summary>A boolean, in any YAML 1.1 spelling.</summary>
    public static bool Bool(YamlMapping map, string key, Action<bool> use)
    {
        if (map.Boolean(key) is not { } value)
        {
            return false;
        }

        map.Remove(key);
        use(value);
        return true;
    }

    /// <summary>A string list (command, args, capabilities).</summary>
    public static bool Strings(YamlMapping map, string key, Action<string[]> use)
    {
        if (map.Strings(key) is not { } value || value.Length == 0)
        {
            return false;
        }

        map.Remove(key);
        use(value);
        return true;
    }

    /// <summary>An enum value written as the enum member's name (<c>Recreate</c>), or in upper case (<c>TCP</c> for <c>Tcp</c>).</summary>
    public static bool Enum<T>(YamlMapping map, string key, Action<T> use)
        where T : struct, System.Enum
    {
        if (map.String(key) is not { } text || Parse<T>(text) is not { } value)
        {
            return false;
        }

        map.Remove(key);
        use(value);
        return true;
    }

    /// <summary>The enum member <paramref name="text"/> names (<c>Recreate</c>, or <c>TCP</c> for <c>Tcp</c>), or null.</summary>
    public static T? Parse<T>(string text)
        where T : struct, System.Enum
    {
        foreach (var name in System.Enum.GetNames<T>())
        {
            if (name == text || name.ToUpperInvariant() == text)
            {
                return System.Enum.Parse<T>(name);
            }
        }

        return null;
    }

    /// <summary>An int-or-string that is an integer or a percentage: <c>1</c> or <c>"25%"</c>, handed on as the text the attribute takes.</summary>
    public static bool IntOrPercent(YamlMapping map, string key, Action<string> use)
    {
        switch (map[key])
        {
            case YamlScalarValue { Type: ScalarType.Integer } number:
                map.Remove(key);
                use(number.Text);
                return true;
            case YamlScalarValue { Type: ScalarType.String } text when text.Text.EndsWith('%') && int.TryParse(text.Text[..^1], NumberStyles.None, CultureInfo.InvariantCulture, out _):
                map.Remove(key);
                use(text.Text);
                return true;
            default:
                return false;
        }
    }
}
