using System.Collections.Generic;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Consort.Generator.Patches;

/// <summary>
/// Where each character of a string literal's value stands in the source: so that a problem inside a YAML patch is
/// reported at its line and column, whether the literal is regular (with escapes), verbatim, or raw (whose
/// indentation the compiler removes). A value built from anything but one literal maps to the whole argument.
/// </summary>
internal sealed class LiteralPositions
{
    private readonly TextSpan[]? _characters;
    private readonly TextSpan _whole;

    private LiteralPositions(TextSpan[]? characters, TextSpan whole)
    {
        _characters = characters;
        _whole = whole;
    }

    /// <summary>The positions of the value of <paramref name="argument"/>, the expression that gave it.</summary>
    public static LiteralPositions For(ExpressionSyntax? argument)
    {
        var whole = argument?.Span ?? default;
        if (argument is not LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal)
        {
            return new LiteralPositions(null, whole);
        }

        var token = literal.Token;
        var characters = token.Kind() switch
        {
            SyntaxKind.StringLiteralToken when token.Text.StartsWith("@", System.StringComparison.Ordinal) => Verbatim(token),
            SyntaxKind.StringLiteralToken => Regular(token),
            SyntaxKind.SingleLineRawStringLiteralToken => Raw(token, multiLine: false),
            SyntaxKind.MultiLineRawStringLiteralToken => Raw(token, multiLine: true),
            _ => null,
        };

        // Only a map that accounts for every character can be trusted.
        return new LiteralPositions(characters is not null && characters.Count == token.ValueText.Length ? characters.ToArray() : null, whole);
    }

    /// <summary>The source span of the value's characters from <paramref name="index"/>, <paramref name="length"/> long (at least one character).</summary>
    public TextSpan Span(int index, int length)
    {
        if (_characters is null || _characters.Length == 0)
        {
            return _whole;
        }

        var first = _characters[System.Math.Min(System.Math.Max(index, 0), _characters.Length - 1)];
        var last = _characters[System.Math.Min(System.Math.Max(index + System.Math.Max(length, 1) - 1, 0), _characters.Length - 1)];
        return TextSpan.FromBounds(first.Start, System.Math.Max(last.End, first.End));
    }

    private static List<TextSpan>? Regular(SyntaxToken token)
    {
        var text = token.Text;
        var characters = new List<TextSpan>(text.Length);
        for (var i = 1; i < text.Length - 1;)
        {
            var position = token.SpanStart + i;
            if (text[i] != '\\')
            {
                characters.Add(new TextSpan(position, 1));
                i++;
                continue;
            }

            // An escape is one character of the value, or two for \U beyond the Basic Multilingual Plane.
            var length = text[i + 1] switch
            {
                'x' => HexLength(text, i + 2, 4),
                'u' => 6,
                'U' => 10,
                _ => 2,
            };
            var decoded = text[i + 1] == 'U' && int.TryParse(text.Substring(i + 2, 8), System.Globalization.NumberStyles.HexNumber, null, out var codePoint) && codePoint > 0xFFFF ? 2 : 1;
            for (var k = 0; k < decoded; k++)
            {
                characters.Add(new TextSpan(position, length));
            }

            i += length;
        }

        return characters;
    }

    private static int HexLength(string text, int start, int max)
    {
        var count = 0;
        while (count < max && start + count < text.Length - 1 && System.Uri.IsHexDigit(text[start + count]))
        {
            count++;
        }

        return 2 + count;
    }

    private static List<TextSpan> Verbatim(SyntaxToken token)
    {
        var text = token.Text;
        var characters = new List<TextSpan>(text.Length);
        for (var i = 2; i < text.Length - 1; i++)
        {
            var doubled = text[i] == '"';
            characters.Add(new TextSpan(token.SpanStart + i, doubled ? 2 : 1));
            if (doubled)
            {
                i++;
            }
        }

        return characters;
    }

    /// <summary>
    /// A raw literal: on one line, the text between the quotes; on several, the lines between the opening and the
    /// closing one, less the closing line's indentation, which the compiler removes from every line.
    /// </summary>
    private static List<TextSpan>? Raw(SyntaxToken token, bool multiLine)
    {
        var text = token.Text;
        var quotes = 0;
        while (quotes < text.Length && text[quotes] == '"')
        {
            quotes++;
        }

        var characters = new List<TextSpan>(text.Length);
        if (!multiLine)
        {
            for (var i = quotes; i < text.Length - quotes; i++)
            {
                characters.Add(new TextSpan(token.SpanStart + i, 1));
            }

            return characters;
        }

        var lines = new List<(int Start, int End, int Break)>();
        for (var i = 0; i < text.Length;)
        {
            var end = i;
            while (end < text.Length && text[end] is not ('\r' or '\n'))
            {
                end++;
            }

            var breakLength = end < text.Length ? (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1) : 0;
            lines.Add((i, end, breakLength));
            i = end + breakLength;
            if (breakLength == 0)
            {
                break;
            }
        }

        if (lines.Count < 3)
        {
            return null;
        }

        var closing = lines[lines.Count - 1];
        var indentation = 0;
        while (closing.Start + indentation < closing.End && text[closing.Start + indentation] is ' ' or '\t')
        {
            indentation++;
        }

        for (var l = 1; l < lines.Count - 1; l++)
        {
            var (start, end, breakLength) = lines[l];
            for (var i = System.Math.Min(start + indentation, end); i < end; i++)
            {
                characters.Add(new TextSpan(token.SpanStart + i, 1));
            }

            // The line break after the last content line is not part of the value.
            if (l < lines.Count - 2)
            {
                for (var k = 0; k < breakLength; k++)
                {
                    characters.Add(new TextSpan(token.SpanStart + end + k, 1));
                }
            }
        }

        return characters;
    }
}
