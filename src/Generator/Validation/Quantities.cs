using System.Globalization;

namespace Consort.Generator.Validation;

/// <summary>
/// Kubernetes resource quantities (apimachinery <c>resource.ParseQuantity</c>): a number, then a binary suffix
/// (<c>Ki</c>…<c>Ei</c>), a decimal suffix (<c>n u m "" k M G T P E</c>) or an exponent (<c>e3</c>).
/// <c>1K</c>, <c>512MB</c> and <c>1gi</c> are not quantities.
/// </summary>
internal static class Quantities
{
    /// <summary>The quantity's value, or null when <paramref name="text"/> is not a quantity.</summary>
    public static double? Parse(string text)
    {
        var i = 0;
        if (i < text.Length && text[i] is '+' or '-')
        {
            i++;
        }

        var digits = 0;
        var dots = 0;
        while (i < text.Length && (char.IsDigit(text[i]) && text[i] < 128 || text[i] == '.'))
        {
            if (text[i] == '.')
            {
                dots++;
            }
            else
            {
                digits++;
            }

            i++;
        }

        if (digits == 0 || dots > 1 || !double.TryParse(text.Substring(0, i), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number))
        {
            return null;
        }

        var multiplier = Multiplier(text.Substring(i));
        return multiplier is null ? null : number * multiplier;
    }

    private static double? Multiplier(string suffix)
    {
        switch (suffix)
        {
            case "": return 1;
            case "n": return 1e-9;
            case "u": return 1e-6;
            case "m": return 1e-3;
            case "k": return 1e3;
            case "M": return 1e6;
            case "G": return 1e9;
            case "T": return 1e12;
            case "P": return 1e15;
            case "E": return 1e18;
            case "Ki": return 1024d;
            case "Mi": return 1024d * 1024;
            case "Gi": return 1024d * 1024 * 1024;
            case "Ti": return 1024d * 1024 * 1024 * 1024;
            case "Pi": return 1024d * 1024 * 1024 * 1024 * 1024;
            case "Ei": return 1024d * 1024 * 1024 * 1024 * 1024 * 1024;
        }

        if (suffix.Length >= 2 && suffix[0] is 'e' or 'E')
        {
            var exponent = suffix.Substring(1);
            if (int.TryParse(exponent, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var power) && exponent.TrimStart('+', '-').Length > 0)
            {
                return System.Math.Pow(10, power);
            }
        }

        return null;
    }
}
