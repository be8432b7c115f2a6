using System.Linq;

namespace Consort.Generator.Validation;

/// <summary>Label and annotation syntax (apimachinery <c>IsQualifiedName</c>, <c>IsValidLabelValue</c>).</summary>
internal static class LabelRules
{
    private const string NameRule = "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

    /// <summary>A label key, or an annotation key (which the API server lower-cases first): <c>[prefix/]name</c>.</summary>
    public static string? CheckKey(string key, bool isAnnotation)
    {
        var value = isAnnotation ? key.ToLowerInvariant() : key;
        var parts = value.Split('/');
        if (parts.Length > 2)
        {
            return "a qualified name must have at most one '/'";
        }

        if (parts.Length == 2)
        {
            if (parts[0].Length == 0)
            {
                return "the prefix before '/' must not be empty";
            }

            if (KubernetesNames.CheckDns1123Subdomain(parts[0]) is { } prefixProblem)
            {
                return "the prefix part " + prefixProblem;
            }
        }

        var name = parts[parts.Length - 1];
        if (name.Length == 0)
        {
            return "the name part must not be empty";
        }

        if (name.Length > 63)
        {
            return "the name part must be no more than 63 characters";
        }

        return IsNameShape(name) ? null : "the name part " + NameRule + " (e.g. 'MyName', 'my.name' or '123-abc')";
    }

    /// <summary>A label value: empty, or at most 63 characters of the name shape.</summary>
    public static string? CheckValue(string value)
        => value.Length == 0 ? null
            : value.Length > 63 ? "must be no more than 63 characters"
            : IsNameShape(value) ? null
            : "a label value must be empty or " + NameRule + " (e.g. 'MyValue', 'my_value' or '12345')";

    private static bool IsNameShape(string value)
        => IsAlphanumeric(value[0]) && IsAlphanumeric(value[value.Length - 1]) && value.All(static c => IsAlphanumeric(c) || c is '-' or '_' or '.');

    private static bool IsAlphanumeric(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9');
}
