using Consort.Generator.Manifest;
using Microsoft.CodeAnalysis.CSharp;

namespace Consort.Generator.Emit;

/// <summary>Writes a manifest tree as a C# expression that constructs the KubernetesClient models.</summary>
internal static class ModelInitializerWriter
{
    public const string ModelsNamespace = "global::k8s.Models.";

    /// <summary>Writes <paramref name="node"/> as an expression, continuing the current line; ends without a line break.</summary>
    public static void Write(SourceWriter writer, ManifestNode node)
    {
        switch (node)
        {
            case ObjectNode obj when obj.Fields.Count == 0:
                writer.Append("new ").Append(ModelsNamespace).Append(obj.ModelType).Append("()");
                break;
            case ObjectNode obj:
                writer.Append("new ").Append(ModelsNamespace).Append(obj.ModelType).Append("\n").OpenBrace();
                foreach (var field in obj.Fields)
                {
                    writer.Start(field.Property).Append(" = ");
                    Write(writer, field.Value);
                    writer.Append(",\n");
                }

                writer.Indent--;
                writer.Start("}");
                break;
            case ListNode list:
                writer.Append("new global::System.Collections.Generic.List<").Append(TypeName(list.ElementType)).Append(">\n").OpenBrace();
                foreach (var item in list.Items)
                {
                    writer.Start(string.Empty);
                    Write(writer, item);
                    writer.Append(",\n");
                }

                writer.Indent--;
                writer.Start("}");
                break;
            case MapNode map:
                writer.Append("new global::System.Collections.Generic.Dictionary<string, ").Append(TypeName(map.ValueType)).Append(">\n").OpenBrace();
                foreach (var entry in map.Entries)
                {
                    writer.Start("[" + Literal(entry.Key) + "] = ");
                    Write(writer, entry.Value);
                    writer.Append(",\n");
                }

                writer.Indent--;
                writer.Start("}");
                break;
            case ScalarNode scalar:
                writer.Append(Scalar(scalar));
                break;
        }
    }

    public static string Literal(string value) => SymbolDisplay.FormatLiteral(value, quote: true);

    private static string Scalar(ScalarNode scalar) => scalar.Kind switch
    {
        ScalarKind.String => Literal(scalar.Text),
        ScalarKind.Quantity => "new " + ModelsNamespace + "ResourceQuantity(" + Literal(scalar.Text) + ")",
        // IntOrString converts implicitly from int and string; its Value has no public setter.
        ScalarKind.IntOrStringNumber => "(" + ModelsNamespace + "IntOrString)" + scalar.Text,
        ScalarKind.IntOrStringName => "(" + ModelsNamespace + "IntOrString)" + Literal(scalar.Text),
        _ => scalar.Text,
    };

    private static string TypeName(string type) => type == "string" ? "string" : ModelsNamespace + type;
}
