using System.Globalization;
using System.Text;

namespace Consort.Generator.Emit;

/// <summary>
/// Chooses how a string is written in YAML so that it reads back unchanged under both YAML 1.1 (what Kubernetes'
/// Go YAML library resolves) and YAML 1.2. Plain style is used only for strings that no resolver can take for
/// anything but a string; everything else is double-quoted with escapes, and multi-line text becomes a literal block.
/// </summary>
internal static class YamlScalar
{
    /// <summary>A plain scalar when that is unambiguous, else a double-quoted one.</summary>
    public static string Format(string value) => IsPlainSafe(value) ? value : DoubleQuoted(value);

    /// <summary>
    /// Quantities such as <c>250m</c> or <c>128Mi</c> stay plain, as in hand-written manifests; bare numbers
    /// (<c>1</c>, <c>0.5</c>, <c>1e3</c>) are quoted so that they stay the exact text given.
    /// </summary>
    public static string FormatQuantity(string value) => IsPlainQuantity(value) ? value : Format(value);

    /// <summary>
    /// Whether <paramref name="value"/> can be written plain: it starts with an ASCII letter, <c>/</c>, <c>_</c> or
    /// <c>-</c> and a letter (a command-line flag such as <c>-c</c>);
    /// it holds only letters, digits, single inner spaces and <c>-_./:@+=</c>; a colon is never followed by a space
    /// or the end; and it is not one of the YAML 1.1 boolean or null words.
    /// </summary>
    public static bool IsPlainSafe(string value)
    {
        var startsSafely = value.Length > 0
            && (IsAsciiLetter(value[0]) || value[0] is '/' or '_' || (value[0] == '-' && value.Length > 1 && IsAsciiLetter(value[1])));
        if (!startsSafely)
        {
            return false;
        }

        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var last = i == value.Length - 1;
            switch (c)
            {
                case ':' when last || value[i + 1] == ' ':
                case ' ' when last || value[i + 1] == ' ':
                    return false;
                case ':' or ' ' or '-' or '_' or '.' or '/' or '@' or '+' or '=':
                    continue;
                default:
                    if (!IsAsciiLetter(c) && c is not (>= '0' and <= '9'))
                    {
                        return false;
                    }

                    continue;
            }
        }

        return !IsReservedWord(value);
    }

    /// <summary>A double-quoted scalar: <c>"</c> and <c>\</c> escaped, every non-printable or line-breaking character as an escape.</summary>
    public static string DoubleQuoted(string value)
    {
        var builder = new StringBuilder(value.Length + 2);
        builder.Append('"');
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            switch (c)
            {
                case '"': builder.Append("\\\""); break;
                case '\\': builder.Append("\\\\"); break;
                case '\0': builder.Append("\\0"); break;
                case '\a': builder.Append("\\a"); break;
                case '\b': builder.Append("\\b"); break;
                case '\t': builder.Append("\\t"); break;
                case '\n': builder.Append("\\n"); break;
                case '\v': builder.Append("\\v"); break;
                case '\f': builder.Append("\\f"); break;
                case '\r': builder.Append("\\r"); break;
                case '\u001b': builder.Append("\\e"); break;
                default:
                    if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
                    {
                        builder.Append(c).Append(value[++i]);
                    }
                    else if (NeedsEscape(c))
                    {
                        // Lone surrogates land here too: they have no YAML form (UTF-8 would silently make them U+FFFD),
                        // and YamlDotNet, libyaml and go-yaml all reject the escape, so such a value fails loudly instead.
                        builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }

    /// <summary>
    /// Whether a multi-line string can be a literal block (<c>|</c>), which reads like the file it holds: it has
    /// a line break and a non-empty line, no character that needs an escape, no carriage return, no line with
    /// trailing white space, and its first non-empty line does not start with a space (that would change the
    /// block's detected indentation) or a tab (libyaml and go-yaml, unlike YamlDotNet, reject a tab where they
    /// are still detecting the indentation: "found a tab character where an indentation space is expected").
    /// </summary>
    public static bool CanBeLiteralBlock(string value)
    {
        if (value.IndexOf('\n') < 0)
        {
            return false;
        }

        var lineStart = true;
        var sawContent = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c == '\n')
            {
                if (i > 0 && value[i - 1] is ' ' or '\t')
                {
                    return false;
                }

                lineStart = true;
                continue;
            }

            var printable = char.IsSurrogate(c) ? IsSurrogatePair(value, i) : c == '\t' || !NeedsEscape(c);
            if (!printable)
            {
                return false;
            }

            if (lineStart && !sawContent && c is ' ' or '\t')
            {
                return false;
            }

            lineStart = false;
            sawContent = true;
        }

        return sawContent && value[value.Length - 1] is not (' ' or '\t');
    }

    /// <summary>The chomping indicator that keeps the exact number of trailing line breaks.</summary>
    public static string LiteralBlockHeader(string value)
    {
        if (!value.EndsWith("\n", System.StringComparison.Ordinal))
        {
            return "|-";
        }

        return value.EndsWith("\n\n", System.StringComparison.Ordinal) ? "|+" : "|";
    }

    private static bool IsPlainQuantity(string value)
    {
        var i = 0;
        while (i < value.Length && value[i] is >= '0' and <= '9')
        {
            i++;
        }

        if (i == 0)
        {
            return false;
        }

        if (i < value.Length && value[i] == '.')
        {
            var fractionStart = ++i;
            while (i < value.Length && value[i] is >= '0' and <= '9')
            {
                i++;
            }

            if (i == fractionStart)
            {
                return false;
            }
        }

        return value.Substring(i) is "m" or "k" or "M" or "G" or "T" or "P" or "E" or "Ki" or "Mi" or "Gi" or "Ti" or "Pi" or "Ei";
    }

    /// <summary>The YAML 1.1 boolean and null words, in any case; only strings of five characters or fewer can be one (no allocation for the rest).</summary>
    private static bool IsReservedWord(string value)
        => value.Length <= 5 && value.ToLowerInvariant() is "y" or "yes" or "n" or "no" or "true" or "false" or "on" or "off" or "null";

    private static bool IsAsciiLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');

    private static bool IsSurrogatePair(string value, int index)
        => char.IsHighSurrogate(value[index])
            ? index + 1 < value.Length && char.IsLowSurrogate(value[index + 1])
            : index > 0 && char.IsHighSurrogate(value[index - 1]);

    /// <summary>
    /// Characters outside YAML's printable set, plus the ones YAML 1.1 treats as line breaks (U+0085, U+2028,
    /// U+2029) and the byte-order mark; lone surrogates are caught by the caller.
    /// </summary>
    private static bool NeedsEscape(char c)
        => c < ' '
        || c is >= '\u007f' and <= '\u009f'
        || c is '\u2028' or '\u2029' or '\ufeff' or '\ufffe' or '\uffff'
        || char.IsSurrogate(c);
}
