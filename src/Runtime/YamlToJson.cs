using System;
using System.Buffers;
using System.Collections.Generic;
using System.IO;
using System.Text.Json;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Consort.Kubernetes
{
    /// <summary>
    /// Reads YAML into JSON the way the API server does (sigs.k8s.io/yaml, over go-yaml v2): mappings become
    /// objects, sequences arrays, and a plain scalar a number, a boolean or null where YAML 1.1 resolves it so;
    /// anything quoted or written as a block is a string. Consort quotes every string that would resolve to
    /// something else, so for its own output this reading and KubernetesClient's typed one agree.
    /// </summary>
    /// <remarks>
    /// Only YamlDotNet's parser is used. Its merging deserializer, which KubernetesClient's own YAML reader uses,
    /// takes any scalar <c>&lt;&lt;</c> for a merge key, even quoted, and so cannot read such a value.
    /// </remarks>
    internal static class YamlToJson
    {
        /// <summary>Each non-empty document of <paramref name="yaml"/> as a JSON value.</summary>
        public static List<JsonElement> Documents(string yaml)
        {
            var parser = new Parser(new StringReader(yaml));
            var documents = new List<JsonElement>();
            parser.Consume<StreamStart>();
            while (!parser.TryConsume<StreamEnd>(out _))
            {
                parser.Consume<DocumentStart>();
                var buffer = new ArrayBufferWriter<byte>();
                using (var writer = new Utf8JsonWriter(buffer))
                {
                    WriteNode(parser, writer);
                }

                parser.Consume<DocumentEnd>();
                using var document = JsonDocument.Parse(buffer.WrittenMemory);
                if (document.RootElement.ValueKind != JsonValueKind.Null)
                {
                    documents.Add(document.RootElement.Clone());
                }
            }

            return documents;
        }

        private static void WriteNode(IParser parser, Utf8JsonWriter writer)
        {
            if (parser.TryConsume<Scalar>(out var scalar))
            {
                WriteScalar(scalar, writer);
            }
            else if (parser.TryConsume<MappingStart>(out _))
            {
                writer.WriteStartObject();
                while (!parser.TryConsume<MappingEnd>(out _))
                {
                    writer.WritePropertyName(parser.Consume<Scalar>().Value);
                    WriteNode(parser, writer);
                }

                writer.WriteEndObject();
            }
            else if (parser.TryConsume<SequenceStart>(out _))
            {
                writer.WriteStartArray();
                while (!parser.TryConsume<SequenceEnd>(out _))
                {
                    WriteNode(parser, writer);
                }

                writer.WriteEndArray();
            }
            else
            {
                var unexpected = parser.Current;
                throw new YamlException(unexpected?.Start ?? Mark.Empty, unexpected?.End ?? Mark.Empty, $"Consort manifests have no {unexpected?.GetType().Name ?? "event"} here.");
            }
        }

        private static void WriteScalar(Scalar scalar, Utf8JsonWriter writer)
        {
            if (scalar.Style != ScalarStyle.Plain || !scalar.Tag.IsEmpty)
            {
                writer.WriteStringValue(scalar.Value);
                return;
            }

            var plain = PlainScalar.Resolve(scalar.Value);
            switch (plain.Kind)
            {
                case PlainKind.Null:
                    writer.WriteNullValue();
                    break;
                case PlainKind.Boolean:
                    writer.WriteBooleanValue(plain.Flag);
                    break;
                case PlainKind.Integer:
                    writer.WriteNumberValue(plain.Integer);
                    break;
                case PlainKind.Float:
                    writer.WriteNumberValue(plain.Number);
                    break;
                default:
                    writer.WriteStringValue(scalar.Value);
                    break;
            }
        }
    }
}
