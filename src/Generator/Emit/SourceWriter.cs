using System.Text;

namespace Consort.Generator.Emit;

/// <summary>Writes indented text with <c>\n</c> line endings, whatever the OS.</summary>
/// <remarks><see cref="ToString"/> ends the writer: its builder goes back to <see cref="StringBuilderCache"/>.</remarks>
internal sealed class SourceWriter(int capacity = 4096)
{
    private readonly StringBuilder _builder = StringBuilderCache.Acquire(capacity);

    public int Indent { get; set; }

    public SourceWriter Line(string text = "")
    {
        if (text.Length > 0)
        {
            _builder.Append(' ', Indent * 4).Append(text);
        }

        _builder.Append('\n');
        return this;
    }

    /// <summary>Writes text without indentation or a line break, continuing the current line.</summary>
    public SourceWriter Append(string text)
    {
        _builder.Append(text);
        return this;
    }

    /// <summary>Starts a line: indentation, then <paramref name="text"/>, no line break.</summary>
    public SourceWriter Start(string text)
    {
        _builder.Append(' ', Indent * 4).Append(text);
        return this;
    }

    public SourceWriter OpenBrace()
    {
        Line("{");
        Indent++;
        return this;
    }

    public SourceWriter CloseBrace(string suffix = "")
    {
        Indent--;
        Line("}" + suffix);
        return this;
    }

    public override string ToString() => StringBuilderCache.ToStringAndRelease(_builder);
}
