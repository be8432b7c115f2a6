using System.Collections.Generic;
using System.Linq;

namespace Consort.Cli.Import;

/// <summary>One attribute as it will be written: its name, positional arguments and named arguments, already C# text.</summary>
internal sealed class AttributeText(string name)
{
    public string Name { get; } = name;

    public List<string> Arguments { get; } = [];

    public List<KeyValuePair<string, string>> Named { get; } = [];

    public AttributeText Arg(string csharp)
    {
        Arguments.Add(csharp);
        return this;
    }

    public AttributeText Set(string property, string csharp)
    {
        Named.Add(new KeyValuePair<string, string>(property, csharp));
        return this;
    }

    /// <summary>Whether an argument spans lines (a raw string literal): the attribute then stands on lines of its own.</summary>
    public bool IsMultiLine => Arguments.Concat(Named.Select(static n => n.Value)).Any(static a => a.Contains('\n'));

    public override string ToString()
    {
        var arguments = Arguments.Concat(Named.Select(static n => n.Key + " = " + n.Value)).ToList();
        return arguments.Count == 0 ? Name : Name + "(" + string.Join(", ", arguments) + ")";
    }
}

/// <summary>A class to write: a workload or manifest set at the top, or a part nested in it.</summary>
internal sealed class ClassText(string name)
{
    public string Name { get; set; } = name;

    /// <summary>A one-line summary for the XML doc comment, or null.</summary>
    public string? Summary { get; set; }

    public List<AttributeText> Attributes { get; } = [];

    public List<ClassText> Parts { get; } = [];

    public AttributeText Add(string attribute)
    {
        var text = new AttributeText(attribute);
        Attributes.Add(text);
        return text;
    }
}
