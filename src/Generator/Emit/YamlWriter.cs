using System.Collections.Generic;
using System.Linq;
using System.Text;
using Consort.Generator.Manifest;

namespace Consort.Generator.Emit;

/// <summary>
/// Writes manifest trees as block-style YAML: two-space indentation, list items indented under their key,
/// <c>\n</c> line endings, documents separated by <c>---</c>.
/// </summary>
internal sealed class YamlWriter
{
    private readonly StringBuilder _builder = StringBuilderCache.Acquire(4096);

    public static string Write(IEnumerable<ObjectNode> documents)
    {
        var writer = new YamlWriter();
        var first = true;
        foreach (var document in documents)
        {
            if (!first)
            {
                writer._builder.Append("---\n");
            }

            writer.Entries(Entries(document), indent: 0, firstInline: false);
            first = false;
        }

        return StringBuilderCache.ToStringAndRelease(writer._builder);
    }

    private void Entries(IEnumerable<KeyValuePair<string, ManifestNode>> entries, int indent, bool firstInline)
    {
        var first = true;
        foreach (var entry in entries)
        {
            if (!(first && firstInline))
            {
                _builder.Append(' ', indent);
            }

            first = false;
            _builder.Append(YamlScalar.Format(entry.Key)).Append(':');
            Value(entry.Value, indent);
        }
    }

    /// <summary>Writes what follows <c>key:</c>, for a key at <paramref name="indent"/>.</summary>
    private void Value(ManifestNode value, int indent)
    {
        switch (value)
        {
            case ScalarNode scalar:
                _builder.Append(' ');
                Scalar(scalar, indent);
                break;
            case ListNode { Items.Count: 0 }:
                _builder.Append(" []\n");
                break;
            case ListNode list:
                _builder.Append('\n');
                foreach (var item in list.Items)
                {
                    _builder.Append(' ', indent + 2).Append("- ");
                    Item(item, indent + 4);
                }

                break;
            default:
                var entries = Entries(value).ToList();
                if (entries.Count == 0)
                {
                    _builder.Append(" {}\n");
                }
                else
                {
                    _builder.Append('\n');
                    Entries(entries, indent + 2, firstInline: false);
                }

                break;
        }
    }

    /// <summary>Writes a list item after its <c>- </c>; <paramref name="indent"/> is where the item's own lines start.</summary>
    private void Item(ManifestNode item, int indent)
    {
        switch (item)
        {
            case ScalarNode scalar:
                Scalar(scalar, indent - 2);
                break;
            case ListNode { Items.Count: 0 }:
                _builder.Append("[]\n");
                break;
            case ListNode list:
                // A list inside a list (only in kept objects such as custom resources): its first item follows the dash.
                for (var i = 0; i < list.Items.Count; i++)
                {
                    if (i > 0)
                    {
                        _builder.Append(' ', indent);
                    }

                    _builder.Append("- ");
                    Item(list.Items[i], indent + 2);
                }

                break;
            default:
                var entries = Entries(item).ToList();
                if (entries.Count == 0)
                {
                    _builder.Append("{}\n");
                }
                else
                {
                    Entries(entries, indent, firstInline: true);
                }

                break;
        }
    }

    /// <summary>Writes a scalar and its line break; a literal block's lines go two spaces deeper than <paramref name="indent"/>.</summary>
    private void Scalar(ScalarNode scalar, int indent)
    {
        switch (scalar.Kind)
        {
            case ScalarKind.Integer or ScalarKind.Boolean or ScalarKind.Null:
                _builder.Append(scalar.Text).Append('\n');
                return;
            case ScalarKind.Quantity:
                _builder.Append(YamlScalar.FormatQuantity(scalar.Text)).Append('\n');
                return;
        }

        var text = scalar.Text;
        if (!YamlScalar.CanBeLiteralBlock(text))
        {
            _builder.Append(YamlScalar.Format(text)).Append('\n');
            return;
        }

        _builder.Append(YamlScalar.LiteralBlockHeader(text)).Append('\n');
        var lines = text.Split('\n');
        var count = text.EndsWith("\n", System.StringComparison.Ordinal) ? lines.Length - 1 : lines.Length;
        for (var i = 0; i < count; i++)
        {
            if (lines[i].Length > 0)
            {
                _builder.Append(' ', indent + 2).Append(lines[i]);
            }

            _builder.Append('\n');
        }
    }

    private static IEnumerable<KeyValuePair<string, ManifestNode>> Entries(ManifestNode node) => node switch
    {
        ObjectNode o => o.Fields.Select(static f => new KeyValuePair<string, ManifestNode>(f.Key, f.Value)),
        MapNode m => m.Entries,
        _ => [],
    };
}
