using System.Collections.Generic;
using System.Linq;

namespace Consort.Cli.Import;

/// <summary>One attribute as it will be written: its name, positional arguments and named arguments, already C# text.</summary>
internal sealed class AttributeText(string name)
{
    /// <summary>The attribute's name without <c>Attribute</c>: <c>Deployment</c>.</summary>
    public string Name { get; } = name;

    /// <summary>Positional arguments, as C# text.</summary>
    public List<string> Arguments { get; } = [];

    /// <summary>Named arguments (property, C# text), in the order they are written.</summary>
    public List<KeyValuePair<string, string>> Named { get; } = [];

    /// <summary>Adds a positional argument.</summary>
    public AttributeText Arg(string csharp)
    {
        Arguments.Add(csharp);
        return this;
    }

    /// <summary>Adds a named argument.</summary>
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
    /// <summary>The class name.</summary>
    public string Name { get; set; } = name;

    /// <summary>A one-line summary for the XML doc comment, or null.</summary>
    public string? Summary { get; set; }

    /// <summary>The attributes, in the order they are written.</summary>
    public List<AttributeText> Attributes { get; } = [];

    /// <summary>The nested part classes.</summary>
    public List<ClassText> Parts { get; } = [];

    /// <summary>Adds an attribute and returns it, for its arguments.</summary>
    public AttributeText Add(string attribute)
    {
        var text = new AttributeText(attribute);
        Attributes.Add(text);
        return text;
    }
}
