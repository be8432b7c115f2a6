using System.Linq;

namespace Consort.Generator.Validation;

/// <summary>Environment variable names and downward-API field paths (apimachinery <c>IsEnvVarName</c>, the env allow-list).</summary>
internal static class EnvRules
{
    private static readonly string[] AllowedFieldPaths =
    [
        "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName",
        "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs",
    ];

    /// <summary>What is wrong with the name in every Kubernetes version (relaxed rules, 1.34+): empty, '=' or not printable ASCII.</summary>
    public static string? CheckRelaxedName(string name)
        => name.Length == 0 ? "a name is required"
            : name.All(static c => c is >= ' ' and <= '~' && c != '=') ? null
            : "an environment variable name must consist only of printable ASCII characters other than '='";

    /// <summary>What is wrong with the name under the strict rules that apply before Kubernetes 1.34.</summary>
    public static string? CheckStrictName(string name)
    {
        var valid = name.Length > 0
            && (IsLetter(name[0]) || name[0] is '-' or '.' or '_')
            && name.All(static c => IsLetter(c) || c is (>= '0' and <= '9') or '-' or '.' or '_')
            && name != "." && name != ".." && !name.StartsWith("..", System.StringComparison.Ordinal);
        return valid ? null : "before Kubernetes 1.34 an environment variable name must consist of letters, digits, '_', '-' or '.', must not start with a digit, and must not be '.', '..' or start with '..'";
    }

    /// <summary>A field path the env downward API accepts: the allow-list, or a subscripted label or annotation.</summary>
    public static string? CheckFieldPath(string path)
    {
        if (AllowedFieldPaths.Contains(path))
        {
            return null;
        }

        foreach (var (prefix, isAnnotation) in new[] { ("metadata.labels['", false), ("metadata.annotations['", true) })
        {
            if (path.StartsWith(prefix, System.StringComparison.Ordinal) && path.EndsWith("']", System.StringComparison.Ordinal) && path.Length > prefix.Length + 2)
            {
                var key = path.Substring(prefix.Length, path.Length - prefix.Length - 2);
                return LabelRules.CheckKey(key, isAnnotation) is { } problem ? $"the key '{key}' is not valid: {problem}" : null;
            }
        }

        return "supported values: " + string.Join(", ", AllowedFieldPaths.Select(static p => "\"" + p + "\"")) + ", \"metadata.labels['<key>']\", \"metadata.annotations['<key>']\"";
    }

    /// <summary>Whether a literal value under this name is probably a secret (<c>*PASSWORD*</c>, <c>*TOKEN*</c>, <c>*SECRET*</c>, <c>*KEY</c>).</summary>
    public static bool LooksSecret(string name)
    {
        var upper = name.ToUpperInvariant();
        return upper.Contains("PASSWORD") || upper.Contains("TOKEN") || upper.Contains("SECRET") || upper.EndsWith("KEY", System.StringComparison.Ordinal);
    }

    private static bool IsLetter(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z');
}
