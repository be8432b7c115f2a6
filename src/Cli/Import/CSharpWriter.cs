extern alias ConsortGenerator;

using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using CSharpText = ConsortGenerator::Consort.Generator.Emit.CSharpText;

namespace Consort.Cli.Import;

/// <summary>C# literals for attribute arguments, and whole files laid out as a person writes them.</summary>
internal static class CSharpWriter
{
    /// <summary>
    /// A string literal: a raw string literal for multi-line text (content lines unindented here; <see cref="File"/>
    /// indents them), else a regular one.
    /// </summary>
    public static string String(string value) => CanBeRaw(value) ? Raw(value) : CSharpText.Literal(value);

    /// <summary>A collection expression of string literals: <c>["a", "b"]</c>.</summary>
    public static string Strings(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(String)) + "]";

    /// <summary><c>true</c> or <c>false</c>.</summary>
    public static string Bool(bool value) => value ? "true" : "false";

    /// <summary>An integer literal, culture-invariant.</summary>
    public static string Integer(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>An enum member as the DSL spells it: <c>ProbeKind.Readiness</c>.</summary>
    public static string Enum<T>(T value)
        where T : struct, System.Enum
        => typeof(T).Name + "." + value;

    /// <summary><c>typeof(Type)</c>, for references between parts.</summary>
    public static string TypeOf(string type) => "typeof(" + type + ")";

    /// <summary>Whether a raw string literal gives back exactly <paramref name="value"/>: line breaks only as <c>\n</c>, no other control characters, no line of spaces only.</summary>
    private static bool CanBeRaw(string value)
    {
        if (!value.Contains('\n'))
        {
            return false;
        }

        foreach (var c in value)
        {
            // C# reads U+2028 and U+2029 as line breaks too.
            if ((char.IsControl(c) && c is not '\n' and not '\t') || c is '\u2028' or '\u2029')
            {
                return false;
            }
        }

        return value.Split('\n').All(static line => line.Length == 0 || !string.IsNullOrWhiteSpace(line));
    }

    private static string Raw(string value)
    {
        var longestQuotes = 0;
        var run = 0;
        foreach (var c in value)
        {
            run = c == '"' ? run + 1 : 0;
            longestQuotes = Math.Max(longestQuotes, run);
        }

        var quotes = new string('"', Math.Max(3, longestQuotes + 1));
        // The line break before the closing quotes is not part of the value: a value that ends in one gets an empty line.
        return quotes + "\n" + value + "\n" + quotes;
    }

    /// <summary>A whole file: usings, the namespace, and each top-level class with its parts.</summary>
    public static string File(string? @namespace, IEnumerable<ClassText> classes, IEnumerable<string> usings)
    {
        var builder = new StringBuilder();
        foreach (var u in usings)
        {
            builder.Append("using ").Append(u).Append(";\n");
        }

        builder.Append('\n');
        if (@namespace is not null)
        {
            builder.Append("namespace ").Append(@namespace).Append(";\n\n");
        }

        var first = true;
        foreach (var type in classes)
        {
            if (!first)
            {
                builder.Append('\n');
            }

            first = false;
            if (type.Summary is not null)
            {
                builder.Append("/// <summary>").Append(CSharpText.Xml(type.Summary)).Append("</summary>\n");
            }

            foreach (var attribute in type.Attributes)
            {
                AppendAttribute(builder, attribute, indent: 0);
            }

            builder.Append("public partial class ").Append(type.Name);
            if (type.Parts.Count == 0)
            {
                builder.Append(";\n");
                continue;
            }

            builder.Append("\n{\n");
            for (var i = 0; i < type.Parts.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append('\n');
                }

                AppendPart(builder, type.Parts[i]);
            }

            builder.Append("}\n");
        }

        return builder.ToString();
    }

    private static void AppendPart(StringBuilder builder, ClassText part)
    {
        // A part with one short attribute reads best on one line, as in "[EmptyDirVolume] partial class Cache;".
        if (part.Attributes.Count == 1 && !part.Attributes[0].IsMultiLine && part.Attributes[0].ToString().Length <= 60)
        {
            builder.Append("    [").Append(part.Attributes[0]).Append("] partial class ").Append(part.Name).Append(";\n");
            return;
        }

        foreach (var attribute in part.Attributes)
        {
            AppendAttribute(builder, attribute, indent: 4);
        }

        builder.Append(' ', 4).Append("partial class ").Append(part.Name).Append(";\n");
    }

    private static void AppendAttribute(StringBuilder builder, AttributeText attribute, int indent)
    {
        var lines = ("[" + attribute + "]").Split('\n');
        builder.Append(' ', indent).Append(lines[0]).Append('\n');
        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].Length > 0)
            {
                builder.Append(' ', indent + 4).Append(lines[i]);
            }

            builder.Append('\n');
        }
    }
}
