using System;
using System.Buffers;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text.Json;
using System.Text.RegularExpressions;
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
            var value = scalar.Value;
            if (scalar.Style != ScalarStyle.Plain || !scalar.Tag.IsEmpty)
            {
                writer.WriteStringValue(value);
                return;
            }

            // As go-yaml v2 resolves a plain scalar: its first character decides which readings are tried.
            switch (value.Length == 0 ? '~' : value[0])
            {
                case 'y' or 'Y' or 'n' or 'N' or 't' or 'T' or 'f' or 'F' or 'o' or 'O' or '~':
                    WriteWord(value, writer);
                    return;
                case '+' or '-' or '.' or (>= '0' and <= '9'):
                    WriteNumber(value, writer);
                    return;
                default:
                    writer.WriteStringValue(value);
                    return;
            }
        }

        /// <summary>A YAML 1.1 null or boolean word, or else the string itself.</summary>
        private static void WriteWord(string value, Utf8JsonWriter writer)
        {
            switch (value)
            {
                case "" or "~" or "null" or "Null" or "NULL":
                    writer.WriteNullValue();
                    break;
                case "y" or "Y" or "yes" or "Yes" or "YES" or "on" or "On" or "ON" or "true" or "True" or "TRUE":
                    writer.WriteBooleanValue(true);
                    break;
                case "n" or "N" or "no" or "No" or "NO" or "off" or "Off" or "OFF" or "false" or "False" or "FALSE":
                    writer.WriteBooleanValue(false);
                    break;
                default:
                    writer.WriteStringValue(value);
                    break;
            }
        }

        /// <summary>A YAML 1.1 integer or float (<c>_</c> separators allowed), or else the string itself.</summary>
        private static void WriteNumber(string value, Utf8JsonWriter writer)
        {
            var digits = value.Replace("_", string.Empty);
            if (Integer(digits) is { } integer)
            {
                writer.WriteNumberValue(integer);
            }
            else if (Float(digits) is { } number)
            {
                writer.WriteNumberValue(number);
            }
            else
            {
                writer.WriteStringValue(value);
            }
        }

        /// <summary>An integer as Go's <c>ParseInt(text, 0, 64)</c> reads it: a sign, then decimal, <c>0x</c> hex, <c>0o</c> or <c>0</c> octal, or <c>0b</c> binary.</summary>
        private static long? Integer(string text)
        {
            var negative = text.StartsWith('-');
            var digits = negative || text.StartsWith('+') ? text.Substring(1) : text;
            var (radix, body) = digits.Length > 1 && digits[0] == '0'
                ? char.ToLowerInvariant(digits[1]) switch
                {
                    'x' => (16, digits.Substring(2)),
                    'o' => (8, digits.Substring(2)),
                    'b' => (2, digits.Substring(2)),
                    _ => (8, digits.Substring(1)),
                }
                : (10, digits);
            if (body.Length == 0)
            {
                return null;
            }

            long result = 0;
            foreach (var c in body)
            {
                var digit = char.IsAsciiDigit(c) ? c - '0' : char.IsAsciiLetter(c) ? char.ToLowerInvariant(c) - 'a' + 10 : radix;

                // A number too large for a long is read as a float, by the API server's reader and by this one.
                if (digit >= radix || result > (long.MaxValue - digit) / radix)
                {
                    return null;
                }

                result = (result * radix) + digit;
            }

            return negative ? -result : result;
        }

        /// <summary>A float as go-yaml v2 reads one: <c>[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?</c>.</summary>
        private static double? Float(string text)
            => FloatPattern.IsMatch(text) && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

        private static readonly Regex FloatPattern = new(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant);
    }
}
