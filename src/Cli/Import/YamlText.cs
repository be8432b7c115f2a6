extern alias ConsortGenerator;

using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlScalar = ConsortGenerator::Consort.Generator.Emit.YamlScalar;

namespace Consort.Cli.Import;

/// <summary>Reads YAML documents into <see cref="YamlValue"/> trees and writes trees back as block YAML, with the generator's quoting rules.</summary>
internal static class YamlText
{
    /// <summary>Every document of <paramref name="text"/>, empty ones as null.</summary>
    /// <exception cref="YamlException">The text is not valid YAML.</exception>
    public static List<YamlValue?> ReadDocuments(string text)
    {
        var stream = new YamlStream();

        // Merge keys (<<: *defaults) are applied, as the API server's YAML reader applies them.
        stream.Load(new MergingParser(new Parser(new StringReader(text))));
        return [.. stream.Documents.Select(static d => d.RootNode is YamlScalarNode { Value: null or "" or "~" or "null", Style: ScalarStyle.Plain } ? null : Convert(d.RootNode))];
    }

    private static YamlValue Convert(YamlNode node) => node switch
    {
        YamlMappingNode mapping => new YamlMapping([.. mapping.Children.Select(static c => new KeyValuePair<string, YamlValue>(((c.Key as YamlScalarNode)?.Value) ?? c.Key.ToString(), Convert(c.Value)))]),
        YamlSequenceNode sequence => new YamlSequence([.. sequence.Children.Select(Convert)]),
        YamlScalarNode scalar => Scalar(scalar),
        _ => YamlScalarValue.String(node.ToString()),
    };

    /// <summary>A scalar's type: by its tag when it has one (<c>!!str 8080</c> is a string), else as YAML 1.1 reads it.</summary>
    private static YamlScalarValue Scalar(YamlScalarNode scalar)
    {
        var text = scalar.Value ?? string.Empty;
        var plain = scalar.Style is ScalarStyle.Plain or ScalarStyle.Any;
        if (scalar.Tag.IsEmpty)
        {
            return YamlScalarValue.FromYaml(text, plain);
        }

        var resolved = YamlScalarValue.FromYaml(text, plain: true);
        return scalar.Tag.Value switch
        {
            "tag:yaml.org,2002:int" when resolved.Type == ScalarType.Integer => resolved,
            "tag:yaml.org,2002:float" when resolved.Type is ScalarType.Float or ScalarType.Integer => new YamlScalarValue(text, ScalarType.Float),
            "tag:yaml.org,2002:bool" when resolved.Type == ScalarType.Boolean => resolved,
            "tag:yaml.org,2002:null" => new YamlScalarValue(text, ScalarType.Null),
            _ => YamlScalarValue.String(text),
        };
    }

    /// <summary><paramref name="value"/> as block YAML, ending in a newline; strings quoted wherever a YAML 1.1 reader could take them for anything else.</summary>
    public static string Write(YamlValue value)
    {
        var builder = new StringBuilder();
        WriteValue(builder, value, indent: 0, inSequence: false, afterKey: false);
        return builder.ToString();
    }

    /// <summary>
    /// <paramref name="value"/> as block YAML for an attribute's raw string literal: without the final line break
    /// (a raw string literal would need an empty line for it), unless a literal block ends the text and needs it.
    /// </summary>
    public static string WriteForAttribute(YamlValue value)
    {
        var builder = new StringBuilder();
        var endsInBlock = WriteValue(builder, value, indent: 0, inSequence: false, afterKey: false);
        return endsInBlock ? builder.ToString() : builder.ToString().TrimEnd('\n');
    }

    /// <returns>Whether the text ends in a literal block scalar.</returns>
    private static bool WriteValue(StringBuilder builder, YamlValue value, int indent, bool inSequence, bool afterKey)
    {
        var endsInBlock = false;
        switch (value)
        {
            case YamlMapping { IsEmpty: true }:
                builder.Append(afterKey ? " {}\n" : "{}\n");
                break;
            case YamlSequence { Items.Count: 0 }:
                builder.Append(afterKey ? " []\n" : "[]\n");
                break;
            case YamlMapping mapping:
                if (afterKey)
                {
                    builder.Append('\n');
                }

                var first = true;
                foreach (var entry in mapping.Entries)
                {
                    if (!(first && inSequence))
                    {
                        builder.Append(' ', indent);
                    }

                    first = false;
                    builder.Append(Key(entry.Key)).Append(':');
                    endsInBlock = WriteValue(builder, entry.Value, indent + 2, inSequence: false, afterKey: true);
                }

                break;
            case YamlSequence sequence:
                if (afterKey)
                {
                    builder.Append('\n');
                }

                // Sequences under a key are indented like kubectl writes them: "- " at the key's column plus two.
                foreach (var item in sequence.Items)
                {
                    builder.Append(' ', indent).Append("- ");
                    endsInBlock = WriteValue(builder, item, indent + 2, inSequence: true, afterKey: false);
                }

                break;
            case YamlScalarValue scalar:
                if (afterKey)
                {
                    builder.Append(' ');
                }

                if (scalar.Type == ScalarType.String && YamlScalar.CanBeLiteralBlock(scalar.Text))
                {
                    builder.Append(YamlScalar.LiteralBlockHeader(scalar.Text)).Append('\n');
                    var lines = scalar.Text.Split('\n');
                    var count = scalar.Text.EndsWith('\n') ? lines.Length - 1 : lines.Length;
                    for (var i = 0; i < count; i++)
                    {
                        if (lines[i].Length > 0)
                        {
                            builder.Append(' ', indent).Append(lines[i]);
                        }

                        builder.Append('\n');
                    }

                    endsInBlock = true;
                }
                else
                {
                    builder.Append(Scalar(scalar)).Append('\n');
                }

                break;
        }

        return endsInBlock;
    }

    /// <summary>One scalar on one line: strings quoted as needed, other types as the API server reads them.</summary>
    public static string Scalar(YamlScalarValue scalar) => scalar.Type switch
    {
        ScalarType.String => YamlScalar.Format(scalar.Text),
        ScalarType.Null => "null",
        _ => scalar.Text,
    };

    private static string Key(string key) => YamlScalar.Format(key);
}
