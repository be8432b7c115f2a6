extern alias ConsortGenerator;

using System;
using System.Collections.Generic;
using System.Text;
using Naming = ConsortGenerator::Consort.Generator.Parsing.Naming;

namespace Consort.Cli.Import;

/// <summary>C# class names from Kubernetes names: valid identifiers, never keywords, unique within their scope.</summary>
internal sealed class Identifiers
{
    /// <summary>Members the generator writes on a workload or a part: a part may not take their names.</summary>
    private static readonly HashSet<string> Generated = new(StringComparer.Ordinal)
    {
        "Name", "Yaml", "Build", "BuildAll", "CreateBuilder", "Builder", "ConsortManifest", "Image", "Ports", "ConfigMapName",

        // Namespaces the generated code names: a class of the same name in the global namespace would hide them.
        "System", "Consort", "Microsoft",
    };

    // Case-insensitive: a class's name is also its file's, and Windows and macOS file names ignore case.
    private readonly HashSet<string> _taken = new(StringComparer.OrdinalIgnoreCase);

    public Identifiers(params string[] taken)
    {
        foreach (var name in taken)
        {
            _taken.Add(name);
        }
    }

    /// <summary>
    /// <c>productpage-v1</c> → <c>ProductpageV1</c>, <c>2048-game</c> → <c>_2048Game</c>, <c>class</c> → <c>Class</c>; a
    /// name already taken gets <paramref name="suffix"/>, then a number.
    /// </summary>
    public string Claim(string kubernetesName, string suffix)
    {
        var baseName = Pascal(kubernetesName);
        if (Generated.Contains(baseName))
        {
            baseName += suffix;
        }

        var candidate = baseName;
        if (!_taken.Add(candidate))
        {
            candidate = baseName.EndsWith(suffix, StringComparison.Ordinal) ? baseName : baseName + suffix;
            for (var i = 2; !_taken.Add(candidate); i++)
            {
                candidate = baseName + suffix + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }

        return candidate;
    }

    /// <summary>Whether the generator's default name for a class called <paramref name="identifier"/> is <paramref name="kubernetesName"/>.</summary>
    public static bool DefaultNameIs(string identifier, string kubernetesName) => Naming.ToKebabCase(identifier) == kubernetesName;

    /// <summary>The generator's PascalCase of a Kubernetes name, with anything else a C# identifier cannot hold left out.</summary>
    private static string Pascal(string name)
    {
        var pascal = Naming.ToPascalCase(name);
        var identifier = new StringBuilder(pascal.Length);
        foreach (var c in pascal)
        {
            if (char.IsLetterOrDigit(c) || c == '_')
            {
                identifier.Append(c);
            }
        }

        return identifier.Length == 0 || char.IsDigit(identifier[0]) ? "_" + identifier : identifier.ToString();
    }
}
