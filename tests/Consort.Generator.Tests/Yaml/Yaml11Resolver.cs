extern alias ConsortGenerator;

using System.Text.RegularExpressions;

namespace Consort.Generator.Tests.Yaml;

/// <summary>
/// A test-side oracle for implicit typing: which tag a PLAIN scalar resolves to. Written from the published
/// regular expressions, independently of <c>YamlScalar</c>, so that the two can disagree:
/// <list type="bullet">
/// <item>YAML 1.1 type repository (yaml.org/type): bool, null, int, float, timestamp, merge and value.</item>
/// <item>YAML 1.2 core schema (spec 1.2.2, section 10.3): null, bool, int and float.</item>
/// <item>go-yaml v2, which Kubernetes reads manifests with (through sigs.k8s.io/yaml): the 1.1 words, plus
/// numbers as Go's <c>strconv</c> parses them once every <c>_</c> is removed, plus Go timestamps. This is an
/// over-approximation where exactness would need Go's range checks; over-approximating is the safe side for an
/// oracle that flags non-strings.</item>
/// </list>
/// A result of <see langword="null"/> means "str". Only plain scalars are resolved: quoted and block scalars are
/// always strings.
/// </summary>
internal static class Yaml11Resolver
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    // yaml.org/type/bool.html
    private static readonly Regex Yaml11Bool = Whole(@"y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF");

    // yaml.org/type/null.html: "~", the three spellings of null, and the empty string.
    private static readonly Regex Yaml11Null = Whole(@"~|null|Null|NULL|");

    // yaml.org/type/int.html
    private static readonly Regex Yaml11Int = Whole(
        @"[-+]?0b[0-1_]+"                       // base 2
        + @"|[-+]?0[0-7_]+"                     // base 8
        + @"|[-+]?(0|[1-9][0-9_]*)"             // base 10
        + @"|[-+]?0x[0-9a-fA-F_]+"              // base 16
        + @"|[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+"); // base 60

    // yaml.org/type/float.html. The base-10 form really does accept "." and "1.2.3"; kept as published.
    private static readonly Regex Yaml11Float = Whole(
        @"[-+]?([0-9][0-9_]*)?\.[0-9.]*([eE][-+][0-9]+)?"   // base 10
        + @"|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\.[0-9_]*"      // base 60
        + @"|[-+]?\.(inf|Inf|INF)"                           // infinity
        + @"|\.(nan|NaN|NAN)");                              // not a number

    // yaml.org/type/timestamp.html. The published time-zone group, ([ \t]*)Z|[-+]..., puts no space before an offset,
    // yet the page's own example "2001-12-14 21:59:43.10 -5" has one; the space is allowed for either, as in PyYAML.
    private static readonly Regex Yaml11Timestamp = Whole(
        @"[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]"       // ymd
        + @"|[0-9][0-9][0-9][0-9]"                           // year
        + @"-[0-9][0-9]?"                                    // month
        + @"-[0-9][0-9]?"                                    // day
        + @"([Tt]|[ \t]+)[0-9][0-9]?"                        // hour
        + @":[0-9][0-9]"                                     // minute
        + @":[0-9][0-9]"                                     // second
        + @"(\.[0-9]*)?"                                     // fraction
        + @"([ \t]*(Z|[-+][0-9][0-9]?(:[0-9][0-9])?))?");    // time zone

    // yaml.org/type/merge.html and yaml.org/type/value.html
    private static readonly Regex Yaml11MergeOrValue = Whole(@"<<|=");

    // YAML 1.2.2, 10.3.2 (core schema tag resolution).
    private static readonly Regex Yaml12Null = Whole(@"null|Null|NULL|~|");
    private static readonly Regex Yaml12Bool = Whole(@"true|True|TRUE|false|False|FALSE");
    private static readonly Regex Yaml12Int = Whole(@"[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+");
    private static readonly Regex Yaml12Float = Whole(
        @"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?"
        + @"|[-+]?\.(inf|Inf|INF)"
        + @"|\.(nan|NaN|NAN)");

    // go-yaml v2 resolve.go: the words of its resolve table.
    private static readonly Regex GoWords = Whole(
        @"y|Y|yes|Yes|YES|true|True|TRUE|on|On|ON|n|N|no|No|NO|false|False|FALSE|off|Off|OFF"
        + @"|~|null|Null|NULL|"
        + @"|\.nan|\.NaN|\.NAN|[-+]?\.inf|[-+]?\.Inf|[-+]?\.INF|<<");

    // strconv.ParseInt/ParseUint with base 0 (prefixes 0b, 0o, 0x and a bare leading 0 for octal).
    private static readonly Regex GoInt = Whole(@"[-+]?(0[bB][01]+|0[oO][0-7]+|0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)");

    // go-yaml v2's yamlStyleFloat, checked before strconv.ParseFloat; plus oversized integers, which it reads as floats.
    private static readonly Regex GoFloat = Whole(@"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?");

    // A leading "." goes straight to strconv.ParseFloat.
    private static readonly Regex GoDotFloat = Whole(@"\.[0-9]+([eE][-+]?[0-9]+)?");

    // The layouts go-yaml v2 tries with time.Parse: "2006-1-2T15:4:5.999999999Z07:00" (and with "t"),
    // "2006-1-2 15:4:5.999999999" and "2006-1-2".
    private static readonly Regex GoTimestamp = Whole(
        @"[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}"
        + @"([Tt][0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(\.[0-9]+)?(Z|[-+][0-9]{2}:[0-9]{2})"
        + @"| [0-9]{1,2}:[0-9]{1,2}:[0-9]{1,2}(\.[0-9]+)?)?");

    /// <summary>Whether any of the three resolvers takes <paramref name="plain"/>, written as a plain scalar, for anything but a string.</summary>
    public static bool ResolvesToNonString(string plain)
        => Yaml11Tag(plain) is not null || Yaml12CoreTag(plain) is not null || GoYamlV2Tag(plain) is not null;

    /// <summary>The YAML 1.1 tag (<c>bool</c>, <c>null</c>, <c>int</c>, <c>float</c>, <c>timestamp</c>, <c>merge</c>, <c>value</c>), or null for <c>str</c>.</summary>
    public static string? Yaml11Tag(string plain)
    {
        if (Yaml11Null.IsMatch(plain))
        {
            return "null";
        }

        if (Yaml11Bool.IsMatch(plain))
        {
            return "bool";
        }

        if (Yaml11Int.IsMatch(plain))
        {
            return "int";
        }

        if (Yaml11Float.IsMatch(plain))
        {
            return "float";
        }

        if (Yaml11Timestamp.IsMatch(plain))
        {
            return "timestamp";
        }

        return Yaml11MergeOrValue.IsMatch(plain) ? (plain == "<<" ? "merge" : "value") : null;
    }

    /// <summary>The YAML 1.2 core schema tag (<c>null</c>, <c>bool</c>, <c>int</c>, <c>float</c>), or null for <c>str</c>.</summary>
    public static string? Yaml12CoreTag(string plain)
    {
        if (Yaml12Null.IsMatch(plain))
        {
            return "null";
        }

        if (Yaml12Bool.IsMatch(plain))
        {
            return "bool";
        }

        if (Yaml12Int.IsMatch(plain))
        {
            return "int";
        }

        return Yaml12Float.IsMatch(plain) ? "float" : null;
    }

    /// <summary>What go-yaml v2 resolves a plain scalar to (<c>resolved</c> for any non-string), or null for a string.</summary>
    public static string? GoYamlV2Tag(string plain)
    {
        if (GoWords.IsMatch(plain))
        {
            return "resolved";
        }

        // Numbers and timestamps are only tried for a leading digit, sign or dot (resolve.go's hint table).
        if (plain.Length == 0 || !(plain[0] is (>= '0' and <= '9') or '+' or '-' or '.'))
        {
            return null;
        }

        if (plain[0] == '.')
        {
            return GoDotFloat.IsMatch(plain) ? "float" : null;
        }

        if (GoTimestamp.IsMatch(plain))
        {
            return "timestamp";
        }

        var withoutUnderscores = plain.Replace("_", string.Empty, StringComparison.Ordinal);
        if (GoInt.IsMatch(withoutUnderscores))
        {
            return "int";
        }

        return GoFloat.IsMatch(withoutUnderscores) ? "float" : null;
    }

    // \z rather than $: .NET's $ also matches before a final line break.
    private static Regex Whole(string pattern) => new(@"\A(" + pattern + @")\z", Options);
}
