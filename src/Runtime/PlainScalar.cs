using System.Globalization;

namespace Consort.Kubernetes
{
    /// <summary>What a plain (unquoted) YAML scalar is.</summary>
    internal enum PlainKind
    {
        String,
        Null,
        Boolean,
        Integer,
        Float,
    }

    /// <summary>
    /// How the API server reads a plain YAML scalar (sigs.k8s.io/yaml over go-yaml v2, that is YAML 1.1): the first
    /// character decides which readings are tried, then null and boolean words, integers in any base and floats.
    /// </summary>
    /// <remarks>Compiled into both the runtime library and the generator, so that what one writes the other reads alike.</remarks>
    internal readonly struct PlainScalar
    {
        private PlainScalar(PlainKind kind, long integer = 0, double number = 0, bool flag = false)
        {
            Kind = kind;
            Integer = integer;
            Number = number;
            Flag = flag;
        }

        public PlainKind Kind { get; }

        /// <summary>The value of an <see cref="PlainKind.Integer"/>.</summary>
        public long Integer { get; }

        /// <summary>The value of a <see cref="PlainKind.Float"/>.</summary>
        public double Number { get; }

        /// <summary>The value of a <see cref="PlainKind.Boolean"/>.</summary>
        public bool Flag { get; }

        /// <summary>Resolves <paramref name="text"/>, the value of a plain scalar.</summary>
        public static PlainScalar Resolve(string text)
        {
            switch (text.Length == 0 ? '~' : text[0])
            {
                case 'y' or 'Y' or 'n' or 'N' or 't' or 'T' or 'f' or 'F' or 'o' or 'O' or '~':
                    return text switch
                    {
                        "" or "~" or "null" or "Null" or "NULL" => new PlainScalar(PlainKind.Null),
                        "y" or "Y" or "yes" or "Yes" or "YES" or "on" or "On" or "ON" or "true" or "True" or "TRUE" => new PlainScalar(PlainKind.Boolean, flag: true),
                        "n" or "N" or "no" or "No" or "NO" or "off" or "Off" or "OFF" or "false" or "False" or "FALSE" => new PlainScalar(PlainKind.Boolean, flag: false),
                        _ => new PlainScalar(PlainKind.String),
                    };
                case '+' or '-' or '.' or (>= '0' and <= '9'):
                    var digits = text.Replace("_", string.Empty);
                    return ParseInteger(digits) is { } integer ? new PlainScalar(PlainKind.Integer, integer)
                        : ParseFloat(digits) is { } number ? new PlainScalar(PlainKind.Float, number: number)
                        : new PlainScalar(PlainKind.String);
                default:
                    return new PlainScalar(PlainKind.String);
            }
        }

        /// <summary>An integer as Go's <c>ParseInt(text, 0, 64)</c> reads it: a sign, then decimal, <c>0x</c> hex, <c>0o</c> or <c>0</c> octal, or <c>0b</c> binary.</summary>
        private static long? ParseInteger(string text)
        {
            var negative = text.StartsWith("-", System.StringComparison.Ordinal);
            var digits = negative || text.StartsWith("+", System.StringComparison.Ordinal) ? text.Substring(1) : text;
            var radix = 10;
            if (digits.Length > 1 && digits[0] == '0')
            {
                (radix, digits) = char.ToLowerInvariant(digits[1]) switch
                {
                    'x' => (16, digits.Substring(2)),
                    'o' => (8, digits.Substring(2)),
                    'b' => (2, digits.Substring(2)),
                    _ => (8, digits.Substring(1)),
                };
            }

            if (digits.Length == 0)
            {
                return null;
            }

            long result = 0;
            foreach (var c in digits)
            {
                var digit = c is >= '0' and <= '9' ? c - '0' : c is >= 'a' and <= 'z' ? c - 'a' + 10 : c is >= 'A' and <= 'Z' ? c - 'A' + 10 : radix;

                // A number too large for a long is read as a float, by the API server's reader and by this one.
                if (digit >= radix || result > (long.MaxValue - digit) / radix)
                {
                    return null;
                }

                result = (result * radix) + digit;
            }

            return negative ? -result : result;
        }

        /// <summary>A float as go-yaml v2 reads one: <c>[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?</c>; not <c>.inf</c> or <c>.nan</c>, which JSON cannot hold.</summary>
        private static double? ParseFloat(string text)
        {
            var i = 0;
            if (i < text.Length && text[i] is '+' or '-')
            {
                i++;
            }

            var integerDigits = CountDigits(text, ref i);
            var fractionDigits = 0;
            if (i < text.Length && text[i] == '.')
            {
                i++;
                fractionDigits = CountDigits(text, ref i);
            }

            if (integerDigits == 0 && fractionDigits == 0)
            {
                return null;
            }

            if (i < text.Length && text[i] is 'e' or 'E')
            {
                i++;
                if (i < text.Length && text[i] is '+' or '-')
                {
                    i++;
                }

                if (CountDigits(text, ref i) == 0)
                {
                    return null;
                }
            }

            return i == text.Length && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;
        }

        private static int CountDigits(string text, ref int i)
        {
            var start = i;
            while (i < text.Length && text[i] is >= '0' and <= '9')
            {
                i++;
            }

            return i - start;
        }
    }
}
