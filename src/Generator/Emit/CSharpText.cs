using System.Text;
using Microsoft.CodeAnalysis.CSharp;

namespace Consort.Generator.Emit;

/// <summary>Values as C# source text: string literals and the text of XML doc comments.</summary>
internal static class CSharpText
{
    /// <summary>A regular string literal, escaped as C# requires.</summary>
    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    /// <summary>A verbatim string literal, which keeps multi-line YAML readable in the generated file.</summary>
    public static string Verbatim(string value) => "@\"" + value.Replace("\"", "\"\"") + "\"";

    /// <summary>Escapes text for an XML doc comment.</summary>
    public static string Xml(string text)
    {
        if (text.IndexOfAny(XmlSpecial) < 0)
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                // Anything C# could take for a line break would end the comment.
                '\n' or '\r' or '\u0085' or '\u2028' or '\u2029' => builder.Append(' '),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }

    private static readonly char[] XmlSpecial = ['&', '<', '>', '\n', '\r', '\u0085', '\u2028', '\u2029'];
}
