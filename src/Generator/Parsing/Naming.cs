using System.Text;

namespace Consort.Generator.Parsing;

/// <summary>Turns C# class names into Kubernetes names and Kubernetes names into C# identifiers.</summary>
internal static class Naming
{
    /// <summary><c>AppLogs</c> → <c>app-logs</c>, <c>HTTPServer</c> → <c>http-server</c>, <c>Api2</c> → <c>api2</c>, <c>My_App</c> → <c>my-app</c>.</summary>
    public static string ToKebabCase(string identifier)
    {
        var builder = new StringBuilder(identifier.Length + 4);
        for (var i = 0; i < identifier.Length; i++)
        {
            var c = identifier[i];
            if (c == '_')
            {
                AppendHyphen(builder);
                continue;
            }

            if (char.IsUpper(c) && i > 0)
            {
                var previous = identifier[i - 1];
                var nextIsLower = i + 1 < identifier.Length && char.IsLower(identifier[i + 1]);
                if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower))
                {
                    AppendHyphen(builder);
                }
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        while (builder.Length > 0 && builder[builder.Length - 1] == '-')
        {
            builder.Length--;
        }

        return builder.ToString();
    }

    /// <summary><c>http</c> → <c>Http</c>, <c>metrics-admin</c> → <c>MetricsAdmin</c>, <c>9000-tcp</c> → <c>_9000Tcp</c>.</summary>
    public static string ToPascalCase(string kubernetesName)
    {
        var builder = new StringBuilder(kubernetesName.Length + 1);
        var upperNext = true;
        foreach (var c in kubernetesName)
        {
            if (c is '-' or '.' or '_')
            {
                upperNext = true;
                continue;
            }

            builder.Append(upperNext ? char.ToUpperInvariant(c) : c);
            upperNext = false;
        }

        if (builder.Length == 0 || !char.IsLetter(builder[0]))
        {
            builder.Insert(0, '_');
        }

        return builder.ToString();
    }

    private static void AppendHyphen(StringBuilder builder)
    {
        if (builder.Length > 0 && builder[builder.Length - 1] != '-')
        {
            builder.Append('-');
        }
    }
}
